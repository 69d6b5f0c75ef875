"""`today(store, day, now)`: the check-ins, journal entries, triggers, skill sessions and pledge of a day.

Reads the triggers and skill_sessions tables directly (through store.all) so it works whether
or not those areas are installed yet; records it cannot read are skipped, never fatal.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

import msgspec

from recovery_tui.core.journal import JournalEntry, on_day
from recovery_tui.core.records import from_record, from_records, near_days
from recovery_tui.core.today import SkillBrief, Today, TriggerBrief, local_day
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services.pledges import pledge_on
from recovery_tui.store import Store

T = TypeVar("T", TriggerBrief, SkillBrief)


def _briefs(records: list[dict[str, Any]], build: type[T]) -> list[T]:
    result: list[T] = []
    for record in records:
        try:
            result.append(from_record(build, record))
        except (KeyError, TypeError, ValueError, msgspec.ValidationError):
            continue
    return result


def today(store: Store, *, now: datetime, day: date | None = None) -> Today:
    """Everything recorded for `day` (default: today in `now`'s time zone), oldest first."""
    wanted = day or now.date()
    first, last = near_days(wanted)
    journal = from_records(JournalEntry, store.select_dated("journal", "at", first, last))
    entries = on_day(sorted(journal, key=lambda e: (e.at, e.created_at or e.at)), wanted, now)
    near_triggers = store.select_dated("triggers", "at", first, last)
    near_skills = store.select_dated("skill_sessions", "started_at", first, last)
    triggers = [t for t in _briefs(near_triggers, TriggerBrief) if local_day(t.at, now) == wanted]
    skills = [s for s in _briefs(near_skills, SkillBrief) if local_day(s.started_at, now) == wanted]
    return Today(
        day=wanted,
        checkins=tuple(checkin_service.checkins_on(store, wanted)),
        journal=tuple(entries),
        triggers=tuple(sorted(triggers, key=lambda t: t.at)),
        skills=tuple(sorted(skills, key=lambda s: s.started_at)),
        pledge=pledge_on(store, wanted),
    )
