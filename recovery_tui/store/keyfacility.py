"""Where an unlocked file's key is kept: the facilities for short-lived secrets (the Linux
kernel keyring, a platform keychain, memory for the tests), the one picked for this process,
the names keys are kept under, and the shell prompt line's quick look at its copy of the
counters; standard library only (ctypes for the kernel keyring, imported when it is used).

store/unlocked.py explains unlocking and holds the key itself (a crypto.Sealer, which needs
msgspec). This part lives apart so that `recover status --short` on an unlocked encrypted
file (`prompt_view`) loads neither msgspec nor pathlib nor typing, like the prompt line on a
plain file (store/peek.py; figures in cli/startup.py).
"""

from __future__ import annotations

import os
import struct
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from typing import Any, BinaryIO, Protocol

PAYLOAD_MAGIC = b"RUK1"
PAYLOAD = struct.Struct(">4sBBB16s16s32sdH")  # magic, log2 n, r, p, salt, check, key, expires, minutes
_LABEL = "recover:unlock:"
_VIEW = "recover:view:"
_VIEW_MAGIC = b"RUV1"
_VIEW_HEAD = struct.Struct(">4s5q")  # magic, then the file's device, inode, size, mtime_ns, ctime_ns


if TYPE_CHECKING:

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


def label_for(path: str | os.PathLike[str]) -> str:
    """The name of a data file's key: its absolute path."""
    return _LABEL + os.path.abspath(path)


def seconds_now() -> float:
    from recovery_tui import clock

    return clock.now().timestamp()


def view_label_for(path: str | os.PathLike[str]) -> str:
    """The name of the prompt line's copy of a data file's counters (see `leading_tables`)."""
    return _VIEW + os.path.abspath(path)


def view_tag(handle: BinaryIO, names: Collection[str]) -> bytes:
    """The head of the prompt line's copy of some tables of the data file open as `handle`:
    the file's identity (device, inode, size, mtime, ctime) and the table names. Every write
    replaces the file, so a copy of an older file never matches."""
    st = os.fstat(handle.fileno())
    identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return _VIEW_HEAD.pack(_VIEW_MAGIC, *identity) + ",".join(sorted(names)).encode() + b"\n"


def payload_expiry(raw: bytes | None) -> float | None:
    """When a kept key's payload expires (seconds since the epoch), or None if it is not one."""
    if raw is None or len(raw) != PAYLOAD.size or raw[: len(PAYLOAD_MAGIC)] != PAYLOAD_MAGIC:
        return None
    expires: float = PAYLOAD.unpack(raw)[7]
    return expires


def prompt_view(path: str | os.PathLike[str], handle: BinaryIO, names: Collection[str]) -> dict[str, Any] | None:
    """The prompt line's copy of the tables `names` of the encrypted data file open as
    `handle` (see unlocked.leading_tables, which writes it), as plain JSON values: only while
    the file's key is kept and has not expired, and only if the copy is of this very file.
    None otherwise (then unlocked.leading_tables decides, with its full checks). Never moves
    the key's expiry on, never asks, never decrypts.
    """
    import json

    chosen = facility()
    if chosen is None:
        return None
    try:
        expires = payload_expiry(chosen.get(label_for(path)))
        if expires is None or seconds_now() >= expires:
            return None
        view = chosen.get(view_label_for(path))
    except (FacilityUnavailable, OSError):
        return None
    tag = view_tag(handle, names)
    if view is None or not view.startswith(tag):
        return None
    try:
        tables = json.loads(view[len(tag) :])
    except (ValueError, RecursionError):
        return None
    return tables if isinstance(tables, dict) else None
