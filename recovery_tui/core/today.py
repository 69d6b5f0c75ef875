"""The day at a glance: check-ins, journal entries, triggers and skill sessions of one day.

Triggers and skill sessions are owned by other areas; here they are read from their records
(see data_schema/triggers.schema.json and skill_sessions.schema.json) into small summaries,
so `recover today` does not depend on those areas' code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import msgspec

from recovery_tui.core.checkin import CheckIn
from recovery_tui.core.journal import JournalEntry
from recovery_tui.core.records import aware, iso, to_json


class TriggerBrief(msgspec.Struct, frozen=True):
    """A logged trigger, as `recover today` shows it."""

    id: str
    at: datetime
    what: str
    intensity: int | None
    outcome: str | None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> TriggerBrief:
        """Build from a stored trigger record."""
        return cls(record["id"], aware(record["at"]), record["what"], record.get("intensity"), record.get("outcome"))

    def to_json(self) -> dict[str, Any]:
        """The form printed by `--json`."""
        return {
            "id": self.id,
            "at": iso(self.at),
            "what": self.what,
            "intensity": self.intensity,
            "outcome": self.outcome,
        }


class SkillBrief(msgspec.Struct, frozen=True):
    """A 10-minute skill session, as `recover today` shows it."""

    id: str
    started_at: datetime
    skill: str
    completed: bool
    craving_before: int | None
    craving_after: int | None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> SkillBrief:
        """Build from a stored skill session record."""
        return cls(
            record["id"],
            aware(record["started_at"]),
            record["skill"],
            bool(record.get("completed")),
            record.get("craving_before"),
            record.get("craving_after"),
        )

    def to_json(self) -> dict[str, Any]:
        """The form printed by `--json`."""
        return {
            "id": self.id,
            "started_at": iso(self.started_at),
            "skill": self.skill,
            "completed": self.completed,
            "craving_before": self.craving_before,
            "craving_after": self.craving_after,
        }

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
            "triggers": [t.to_json() for t in self.triggers],
            "skill_sessions": [s.to_json() for s in self.skills],
        }


def local_day(moment: datetime, now: datetime) -> date:
    """The calendar day of `moment` in `now`'s time zone."""
    return moment.astimezone(now.tzinfo).date()
