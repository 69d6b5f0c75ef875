"""Unlock once: an encrypted data file's derived key, kept for a while in the operating
system's facility for short-lived secrets (never the passphrase, never on disk).

`recover unlock` (and the dashboard, when it asked for the passphrase) calls `keep`; every
later process calls `sealer_for(path, params)` before it would run scrypt, and uses the key
when its salt and scrypt parameters match the file's header. A file encrypted again (a new
salt) simply does not match, so the old key is dropped and the passphrase is asked as
before. Each command that opens the file moves the expiry on (`minutes` idle; the shell
prompt line does not: `leading_tables`); `forget` (`recover
lock`) drops it at once. The minutes come from the caller (the `unlock.minutes` setting,
15 by default, or `recover unlock --for`).

What is kept, per data file (its absolute path is the name): the scrypt parameters and salt,
the key check, the 32-byte AES key, the expiry time and the idle minutes; 81 bytes. Beside
it, while the prompt line is used, a copy of the few tables the prompt line reads
(`leading_tables`), which expires and is forgotten with the key.

Facilities (`facility()` picks one, once per process):

- Linux: the kernel keyring. A `user` key in the user keyring (`@u`), shared by the user's
  processes, with a kernel timeout, so the kernel itself erases it when it expires, even if
  no recover process ever runs again. Reached through ctypes: libkeyutils' `add_key` and
  `keyctl` when the library is installed, else the raw system calls (numbers for x86_64,
  aarch64, i386 and arm). Measured on this project's machine: importing ctypes and one
  search and read cost about 3 ms; spawning the `keyctl` command would cost a process start.
  The key's permissions are set so the owner can read it whether or not this session's
  keyring links the user keyring (a tmux or ssh session may not).
- Elsewhere: the platform keychain through the `keyring` library, imported only when needed,
  and only a real backend (macOS Keychain, Windows Credential Locker, the Secret Service):
  never keyring's plaintext or "fail" backends. It has no timeout of its own; the stored
  expiry is checked on each use.
- None: `facility()` returns None, `recover unlock` says so in one line and commands ask for
  the passphrase as they always did.

`MemoryKeyring` has the same four methods and keeps secrets in this process's memory with
their own expiry: the test suite uses it where the kernel keyring is not available (a
container whose seccomp profile forbids `keyctl`), through `use_facility`.

The expiry is also written inside the secret and checked against `recovery_tui.clock` on each
use, so a fixed clock in the tests shows an expired key is never used, whatever the facility.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from recovery_tui.errors import DataFileError
from recovery_tui.store import crypto

_MAGIC = b"RUK1"
_PAYLOAD = struct.Struct(">4sBBB16s16s32sdH")  # magic, log2 n, r, p, salt, check, key, expires, minutes
_LABEL = "recover:unlock:"
_VIEW = "recover:view:"
_VIEW_MAGIC = b"RUV1"
_VIEW_HEAD = struct.Struct(">4s5q")  # magic, then the file's device, inode, size, mtime_ns, ctime_ns


class Facility(Protocol):
    """Where short-lived secrets are kept: the kernel keyring, a keychain, or memory."""

    name: str

    def put(self, label: str, secret: bytes, seconds: int) -> None:
        """Keep `secret` under `label` for `seconds` (replacing any secret of that label)."""
        ...

    def get(self, label: str) -> bytes | None:
        """The secret under `label`, or None (none, expired, or unreadable)."""
        ...

    def delete(self, label: str) -> bool:
        """Forget the secret under `label`; True when there was one."""
        ...


class FacilityUnavailable(Exception):
    """The facility cannot be used in this process (no such system call, or refused)."""


# -- the Linux kernel keyring ----------------------------------------------------------

_KEY_SPEC_USER_KEYRING = -4
_KEYCTL_GET_KEYRING_ID = 0
_KEYCTL_SETPERM = 5
_KEYCTL_SEARCH = 10
_KEYCTL_READ = 11
_KEYCTL_SET_TIMEOUT = 15
_KEYCTL_INVALIDATE = 21
_KEYCTL_UNLINK = 9
# possessor: everything; the owning user: view, read, write, search, setattr (not link).
_PERMISSIONS = 0x3F000000 | 0x00010000 | 0x00020000 | 0x00040000 | 0x00080000 | 0x00200000
_SYSCALLS = {  # machine: (add_key, keyctl)
    "x86_64": (248, 250),
    "aarch64": (217, 219),
    "arm64": (217, 219),
    "i386": (286, 288),
    "i686": (286, 288),
    "armv7l": (309, 311),
    "armv6l": (309, 311),
}


class KernelKeyring:
    """`user` keys in the Linux user keyring, with a kernel timeout (see module doc)."""

    name = "the kernel keyring"

    def __init__(self, library: str | None = "libkeyutils.so.1") -> None:
        """Args:
        library: libkeyutils to call, or None for the raw system calls (also the fallback).
        """
        import ctypes

        self._ctypes = ctypes
        add_key: Callable[..., int]
        keyctl: Callable[..., int]
        try:
            if library is None:
                raise OSError("raw system calls asked for")
            lib = ctypes.CDLL(library, use_errno=True)
            lib.add_key.restype = ctypes.c_int32
            lib.keyctl.restype = ctypes.c_long
            add_key, keyctl = lib.add_key, lib.keyctl
        except (OSError, AttributeError):
            numbers = _SYSCALLS.get(os.uname().machine)
            if numbers is None:
                raise FacilityUnavailable(f"no keyring system calls known for {os.uname().machine}") from None
            libc = ctypes.CDLL(None, use_errno=True)
            libc.syscall.restype = ctypes.c_long
            add_number, keyctl_number = numbers

            def add_key(*args: Any) -> int:
                return int(libc.syscall(ctypes.c_long(add_number), *args))

            def keyctl(*args: Any) -> int:
                return int(libc.syscall(ctypes.c_long(keyctl_number), *args))

        self._add_key = add_key
        self._keyctl = keyctl
        # One cheap call up front, so a sandbox that forbids keyctl (a container's seccomp
        # profile: EPERM) or a kernel without keys (ENOSYS) means "no facility" before anyone
        # types a passphrase for nothing.
        if self._ctl(_KEYCTL_GET_KEYRING_ID, _KEY_SPEC_USER_KEYRING, 0) < 0:
            import errno

            if ctypes.get_errno() in (errno.ENOSYS, errno.EPERM, errno.EACCES):
                raise self._fail("keyctl")

    def _ctl(self, *args: int | bytes | None) -> int:
        c = self._ctypes
        converted = [c.c_long(a) if isinstance(a, int) else c.c_char_p(a) for a in args]
        c.set_errno(0)
        return int(self._keyctl(*converted))

    def _fail(self, what: str) -> FacilityUnavailable:
        error = self._ctypes.get_errno()
        return FacilityUnavailable(f"{what}: {os.strerror(error)}")

    def _find(self, label: str) -> int | None:
        serial = self._ctl(_KEYCTL_SEARCH, _KEY_SPEC_USER_KEYRING, b"user", label.encode(), 0)
        if serial < 0:
            import errno

            if self._ctypes.get_errno() in (errno.ENOSYS, errno.EPERM):
                raise self._fail("keyctl")
            return None
        return serial

    def put(self, label: str, secret: bytes, seconds: int) -> None:
        """Add or update the key, make it readable by its owner, then set its timeout."""
        c = self._ctypes
        c.set_errno(0)
        serial = int(
            self._add_key(
                c.c_char_p(b"user"),
                c.c_char_p(label.encode()),
                c.c_char_p(secret),
                c.c_size_t(len(secret)),
                c.c_long(_KEY_SPEC_USER_KEYRING),
            )
        )
        if serial < 0:
            raise self._fail("add_key")
        if self._ctl(_KEYCTL_SETPERM, serial, _PERMISSIONS) < 0 or self._ctl(_KEYCTL_SET_TIMEOUT, serial, seconds) < 0:
            failure = self._fail("keyctl")
            self._drop(serial)  # never leave a key without its timeout
            raise failure

    def get(self, label: str) -> bytes | None:
        """Read the key's payload (None when there is no such key or it expired)."""
        serial = self._find(label)
        if serial is None:
            return None
        c = self._ctypes
        length = 256
        for _ in range(3):  # KEYCTL_READ returns the payload's whole length: retry if larger
            buffer = c.create_string_buffer(length)
            try:
                size = self._ctl(_KEYCTL_READ, serial, c.addressof(buffer), length)
                if size < 0:
                    return None
                if size <= length:
                    return bytes(buffer.raw[:size])
                length = size
            finally:
                c.memset(buffer, 0, len(buffer))
        return None

    def _drop(self, serial: int) -> None:
        if self._ctl(_KEYCTL_INVALIDATE, serial) < 0:
            self._ctl(_KEYCTL_UNLINK, serial, _KEY_SPEC_USER_KEYRING)

    def delete(self, label: str) -> bool:
        """Invalidate the key (gone at once for every process)."""
        serial = self._find(label)
        if serial is None:
            return False
        self._drop(serial)
        return True


# -- a keychain through the `keyring` library ---------------------------------------------


class KeychainFacility:
    """The platform keychain through the `keyring` library (real backends only)."""

    name = "the system keychain"
    _SERVICE = "recover-unlock"

    def __init__(self) -> None:
        import importlib

        try:  # an optional library: imported by name, only here
            keyring: Any = importlib.import_module("keyring")
            fail: Any = importlib.import_module("keyring.backends.fail")
        except ImportError:
            raise FacilityUnavailable("the keyring library is not installed") from None
        backend = keyring.get_keyring()
        module = type(backend).__module__
        chained = getattr(backend, "backends", None)
        if (
            isinstance(backend, fail.Keyring)
            or module.startswith("keyrings.alt")
            or module.endswith(".null")
            or (chained is not None and not chained)
        ):
            raise FacilityUnavailable(f"no real keychain backend ({module})")
        self._keyring = keyring
        self.name = f"the system keychain ({type(backend).__name__})"

    def put(self, label: str, secret: bytes, seconds: int) -> None:
        """Store the secret (hex); the expiry inside it is checked on use."""
        self._keyring.set_password(self._SERVICE, label, secret.hex())

    def get(self, label: str) -> bytes | None:
        """The stored secret, or None."""
        try:
            text = self._keyring.get_password(self._SERVICE, label)
            return bytes.fromhex(text) if text else None
        except Exception:  # noqa: BLE001 - a locked or broken keychain: ask the passphrase
            return None

    def delete(self, label: str) -> bool:
        """Remove the stored secret."""
        try:
            self._keyring.delete_password(self._SERVICE, label)
        except Exception:  # noqa: BLE001 - keyring raises PasswordDeleteError when there is none
            return False
        return True


# -- in memory (the tests' stand-in where the kernel keyring is unavailable) -------------


class MemoryKeyring:
    """Secrets in this process's memory, each with an expiry read from `clock` (seconds).

    The same four methods as the kernel keyring; the test suite uses it where `keyctl` is
    not available, so the unlock code paths run for real with a keyring of the same API.
    """

    name = "memory"

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._secrets: dict[str, tuple[bytes, float]] = {}

    def put(self, label: str, secret: bytes, seconds: int) -> None:
        """Keep `secret` until `clock() + seconds`."""
        self._secrets[label] = (secret, self._clock() + seconds)

    def get(self, label: str) -> bytes | None:
        """The secret, unless it expired (then it is dropped)."""
        kept = self._secrets.get(label)
        if kept is None:
            return None
        if self._clock() >= kept[1]:
            del self._secrets[label]
            return None
        return kept[0]

    def delete(self, label: str) -> bool:
        """Forget the secret."""
        return self._secrets.pop(label, None) is not None


# -- choosing one, and the key itself -----------------------------------------------------

_UNSET: Any = object()
_facility: Facility | None = _UNSET


def facility() -> Facility | None:
    """This platform's facility for short-lived secrets, or None (picked once per process)."""
    global _facility
    if _facility is _UNSET:
        try:
            _facility = KernelKeyring() if sys.platform.startswith("linux") else KeychainFacility()
        except (FacilityUnavailable, OSError):
            _facility = None
    return _facility


def use_facility(chosen: Facility | None) -> Facility | None:
    """Use `chosen` from now on in this process (the tests' way to pick one); returns the one
    used before (None also when none was picked yet: `use_facility(None)` then means none)."""
    global _facility
    before, _facility = _facility, chosen
    return None if before is _UNSET else before


def pick_again() -> None:
    """Forget which facility was picked, so the next `facility()` looks again."""
    global _facility
    _facility = _UNSET


def label_for(path: Path) -> str:
    """The name of a data file's key: its absolute path."""
    return _LABEL + os.path.abspath(path)


class Kept(crypto.Sealer, frozen=True):
    """A derived key as kept while unlocked: the Sealer, its expiry and its idle minutes."""

    expires: float  # seconds since the epoch (recovery_tui.clock)
    minutes: int  # idle minutes: each use moves `expires` on by this much

    def __repr__(self) -> str:
        return f"Kept(params={self.params!r}, expires={self.expires!r})"

    def payload(self) -> bytes:
        """The bytes handed to the facility."""
        p = self.params
        return _PAYLOAD.pack(_MAGIC, p.log2_n, p.r, p.p, p.salt, self.check, self.key, self.expires, self.minutes)

    @classmethod
    def from_payload(cls, raw: bytes) -> Kept | None:
        """Read `payload()` back (None when it is not one)."""
        if len(raw) != _PAYLOAD.size:
            return None
        magic, log2_n, r, p, salt, check, key, expires, minutes = _PAYLOAD.unpack(raw)
        if magic != _MAGIC:
            return None
        return cls(crypto.KdfParams(salt, log2_n, r, p), key, check, expires=expires, minutes=minutes)


def _seconds_now() -> float:
    from recovery_tui import clock

    return clock.now().timestamp()


def _put(chosen: Facility, path: Path, sealer: crypto.Sealer, minutes: int) -> Kept:
    kept = Kept(sealer.params, sealer.key, sealer.check, expires=_seconds_now() + minutes * 60, minutes=minutes)
    chosen.put(label_for(path), kept.payload(), minutes * 60)
    return kept


def keep(path: Path, sealer: crypto.Sealer, minutes: int) -> Kept:
    """Keep `sealer`'s key for the data file at `path`, for `minutes` idle.

    Raises:
        FacilityUnavailable: there is no facility, or it refused.
    """
    chosen = facility()
    if chosen is None:
        raise FacilityUnavailable("no facility for short-lived secrets")
    try:
        return _put(chosen, path, sealer, minutes)
    except OSError as exc:
        raise FacilityUnavailable(str(exc)) from None


def kept(path: Path) -> Kept | None:
    """The key kept for `path` if there is one and it has not expired (an expired one is
    dropped). Does not move the expiry on; `sealer_for` does."""
    chosen = facility()
    if chosen is None:
        return None
    label = label_for(path)
    try:
        raw = chosen.get(label)
    except (FacilityUnavailable, OSError):
        return None
    found = Kept.from_payload(raw) if raw else None
    if found is None:
        return None
    if _seconds_now() >= found.expires:
        forget(path)
        return None
    return found


def sealer_for(path: Path, params: crypto.KdfParams, *, refresh: bool = True) -> Kept | None:
    """The kept key for the file at `path` if it matches the file's header `params`, with its
    expiry moved on (an idle timeout) unless `refresh` is False; a key for other parameters
    is stale and dropped."""
    found = kept(path)
    if found is None:
        return None
    if found.params != params:
        forget(path)
        return None
    chosen = facility()
    if refresh and chosen is not None:
        try:
            return _put(chosen, path, found, found.minutes)
        except (FacilityUnavailable, OSError):
            pass
    return found


def forget(path: Path) -> bool:
    """Drop the key kept for `path` at once (and the prompt line's copy of its counters:
    `leading_tables`); True when a key was kept."""
    chosen = facility()
    if chosen is None:
        return False
    try:
        chosen.delete(view_label_for(path))
        return chosen.delete(label_for(path))
    except (FacilityUnavailable, OSError):
        return False


def view_label_for(path: Path) -> str:
    """The name of the prompt line's copy of a data file's counters (see `leading_tables`)."""
    return _VIEW + os.path.abspath(path)


def leading_tables(path: Path, handle: BinaryIO, names: set[str]) -> dict[str, Any] | None:
    """Meta and the tables `names` of the encrypted data file open as `handle`, while it is
    unlocked, else None: never asks, never runs scrypt (the shell prompt line's way in).

    The whole file must be decrypted to be authenticated, which costs a prompt line more than
    the plain file's first lines do. So these few tables (the prompt line's are meta and the
    counters: names and dates, a few kilobytes) are kept beside the key, in the same facility,
    tagged with the file's identity (device, inode, size, mtime, ctime); while the file is
    unchanged the next prompt reads them from there. Every write replaces the file, so a
    changed file never matches. The copy expires with the key and `forget` drops it too; if
    the facility refuses it (a quota), every prompt decrypts.

    It does not move the key's expiry on: a prompt line (or a tmux status line every 15
    seconds) runs whether or not anyone uses recover, and would otherwise keep the file
    unlocked for as long as a terminal is open.
    """
    found = kept(path)
    chosen = facility()
    if found is None or chosen is None:
        return None
    st = os.fstat(handle.fileno())
    identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    wanted = ",".join(sorted(names)).encode()
    tag = _VIEW_HEAD.pack(_VIEW_MAGIC, *identity) + wanted + b"\n"
    import msgspec

    try:
        view = chosen.get(view_label_for(path))
        if view is not None and view.startswith(tag):
            tables: dict[str, Any] = msgspec.json.decode(view[len(tag) :])
            return tables
    except (FacilityUnavailable, OSError, msgspec.DecodeError):
        pass
    handle.seek(0)
    plain = _open_with(found, path, handle.read())
    if plain is None:
        return None
    from recovery_tui.store import layout

    read = layout.read_leading_tables(io.BytesIO(), plain, names, path)
    if read is not None:
        seconds = min(int(found.expires - _seconds_now()), found.minutes * 60)
        if seconds > 0:
            try:
                chosen.put(view_label_for(path), tag + msgspec.json.encode(read), seconds)
            except (FacilityUnavailable, OSError):
                pass
    return read


def _open_with(found: Kept, path: Path, raw: bytes) -> bytes | None:
    try:
        header = crypto.parse_header(raw, str(path))
        return found.open(raw, str(path)) if header.kdf == found.params else None
    except DataFileError:
        return None
