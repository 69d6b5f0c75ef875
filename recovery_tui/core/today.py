"""The day at a glance: check-ins, journal entries, triggers, skill sessions and the pledge of one day.

Triggers and skill sessions are declared by their own areas (core/triggers.py Trigger,
core/skills.py SkillSession, which validate them); here a day's few records are read into small
views of just the fields `recover today` shows (`records.from_record` ignores the rest), so
`recover today` does not load those areas' code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import msgspec

from recovery_tui.core.checkin import CheckIn
from recovery_tui.core.journal import JournalEntry
from recovery_tui.core.pledges import Pledge
from recovery_tui.core.records import to_json


class TriggerBrief(msgspec.Struct, frozen=True):
    """A logged trigger, as `recover today` shows it (and prints it with `--json`)."""

    id: str
    at: datetime
    what: str
    intensity: int | None = None
    outcome: str | None = None


class SkillBrief(msgspec.Struct, frozen=True):
    """A 10-minute skill session, as `recover today` shows it (and prints it with `--json`)."""

    id: str
    started_at: datetime
    skill: str
    completed: bool = False
    craving_before: int | None = None
    craving_after: int | None = None

    def craving_change(self) -> str:
        """'craving 7 -> 4' when both ratings exist, else ''."""
        if self.craving_before is None or self.craving_after is None:
            return ""
        return f"craving {self.craving_before} -> {self.craving_after}"


class Today(msgspec.Struct, frozen=True):
    """Everything recorded for one local calendar day."""

    day: date
    checkins: tuple[CheckIn, ...]
    journal: tuple[JournalEntry, ...]
    triggers: tuple[TriggerBrief, ...]
    skills: tuple[SkillBrief, ...]
    pledge: Pledge | None = None

    @property
    def checkin(self) -> CheckIn | None:
        """The day's latest check-in."""
        return self.checkins[-1] if self.checkins else None

    def to_json(self) -> dict[str, Any]:
        """The form printed by `recover today --json` (sensitive journal text included)."""
        return {
            "date": self.day.isoformat(),
            "checkins": [to_json(c) for c in self.checkins],
            "journal": [to_json(e) for e in self.journal],
            "triggers": [to_json(t) for t in self.triggers],
            "skill_sessions": [to_json(s) for s in self.skills],
            "pledge": to_json(self.pledge) if self.pledge else None,
        }


def local_day(moment: datetime, now: datetime) -> date:
    """The calendar day of `moment` in `now`'s time zone."""
    return moment.astimezone(now.tzinfo).date()
