"""Trigger log services: log (optionally with a relapse, in one transaction), list, find, edit,
delete, the person's own trigger names, the latest entries, and what worked against each trigger.

The CLI and the dashboard both call these; they validate through core/triggers.py and return
Trigger objects (and the Counter when a relapse was recorded).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.core import records
from recovery_tui.core import triggers as core
from recovery_tui.core.counters import Counter
from recovery_tui.core.insights import TriggerCoping, what_worked
from recovery_tui.core.records import aware, from_record, from_records, iso
from recovery_tui.core.triggers import Trigger, TriggerName
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import counters as counter_service
from recovery_tui.store import Store

TABLE = "triggers"


class Logged(msgspec.Struct, frozen=True):
    """The result of logging a trigger: the entry, and the counter restarted with it (if any)."""

    trigger: Trigger
    counter: Counter | None = None


def all_triggers(store: Store) -> list[Trigger]:
    """Every entry, in no particular order."""
    return from_records(Trigger, store.all(TABLE))


def triggers_between(store: Store, start: datetime, end: datetime) -> list[Trigger]:
    """Entries with start <= at <= end (only those are turned into Trigger objects).

    The stored day picks the candidates first (two days' margin covers any two UTC offsets),
    and only they are parsed (Store.select_dated), so ninety days out of thirty years do not
    cost thirty years of records.
    """
    low = (start.date() - timedelta(days=2)).isoformat()
    high = (end.date() + timedelta(days=2)).isoformat()
    kept = []
    for record in store.select_dated(TABLE, "at", low, high):
        at = aware(record["at"])
        if start <= at <= end:
            kept.append(from_record(Trigger, record))
    return kept


def _check_relapse_target(outcome: str | None, relapse: str | None) -> None:
    if relapse is not None and outcome != "used":
        raise InvalidInput("relapse", messages.TRIGGER_RELAPSE_NEEDS_USED)


def log_trigger(
    store: Store,
    *,
    what: str,
    at: datetime,
    now: datetime,
    where: str | None = None,
    who: str | None = None,
    emotion: str | None = None,
    halt: Any = None,
    intensity: str | int | None = None,
    coping: str | None = None,
    outcome: str | None = None,
    note: str | None = None,
    relapse: str | None = None,
) -> Logged:
    """Validate and add one entry; with `relapse` (a counter name) also restart that counter at `at`.

    Both writes land in one transaction: either both are stored or neither.

    Raises:
        InvalidInput: a field is not accepted (nothing is written).
        NotFound: `relapse` names no counter (nothing is written).
    """
    fields = core.build_fields(
        what=what,
        at=at,
        now=now,
        where=where,
        who=who,
        emotion=emotion,
        halt=halt,
        intensity=intensity,
        coping=coping,
        outcome=outcome,
        note=note,
    )
    _check_relapse_target(fields["outcome"], relapse)
    counter: Counter | None = None
    with store.transaction():
        record = store.insert(TABLE, fields, now=now)
        if relapse is not None:
            counter = counter_service.record_relapse(store, relapse, at=at, note=f"trigger: {fields['what']}", now=now)
    return Logged(from_record(Trigger, record), counter)


def list_triggers(
    store: Store,
    *,
    since: datetime | None = None,
    outcome: str | None = None,
    emotion: str | None = None,
    min_intensity: int | None = None,
) -> list[Trigger]:
    """Entries matching the filters, newest first."""
    return core.filter_triggers(
        all_triggers(store), since=since, outcome=outcome, emotion=emotion, min_intensity=min_intensity
    )


def latest_triggers(store: Store, limit: int = 10) -> list[Trigger]:
    """The `limit` most recent entries, newest first (objects are built for those only).

    Only the entries from two days before the day of the `limit`-th latest stored day on are
    parsed: any time zone (-12:00 to +14:00) moves an entry's day by less than that, so every
    entry left out is older than `limit` entries that are kept.
    """
    import heapq

    days = heapq.nlargest(limit, store.days(TABLE, "at")) if limit > 0 else []
    candidates = None
    if len(days) == limit and limit > 0:
        with contextlib.suppress(ValueError):
            first = (date.fromisoformat(days[-1]) - timedelta(days=2)).isoformat()
            candidates = store.select_dated(TABLE, "at", first)
    records = store.all(TABLE) if candidates is None else candidates
    newest = heapq.nlargest(limit, records, key=lambda r: aware(r["at"]))
    return from_records(Trigger, newest)


def find_trigger(store: Store, id_prefix: str) -> Trigger:
    """One entry by id or a unique id prefix (4+ characters).

    Raises:
        NotFound: no entry, or the prefix matches several.
    """
    try:
        return from_record(Trigger, store.find(TABLE, id_prefix.strip()))
    except NotFound as error:
        if "matches" in str(error):
            raise
        raise NotFound(f"No trigger has the id '{id_prefix}'; 'recover trigger list' shows the ids.") from None


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "what": lambda v: core.clean_what(v, field="what"),
    "where": lambda v: records.clean_optional(v, field="where", limit=core.PLACE_MAX),
    "who": lambda v: records.clean_optional(v, field="who", limit=core.PLACE_MAX),
    "emotion": lambda v: records.clean_optional(v, field="emotion", limit=core.EMOTION_MAX),
    "halt": lambda v: list(core.parse_halt(v)),
    "intensity": core.parse_intensity,
    "coping": lambda v: records.clean_optional(v, field="coping", limit=core.COPING_MAX),
    "outcome": core.parse_outcome,
    "note": lambda v: records.clean_optional(v, field="note", limit=core.NOTE_MAX),
}


def edit_trigger(
    store: Store,
    id_prefix: str,
    changes: dict[str, Any],
    *,
    now: datetime,
    relapse: str | None = None,
) -> Logged:
    """Change some fields of an entry (empty text clears an optional field).

    Args:
        store: the data file.
        id_prefix: the entry's id or a unique prefix.
        changes: field name -> typed value; `at` may be a datetime.
        now: the current time.
        relapse: a counter to restart at the entry's time (the outcome must end up `used`).

    Raises:
        InvalidInput: a value is not accepted (nothing is changed).
        NotFound: unknown id or counter (nothing is changed).
    """
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "at":
            cleaned["at"] = iso(core.check_at(value, now))
        elif name in _FIELDS:
            cleaned[name] = _FIELDS[name](value)
        else:
            raise InvalidInput(name, messages.TRIGGER_NOT_A_FIELD)
    with store.transaction():
        current = find_trigger(store, id_prefix)
        outcome = cleaned.get("outcome", current.outcome)
        _check_relapse_target(outcome, relapse)
        record = store.update(TABLE, current.id, cleaned, now=now) if cleaned else store.get(TABLE, current.id)
        assert record is not None
        trigger = from_record(Trigger, record)
        counter = None
        if relapse is not None:
            counter = counter_service.record_relapse(
                store, relapse, at=trigger.at, note=f"trigger: {trigger.what}", now=now
            )
    return Logged(trigger, counter)


def remove_trigger(store: Store, id_prefix: str) -> Trigger:
    """Remove one entry; returns what was removed."""
    with store.transaction():
        trigger = find_trigger(store, id_prefix)
        store.delete(TABLE, trigger.id)
    return trigger


def trigger_names(store: Store) -> list[TriggerName]:
    """The person's own trigger list: distinct triggers ranked by count, with last seen."""
    return core.trigger_names(all_triggers(store))


def top_triggers_with_coping(
    store: Store, *, since: datetime | None = None, limit: int = 3, per_trigger: int = 3
) -> list[TriggerCoping]:
    """The most frequent triggers, each with the coping that worked against it (for the SOS screen).

    Args:
        store: the data file.
        since: only entries from this time on (None: all of them).
        limit: how many triggers.
        per_trigger: how many strategies per trigger, most often successful first.

    Returns:
        TriggerCoping values: name, count, last_seen, worked ((coping, times resisted), ...).
    """
    entries = all_triggers(store)
    if since is not None:
        entries = [t for t in entries if t.at >= since]
    return what_worked(entries, limit=limit, per_trigger=per_trigger)
