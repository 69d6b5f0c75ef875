"""10-minute skills: the built-in ones with their plain steps, custom skills, sessions and stats.

A skill bridges a high-risk moment: paced breathing, a cold impulse, walking, urge surfing,
grounding. Built-ins live here in code (so their wording is reviewed in one place and improves
with upgrades); the `skills` table stores only custom skills and which built-ins are hidden.
A session is one run of a skill with the craving rated before and after (`skill_sessions`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.core.breathing import BreathPattern
from recovery_tui.core.records import aware, iso
from recovery_tui.core.timer import SkillTimer
from recovery_tui.errors import InvalidInput

NAME_MAX = 60
STEP_MAX = 300
STEPS_MAX = 12
DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 60

COLD_SAFETY_NOTE = (
    "Safety: cold water on the face slows the heart. If you have a heart condition, a slow "
    "heart rate, or an eating disorder, ask your doctor before using it; use cool, not icy, water."
)


class Skill(msgspec.Struct, frozen=True):
    """A skill people can run for a few minutes, with steps and optionally a breathing pattern."""

    name: str
    steps: tuple[str, ...]
    minutes: int = DEFAULT_MINUTES
    breath: BreathPattern | None = None
    note: str | None = None
    builtin: bool = False
    hidden: bool = False
    id: str | None = None

    @property
    def kind(self) -> str:
        """'built-in' or 'custom'."""
        return "built-in" if self.builtin else "custom"

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {
            "name": self.name,
            "kind": self.kind,
            "minutes": self.minutes,
            "breath": self.breath.to_list() if self.breath else None,
            "steps": list(self.steps),
            "note": self.note,
            "hidden": self.hidden,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Skill:
        """A custom skill from its stored record."""
        breath = record.get("breath")
        return cls(
            name=record["name"],
            steps=tuple(record.get("steps") or ()),
            minutes=int(record.get("minutes") or DEFAULT_MINUTES),
            breath=BreathPattern.from_list(breath) if breath else None,
            note=record.get("note"),
            builtin=False,
            hidden=bool(record.get("hidden", False)),
            id=record["id"],
        )

    def to_fields(self) -> dict[str, Any]:
        """The stored fields of a custom skill (without id and timestamps)."""
        return {
            "name": self.name,
            "builtin": False,
            "hidden": self.hidden,
            "minutes": self.minutes,
            "steps": list(self.steps),
            "breath": self.breath.to_list() if self.breath else None,
            "note": self.note,
        }


BUILTINS: tuple[Skill, ...] = (
    Skill(
        "box breathing",
        (
            "Sit or stand comfortably and let your shoulders drop.",
            "Breathe in through your nose for 4, hold for 4.",
            "Breathe out slowly for 4, hold for 4. That is one box.",
            "Keep going; if you lose count, just start the next box.",
        ),
        breath=BreathPattern(4, 4, 4, 4),
        builtin=True,
    ),
    Skill(
        "4-7-8 breathing",
        (
            "Rest the tip of your tongue behind your upper front teeth.",
            "Breathe in quietly through your nose for 4.",
            "Hold for 7.",
            "Breathe out through your mouth with a whoosh for 8.",
            "If holding feels hard, shorten it; feeling light-headed means slow down.",
        ),
        breath=BreathPattern(4, 7, 8, 0),
        builtin=True,
    ),
    Skill(
        "paced breathing",
        (
            "Breathe in through your nose for 4.",
            "Breathe out slowly for 6, longer than you breathed in.",
            "A long out-breath tells your body it can calm down.",
        ),
        breath=BreathPattern(4, 0, 6, 0),
        builtin=True,
    ),
    Skill(
        "cold impulse",
        (
            "Fill a bowl or the sink with cold water (or hold a cold pack).",
            "Hold your breath and put your face, or your hands and wrists, in the cold water for about 30 seconds.",
            "Come up, breathe slowly, and notice how the craving changes.",
            "Repeat once or twice if you like, then sit quietly until the time is up.",
        ),
        note=COLD_SAFETY_NOTE,
        builtin=True,
    ),
    Skill(
        "walking",
        (
            "Put on your shoes and step outside, or walk around inside.",
            "Walk at a steady pace; let your arms swing.",
            "Notice five things you see on the way.",
            "Keep walking until the timer ends; the craving usually eases as you move.",
        ),
        builtin=True,
    ),
    Skill(
        "urge surfing",
        (
            "Sit down and notice where you feel the craving in your body.",
            "Describe it to yourself: tight, warm, buzzing? Where exactly?",
            "Watch it like a wave: it rises, peaks and falls. You don't have to act on it.",
            "Breathe slowly and ride it out; notice when it starts to fall.",
        ),
        builtin=True,
    ),
    Skill(
        "grounding 5-4-3-2-1",
        (
            "Name 5 things you can see.",
            "Name 4 things you can touch, and touch them.",
            "Name 3 things you can hear.",
            "Name 2 things you can smell.",
            "Name 1 thing you can taste. Then start again, slowly.",
        ),
        builtin=True,
    ),
)


def clean_name(name: str) -> str:
    """Validate a skill name: 1-60 characters after trimming."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", messages.SKILL_NAME)
    if len(cleaned) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    return cleaned


def check_minutes(minutes: int, field_name: str = "minutes") -> int:
    """Accept 1-60 minutes.

    Raises:
        InvalidInput: outside 1-60, naming the option.
    """
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput(field_name, f"use a whole number of minutes from {MIN_MINUTES} to {MAX_MINUTES}.")
    return minutes


def clean_steps(steps: Iterable[str]) -> tuple[str, ...]:
    """Trim steps; 1-12 of them, each up to 300 characters."""
    cleaned = tuple(" ".join(s.split()) for s in steps if s.strip())
    if not cleaned:
        raise InvalidInput("step", messages.SKILL_STEPS)
    if len(cleaned) > STEPS_MAX:
        raise InvalidInput("step", messages.too_long(STEPS_MAX, unit="steps"))
    if any(len(s) > STEP_MAX for s in cleaned):
        raise InvalidInput("step", messages.too_long(STEP_MAX, "each step"))
    return cleaned


def check_craving(value: int | None, field_name: str) -> int | None:
    """Accept a craving rating 0-10 (or None: not rated)."""
    if value is not None and not 0 <= value <= 10:
        raise InvalidInput(field_name, messages.CRAVING_0_10)
    return value


def parse_craving(text: str, field_name: str) -> int | None:
    """Parse typed craving text; empty means not rated."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise InvalidInput(field_name, messages.CRAVING_0_10) from None
    return check_craving(value, field_name)


class SkillSession(msgspec.Struct, frozen=True):
    """One run of a skill (the `skill_sessions` table)."""

    id: str
    skill: str
    started_at: datetime
    planned_seconds: int
    actual_seconds: int
    completed: bool
    craving_before: int | None
    craving_after: int | None

    @property
    def craving_drop(self) -> int | None:
        """Before minus after (positive = the craving eased), when both were rated."""
        if self.craving_before is None or self.craving_after is None:
            return None
        return self.craving_before - self.craving_after

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> SkillSession:
        """Build from a stored record."""
        return cls(
            id=record["id"],
            skill=record["skill"],
            started_at=aware(record["started_at"]),
            planned_seconds=int(record["planned_seconds"]),
            actual_seconds=int(record["actual_seconds"]),
            completed=bool(record["completed"]),
            craving_before=record.get("craving_before"),
            craving_after=record.get("craving_after"),
        )

    def to_fields(self) -> dict[str, Any]:
        """The stored fields (without id and timestamps)."""
        return {
            "skill": self.skill,
            "started_at": iso(self.started_at),
            "planned_seconds": self.planned_seconds,
            "actual_seconds": self.actual_seconds,
            "completed": self.completed,
            "craving_before": self.craving_before,
            "craving_after": self.craving_after,
        }

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {"id": self.id, **self.to_fields(), "craving_drop": self.craving_drop}


class SkillStats(msgspec.Struct, frozen=True):
    """How one skill has gone: sessions, completion rate, average craving drop."""

    skill: str
    sessions: int
    completed: int
    total_seconds: int
    rated: int
    average_drop: float | None

    @property
    def completion_rate(self) -> float:
        """Share of sessions that ran the full time, 0.0 to 1.0."""
        return self.completed / self.sessions if self.sessions else 0.0

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {
            "skill": self.skill,
            "sessions": self.sessions,
            "completed": self.completed,
            "completion_rate": round(self.completion_rate, 3),
            "total_minutes": round(self.total_seconds / 60, 1),
            "rated_sessions": self.rated,
            "average_craving_drop": None if self.average_drop is None else round(self.average_drop, 2),
        }


def skill_stats(sessions: Iterable[SkillSession]) -> list[SkillStats]:
    """Stats per skill (names grouped case-insensitively), most used first."""
    groups: dict[str, list[SkillSession]] = {}
    for session in sessions:
        groups.setdefault(session.skill.casefold(), []).append(session)
    result = []
    for group in groups.values():
        group.sort(key=lambda s: s.started_at)
        drops = [d for d in (s.craving_drop for s in group) if d is not None]
        result.append(
            SkillStats(
                skill=group[-1].skill,
                sessions=len(group),
                completed=sum(1 for s in group if s.completed),
                total_seconds=sum(s.actual_seconds for s in group),
                rated=len(drops),
                average_drop=sum(drops) / len(drops) if drops else None,
            )
        )
    result.sort(key=lambda st: (-st.sessions, st.skill.casefold()))
    return result


class SkillRun(msgspec.Struct):
    """A skill being done right now: the skill, its timer, when it began, the craving before.

    Created by services.skills.begin_session; saved by services.skills.finish_session.
    """

    skill: Skill
    timer: SkillTimer
    started_at: datetime
    craving_before: int | None = None
    saved: bool = False

    @classmethod
    def begin(
        cls,
        skill: Skill,
        *,
        minutes: int | None,
        started_at: datetime,
        clock: Callable[[], float],
        craving_before: int | None = None,
    ) -> SkillRun:
        """A started run of `skill` for `minutes` (default: the skill's own length)."""
        timer = SkillTimer(check_minutes(minutes or skill.minutes) * 60, clock)
        timer.start()
        return cls(skill, timer, started_at, check_craving(craving_before, "craving before"))
