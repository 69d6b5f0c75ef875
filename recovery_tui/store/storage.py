"""AtomicJSONStorage: reads and writes the data file (a TinyDB-format JSON file) and never
leaves a broken or stale one.

TinyDB's stock JSONStorage rewrites the file in place and keeps it open; a crash mid-write
breaks it and two processes lose each other's writes. This storage instead:

- writes a temp file in the same folder (created exclusively, 0600), flushes and fsyncs it, `os.replace`s
  it over the data file and fsyncs the folder; the data file is never held open;
- refuses to write unless the caller holds the sidecar lock (see `store.db.Store`);
- re-reads the file whenever its identity (device, inode, size, mtime_ns, ctime_ns) changed,
  and never trusts that identity for a file written in the last 50 ms (coarse file clocks and
  inode reuse could otherwise hide another process's write), so a long-lived process never
  serves or writes stale data;
- refuses a file that is empty, truncated, NUL-filled, has trailing bytes, is not JSON or has
  the wrong shape, with a DataFileError naming the file; such a file is never written over;
- checks every record of a table recover did not write as it is (store/layout.py) against its
  schema as it reads it, so no command meets a wrong-typed record (a DataFileError names the
  file and the table instead);
- parses only the tables a command touches (see store/layout.py for the file layout);
- inside a transaction (`begin`/`commit`/`rollback`) collects every write in memory and
  replaces the file once at commit, so a batch lands whole or not at all;
- opens an encrypted file (store/crypto.py, recognised by its magic header) in memory with a
  passphrase asked for once, through `passphrase_provider` (or the key `recover unlock` kept:
  store/unlocked.py, then no passphrase and no scrypt run), and seals every write in memory
  before the atomic write, so no plaintext reaches the disk, temp files included. A file read
  as plain is written plain; one read as encrypted is written encrypted with the same key.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from recovery_tui.errors import DataFileError, StorageError
from recovery_tui.store import crypto, layout, migrations, owned, schemas, unlocked

Tables = MutableMapping[str, dict[str, Any]]

_TRUST_AFTER_NS = 50_000_000
PassphraseProvider = Callable[[], str]


_files_written = 0


def files_written() -> int:
    """How many times this process replaced a data file (the CLI asks: was anything saved?)."""
    return _files_written


def temp_prefix(path: Path) -> str:
    """The name prefix of temp files written beside `path` (store/owned.py lists and cleans them)."""
    return owned.temp_prefix(path)


def not_regular(path: Path | str, mode: int) -> DataFileError:
    """The one-line refusal of a data file (or copy) that is not a regular file."""
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    return DataFileError(
        f"{path} is {kind}, not a recover data file; recover reads and writes only regular files and "
        "left it as it is. Point --db or RECOVER_DB at a file."
    )


def open_regular(path: Path | str, limit: int | None = None) -> bytes:
    """Read a regular file (symbolic links followed) without ever blocking on a FIFO or device.

    Opens with O_NONBLOCK and checks fstat before reading, so a named pipe, a device or a
    folder at `path` is refused at once instead of hanging.

    Args:
        path: the file.
        limit: read at most this many bytes (None: all of it).

    Raises:
        FileNotFoundError: there is no such file.
        DataFileError: it is not a regular file, or cannot be read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise not_regular(path, stat.S_IFDIR) from None
    except OSError as exc:
        raise DataFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise not_regular(path, mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read() if limit is None else handle.read(limit)
    except OSError as exc:
        raise DataFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)


def fsync_directory(folder: Path) -> None:
    """Make a rename inside `folder` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_temp_file(folder: Path, prefix: str) -> tuple[int, str]:
    """Create and open a new file `<prefix><random>.tmp` in `folder`, 0600, that did not exist.

    What tempfile.mkstemp does, without importing tempfile (which loads shutil, bz2, lzma and
    random: about 8 ms that every write would pay).

    Returns:
        (an open file descriptor, the file's path)
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name in {folder}")


def atomic_write_bytes(path: Path, payload: bytes | Sequence[bytes | memoryview]) -> None:
    """Replace `path` with `payload` atomically: temp file, fsync, os.replace, fsync folder.

    `payload` is the bytes, or a sequence of pieces written one after another.

    Raises:
        StorageError: the write failed; the old file (if any) is byte-for-byte unchanged and
            no temp file is left behind.
    """
    folder = path.parent
    tmp_name: str | None = None
    try:
        fd, tmp_name = create_temp_file(folder, temp_prefix(path))
        try:
            os.fchmod(fd, 0o600)
            for piece in [payload] if isinstance(payload, bytes) else payload:
                view = memoryview(piece)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
        tmp_name = None
        fsync_directory(folder)
    except OSError as exc:
        raise StorageError(f"Could not write {path}: {exc.strerror or exc}. Nothing was changed.") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


class AtomicJSONStorage:
    """Storage of one JSON file with atomic, lock-checked writes (see module doc); the Store
    (store/db.py) is its only user and changes tables by replacing them, never in place."""

    def __init__(
        self,
        path: Path,
        lock_held: Callable[[], bool],
        passphrase_provider: PassphraseProvider | None = None,
    ) -> None:
        """Args:
        path: the data file.
        lock_held: returns True while this process holds the file's sidecar lock.
        passphrase_provider: called at most once, when an encrypted file is first opened.
        """
        self.path = path
        self._lock_held = lock_held
        self.passphrase_provider = passphrase_provider
        self._keyring: crypto.Keyring | None = None
        self.sealer: crypto.Sealer | None = None
        self._data: Tables | None = None
        self._signature: tuple[int, ...] | None = None
        self._trusted = False
        self._in_transaction = False
        self._dirty = False
        self.writes = 0
        self.check_unverified = True  # doctor turns it off: it checks every record itself

    # -- reading -----------------------------------------------------------------------
    def _stat_signature(self) -> tuple[tuple[int, ...], bool] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DataFileError(f"Cannot read {self.path}: {exc.strerror or exc}.") from None
        if not stat.S_ISREG(st.st_mode):
            raise not_regular(self.path, st.st_mode)
        signature = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        trusted = time.time_ns() - st.st_mtime_ns > _TRUST_AFTER_NS
        return signature, trusted

    def keyring(self) -> crypto.Keyring:
        """The keys of this process: derived from the passphrase, asked for through
        `passphrase_provider` only when a key is needed (then kept in memory), or kept by
        `recover unlock` (see `open_bytes`)."""
        if self._keyring is None:
            self._keyring = crypto.Keyring(self._ask)
        return self._keyring

    def _ask(self) -> str:
        """The passphrase, from the provider.

        Raises:
            PassphraseNeeded: there is no way to ask (no provider).
        """
        if self.passphrase_provider is None:
            raise crypto.PassphraseNeeded(
                f"{self.path} is encrypted and no passphrase was given; set RECOVER_PASSPHRASE_CMD "
                "or run recover at a terminal. Nothing was changed."
            )
        return self.passphrase_provider()

    def use_keyring(self, keyring: crypto.Keyring | None) -> None:
        """Set the passphrase this process uses to open encrypted files (None forgets it)."""
        self._keyring = keyring

    def read_raw(self) -> bytes:
        """The bytes on disk, as they are (ciphertext for an encrypted file)."""
        try:
            return open_regular(self.path)
        except FileNotFoundError:
            raise DataFileError(f"Cannot read {self.path}: it no longer exists.") from None

    def open_bytes(self, raw: bytes, where: Path | None = None) -> bytes:
        """Plain JSON bytes of a data file's contents, decrypting in memory when sealed.

        Remembers whether the data file itself is encrypted, so writes keep it that way.
        """
        target = where or self.path
        if not crypto.is_sealed(raw):
            if where is None:
                self.sealer = None
            return raw
        keyring = self.keyring()
        kept: crypto.Sealer | None = None
        if where is None:
            header = crypto.parse_header(raw, str(target))
            if not keyring.knows(header.kdf):
                kept = unlocked.sealer_for(self.path, header.kdf)  # unlocked: no scrypt run
                if kept is not None:
                    keyring.remember(kept, derived_here=False)
        plaintext, sealer = keyring.open(raw, str(target))
        if where is None:
            self.sealer = sealer
            if kept is not None and sealer is not kept:  # the kept key was stale: lock
                unlocked.forget(self.path)
        return plaintext

    def load_bytes(self) -> bytes:
        """Read the file and return its plain JSON bytes (decrypted in memory if sealed)."""
        return self.open_bytes(self.read_raw())

    def dump_bytes(self, data: Tables) -> bytes:
        """Serialise the tables for writing, sealed in memory when the file is encrypted."""
        return b"".join(self.dump_parts(data))

    def dump_parts(self, data: Tables) -> list[bytes | memoryview]:
        """`dump_bytes(data)` as pieces to write in order (header and ciphertext when encrypted)."""
        parts = layout.encode_parts(data)
        return list(self.sealer.seal_parts(b"".join(parts))) if self.sealer is not None else parts

    def mark_dirty(self) -> None:
        """Inside a transaction: write the file at commit even if no record changed."""
        if not self._in_transaction:
            raise RuntimeError("mark_dirty is only meaningful inside a transaction")
        if self._data is None:
            self._data = {}
        self._dirty = True

    @property
    def dirty(self) -> bool:
        """True inside a transaction that has changes to write."""
        return self._in_transaction and self._dirty

    def read(self) -> Tables | None:  # a lazy mapping, not a dict
        """Return the current tables, re-reading the file if it changed on disk."""
        if self._in_transaction and self._data is not None:
            return self._data
        stat = self._stat_signature()
        if stat is None:
            self._data, self._signature = None, None
            self.sealer = None
            if self._in_transaction:
                self._data = {}
                return self._data
            return None
        signature, trusted = stat
        if self._data is not None and self._trusted and signature == self._signature:
            return self._data
        data: Tables = layout.decode(self.load_bytes(), self.path)
        if self.check_unverified:
            schemas.check_unverified(data, self.path, migrations.CURRENT_VERSION)
        self._data, self._signature, self._trusted = data, signature, trusted
        return data

    def forget(self) -> None:
        """Drop the in-memory copy so the next read goes to disk."""
        self._data, self._signature, self._trusted = None, None, False

    # -- writing -----------------------------------------------------------------------
    def write(self, data: Tables) -> None:
        """Store `data`; inside a transaction this is deferred until commit."""
        if not self._lock_held():
            raise RuntimeError("recover tried to write the data file without holding its lock")
        if self._in_transaction:
            self._data = data
            self._dirty = True
            return
        self._flush(data)

    def _flush(self, data: Tables) -> None:
        try:
            atomic_write_bytes(self.path, self.dump_parts(data))
        except BaseException:
            self.forget()
            raise
        self.writes += 1
        global _files_written
        _files_written += 1
        stat = self._stat_signature()
        if stat is None:
            self.forget()
            return
        # We hold the lock and just wrote these bytes, so the copy in memory is the file's.
        self._data = data
        self._signature, self._trusted = stat[0], True

    def begin(self) -> None:
        """Start collecting writes; reload unless the copy in memory is surely the file's."""
        stat = self._stat_signature()
        if not (self._data is not None and self._trusted and stat is not None and stat[0] == self._signature):
            self.forget()
        self._in_transaction = True
        self._dirty = False

    def commit(self) -> None:
        """Write collected changes in one atomic replace."""
        try:
            if self._dirty and self._data is not None:
                self._in_transaction = False
                self._flush(self._data)
        finally:
            self._in_transaction = False
            self._dirty = False

    def rollback(self) -> None:
        """Discard collected changes; nothing reaches the disk."""
        self._in_transaction = False
        self._dirty = False
        self.forget()

    def close(self) -> None:
        """Nothing to close: the file is never held open between operations."""
