"""Encryption at rest: the sealed file format, the scrypt key and AES-256-GCM.

An encrypted data file (and each of its backups) is one binary blob:

    offset  size  field
    0       18    magic  b"RECOVER-ENCRYPTED\\n"  (so `head -1` says what the file is)
    18      1     format version (1)
    19      1     KDF id (1 = scrypt)
    20      1     log2(n) of scrypt
    21      1     r of scrypt
    22      1     p of scrypt
    23      16    salt (random, new for each passphrase)
    39      16    key check: HMAC-SHA256(check key, "recover key check")[:16]
    55      12    nonce (random, new for every write)
    67      ...   AES-256-GCM ciphertext of the plain JSON, with its 16-byte tag

scrypt derives 64 bytes from the passphrase and salt: the first 32 are the AES key, the last
32 the key-check key. The key check tells a wrong passphrase ("wrong passphrase") from a
damaged or altered file (the GCM tag fails: "damaged"); it lets an attacker test guesses no
faster than decrypting would. Everything before the ciphertext is authenticated as
associated data, so a changed KDF parameter or salt is refused like a changed byte.

Default scrypt cost: n=2**15, r=8, p=1 (32 MiB, about 50-100 ms per derivation on a laptop).
A process derives the key once per salt and keeps it in memory, so a write costs one AES-GCM
pass, not a KDF run. The parameters live in the header, so later versions can raise them
and still open older files.

Only `is_sealed` and the constants are cheap: the `cryptography` package is imported inside
the functions that need it, so commands on a plain file never load it.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from recovery_tui.errors import DataFileError
from recovery_tui.store.peek import MAGIC as MAGIC
from recovery_tui.store.peek import is_sealed as is_sealed

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
KDF_SCRYPT = 1
DEFAULT_LOG2_N = 15
DEFAULT_R = 8
DEFAULT_P = 1
SALT_BYTES = 16
CHECK_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_PASSPHRASE = 8

_FIXED = struct.Struct(">BBBBB")  # version, kdf, log2 n, r, p
HEADER_BYTES = len(MAGIC) + _FIXED.size + SALT_BYTES + CHECK_BYTES + NONCE_BYTES
_CHECK_LABEL = b"recover key check"
_ADVICE = "recover left it unchanged; run `recover doctor` to check it and restore a backup"


class WrongPassphrase(DataFileError):
    """The passphrase does not open this file (nothing was changed)."""


class PassphraseNeeded(DataFileError):
    """The file is encrypted and this process has no way to get the passphrase."""


class SealedDamaged(DataFileError):
    """The passphrase is right but the ciphertext was changed or cut short."""


def forbid_core_dumps() -> None:
    """Turn core dumps off for this process (RLIMIT_CORE 0, soft and hard), for good.

    Called as soon as a passphrase or decrypted data is in memory: a crash must not write
    them to a core file (or hand them to a crash reporter such as systemd-coredump or
    apport). Lowering the hard limit cannot be undone by the process, which is the point.
    Where the `resource` module does not exist (Windows) there is nothing to turn off.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):  # pragma: no cover - a sandbox that forbids it
        pass


class KdfParams(msgspec.Struct, frozen=True):
    """The scrypt parameters and salt stored in a sealed file's header."""

    salt: bytes
    log2_n: int = DEFAULT_LOG2_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @classmethod
    def fresh(cls) -> KdfParams:
        """Default cost with a new random salt."""
        return cls(salt=os.urandom(SALT_BYTES))


class Header(msgspec.Struct, frozen=True):
    """A parsed header: the KDF parameters, the key check and the nonce."""

    kdf: KdfParams
    check: bytes
    nonce: bytes
    raw: bytes  # the header bytes as read; left out of the repr, which shows the parsed fields

    def __repr__(self) -> str:
        return f"Header(kdf={self.kdf!r}, check={self.check!r}, nonce={self.nonce!r})"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        return [("kdf", self.kdf), ("check", self.check), ("nonce", self.nonce)]


def parse_header(raw: bytes, where: str) -> Header:
    """Read the header of a sealed blob.

    Raises:
        DataFileError: cut short, a newer format, or parameters outside sane bounds.
    """
    if len(raw) < HEADER_BYTES + TAG_BYTES:
        raise SealedDamaged(f"{where} is an encrypted recover file but it is cut short; {_ADVICE}.")
    offset = len(MAGIC)
    version, kdf, log2_n, r, p = _FIXED.unpack_from(raw, offset)
    if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
        raise DataFileError(
            f"{where} is encrypted with a newer format (version {version}) than this recover reads; "
            "upgrade recover. The file was not changed."
        )
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise SealedDamaged(f"{where} has encryption settings out of range, so it was damaged or altered; {_ADVICE}.")
    offset += _FIXED.size
    salt = raw[offset : offset + SALT_BYTES]
    offset += SALT_BYTES
    check = raw[offset : offset + CHECK_BYTES]
    offset += CHECK_BYTES
    nonce = raw[offset : offset + NONCE_BYTES]
    return Header(KdfParams(salt, log2_n, r, p), check, nonce, raw[:HEADER_BYTES])


def derive(passphrase: str, params: KdfParams) -> tuple[bytes, bytes]:
    """Run scrypt: returns (AES key, key-check key)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=params.salt, length=64, n=2**params.log2_n, r=params.r, p=params.p)
    material = kdf.derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def _aesgcm() -> type[AESGCM]:
    """cryptography's AESGCM class, from its Rust binding where the class lives (the public
    module re-exports the same object): importing it there costs about 4-6 ms instead of
    10 ms, as the public module loads the whole cipher registry first; that is most of what an
    unlocked prompt line adds. Any other layout of the package: the public import."""
    try:
        from cryptography.hazmat.bindings._rust import openssl

        return openssl.aead.AESGCM
    except (ImportError, AttributeError):  # pragma: no cover - another cryptography version
        from cryptography.hazmat.primitives.ciphers import aead

        return aead.AESGCM


def _same(a: bytes, b: bytes) -> bool:
    """Compare in constant time: the C function `hmac.compare_digest` itself falls back to,
    without importing hmac (which loads OpenSSL's hashlib: 5-10 ms an unlocked command does
    not otherwise pay)."""
    try:
        import _operator

        return bool(_operator._compare_digest(a, b))
    except (ImportError, AttributeError):  # pragma: no cover - another Python implementation
        import hmac

        return hmac.compare_digest(a, b)


def _check_value(check_key: bytes) -> bytes:
    import hashlib
    import hmac

    return hmac.new(check_key, _CHECK_LABEL, hashlib.sha256).digest()[:CHECK_BYTES]


class Sealer(msgspec.Struct, frozen=True):
    """A derived key for one passphrase and salt: seals and opens blobs with that salt."""

    params: KdfParams
    key: bytes
    check: bytes

    # Struct's own repr and __rich_repr__ (used by Rich and Textual's pretty printer) show every
    # field; the key and the key check must never end up in a log or a traceback.
    def __repr__(self) -> str:
        return f"Sealer(params={self.params!r})"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        return [("params", self.params)]

    @classmethod
    def create(cls, passphrase: str, params: KdfParams | None = None) -> Sealer:
        """Derive the key for `passphrase` (a fresh salt unless `params` are given)."""
        forbid_core_dumps()
        params = params or KdfParams.fresh()
        key, check_key = derive(passphrase, params)
        return cls(params, key, _check_value(check_key))

    def seal(self, plaintext: bytes) -> bytes:
        """Encrypt `plaintext` with a new random nonce (same data gives different output)."""
        return b"".join(self.seal_parts(plaintext))

    def seal_parts(self, plaintext: bytes) -> list[bytes]:
        """`seal(plaintext)` as [header, ciphertext], to write one after the other: a data file
        of several megabytes is then not copied once more only to put the header in front."""
        p = self.params
        header = (
            MAGIC
            + _FIXED.pack(FORMAT_VERSION, KDF_SCRYPT, p.log2_n, p.r, p.p)
            + p.salt
            + self.check
            + os.urandom(NONCE_BYTES)
        )
        return [header, _aesgcm()(self.key).encrypt(header[-NONCE_BYTES:], plaintext, header)]

    def open(self, raw: bytes, where: str) -> bytes:
        """Decrypt a blob sealed with this key.

        Raises:
            WrongPassphrase: the key check does not match.
            SealedDamaged: the key is right but the data was changed or cut short.
        """
        from cryptography.exceptions import InvalidTag

        header = parse_header(raw, where)
        if header.kdf != self.params:
            raise WrongPassphrase(f"{where} was encrypted with another passphrase; nothing was changed.")
        if not _same(header.check, self.check):
            raise WrongPassphrase(f"Wrong passphrase for {where}; nothing was changed.")
        try:
            # a view, not a slice: the ciphertext is not copied first
            return _aesgcm()(self.key).decrypt(header.nonce, memoryview(raw)[HEADER_BYTES:], header.raw)
        except InvalidTag:
            raise SealedDamaged(
                f"{where} is encrypted and the passphrase is right, but its contents were changed or damaged; "
                f"{_ADVICE}."
            ) from None


class Keyring:
    """One passphrase and the keys derived from it, one per salt (scrypt runs once per salt).

    The passphrase is a string, or a function that asks for it: then it is asked only when a
    key is needed that is not already kept (`remember`), for example when the key kept by
    `recover unlock` (store/unlocked.py) does not match the file.
    """

    def __init__(self, passphrase: str | Callable[[], str]) -> None:
        forbid_core_dumps()
        self._passphrase = passphrase
        self._sealers: dict[KdfParams, Sealer] = {}
        self._given: set[KdfParams] = set()

    @property
    def passphrase(self) -> str:
        """The passphrase (asked for now if it was not given)."""
        if callable(self._passphrase):
            self._passphrase = self._passphrase()
        return self._passphrase

    def sealer_for(self, params: KdfParams) -> Sealer:
        """The key for a file with these header parameters."""
        sealer = self._sealers.get(params)
        if sealer is None:
            sealer = Sealer.create(self.passphrase, params)
            self._sealers[params] = sealer
        return sealer

    def knows(self, params: KdfParams) -> bool:
        """True when the key for these parameters is already at hand (no scrypt run needed)."""
        return params in self._sealers

    def remember(self, sealer: Sealer, *, derived_here: bool = True) -> None:
        """Keep an already derived key; `derived_here=False` for one from elsewhere (kept by
        `recover unlock`), which `open` drops and derives again if the key check refuses it."""
        self._sealers[sealer.params] = sealer
        if not derived_here:
            self._given.add(sealer.params)

    def open(self, raw: bytes, where: str) -> tuple[bytes, Sealer]:
        """Decrypt any blob sealed with this passphrase; returns the plaintext and its key."""
        header = parse_header(raw, where)
        sealer = self.sealer_for(header.kdf)
        try:
            return sealer.open(raw, where), sealer
        except WrongPassphrase:
            if header.kdf not in self._given:
                raise
        self._given.discard(header.kdf)
        del self._sealers[header.kdf]
        sealer = self.sealer_for(header.kdf)
        return sealer.open(raw, where), sealer
