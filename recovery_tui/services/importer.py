"""`recover import`: merge the records of a json export (or a data file or backup) into this store.

The source must be a regular file of at most MAX_IMPORT_BYTES (a device such as /dev/zero, a
FIFO or a folder is refused at once, never read). Every record is validated first against
data_schema/; if any is invalid nothing is imported. Then everything lands in one
`store.transaction()`, which is one atomic write. The merge rules (README: Export and import):

- Records are matched by id. A new id is added. The same id with the same content, or an
  older `updated_at`, leaves ours as it is (importing the same file twice changes nothing).
  A newer `updated_at` replaces ours. The same time with different content is a conflict:
  listed and left as it is.
- A counter's events always merge (by event id when both have one, else by kind and instant):
  a counter never loses history to an import.
- Names stay unique in every table whose names are (counters, contacts, rewards, skills,
  journal templates; case-insensitively). An incoming counter named like one of ours is the
  same addiction tracked on another device: its events join our counter and it is not added
  on its own. Any other record whose name is taken is added renamed (`Sam (2)`, or
  `evening-2` for a template), and the report says so. A built-in skill's settings already
  here are kept.
- Importing the same file again applies the same renames, finds every record equal to ours
  and changes nothing; a counter that gained events keeps the later of the two `updated_at`.

Settings and other meta documents are not imported. An encrypted data file or backup can be
imported too: it is opened in memory with the store's passphrase. An export written by an
older version is migrated in memory first.
"""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.core.merge import UNIQUE_NAMES, builtin_names, free_name, name_key
from recovery_tui.core.words import counted, noun
from recovery_tui.errors import InvalidInput, ValidationError
from recovery_tui.store import Store, crypto, migrations, schemas

Tables = dict[str, dict[str, Any]]
_SHOWN_ERRORS = 3
MAX_IMPORT_BYTES = 256 * 1024 * 1024  # 30 years of daily use is about 25 MB


class ImportReport(msgspec.Struct):
    """What an import did (or, with dry_run, would do)."""

    source: Path
    dry_run: bool
    added: dict[str, int] = msgspec.field(default_factory=dict)
    updated: dict[str, int] = msgspec.field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[tuple[str, str]] = msgspec.field(default_factory=list)
    notes: list[str] = msgspec.field(default_factory=list)

    @property
    def total_added(self) -> int:
        """Records added (or to be added) over all tables."""
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        """Records of ours changed (or to be changed) over all tables."""
        return sum(self.updated.values())

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary."""
        return {
            "source": str(self.source),
            "dry_run": self.dry_run,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": [{"table": t, "id": i} for t, i in self.conflicts],
            "notes": self.notes,
        }


def _read_bytes(path: Path, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most MAX_IMPORT_BYTES, refusing anything else at once
    (and a symbolic link, unless `follow_links`)."""
    limit = f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB"
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        if path.is_symlink():
            raise InvalidInput("file", messages.symlink_refused(path))
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow_links and path.is_symlink():
            raise InvalidInput("file", messages.symlink_refused(path)) from None
        raise InvalidInput("file", messages.cannot_read(path, exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise InvalidInput("file", f"{path} is {kind}; give a `recover export --format json` file.")
        if info.st_size > MAX_IMPORT_BYTES:
            raise InvalidInput("file", messages.too_large(path, limit))
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_IMPORT_BYTES:
                raise InvalidInput("file", messages.too_large(path, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise InvalidInput("file", messages.cannot_read(path, exc.strerror or exc)) from None
    finally:
        os.close(fd)


def read_source(
    store: Store, path: Path, now: datetime, *, follow_links: bool = True, purpose: str = "import"
) -> Tables:
    """Read and check an export file's shape (decrypting an encrypted data file in memory).

    Args:
        purpose: `import`, or `merge`: only a recover data file (a schema version in its meta
            table, or the prototype's file) is accepted, and the messages say merge.

    Raises:
        InvalidInput: missing, not a regular file (or a symbolic link, unless `follow_links`),
            too big, unreadable, not JSON, or not a recover export.
    """
    raw = _read_bytes(path, follow_links=follow_links)
    if crypto.is_sealed(raw):
        try:
            raw = store.storage.open_bytes(raw, where=path)
        except crypto.PassphraseNeeded:  # the message named the data file, not this one
            raise crypto.PassphraseNeeded(messages.sealed_source(path, purpose)) from None
    try:
        data = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        reason = str(exc).removeprefix("JSON is malformed: ")
        raise InvalidInput(
            "file", f"{path} is not JSON ({reason}); use a `recover export --format json` file."
        ) from None
    except RecursionError:
        raise InvalidInput("file", f"{path} is JSON nested too deeply to be a recover export.") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InvalidInput("file", messages.not_an_export(path, "expected one object per table"))
    if not all(isinstance(r, dict) for name, table in data.items() if name != "meta" for r in table.values()):
        raise InvalidInput("file", messages.not_an_export(path, "a table holds something other than records"))
    version = migrations.file_version(data)
    if purpose == "merge" and (version < 0 or (version == 0 and not migrations.is_prototype(data))):
        raise InvalidInput("file", messages.not_a_recover_file(path))
    if version < 0 or version > migrations.CURRENT_VERSION:
        raise InvalidInput(
            "file", f"{path} was written by a newer recover (data version {version}); upgrade recover to {purpose} it."
        )
    tables: Tables = data
    if version < migrations.CURRENT_VERSION:
        tables = migrations.migrate(tables, now, path)
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
        raise ValidationError(
            f"{path}: {counted(len(errors), 'record')}"
            f" {noun(len(errors), 'is', 'are')} not valid, so nothing was imported: {shown}{more}."
        )


def _instant(text: Any) -> Any:
    try:
        return datetime.fromisoformat(str(text)).timestamp()
    except (ValueError, OverflowError):
        return str(text)


def merge_events(
    ours: list[dict[str, Any]], theirs: list[dict[str, Any]], removed: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Our counter events plus those of `theirs` we do not have: the same event id, or (for
    events without ids) the same kind at the same instant, is the same event. Events whose id
    is in `removed` (taken out on either side, see `removed_events`) stay out, so a mistaken
    restart undone on one device does not come back from the other."""
    merged = [e for e in ours if not (e.get("id") and e["id"] in removed)]
    ids = {e["id"] for e in merged if e.get("id")}
    moments = {(e.get("kind"), _instant(e.get("at"))) for e in merged}
    for event in theirs:
        key = (event.get("kind"), _instant(event.get("at")))
        if event.get("id") and (event["id"] in ids or event["id"] in removed):
            continue
        if key in moments:
            continue
        merged.append(event)
        moments.add(key)
        if event.get("id"):
            ids.add(event["id"])
    return merged


def removed_events(*counters: dict[str, Any]) -> frozenset[str]:
    """The ids of events a counter's edits log says were removed or undone (its tombstones)."""
    return frozenset(
        str(edit["event"])
        for counter in counters
        for edit in counter.get("edits") or []
        if isinstance(edit, dict) and edit.get("action") in ("remove", "undo") and edit.get("event")
    )


def merge_edits(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both counters' logs of corrections, each correction once, in the order they were made."""
    seen = {(e.get("event"), e.get("action"), _instant(e.get("at"))) for e in ours}
    merged = list(ours)
    for edit in theirs:
        key = (edit.get("event"), edit.get("action"), _instant(edit.get("at")))
        if key not in seen:
            seen.add(key)
            merged.append(edit)
    return sorted(merged, key=lambda e: str(_instant(e.get("at"))))


def merge_history(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """The events and edits of two copies of one counter merged (first's versions win by id)."""
    removed = removed_events(first, second)
    history: dict[str, Any] = {"events": merge_events(list(first["events"]), list(second["events"]), removed)}
    if "edits" in first or "edits" in second:
        history["edits"] = merge_edits(list(first.get("edits") or []), list(second.get("edits") or []))
    return history


BUILTIN = "built-in"  # the owner of a name a built-in skill or template has


def _later(first: Any, second: Any) -> Any:
    """The later of two stored times (compared as instants)."""
    return second if _instant(second) > _instant(first) else first


class _Merge:
    """The changes one table needs: records to add, and records of ours to replace.

    A record renamed because its name was taken keeps its own `updated_at`: importing the same
    file again renames it the same way, finds it equal to ours and changes nothing. A counter
    that gains events takes the later `updated_at` of the two, so the result does not depend
    on which device imports first.
    """

    def __init__(self, table: str, existing: list[dict[str, Any]], report: ImportReport) -> None:
        self.table = table
        self.report = report
        self.by_id = {r["id"]: r for r in existing}
        self.field = UNIQUE_NAMES.get(table)
        self.names: dict[str, str] = {}  # name key -> id, ours and those added so far
        for builtin in builtin_names(table):
            self.names[name_key(builtin)] = BUILTIN
        if self.field:
            for record in existing:
                self.names.setdefault(name_key(record[self.field]), record["id"])
        self.add: dict[str, dict[str, Any]] = {}
        self.replace: dict[str, dict[str, Any]] = {}

    def current(self, record_id: str) -> dict[str, Any] | None:
        return self.add.get(record_id) or self.replace.get(record_id) or self.by_id.get(record_id)

    def _put(self, record: dict[str, Any]) -> None:
        if record["id"] in self.add or record["id"] not in self.by_id:
            self.add[record["id"]] = record
        else:
            self.replace[record["id"]] = record

    def _events_into(self, target: dict[str, Any], incoming: dict[str, Any]) -> bool:
        history = merge_history(target, incoming)
        if all(history[key] == target.get(key) for key in history):
            return False
        updated = _later(target["updated_at"], incoming["updated_at"])
        self._put({**target, **history, "updated_at": updated})
        return True

    def _owner(self, record: dict[str, Any]) -> str | None:
        """The id of another record (or BUILTIN) that has `record`'s name, else None."""
        if not self.field:
            return None
        owner = self.names.get(name_key(record[self.field]))
        return owner if owner not in (None, record["id"]) else None

    def _named(self, record: dict[str, Any]) -> dict[str, Any]:
        """`record`, renamed when its name is another record's."""
        if not self.field or self._owner(record) is None:
            return record
        free = free_name(self.table, str(record[self.field]), self.names, record["id"])
        return {**record, self.field: free}

    def _store(self, incoming: dict[str, Any], ours: dict[str, Any] | None) -> None:
        record = self._named(incoming)
        if self.field:
            if ours is not None and self.names.get(name_key(ours[self.field])) == ours["id"]:
                del self.names[name_key(ours[self.field])]
            self.names[name_key(record[self.field])] = record["id"]
            if record[self.field] != incoming[self.field] and (ours is None or ours[self.field] != record[self.field]):
                kind = self.table.replace("_", " ").removesuffix("s")
                self.report.notes.append(
                    f"A {kind} called '{incoming[self.field]}' was already here; "
                    f"the imported one is called '{record[self.field]}'."
                )
        self._put(record)

    def take(self, incoming: dict[str, Any]) -> None:
        """Merge one incoming record (see module docstring)."""
        ours = self.current(incoming["id"])
        if ours is None:
            owner = self._owner(incoming)
            if owner not in (None, BUILTIN) and self.table == "counters":
                target = self.current(owner)
                assert target is not None
                if self._events_into(target, incoming):
                    self.report.notes.append(
                        f"The imported counter '{incoming['name']}' joined your '{target['name']}' "
                        "(the same name: its starts and relapses were added to yours)."
                    )
                else:
                    self.report.unchanged += 1
                return
            if owner not in (None, BUILTIN) and self.table == "skills" and incoming.get("builtin"):
                self.report.unchanged += 1  # a built-in skill's settings: ours are kept
                return
            if owner == BUILTIN and self.table == "skills" and incoming.get("builtin"):
                self.names[name_key(incoming["name"])] = incoming["id"]
                self._put(incoming)
                return
            self._store(incoming, None)
            return
        if self._named(incoming) == ours:
            self.report.unchanged += 1
        elif _instant(incoming["updated_at"]) > _instant(ours["updated_at"]):
            if self.table == "counters":
                incoming = {**incoming, **merge_history(incoming, ours)}
            self._store(incoming, ours)
        elif self.table == "counters" and self._events_into(ours, incoming):
            pass
        elif _instant(incoming["updated_at"]) == _instant(ours["updated_at"]):
            self.report.conflicts.append((self.table, incoming["id"]))
        else:
            self.report.unchanged += 1  # ours is the newer version


def _plan(store: Store, data: Tables, report: ImportReport) -> list[_Merge]:
    report.added, report.updated, report.unchanged, report.conflicts, report.notes = {}, {}, 0, [], []
    plans: list[_Merge] = []
    for table in schemas.table_names():
        records = data.get(table, {})
        if not records:
            continue
        merge = _Merge(table, store.all(table), report)
        for record in sorted(records.values(), key=lambda r: (str(r["created_at"]), str(r["id"]))):
            merge.take(record)
        if merge.add:
            report.added[table] = len(merge.add)
        changed = [record_id for record_id in merge.replace if merge.replace[record_id] != merge.by_id[record_id]]
        if changed:
            report.updated[table] = len(changed)
        plans.append(merge)
    return plans


def import_file(store: Store, path: Path, *, now: datetime, dry_run: bool = False) -> ImportReport:
    """Import a json export into `store` (see module docstring).

    Args:
        store: the destination.
        path: a `recover export --format json` file, a data file or a backup.
        now: used to migrate an older export.
        dry_run: check and count, but write nothing.
    """
    data = read_source(store, path, now)
    check_records(data, path)
    report = ImportReport(path, dry_run)
    if dry_run:
        _plan(store, data, report)
        return report
    with store.transaction():
        plans = _plan(store, data, report)
        for merge in plans:
            for record in [*merge.add.values(), *merge.replace.values()]:
                schemas.validate(merge.table, record)
            if merge.add:
                store.insert_records(merge.table, list(merge.add.values()))
            for record in merge.replace.values():
                store.replace_record(merge.table, record)
    if report.added.get("counters") or report.updated.get("counters"):
        # Milestones already behind imported counters are history, not news: remember them
        # as seen (archived ones too) rather than congratulating on the next command; other
        # counters' congratulations still due are kept for it.
        from recovery_tui.services.counters import remember_reached

        touched = {str(key) for key in data.get("counters") or {}}
        touched |= {
            str(record["id"])
            for merge in plans
            if merge.table == "counters"
            for record in (*merge.add.values(), *merge.replace.values())
        }
        try:
            remember_reached(store, now, ids=touched)
        except Exception:  # noqa: BLE001 - the import is stored; this bookkeeping must not fail it
            pass
    return report
