"""Schema migrations of the data file, run in order on an older file after a backup copy.

Each migration takes the whole table dict of version N and returns version N+1. They are
pure functions of the data (plus the time used to stamp records), so they are unit-tested on
fixtures. Version 0 is the file of the early prototype: stock TinyDB with integer document
ids, no record ids or timestamps, naive local times, a mutable `start` (plus a list of
relapse times) on each counter, and check-ins with only date, mood, craving and note.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

CURRENT_VERSION = 1

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
            converted[record_id] = {
                "id": record_id,
                **record,
                "created_at": stamp,
                "updated_at": stamp,
            }
        result[name] = converted
    result["meta"] = {"schema": {"schema_version": 1}}
    return result


MIGRATIONS: dict[int, Callable[[Tables, datetime], Tables]] = {0: _v0_to_v1}


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


def migrate(data: Mapping[str, dict[str, Any]], now: datetime) -> Tables:
    """Bring `data` from its version up to CURRENT_VERSION, one step at a time."""
    version = file_version(data)
    result = {name: data[name] for name in data}
    while version < CURRENT_VERSION:
        result = MIGRATIONS[version](result, now)
        version += 1
    return result
