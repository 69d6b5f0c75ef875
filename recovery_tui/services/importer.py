"""`recover import`: add the records of a json export (or a data file or backup) to this store.

Every record is validated first against data_schema/; if any is invalid nothing is imported.
Then all new records go in with one `store.transaction()`, which is one atomic write. Records
are matched by id: an id already present with the same content is skipped (re-importing the
same file adds nothing), and an id present with different content is reported as a conflict
and left as it is. Settings and other meta documents are not imported. An encrypted data
file or backup can be imported too: it is opened in memory with the store's passphrase.
An export written by an older version is migrated in memory first.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec
import orjson

from recovery_tui.errors import InvalidInput, ValidationError
from recovery_tui.store import Store, crypto, migrations, schemas

Tables = dict[str, dict[str, Any]]
_SHOWN_ERRORS = 3


class ImportReport(msgspec.Struct):
    """What an import did (or, with dry_run, would do)."""

    source: Path
    dry_run: bool
    added: dict[str, int] = msgspec.field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = msgspec.field(default_factory=list)

    @property
    def total_added(self) -> int:
        """Records added (or to be added) over all tables."""
        return sum(self.added.values())

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary."""
        return {
            "source": str(self.source),
            "dry_run": self.dry_run,
            "added": self.added,
            "unchanged": self.unchanged,
            "conflicts": [{"table": t, "id": i} for t, i in self.conflicts],
        }


def read_source(store: Store, path: Path, now: datetime) -> Tables:
    """Read and check an export file's shape (decrypting an encrypted data file in memory).

    Raises:
        InvalidInput: missing, unreadable, not JSON, or not a recover export.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"FILE: cannot read {path} ({exc.strerror or exc}).") from None
    if crypto.is_sealed(raw):
        raw = store.storage.open_bytes(raw, where=path)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidInput(
            f"FILE: {path} is not JSON ({exc.msg}); use a `recover export --format json` file."
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InvalidInput(f"FILE: {path} is not a recover json export (expected one object per table).")
    version = migrations.file_version(data)
    if version < 0 or version > migrations.CURRENT_VERSION:
        raise InvalidInput(
            f"FILE: {path} was written by a newer recover (data version {version}); upgrade recover to import it."
        )
    tables: Tables = data
    if version < migrations.CURRENT_VERSION:
        tables = migrations.migrate(tables, now)
    return tables


def check_records(data: Tables, path: Path) -> None:
    """Validate every record of every table; raise one error summarising all problems.

    Raises:
        ValidationError: the count of invalid records and the first few reasons.
    """
    known = set(schemas.table_names())
    errors: list[str] = []
    for table, records in data.items():
        if table == "meta":
            continue
        if table not in known:
            errors.append(f"{table}: is not a kind of record this version of recover knows")
            continue
        for key, record in records.items():
            if not isinstance(record, dict) or record.get("id") != key:
                errors.append(f"{table} {key}: the record's id does not match its key")
                continue
            try:
                schemas.validate(table, record)
            except ValidationError as exc:
                errors.append(f"{str(exc).rstrip('.')} (id {key})")
    if errors:
        shown = "; ".join(errors[:_SHOWN_ERRORS])
        more = f" (and {len(errors) - _SHOWN_ERRORS} more)" if len(errors) > _SHOWN_ERRORS else ""
        raise ValidationError(f"{path}: {len(errors)} record(s) are not valid, so nothing was imported: {shown}{more}.")


def _plan(store: Store, data: Tables, report: ImportReport) -> dict[str, list[dict[str, Any]]]:
    to_add: dict[str, list[dict[str, Any]]] = {}
    report.added, report.unchanged, report.conflicts = {}, 0, []
    for table in schemas.table_names():
        records = data.get(table, {})
        if not records:
            continue
        existing = {r["id"]: r for r in store.all(table)}
        new: list[dict[str, Any]] = []
        for record_id, record in records.items():
            current = existing.get(record_id)
            if current is None:
                new.append(record)
            elif current == record:
                report.unchanged += 1
            else:
                report.conflicts.append((table, record_id))
        if new:
            to_add[table] = new
            report.added[table] = len(new)
    return to_add


def import_file(store: Store, path: Path, *, now: datetime, dry_run: bool = False) -> ImportReport:
    """Import a json export into `store` (see module docstring).

    Args:
        store: the destination.
        path: a `recover export --format json` file, a data file or a backup.
        now: used only to migrate an older export.
        dry_run: check and count, but write nothing.
    """
    data = read_source(store, path, now)
    check_records(data, path)
    report = ImportReport(path, dry_run)
    if dry_run:
        _plan(store, data, report)
        return report
    with store.transaction():
        to_add = _plan(store, data, report)
        for table, records in to_add.items():
            store.insert_records(table, records)
    if data.get("counters"):
        # Milestones already behind imported counters are history, not news: remember them
        # as seen (archived ones too) rather than congratulating on the next command; other
        # counters' congratulations still due are kept for it.
        from recovery_tui.services.counters import remember_reached

        remember_reached(store, now, ids=set(data["counters"]))
    return report
