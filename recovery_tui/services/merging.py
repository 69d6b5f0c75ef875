"""`recover merge FILE`: merge another copy of the data file into this one, record by record,
then keep FILE in `backups/`; and the conflict copies folder-sync engines leave beside the file.

FILE is another recover data file (plain, or encrypted with this file's passphrase; an older
one is migrated in memory, a newer one refused), never a symbolic link, never the data file
itself. Every record is checked against its schema first; then the merge (core/merge.py:
records by id, the newer wins, deletions remembered as tombstones, counters' starts and
restarts by event id, settings per key by time, clashing names renamed) lands in ONE locked
transaction, one atomic write. Only then is FILE moved into `backups/` (label `merged`; a
verified copy when it is on another file system, FILE then left where it was): recover never
deletes it, and writes nothing outside the data folder. A FILE with a lock file beside it is
another recover's live data file: a copy is kept, FILE stays. A dry run reads and counts only.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.core import tombstones
from recovery_tui.core.merge import OWN_META, Change, Renamed, changes, merge
from recovery_tui.errors import InvalidInput, StorageError
from recovery_tui.store import Store, backups, migrations, schemas
from recovery_tui.store.conflicts import ConflictCopy, conflict_copies

__all__ = ["ConflictCopy", "MergeReport", "conflict_copies", "merge_file"]


_DONE = ("added", "updated", "deleted")  # the fields of core.merge.Change, in order


class MergeReport(msgspec.Struct):
    """What a merge did (or, with dry_run, would do)."""

    source: Path
    dry_run: bool
    changes: dict[str, Change] = msgspec.field(default_factory=dict)
    renamed: list[Renamed] = msgspec.field(default_factory=list)
    kept_as: Path | None = None  # where FILE is now, in backups/
    moved: bool = False  # False: a copy was kept in backups/ and FILE is still where it was
    not_moved: str | None = None  # why FILE could not be kept in backups/ (the merge is saved)

    @property
    def changed(self) -> bool:
        """True when the merge changed (or would change) a record."""
        return bool(self.changes)

    def lines(self) -> list[str]:
        """What the merge did, one line each, in plain words (the CLI prints them, the dashboard
        shows them; neither names a command)."""
        would = self.dry_run
        lines: list[str] = []
        if not self.changes:
            lines.append(f"Nothing {'would change' if would else 'changed'} here: this file holds all of it already.")
        for table, change in self.changes.items():
            said = [f"{n} {what}" for n, what in zip(msgspec.structs.astuple(change), _DONE, strict=True) if n]
            kind = "remembered deletions" if table == tombstones.TABLE else table.replace("_", " ")
            lines.append(f"{kind}: {', '.join(said)}{' (would be)' if would else ''}")
        lines += [renamed.line for renamed in self.renamed]
        if would:
            lines.append("Dry run: nothing was changed.")
        elif self.kept_as is not None and self.moved:
            lines.append(f"Merged. {self.source.name} is now kept in backups/ as {self.kept_as.name}.")
        elif self.kept_as is not None:
            lines.append(
                f"Merged. A copy of {self.source.name} is kept in backups/ as {self.kept_as.name}; "
                f"the file itself is still at {self.source} (another disk, or another recover's data file)."
            )
        else:
            lines.append(f"Merged, but {self.source.name} stays where it was: {self.not_moved}")
        return lines

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary."""
        return {
            "source": str(self.source),
            "dry_run": self.dry_run,
            "changes": {table: msgspec.structs.asdict(change) for table, change in self.changes.items()},
            "renamed": [msgspec.structs.asdict(renamed) for renamed in self.renamed],
            "kept_as": str(self.kept_as) if self.kept_as is not None else None,
            "moved": self.moved,
            "not_moved": self.not_moved,
        }


def _check(path: Path, store: Store) -> None:
    if path.is_symlink():
        raise InvalidInput("file", messages.symlink_refused(path))
    if os.path.realpath(path) == str(store.path):
        raise InvalidInput("file", messages.MERGE_SAME_FILE)


def merge_file(store: Store, path: Path, *, now: datetime, dry_run: bool = False) -> MergeReport:
    """Merge the recover file `path` into `store` (see the module docstring).

    Raises:
        InvalidInput: `path` is a link, the data file itself, missing, not a recover file,
            from a newer recover, or holds a record that is not valid; nothing was changed.
        DataFileError: it is encrypted and the passphrase does not open it.
    """
    from recovery_tui.services.importer import check_records, read_source

    _check(path, store)
    other = read_source(store, path, now, follow_links=False, purpose="merge")
    check_records(other, path)
    report = MergeReport(path, dry_run)
    if dry_run:
        _plan(_current(store), other, now, report)
        return report
    with store.transaction():
        current = _current(store)
        merged = _plan(current, other, now, report)
        ours = {key: value for key, value in current.get("meta", {}).items() if key not in OWN_META}
        if report.changed or merged["meta"] != ours:
            for name, table in merged.items():
                for record in table.values() if name != "meta" else ():
                    schemas.validate(name, record)
            schemas.validate(schemas.ENVELOPE, {"meta": merged["meta"]})
            store.storage.write(merged)
    _check(path, store)  # still not a link: moved as it was read
    try:
        live = path.with_name(path.name + ".lock").exists()  # another recover's data file: copy it
        report.kept_as, report.moved = backups.move_in(store.path, path, backups.MERGED, now, copy=live)
    except StorageError as exc:
        report.not_moved = str(exc)
    return report


def _current(store: Store) -> dict[str, dict[str, Any]]:
    """This store's file as plain tables (an older one migrated first; none yet: empty)."""
    if store.schema_version() is None:
        return {"meta": {"schema": {"schema_version": migrations.CURRENT_VERSION}}}
    data = store.storage.read() or {}
    return {name: dict(data[name]) for name in data}


def _plan(
    current: dict[str, dict[str, Any]], other: dict[str, dict[str, Any]], now: datetime, report: MergeReport
) -> dict[str, dict[str, Any]]:
    """The merged file (tombstones past their keeping period pruned), its changes in `report`."""
    result = merge(current, other)
    merged = tombstones.prune(result.tables, now)
    report.changes = changes(current, merged)
    report.renamed = list(result.renamed)
    return merged
