"""Daily check-in domain objects and rules: mood, craving, sober per counter, gratitude, note,
and two optional evening ratings: how hard the day was (difficulty) and confidence for the week.

A check-in belongs to a local calendar day (`day`), which differs from `at` when a missed day
is back-filled. A day may hold several check-ins; "today's check-in" is the latest one.
Everything here is pure: values come in as typed text or numbers and `now` is a parameter.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui.core.counters import Counter
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.core.records import clean_optional as clean_optional
from recovery_tui.core.timeparse import localize
from recovery_tui.errors import InvalidInput

MOOD_MIN, MOOD_MAX = 1, 5
CRAVING_MIN, CRAVING_MAX = 0, 10
RATING_MIN, RATING_MAX = 0, 10
"""Limits of the optional difficulty and confidence ratings."""
GRATITUDE_MAX = 2000
NOTE_MAX = 20000

MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}


class SoberAnswer(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Whether one counter was sober on the check-in's day (the counter's name is a copy)."""

    counter_id: Annotated[str, msgspec.Meta(min_length=1, description="The counter's id.")]
    counter: Annotated[str, msgspec.Meta(min_length=1, description="The counter's name when checked in.")]
    sober: Annotated[bool, msgspec.Meta(description="Sober that day.")]


class CheckIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A daily check-in: mood, craving, whether each active counter was sober that day, gratitude
    and a note, and optionally how hard the day was and how confident the person feels about
    staying on track this week. `date` is the local calendar day it is for (back-filled days
    differ from `at`)."""

    id: RecordId
    day: Annotated[date, msgspec.Meta(description="The local calendar day the check-in is for.")] = msgspec.field(
        name="date"
    )
    at: Annotated[Moment, msgspec.Meta(description="When it was taken (noon of a back-filled day).")]
    mood: Annotated[int, msgspec.Meta(ge=MOOD_MIN, le=MOOD_MAX, description="1 (very low) to 5 (very good).")]
    craving: Annotated[int, msgspec.Meta(ge=CRAVING_MIN, le=CRAVING_MAX, description="0 (none) to 10 (strongest).")]
    sober: Annotated[
        tuple[SoberAnswer, ...], msgspec.Meta(description="Per active counter: sober that day or not.")
    ] = ()
    gratitude: Annotated[
        Annotated[str, msgspec.Meta(max_length=GRATITUDE_MAX)] | None,
        msgspec.Meta(description="Something the person is grateful for."),
    ] = None
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    difficulty: Annotated[
        Annotated[int, msgspec.Meta(ge=RATING_MIN, le=RATING_MAX)] | None,
        msgspec.Meta(description="How hard the day was: 0 (easy) to 10 (hardest); null when skipped."),
    ] = None
    confidence: Annotated[
        Annotated[int, msgspec.Meta(ge=RATING_MIN, le=RATING_MAX)] | None,
        msgspec.Meta(
            description="How sure the person is they can stay on track this week: 0 (not at all) to 10 "
            "(completely); null when skipped."
        ),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    @property
    def not_sober(self) -> list[str]:
        """Names of the counters answered 'not sober'."""
        return [s.counter for s in self.sober if not s.sober]

    def summary(self) -> str:
        """One line: mood, craving, the day's difficulty and confidence (when answered) and sober answers."""
        parts = [f"mood {self.mood}/5 ({MOOD_WORDS[self.mood]})", f"craving {self.craving}/10"]
        parts += ratings_parts(self.difficulty, self.confidence)
        if self.sober:
            parts.append("sober: " + ", ".join(f"{s.counter} {'yes' if s.sober else 'no'}" for s in self.sober))
        return " · ".join(parts)


def _whole_number(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise InvalidInput(field, f"use a whole number {low}-{high}.")
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text:
            raise InvalidInput(field, f"give a whole number {low}-{high}.")
        if not text.lstrip("-").isdigit():
            raise InvalidInput(field, f"'{text}' is not accepted; use a whole number {low}-{high}.")
        number = int(text)
    if not low <= number <= high:
        raise InvalidInput(field, f"{number} is out of range; use a whole number {low}-{high}.")
    return number


def parse_mood(value: object, field: str = "mood") -> int:
    """Validate a mood: a whole number 1 (very low) to 5 (very good)."""
    return _whole_number(value, field, MOOD_MIN, MOOD_MAX)


def parse_craving(value: object, field: str = "craving") -> int:
    """Validate a craving rating: a whole number 0 (none) to 10 (strongest)."""
    return _whole_number(value, field, CRAVING_MIN, CRAVING_MAX)


def parse_rating(value: object, field: str) -> int | None:
    """Validate an optional 0-10 rating (difficulty, confidence): empty text skips it (None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _whole_number(value, field, RATING_MIN, RATING_MAX)


def ratings_parts(difficulty: int | None, confidence: int | None) -> list[str]:
    """'difficulty 6/10' and 'confidence 7/10', each only when answered."""
    parts = []
    if difficulty is not None:
        parts.append(f"difficulty {difficulty}/10")
    if confidence is not None:
        parts.append(f"confidence {confidence}/10")
    return parts


def check_day(day: date, now: datetime, field: str = "day") -> date:
    """Refuse a check-in day in the future."""
    if day > now.date():
        raise InvalidInput(field, f"{day.isoformat()} is in the future; check in for today or an earlier day.")
    return day


def moment_for(day: date, now: datetime) -> datetime:
    """When a check-in for `day` is taken: now for today, noon of a back-filled day."""
    if day == now.date():
        return now
    return localize(datetime.combine(day, time(12, 0)), now)


def _local_day(moment: datetime, now: datetime) -> date:
    return moment.astimezone(now.tzinfo).date() if now.tzinfo else moment.date()


def active_on(counters: list[Counter], day: date, now: datetime) -> list[Counter]:
    """Counters a check-in for `day` asks about: not archived and started on or before that day."""
    return [c for c in counters if not c.archived and _local_day(c.first_start, now) <= day]


def relapse_recorded_on(counter: Counter, day: date, now: datetime) -> bool:
    """True when the counter already has a relapse on `day` (so none is offered twice)."""
    return any(e.kind == "relapse" and _local_day(e.at, now) == day for e in counter.events)


def relapse_moment(counter: Counter, day: date, now: datetime) -> datetime:
    """When a relapse answered in a check-in for `day` is placed in the counter's history.

    Today: now. A back-filled day: noon that day, but never before the counter's first start
    nor after now.
    """
    at = moment_for(day, now)
    start = counter.first_start
    if at <= start:
        at = min(start + timedelta(minutes=1), now)
    return at


def sober_answers(counters: list[Counter], not_sober: set[str]) -> tuple[SoberAnswer, ...]:
    """One answer per counter: sober unless its name (case-insensitive) is in `not_sober`."""
    wanted = {n.casefold() for n in not_sober}
    return tuple(SoberAnswer(c.id, c.name, c.name.casefold() not in wanted) for c in counters)


def unknown_names(counters: list[Counter], names: list[str]) -> list[str]:
    """Names given with --not-sober that match no active counter."""
    known = {c.name.casefold() for c in counters}
    return [n for n in names if n.casefold() not in known]


class CheckInDraft(msgspec.Struct, frozen=True):
    """Validated values for a new or amended check-in (the service stamps id and times)."""

    day: date
    mood: int
    craving: int
    sober: tuple[SoberAnswer, ...] = ()
    gratitude: str | None = None
    note: str | None = None
    difficulty: int | None = None
    confidence: int | None = None


def latest(checkins: list[CheckIn]) -> CheckIn | None:
    """The latest check-in of a list (by time, then by when it was written, then list order)."""
    if not checkins:
        return None
    return sorted(checkins, key=lambda c: (c.at, c.created_at or c.at))[-1]  # stable: ties go to the last written
