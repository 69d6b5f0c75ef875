"""Schema migrations of the data file, run in order on an older file after a backup copy.

Each migration takes the whole table dict of version N and returns version N+1. They are
pure functions of the data (plus the time used to stamp records), so they are unit-tested on
fixtures. Version 0 is the file of the early prototype: stock TinyDB with integer document
ids, no record ids or timestamps, naive local times, a mutable `start` (plus a list of
relapse times) on each counter, and check-ins with only date, mood, craving and note.

Version 2 gives every counter event a stable id and every counter an `edits` log (empty).
The ids of existing events are derived, not random: a UUID-5 of the counter's id, the
event's kind and time, and how many identical events came before it. So two copies of the
same version-1 file (a backup and the live file, two machines) migrate to the same ids and
still merge event by event.

Version 3 gives every check-in two optional evening ratings, `difficulty` (how hard the day
was) and `confidence` (how sure the person is of staying on track this week), both null:
nobody answered them before they were asked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from recovery_tui.errors import DataFileError

# The data version this recover writes; kept in store/peek.py, which the shell prompt line
# reads without importing this module.
from recovery_tui.store.peek import CURRENT_VERSION as CURRENT_VERSION

EVENT_ID_NAMESPACE = uuid.UUID("6f1e9d3a-5b0c-4c52-9a57-2f3c8e4b7d10")
"""The UUID-5 namespace of event ids derived by migration 1 -> 2 (never change it)."""

Tables = dict[str, dict[str, Any]]


def _aware(text: str, now: datetime) -> str:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def _v0_to_v1(data: Tables, now: datetime) -> Tables:
    """Give every record a UUID and timestamps; turn a counter's `start` into its history."""
    stamp = now.isoformat(timespec="seconds")
    result: Tables = {}
    for name, table in data.items():
        if name in {"_default", "meta"} and not table:
            continue
        converted: dict[str, Any] = {}
        for doc in table.values():
            try:
                record_id, converted_record = _v0_record(name, doc, now)
            except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
                reason = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
                raise _RecordProblem(name, reason[:200]) from None
            converted[record_id] = {
                "id": record_id,
                **converted_record,
                "created_at": stamp,
                "updated_at": stamp,
            }
        result[name] = converted
    result["meta"] = {"schema": {"schema_version": 1}}
    return result


def _v0_record(name: str, doc: dict[str, Any], now: datetime) -> tuple[str, dict[str, Any]]:
    """One prototype record in version 1's shape (and its id)."""
    record = dict(doc)
    record_id = str(record.pop("id", None) or uuid.uuid4())
    if name == "counters":
        start = _aware(record.pop("start"), now)
        relapses = [_aware(t, now) for t in record.pop("relapses", [])]
        events = [{"kind": "start", "at": start, "note": None}]
        events += [{"kind": "relapse", "at": at, "note": None} for at in relapses]
        record = {
            "name": record["name"],
            "events": events,
            "archived": bool(record.get("archived", False)),
            "cost_per_day": record.get("cost_per_day"),
            "hours_per_day": record.get("hours_per_day"),
            "custom_milestones": [],
        }
    elif name == "checkins":
        day = str(record["date"])
        record = {
            "date": day,
            "at": _aware(str(record.get("at") or f"{day}T21:00:00"), now),
            "mood": int(record["mood"]),
            "craving": int(record["craving"]),
            "sober": [],
            "gratitude": record.get("gratitude"),
            "note": record.get("note"),
        }
    return record_id, record


def derived_event_id(counter_id: str, kind: str, at: str, repeat: int) -> str:
    """The id migration 1 -> 2 gives an event: the same for the same counter, kind, time and repeat."""
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{counter_id}|{kind}|{at}|{repeat}"))


def _v1_to_v2(data: Tables, now: datetime) -> Tables:
    """Give every counter event a stable id (derived, see the module docstring) and an empty edits log."""
    result: Tables = {name: table for name, table in data.items()}
    counters: dict[str, Any] = {}
    table = data.get("counters", {})
    if not isinstance(table, dict):
        raise _RecordProblem("counters", "the table is not a set of records")
    for key, doc in table.items():
        if not isinstance(doc, dict) or not isinstance(doc.get("events", []), list) or "id" not in doc:
            raise _RecordProblem("counters", "a counter without an id or a list of events")
        record = dict(doc)
        seen: dict[tuple[str, str], int] = {}
        events = []
        for event in record.get("events", []):
            if not isinstance(event, dict) or "kind" not in event or "at" not in event:
                raise _RecordProblem("counters", "an event without a kind and a time")
            moment = (str(event["kind"]), str(event["at"]))
            repeat = seen.get(moment, 0)
            seen[moment] = repeat + 1
            event_id = event.get("id") or derived_event_id(str(record["id"]), *moment, repeat)
            events.append({"id": event_id, **{k: v for k, v in event.items() if k != "id"}})
        record["events"] = events
        record.setdefault("edits", [])
        counters[key] = record
    if "counters" in data:
        result["counters"] = counters
    return _with_version(result, 2)


def _with_version(data: Tables, version: int) -> Tables:
    meta = dict(data.get("meta", {}))
    meta["schema"] = {**dict(meta.get("schema", {})), "schema_version": version}
    return {**data, "meta": meta}


def _v2_to_v3(data: Tables, now: datetime) -> Tables:
    """Give every check-in `difficulty` and `confidence`, both null (kept when already there)."""
    result: Tables = dict(data)
    table = data.get("checkins", {})
    if not isinstance(table, dict):
        raise _RecordProblem("checkins", "the table is not a set of records")
    checkins: dict[str, Any] = {}
    for key, doc in table.items():
        if not isinstance(doc, dict):
            raise _RecordProblem("checkins", "a check-in that is not a record")
        checkins[key] = {**doc, "difficulty": doc.get("difficulty"), "confidence": doc.get("confidence")}
    if "checkins" in data:
        result["checkins"] = checkins
    return _with_version(result, 3)


MIGRATIONS: dict[int, Callable[[Tables, datetime], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


_PROTOTYPE_FIELDS = {"counters": ("name", "start"), "checkins": ("date", "mood", "craving")}
"""The tables of the early prototype, and the fields each of its records always had."""


def is_prototype(data: Mapping[str, Any]) -> bool:
    """True when `data` is positively a version-0 file: a stock TinyDB file holding only the
    prototype's tables (`_default`, `counters`, `checkins`), with integer document ids and the
    fields the prototype always wrote. Any other JSON object without a schema version (say
    `{"servers": {"prod": {}}}`) is not a recover file, and is never migrated or written."""
    if "meta" in data or not any(name in _PROTOTYPE_FIELDS for name in data):
        return False
    for name, table in data.items():
        if name == "_default" and isinstance(table, Mapping) and not table:
            continue
        required = _PROTOTYPE_FIELDS.get(name)
        if required is None or not isinstance(table, Mapping):
            return False
        for key, doc in table.items():
            if not (isinstance(key, str) and key.isdigit() and isinstance(doc, Mapping)):
                return False
            if not all(field in doc for field in required):
                return False
    return True


def is_empty_tinydb(data: Mapping[str, Any]) -> bool:
    """True for `{}` or `{"_default": {}}`: an empty TinyDB file, nothing in it to lose."""
    return all(name == "_default" and not table for name, table in data.items())


def file_version(data: Mapping[str, dict[str, Any]]) -> int:
    """The schema version a file says it has (0 when it has no meta table: the prototype)."""
    schema = data.get("meta", {}).get("schema")
    if not schema:
        return 0
    version = schema.get("schema_version")
    return version if isinstance(version, int) else -1


def migrate(data: Mapping[str, dict[str, Any]], now: datetime, path: Path | None = None) -> Tables:
    """Bring `data` from its version up to CURRENT_VERSION, one step at a time.

    Raises:
        DataFileError: a record does not have the shape of its version (a file with no meta
            table is read as the prototype's); names the file (`path`) and the table.
    """
    version = file_version(data)
    result = {name: data[name] for name in data}
    while version < CURRENT_VERSION:
        try:
            result = MIGRATIONS[version](result, now)
        except _RecordProblem as problem:
            raise DataFileError(
                f"{path or 'the data file'} looks like a version {version} file, but its table "
                f"'{problem.table}' has an entry that version cannot hold ({problem.reason}); "
                "recover left it unchanged; run 'recover doctor', or move it aside and restore a backup."
            ) from None
        version += 1
    return result


class _RecordProblem(Exception):
    def __init__(self, table: str, reason: str) -> None:
        super().__init__(table, reason)
        self.table, self.reason = table, reason
