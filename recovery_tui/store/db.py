"""Store: the one object that reads and writes recover's data file.

A Store reads and writes the file through AtomicJSONStorage (store/storage.py) directly: an
exclusive sidecar lock (`<file>.lock`, store/lockfile.py, 10 s timeout) held across every
read-modify-write, one atomic file replace per transaction, validation of every record before
anything is written (store/schemas.py), UUID ids with created/updated times, schema migrations
after a backup copy, 0600 files in a 0700 folder, and cleanup of temp files a killed process
left behind.

The file is a TinyDB database (one JSON object: table name -> {document id -> document}, our
document ids being the records' UUID strings), and TinyDB's public API reads and writes it
(tests/reliability/test_tinydb_scripts.py; README "Scripting the data file with TinyDB"). recover
itself does not go through TinyDB: its reads never did (a check-in reads one day out of ten
years as text, without parsing the table), and TinyDB's Table, built for integer document ids
and partial updates, would only add a copy of every table per write and its conversions. So
each write here does in the open what TinyDB's table update does: copy the table's documents,
change the copy, store the copy as the table (`Store._change`), then hand the tables to the
storage, which writes them at the end of the transaction.

Encryption at rest (store/crypto.py) is optional and transparent: pass `passphrase=` (a
callable asked at most once, when an encrypted file is first opened); `encrypt()` and
`decrypt()` convert the file and its backups. Backups (store/backups.py) are made before
every migration and on the first write of each day (the `clock` given, default the wall
clock), then rotated as the `backups.daily` / `backups.weekly` settings say.

Reads need no lock: writes replace the file atomically, so a reader always sees a whole file.
The store deals in stored records (plain dicts); services (recovery_tui/services/) turn them
into the domain Structs of core/ with core/records.py `from_record` / `to_fields`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from recovery_tui import clock as wall_clock
from recovery_tui.core import tombstones
from recovery_tui.core.config import SETTINGS
from recovery_tui.errors import DataFileError, LockTimeout, NotFound, StorageError
from recovery_tui.store import backups as backup_files
from recovery_tui.store import crypto, layout, migrations, owned, schemas, unlocked
from recovery_tui.store.storage import (
    AtomicJSONStorage,
    PassphraseProvider,
    Tables,
    atomic_write_bytes,
    open_regular,
)

if TYPE_CHECKING:
    from recovery_tui.store.lockfile import SidecarLock

LOCK_TIMEOUT_SECONDS = 10.0
META = "meta"
R = TypeVar("R")


def _ensure_folder(folder: Path) -> None:
    """Create the data folder 0700 (whatever the umask); existing folders are left alone."""
    if folder.is_dir():
        return
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for created in missing:
            os.chmod(created, 0o700)
    except OSError as exc:
        raise StorageError(f"Could not create the folder {folder}: {exc.strerror or exc}.") from None


class Store:
    """Records in tables, stored in one JSON file (see module docstring)."""

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = LOCK_TIMEOUT_SECONDS,
        passphrase: PassphraseProvider | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """Args:
        path: the data file (created on first write).
        lock_timeout: seconds to wait for another process's lock.
        passphrase: returns the passphrase; called at most once, only if the file is encrypted.
        clock: the current time for backup names and days (default: recover's clock).

        A data file that is a symbolic link is followed, once, here: the store then reads,
        writes (atomically, in the target's folder), locks, backs up, encrypts and wipes the
        target, and never replaces the link itself.
        """
        self.path = Path(os.path.realpath(path))
        self._link = Path(path) if os.path.islink(path) else None
        self.lock_timeout = lock_timeout
        self.clock = clock or wall_clock.now
        self._lock: SidecarLock | None = None
        self._depth = 0
        self._checked = False
        self.storage = AtomicJSONStorage(self.path, self._lock_held, passphrase)

    # -- locking and transactions -------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        """The sidecar lock file."""
        return self.path.with_name(self.path.name + ".lock")

    def _lock_held(self) -> bool:
        return self._lock is not None and self._lock.is_locked and self._depth > 0

    def _acquire(self) -> None:
        from recovery_tui.store.lockfile import LockTimeoutError, SidecarLock

        if self._lock is None:
            if self._link is not None and not self.path.parent.is_dir():  # an unmounted disk, say
                raise StorageError(
                    f"{self._link} is a symbolic link to {self.path}, whose folder does not exist; recover "
                    "makes no folder through a link. Create the folder (or mount its disk), or point the link "
                    "at an existing folder; nothing was written."
                )
            _ensure_folder(self.path.parent)
            self._lock = SidecarLock(str(self.lock_path), timeout=self.lock_timeout, mode=0o600)
        if self.lock_path.is_symlink():
            raise StorageError(
                f"{self.lock_path} is a symbolic link; recover uses only a lock file it made in the data folder "
                "and follows no link there. Remove the link and try again; nothing was written."
            )
        try:
            self._lock.acquire()
        except LockTimeoutError:
            raise LockTimeout(
                f"Another recover process has held {self.lock_path} for over "
                f"{self.lock_timeout:g} s; nothing was written. Close it and try again."
            ) from None
        except OSError as exc:
            raise StorageError(
                f"Could not lock {self.lock_path}: {exc.strerror or exc}; nothing was written."
            ) from None

    def remove_stale_temp_files(self) -> list[Path]:
        """Delete every temp file a killed write left (store/owned.py); the lock must be held."""
        if not self._lock_held():
            raise RuntimeError("recover tried to clean up temp files without holding the lock")
        return owned.remove_stale_temp_files(self.path)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the file's lock without reading the file (restore, wipe, repair)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._acquire()
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            assert self._lock is not None
            self._lock.release()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock; every write inside lands in one atomic replace when the block ends.

        Nested use joins the outer transaction. An exception discards all changes.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._acquire()
        self._depth = 1
        try:
            self.remove_stale_temp_files()
            self.storage.begin()
            try:
                self._prepare_for_write()
                yield
                if self.storage.dirty:
                    self._daily_backup()
            except BaseException:
                self.storage.rollback()
                raise
            self.storage.commit()
        finally:
            self._depth = 0
            assert self._lock is not None
            self._lock.release()

    # -- versions and migrations --------------------------------------------------------
    def _prepare_for_write(self) -> None:
        data = self.storage.read()
        if data is None or not data:
            data = {META: {"schema": {"schema_version": migrations.CURRENT_VERSION}}}
            self.storage.write(data)
            return
        self._check_version(data, migrate=True)

    def _check_version(self, data: Tables, *, migrate: bool) -> None:
        version = migrations.file_version(data)
        if version == 0 and not self.looks_like_ours(data):
            raise DataFileError(
                f"{self.path} is JSON but not a recover data file (no meta.schema_version, and not a file of "
                "recover's early prototype); recover left it unchanged. Check --db or RECOVER_DB."
            )
        if version < 0:
            raise DataFileError(
                f"{self.path} has no valid schema_version in its meta table, so recover cannot tell "
                "how to read it; it was left unchanged. Move it aside or restore a backup, then try again."
            )
        if version > migrations.CURRENT_VERSION:
            raise DataFileError(
                f"{self.path} was written by a newer version of recover (data version {version}; "
                f"this one reads up to {migrations.CURRENT_VERSION}). Upgrade recover; "
                "the file was not changed."
            )
        if version < migrations.CURRENT_VERSION:
            if not migrate:
                raise _NeedsMigration
            migrated = self._migrated(data, version)
            label = f"pre-v{migrations.CURRENT_VERSION}"
            if not self._has_copy(label):
                self.backup_copy(label)
            self.storage.write(migrated)

    @staticmethod
    def looks_like_ours(data: Tables) -> bool:
        """A file without a schema version that is recover's: the prototype's, an empty TinyDB
        file, or one holding a table recover names (a recover file that lost its meta table:
        the upgrade then refuses it naming the table, before any copy or write)."""
        if migrations.is_prototype(data) or migrations.is_empty_tinydb(data):
            return True
        known = set(schemas.table_names())
        return any(name in known for name in data)

    def _migrated(self, data: Tables, version: int) -> Tables:
        """`data` upgraded in memory and checked against today's schemas, before any copy or
        write, so a file that cannot be upgraded gains no backup and is never written."""
        from recovery_tui import clock

        try:
            migrated = migrations.migrate(data, clock.now(), self.path)
            for name, table in migrated.items():
                if name != META:
                    schemas.check_records(self.path, name, table)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = repr(f"{type(exc).__name__}: {exc}")[1:-1][:200]  # stored text shown escaped, one line
            raise DataFileError(
                f"{self.path} is from an older version of recover (data version {version}) but cannot be upgraded "
                f"({reason}); recover left it unchanged and made no copy. Move it aside or restore a backup."
            ) from None
        return migrated

    def _has_copy(self, label: str) -> bool:
        """True when `backups/` already holds a `label` copy identical to the data file."""
        try:
            current = open_regular(self.path)
            for backup in self.backups():
                if backup.label == label and backup.size() == len(current) and backup.path.read_bytes() == current:
                    return True
        except (OSError, DataFileError):
            return False
        return False

    def _readable(self) -> Tables | None:
        """Read the file for a query, migrating an older file first (under the lock)."""
        data = self.storage.read()
        if data is None or self._checked:
            return data
        try:
            self._check_version(data, migrate=False)
        except _NeedsMigration:
            with self.transaction():
                pass
            data = self.storage.read()
        self._checked = True
        return data

    def backup_copy(self, label: str) -> Path:
        """Copy the data file, verified, into `backups/` beside it (0600 in a 0700 folder).

        Returns:
            The path of the copy.
        """
        return backup_files.make_copy(self.path, label, self.clock())

    def _backup_settings(self) -> tuple[int, int]:
        config = (self.storage.read() or {}).get(META, {}).get("config", {})
        values: list[int] = []
        for key in ("backups.daily", "backups.weekly"):
            value = config.get(key, SETTINGS[key].default)
            values.append(value if isinstance(value, int) and value >= 0 else int(SETTINGS[key].default))
        return values[0], values[1]

    def _daily_backup(self) -> None:
        """On the first write of a day, copy the file as it was, then rotate old copies."""
        if not self.path.exists():
            return
        daily, weekly = self._backup_settings()
        if daily == 0:
            return
        now = self.clock()
        if backup_files.has_daily(self.path, now.date()):
            return
        backup_files.make_copy(self.path, backup_files.DAILY, now)
        backup_files.rotate(self.path, daily=daily, weekly=weekly)

    # -- backups: list and restore ------------------------------------------------------
    def backups(self) -> list[backup_files.Backup]:
        """Every backup of this file, newest first."""
        return backup_files.list_backups(self.path)

    def load_copy(self, path: Path) -> Tables:
        """Read and check another file in this store's format (a backup): decrypts if sealed.

        Raises:
            DataFileError: it is damaged, not a recover file, or the passphrase does not open it.
        """
        try:
            raw = open_regular(path)
        except FileNotFoundError:
            raise DataFileError(f"Cannot read {path}: it does not exist.") from None
        data = layout.decode(self.storage.open_bytes(raw, where=path), path)
        schemas.check_unverified(data, path, migrations.CURRENT_VERSION)
        return data

    def restore(self, backup: backup_files.Backup, *, label: str = backup_files.BEFORE_RESTORE) -> Path | None:
        """Replace the data file with a backup, keeping the current file aside first.

        The backup is checked (it loads, with the passphrase if encrypted) before anything
        changes. The current file, damaged or not, is kept in `backups/` under `label`.

        Returns:
            Where the previous file was set aside (None when there was none).
        """
        self.load_copy(backup.path)
        payload = open_regular(backup.path)
        with self.locked():
            aside = backup_files.set_aside(self.path, label, self.clock()) if self.path.exists() else None
            atomic_write_bytes(self.path, payload)
            self.storage.forget()
            self._checked = False
        return aside

    # -- encryption ---------------------------------------------------------------------
    def is_encrypted(self) -> bool:
        """True when the data file on disk is encrypted (reads only its first bytes)."""
        try:
            return crypto.is_sealed(open_regular(self.path, len(crypto.MAGIC)))
        except (OSError, DataFileError):
            return False

    def set_passphrase_provider(self, provider: PassphraseProvider | None) -> None:
        """Change how a passphrase is obtained from now on (a passphrase already given is kept)."""
        self.storage.passphrase_provider = provider

    def encrypt(self, passphrase: str) -> list[Path]:
        """Encrypt the data file and every backup with `passphrase` (new salt).

        Works on a plain file and on an encrypted one (a passphrase change: its current
        passphrase comes from the provider). Plaintext exists only in memory.

        Returns:
            The backups that could not be converted (damaged, or under another passphrase).
        """
        if len(passphrase) < crypto.MIN_PASSPHRASE:
            from recovery_tui.errors import InvalidInput

            raise InvalidInput("passphrase", f"use at least {crypto.MIN_PASSPHRASE} characters; nothing was changed.")
        sealer = crypto.Sealer.create(passphrase)
        return self._convert(sealer, crypto.Keyring(passphrase))

    def decrypt(self) -> list[Path]:
        """Write the data file and every backup as plain JSON again (asks for the passphrase).

        Returns:
            The backups that could not be converted.
        """
        return self._convert(None, None)

    def _convert(self, sealer: crypto.Sealer | None, keyring: crypto.Keyring | None) -> list[Path]:
        with self.transaction():
            self.storage.read()
            self.storage.mark_dirty()
            self._daily_backup()  # today's copy first, so it is converted too
            skipped = self._convert_backups(sealer)
            self.storage.sealer = sealer
        if keyring is not None and sealer is not None:
            keyring.remember(sealer)
            self.storage.use_keyring(keyring)
        unlocked.forget(self.path)  # a new passphrase (or none): a kept key no longer fits
        return skipped

    def _convert_backups(self, sealer: crypto.Sealer | None) -> list[Path]:
        skipped: list[Path] = []
        for backup in self.backups():
            try:
                raw = backup.path.read_bytes()
                if not crypto.is_sealed(raw) and sealer is None:
                    continue
                plaintext = self.storage.open_bytes(raw, where=backup.path)
                payload = sealer.seal(plaintext) if sealer is not None else plaintext
                atomic_write_bytes(backup.path, payload)
            except (OSError, DataFileError, StorageError):
                skipped.append(backup.path)
        return skipped

    # -- generic record access ----------------------------------------------------------
    def exists(self) -> bool:
        """True when the data file exists."""
        return self.path.exists()

    def _change(self, table: str, change: Callable[[dict[str, Any]], None]) -> None:
        """Inside a transaction: apply `change` to a copy of `table`'s documents and store the
        copy as the table (the stored tables are never changed in place)."""
        if not self._lock_held():
            raise RuntimeError("recover tried to change a table without holding the data file's lock")
        data = self.storage.read()
        if data is None:
            data = {}
        documents = dict(data.get(table, {}))
        change(documents)
        data[table] = documents
        self.storage.write(data)

    def all(self, table: str) -> list[dict[str, Any]]:
        """Every record of `table` as plain dicts (empty when the file does not exist)."""
        data = self._readable()
        if not data:
            return []
        return [dict(doc) for doc in data.get(table, {}).values()]

    def select(self, table: str, keep: Callable[[Mapping[str, Any]], bool]) -> list[dict[str, Any]]:
        """The records of `table` for which `keep(record)` is true, as plain dicts.

        `keep` sees the stored records read-only; only the kept ones are copied, so picking a
        day's few records out of ten years costs a scan, not ten years of copies.
        """
        data = self._readable()
        if not data:
            return []
        return [dict(doc) for doc in data.get(table, {}).values() if keep(doc)]

    def count_where(self, table: str, keep: Callable[[Mapping[str, Any]], bool]) -> int:
        """How many records of `table` `keep(record)` is true for (nothing is copied)."""
        data = self._readable()
        if not data:
            return 0
        return sum(1 for doc in data.get(table, {}).values() if keep(doc))

    def decoded(self, table: str, record: type[R], *, since: str = "") -> list[R]:
        """Every record of `table` as a `record`: a msgspec Struct of just the fields a caller
        reads (the others are skipped). With `since` (an ISO day of the table's dated field,
        store/schemas.py DATED), at least every record of that day or later: records before it
        may come too, so the caller filters.

        On a table nobody has parsed yet it decodes the table's bytes straight into them,
        without a dict per record: ten years of check-ins and triggers for the warnings cost
        a fraction of parsing them, and with `since` only the line from the last mark before
        that day is decoded (store/marks.py). A parsed table is converted record by record.
        """
        data = self._readable()
        if not data:
            return []
        if isinstance(data, layout.LazyTables):
            raw = data.raw_from(table, since)
            if raw is not None:
                try:
                    return list(msgspec.json.decode(raw, type=dict[str, record]).values())  # type: ignore[valid-type]
                except msgspec.DecodeError:
                    if not isinstance(raw, bytes):  # the whole line: not what it should be
                        raise
                    return self.decoded(table, record)  # the marks do not hold here: the whole line
        return msgspec.convert(list(data.get(table, {}).values()), list[record])  # type: ignore[valid-type]

    def select_equal(self, table: str, field: str, value: str) -> list[dict[str, Any]]:
        """The records of `table` whose top-level `field` is the string `value`, as plain dicts.

        On a table nobody has parsed yet it looks for the JSON text `"field":"value"` in the
        table's bytes and parses only the records that hold it (often none), so finding a
        day's check-ins in ten years of them costs a text search, not a parse.
        """
        data = self._readable()
        if not data:
            return []
        if isinstance(data, layout.LazyTables):
            needle = layout.dumps(field) + b":" + layout.dumps(value)
            found = data.raw_records_with(table, needle)
            if found is not None:
                return [record for record in found if record.get(field) == value]
        return self.select(table, lambda record: record.get(field) == value)

    def select_dated(self, table: str, field: str, first: str, last: str | None = None) -> list[dict[str, Any]]:
        """The records of `table` whose top-level `field` is a string whose day (its first ten
        characters, as in "2026-12-06T21:00:00+02:00") lies from `first` to `last` (ISO dates,
        both included; no upper bound when `last` is None), as plain dicts in table order.

        Exactly `select` with that test, but on a table nobody has parsed it reads each record's
        `field` alone and parses only the records of the period (layout.LazyTables
        .raw_records_dated), so ninety days out of thirty years cost a scan, not thirty years of
        dicts.
        """
        data = self._readable()
        if not data:
            return []
        if isinstance(data, layout.LazyTables):
            found = data.raw_records_dated(table, field, first, last)
            if found is not None:
                return found
        return self.select(table, layout.dated_test(field, first, last))

    def select_fields(self, table: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
        """Every record of `table` as {field: value} for `fields` alone (None where a record
        lacks one), in table order; an unparsed table is read for those fields only."""
        return [
            dict(zip(fields, msgspec.structs.astuple(record), strict=True))
            for record in self.decoded(table, layout.fields_struct(fields))
        ]

    def days(self, table: str, field: str) -> list[str]:
        """The day (first ten characters) of `field` in each record of `table` where it is a
        string, in table order; an unparsed table is not parsed (as in `select_dated`)."""
        data = self._readable()
        if not data:
            return []
        if isinstance(data, layout.LazyTables):
            found = data.raw_days(table, field)
            if found is not None:
                return found
        return [value[layout.DAY] for doc in data.get(table, {}).values() if isinstance(value := doc.get(field), str)]

    def get(self, table: str, record_id: str) -> dict[str, Any] | None:
        """One record by id, or None."""
        data = self._readable()
        if not data:
            return None
        doc = data.get(table, {}).get(record_id)
        return dict(doc) if doc is not None else None

    def find(self, table: str, record_id_prefix: str) -> dict[str, Any]:
        """One record by id or unique id prefix (at least 4 characters), as people type them.

        Raises:
            NotFound: no record, or the prefix matches several.
        """
        exact = self.get(table, record_id_prefix)
        if exact is not None:
            return exact
        prefix = record_id_prefix.strip().lower()
        matches = [r for r in self.all(table) if len(prefix) >= 4 and r["id"].startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFound(f"id '{record_id_prefix}' matches {len(matches)} entries; type more of it.")
        raise NotFound(f"Nothing in {table.replace('_', ' ')} has the id '{record_id_prefix}'.")

    def count(self, table: str) -> int:
        """How many records `table` holds."""
        data = self._readable()
        return len(data.get(table, {})) if data else 0

    def tables(self) -> dict[str, int]:
        """Record count per record table (the meta table excluded)."""
        data = self._readable() or {}
        return {name: len(data[name]) for name in sorted(data) if name not in {META, "_default"}}

    def has_records(self) -> bool:
        """True when a record table (the meta table excluded) holds a record; an unparsed table
        is looked at in its bytes (`{}` or not), so this costs no parse."""
        data = self._readable() or {}
        for name in data:
            if name in {META, "_default"}:
                continue
            raw = data.raw_bytes(name) if isinstance(data, layout.LazyTables) else None
            if (len(raw) > 2) if raw is not None else bool(data[name]):
                return True
        return False

    def schema_version(self) -> int | None:
        """The data file's schema version, or None when there is no file yet."""
        data = self._readable()
        return migrations.file_version(data) if data else None

    @staticmethod
    def stamp(fields: dict[str, Any], now: datetime, record_id: str | None = None) -> dict[str, Any]:
        """A new record: `fields` plus a UUID id and created/updated times."""
        iso = now.isoformat(timespec="seconds")
        return {"id": record_id or str(uuid.uuid4()), **fields, "created_at": iso, "updated_at": iso}

    def insert(self, table: str, fields: dict[str, Any], *, now: datetime) -> dict[str, Any]:
        """Validate and add one record; returns it with its id and timestamps.

        When nothing in this process has parsed `table`, the record is appended to the table's
        bytes as read (layout.LazyTables.append_raw): the same file results, without parsing
        and re-serialising years of records.
        """
        record = self.stamp(fields, now)
        schemas.validate(table, record)
        with self.transaction():
            data = self.storage.read()
            if isinstance(data, layout.LazyTables) and data.append_raw(table, record["id"], layout.dumps(record)):
                self.storage.write(data)
            else:
                self._change(table, lambda documents: _add(table, documents, [record]))
        return record

    def insert_records(self, table: str, records: list[dict[str, Any]]) -> None:
        """Add complete records (ids and timestamps included), all validated first."""
        for record in records:
            schemas.validate(table, record)
        with self.transaction():
            self._change(table, lambda documents: _add(table, documents, records))

    def update(self, table: str, record_id: str, changes: dict[str, Any], *, now: datetime) -> dict[str, Any]:
        """Change fields of one record (validated as a whole); returns the new record."""
        with self.transaction():
            current = self.get(table, record_id)
            if current is None:
                raise NotFound(f"Nothing in {table.replace('_', ' ')} has the id '{record_id}'.")
            record = {**current, **changes, "id": current["id"], "created_at": current["created_at"]}
            record["updated_at"] = now.isoformat(timespec="seconds")
            schemas.validate(table, record)
            self._change(table, lambda documents: documents.__setitem__(record_id, record))
        return record

    def replace_record(self, table: str, record: dict[str, Any]) -> None:
        """Replace one existing record by a complete one (its own id and timestamps kept), as a
        merge does; validated first.

        Raises:
            NotFound: no record has its id.
        """
        schemas.validate(table, record)
        with self.transaction():
            if self.get(table, record["id"]) is None:
                raise NotFound(f"Nothing in {table.replace('_', ' ')} has the id '{record['id']}'.")
            self._change(table, lambda documents: documents.__setitem__(record["id"], record))

    def delete(self, table: str, record_id: str) -> None:
        """Remove one record by id, and remember the deletion in the same write: a tombstone
        (core/tombstones.py), so merging another copy of the file does not bring the record
        back. Tombstones older than their keeping period are pruned at the same time."""
        with self.transaction():
            if self.get(table, record_id) is None:
                raise NotFound(f"Nothing in {table.replace('_', ' ')} has the id '{record_id}'.")
            self._change(table, lambda documents: documents.pop(record_id))
            if table != tombstones.TABLE:
                stone = tombstones.tombstone(table, record_id, self.clock())
                self._change(tombstones.TABLE, lambda documents: tombstones.remember(documents, stone))

    # -- meta ---------------------------------------------------------------------------
    def meta(self, key: str) -> dict[str, Any]:
        """A document of the meta table (settings, remembered state); {} when absent."""
        data = self._readable()
        if not data:
            return {}
        return dict(data.get(META, {}).get(key, {}))

    def meta_all(self) -> dict[str, dict[str, Any]]:
        """Every meta document (schema version, settings, remembered state), copied."""
        data = self._readable()
        if not data:
            return {}
        return {key: dict(value) for key, value in data.get(META, {}).items()}

    def set_meta(self, key: str, value: dict[str, Any]) -> None:
        """Replace one meta document (validated by the envelope schema)."""
        with self.transaction():
            data = self.storage.read() or {}
            meta = dict(data.get(META, {}))
            meta[key] = value
            schemas.validate(schemas.ENVELOPE, {META: meta})
            self._change(META, lambda documents: documents.__setitem__(key, value))


class _NeedsMigration(Exception):
    pass


def _add(table: str, documents: dict[str, Any], records: list[dict[str, Any]]) -> None:
    """Put complete records into a table's documents, each under its id (never over another)."""
    for record in records:
        if record["id"] in documents:
            raise ValueError(f"a {table} record with id {record['id']} already exists")
        documents[record["id"]] = record


def open_store(path: Path) -> Store:
    """Open (without reading yet) the store at `path`; the file is created on first write."""
    return Store(path)
