"""`today(store, day, now)`: the check-ins, journal entries, triggers and skill sessions of a day.

Reads the triggers and skill_sessions tables directly (through store.all) so it works whether
or not those areas are installed yet; records it cannot read are skipped, never fatal.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

from recovery_tui.core.journal import on_day
from recovery_tui.core.today import SkillBrief, Today, TriggerBrief, local_day
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import journal as journal_service
from recovery_tui.store import Store

T = TypeVar("T", TriggerBrief, SkillBrief)


def _briefs(records: list[dict[str, Any]], build: type[T]) -> list[T]:
    result: list[T] = []
    for record in records:
        try:
            result.append(build.from_record(record))
        except (KeyError, TypeError, ValueError):
            continue
    return result


def today(store: Store, *, now: datetime, day: date | None = None) -> Today:
    """Everything recorded for `day` (default: today in `now`'s time zone), oldest first."""
    wanted = day or now.date()
    entries = on_day(journal_service.list_entries(store), wanted, now)
    triggers = [t for t in _briefs(store.all("triggers"), TriggerBrief) if local_day(t.at, now) == wanted]
    skills = [s for s in _briefs(store.all("skill_sessions"), SkillBrief) if local_day(s.started_at, now) == wanted]
    return Today(
        day=wanted,
        checkins=tuple(checkin_service.checkins_on(store, wanted)),
        journal=tuple(entries),
        triggers=tuple(sorted(triggers, key=lambda t: t.at)),
        skills=tuple(sorted(skills, key=lambda s: s.started_at)),
    )
