"""10-minute skills: the built-in ones with their plain steps, custom skills, sessions and stats.

A skill bridges a high-risk moment: paced breathing, a cold impulse, walking, urge surfing,
grounding. Built-ins live here in code (so their wording is reviewed in one place and improves
with upgrades); the `skills` table stores only custom skills and which built-ins are hidden.
A session is one run of a skill with the craving rated before and after (`skill_sessions`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.breathing import PHASE_MAX_SECONDS, BreathPattern
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.core.timer import SkillTimer
from recovery_tui.errors import InvalidInput

NAME_MAX = 60
STEP_MAX = 300
STEPS_MAX = 12
DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 60
NOTE_MAX = 500

COLD_SAFETY_NOTE = (
    "Safety: cold water on the face slows the heart. If you have a heart condition, a slow "
    "heart rate, or an eating disorder, ask your doctor before using it; use cool, not icy, water."
)


Phase = Annotated[int, msgspec.Meta(ge=0, le=PHASE_MAX_SECONDS)]


class Skill(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A custom 10-minute skill (builtin false: name, minutes, steps, optional breathing pattern),
    or a built-in skill the person hid (builtin true, hidden true; its steps live in the program)."""

    # The built-ins themselves (BUILTINS below, id "") are never stored. The stored `minutes` is
    # `length` here (null in a hidden built-in's record; the property `minutes` is the length to
    # run), and the stored `breath` is `phases` (the property `breath` gives a BreathPattern).
    id: RecordId = ""
    name: Annotated[
        str, msgspec.Meta(min_length=1, max_length=NAME_MAX, description="The skill's name, unique among all skills.")
    ]
    builtin: Annotated[bool, msgspec.Meta(description="True only in the record of a hidden built-in skill.")] = False
    hidden: Annotated[bool, msgspec.Meta(description="Left out of lists and pickers until unhidden.")] = False
    length: Annotated[
        Annotated[int, msgspec.Meta(ge=MIN_MINUTES, le=MAX_MINUTES)] | None,
        msgspec.Meta(description="How many minutes it runs; null in a hidden built-in's record."),
    ] = msgspec.field(default=DEFAULT_MINUTES, name="minutes")
    steps: Annotated[
        tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=STEP_MAX)], ...],
        msgspec.Meta(max_length=STEPS_MAX, description="What to do, in order; empty in a hidden built-in's record."),
    ] = ()
    phases: Annotated[
        Annotated[tuple[Phase, ...], msgspec.Meta(min_length=4, max_length=4)] | None,
        msgspec.Meta(
            description="Seconds of each phase: in, hold, out, hold after out (0 = no such phase); "
            "null for skills without a breathing pattern."
        ),
    ] = msgspec.field(default=None, name="breath")
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None,
        msgspec.Meta(description="A note shown with the steps (such as a safety note)."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: a breathing pattern breathes in and out."""
        if self.phases is not None and (self.phases[0] < 1 or self.phases[2] < 1):
            raise ValueError("Expected at least 1 second to breathe in and to breathe out - at `$.breath`")

    @property
    def kind(self) -> str:
        """'built-in' or 'custom'."""
        return "built-in" if self.builtin else "custom"

    @property
    def minutes(self) -> int:
        """How many minutes it runs (10 when the record does not say)."""
        return self.length or DEFAULT_MINUTES

    @property
    def breath(self) -> BreathPattern | None:
        """The breathing pattern, if the skill has one."""
        return BreathPattern.from_list(self.phases) if self.phases is not None else None


BUILTINS: tuple[Skill, ...] = (
    Skill(
        name="box breathing",
        steps=(
            "Sit or stand comfortably and let your shoulders drop.",
            "Breathe in through your nose for 4, hold for 4.",
            "Breathe out slowly for 4, hold for 4. That is one box.",
            "Keep going; if you lose count, just start the next box.",
        ),
        phases=(4, 4, 4, 4),
        builtin=True,
    ),
    Skill(
        name="4-7-8 breathing",
        steps=(
            "Rest the tip of your tongue behind your upper front teeth.",
            "Breathe in quietly through your nose for 4.",
            "Hold for 7.",
            "Breathe out through your mouth with a whoosh for 8.",
            "If holding feels hard, shorten it; feeling light-headed means slow down.",
        ),
        phases=(4, 7, 8, 0),
        builtin=True,
    ),
    Skill(
        name="paced breathing",
        steps=(
            "Breathe in through your nose for 4.",
            "Breathe out slowly for 6, longer than you breathed in.",
            "A long out-breath tells your body it can calm down.",
        ),
        phases=(4, 0, 6, 0),
        builtin=True,
    ),
    Skill(
        name="cold impulse",
        steps=(
            "Fill a bowl or the sink with cold water (or hold a cold pack).",
            "Hold your breath and put your face, or your hands and wrists, in the cold water for about 30 seconds.",
            "Come up, breathe slowly, and notice how the craving changes.",
            "Repeat once or twice if you like, then sit quietly until the time is up.",
        ),
        note=COLD_SAFETY_NOTE,
        builtin=True,
    ),
    Skill(
        name="walking",
        steps=(
            "Put on your shoes and step outside, or walk around inside.",
            "Walk at a steady pace; let your arms swing.",
            "Notice five things you see on the way.",
            "Keep walking until the timer ends; the craving usually eases as you move.",
        ),
        builtin=True,
    ),
    Skill(
        name="urge surfing",
        steps=(
            "Sit down and notice where you feel the craving in your body.",
            "Describe it to yourself: tight, warm, buzzing? Where exactly?",
            "Watch it like a wave: it rises, peaks and falls. You don't have to act on it.",
            "Breathe slowly and ride it out; notice when it starts to fall.",
        ),
        builtin=True,
    ),
    Skill(
        name="grounding 5-4-3-2-1",
        steps=(
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


Craving = Annotated[int, msgspec.Meta(ge=0, le=10)]


class SkillSession(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One run of a 10-minute skill (breathing, cold impulse, walking, urge surfing...), with the
    craving rated before and after."""

    id: RecordId
    skill: Annotated[
        str, msgspec.Meta(min_length=1, max_length=NAME_MAX, description="The skill's name when it was run.")
    ]
    started_at: Annotated[Moment, msgspec.Meta(description="When the run began.")]
    planned_seconds: Annotated[int, msgspec.Meta(ge=1, description="How long it was meant to run, in seconds.")]
    actual_seconds: Annotated[int, msgspec.Meta(ge=0, description="How long it ran, pauses left out, in seconds.")]
    completed: Annotated[bool, msgspec.Meta(description="It ran the full planned time.")]
    craving_before: Annotated[
        Craving | None, msgspec.Meta(description="Craving before, 0 (none) to 10 (strongest); null if not rated.")
    ]
    craving_after: Annotated[
        Craving | None, msgspec.Meta(description="Craving after, 0 (none) to 10 (strongest); null if not rated.")
    ]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    @property
    def craving_drop(self) -> int | None:
        """Before minus after (positive = the craving eased), when both were rated."""
        if self.craving_before is None or self.craving_after is None:
            return None
        return self.craving_before - self.craving_after


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
