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

Facilities (store/keyfacility.py; `facility()` picks one, once per process):

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
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from recovery_tui.errors import DataFileError
from recovery_tui.store import crypto, keyfacility
from recovery_tui.store.keyfacility import FacilityUnavailable as FacilityUnavailable
from recovery_tui.store.keyfacility import KernelKeyring as KernelKeyring
from recovery_tui.store.keyfacility import KeychainFacility as KeychainFacility
from recovery_tui.store.keyfacility import MemoryKeyring as MemoryKeyring
from recovery_tui.store.keyfacility import facility as facility
from recovery_tui.store.keyfacility import label_for as label_for
from recovery_tui.store.keyfacility import pick_again as pick_again
from recovery_tui.store.keyfacility import use_facility as use_facility
from recovery_tui.store.keyfacility import view_label_for as view_label_for

if TYPE_CHECKING:
    from recovery_tui.store.keyfacility import Facility as Facility


class Kept(crypto.Sealer, frozen=True):
    """A derived key as kept while unlocked: the Sealer, its expiry and its idle minutes."""

    expires: float  # seconds since the epoch (recovery_tui.clock)
    minutes: int  # idle minutes: each use moves `expires` on by this much

    def __repr__(self) -> str:
        return f"Kept(params={self.params!r}, expires={self.expires!r})"

    def payload(self) -> bytes:
        """The bytes handed to the facility."""
        p = self.params
        return keyfacility.PAYLOAD.pack(
            keyfacility.PAYLOAD_MAGIC, p.log2_n, p.r, p.p, p.salt, self.check, self.key, self.expires, self.minutes
        )

    @classmethod
    def from_payload(cls, raw: bytes) -> Kept | None:
        """Read `payload()` back (None when it is not one)."""
        if len(raw) != keyfacility.PAYLOAD.size:
            return None
        magic, log2_n, r, p, salt, check, key, expires, minutes = keyfacility.PAYLOAD.unpack(raw)
        if magic != keyfacility.PAYLOAD_MAGIC:
            return None
        return cls(crypto.KdfParams(salt, log2_n, r, p), key, check, expires=expires, minutes=minutes)


def _put(chosen: Facility, path: Path, sealer: crypto.Sealer, minutes: int) -> Kept:
    kept = Kept(
        sealer.params, sealer.key, sealer.check, expires=keyfacility.seconds_now() + minutes * 60, minutes=minutes
    )
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
    if keyfacility.seconds_now() >= found.expires:
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
    view = keyfacility.prompt_view(path, handle, names)
    if view is not None:
        return view
    import msgspec

    handle.seek(0)
    plain = _open_with(found, path, handle.read())
    if plain is None:
        return None
    from recovery_tui.store import layout

    read = layout.read_leading_tables(io.BytesIO(), plain, names, path)
    if read is not None:
        seconds = min(int(found.expires - keyfacility.seconds_now()), found.minutes * 60)
        if seconds > 0:
            try:
                tag = keyfacility.view_tag(handle, names)
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
