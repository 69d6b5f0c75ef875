"""Counter services: list, add and find counters, and record a relapse (history kept)."""

from __future__ import annotations

from datetime import datetime

from recovery_tui.core.counters import Counter, CounterEvent, check_relapse, clean_name
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.store import Store

TABLE = "counters"


def list_counters(store: Store, *, include_archived: bool = False) -> list[Counter]:
    """Counters in the order they were created (archived ones only when asked)."""
    counters = [Counter.from_record(r) for r in store.all(TABLE)]
    counters.sort(key=lambda c: (c.created_at or c.first_start, c.name.casefold()))
    return [c for c in counters if include_archived or not c.archived]


def find_counter(store: Store, name: str) -> Counter:
    """A counter by name, case-insensitively."""
    wanted = clean_name(name).casefold()
    for counter in list_counters(store, include_archived=True):
        if counter.name.casefold() == wanted:
            return counter
    names = ", ".join(c.name for c in list_counters(store)) or "none yet"
    raise NotFound(f"No counter called '{name}' (counters: {names}).")


def add_counter(
    store: Store,
    name: str,
    *,
    since: datetime,
    now: datetime,
    cost_per_day: float | None = None,
    hours_per_day: float | None = None,
) -> Counter:
    """Start a new counter; names are unique case-insensitively."""
    cleaned = clean_name(name)
    if since > now:
        raise InvalidInput("--since: a counter can't start in the future; give a time up to now.")
    fields = Counter(
        id="",
        name=cleaned,
        events=(CounterEvent("start", since, None),),
        cost_per_day=cost_per_day,
        hours_per_day=hours_per_day,
    ).to_fields()
    with store.transaction():
        existing = {c.name.casefold() for c in list_counters(store, include_archived=True)}
        if cleaned.casefold() in existing:
            raise InvalidInput(f"name: there is already a counter called '{cleaned}'.")
        record = store.insert(TABLE, fields, now=now)
    return Counter.from_record(record)


def record_relapse(store: Store, name: str, *, at: datetime, note: str | None, now: datetime) -> Counter:
    """Restart a counter at `at`, keeping every earlier streak in its history."""
    with store.transaction():
        counter = find_counter(store, name)
        check_relapse(counter, at, now)
        events = [*counter.events, CounterEvent("relapse", at, note or None)]
        record = store.update(TABLE, counter.id, {"events": [e.to_record() for e in events]}, now=now)
    return Counter.from_record(record)
