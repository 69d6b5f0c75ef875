"""Meetings and weekly goals: the Meeting record, input cleaning, and weeks grouped by a chosen first day.

A meeting belongs to the calendar day of its own stored time (the wall clock and offset it
was logged with), so a meeting at Sunday 23:30 stays on Sunday even when viewed later from
another time zone. Weeks start on the configured weekday (`week_start`, default monday).

The weekly goal is one number (meetings per week). Every week is measured against the current
goal: raising the goal can end a run, which keeps the rule simple to explain. A week "met the
goal" when its meetings reach the goal; a goal of 0 means no goal, so no week is met.
The current run counts back from this week when this week already met the goal, otherwise
from last week: a week still in progress never breaks a run.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Annotated, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt, clean_optional, each_once
from recovery_tui.errors import InvalidInput

clean_text = clean_optional  # the shared optional-text rule, under the name meetings use

Format = Literal["online", "in-person"]
Role = Literal["greeter", "shared", "buddy", "chair", "listened"]
FORMATS: tuple[Format, ...] = get_args(Format)
ROLES: tuple[Role, ...] = get_args(Role)
HELPER_ROLES = frozenset({"greeter", "shared", "buddy", "chair"})
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KNOWN_FELLOWSHIPS = ("AA", "NA", "CA", "SMART", "GA", "MARA", "Celebrate Recovery", "Recovery Dharma")
NAME_MAX = 80
FELLOWSHIP_MAX = 40
NOTE_MAX = 2000
GOAL_MAX = 50


class Meeting(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One peer-group meeting attended (AA, NA, SMART Recovery, ...), online or in person, with
    the small roles taken in it. Points and weekly goal progress are derived from these records;
    nothing derived is stored."""

    # kw_only: the fields are in the stored order (name before the required at and format)
    id: RecordId
    name: Annotated[
        Annotated[str, msgspec.Meta(max_length=NAME_MAX)] | None,
        msgspec.Meta(description="The meeting's name as the person calls it, e.g. 'Tuesday step group'."),
    ] = None
    at: Annotated[Moment, msgspec.Meta(description="When the meeting was (not in the future when logged).")]
    format: Annotated[Format, msgspec.Meta(description="Online or in person.")]
    fellowship: Annotated[
        Annotated[str, msgspec.Meta(max_length=FELLOWSHIP_MAX)] | None,
        msgspec.Meta(description="AA, NA, SMART, CA, ... or any other group's name."),
    ] = None
    roles: Annotated[
        tuple[Role, ...],
        msgspec.Meta(
            description=(
                "Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly."
            ),
            extra_json_schema={"uniqueItems": True},
        ),
    ] = ()
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: each role once (the schema's uniqueItems)."""
        each_once(self.roles, "role", "roles")

    @property
    def helper_roles(self) -> tuple[str, ...]:
        """The roles that count as helping (greeter, shared, buddy, chair; not 'listened')."""
        return tuple(r for r in self.roles if r in HELPER_ROLES)

    @property
    def day(self) -> date:
        """The local calendar day the meeting was on (its own wall clock)."""
        return self.at.date()

    @property
    def title(self) -> str:
        """A short label: the name, else the fellowship, else 'meeting'."""
        return self.name or (f"{self.fellowship} meeting" if self.fellowship else "meeting")


def clean_format(text: str) -> Format:
    """Accept online or in-person (also 'in person', 'inperson', 'irl')."""
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    if key in {"online", "on-line", "virtual", "zoom"}:
        return "online"
    if key in {"in-person", "inperson", "irl", "person"}:
        return "in-person"
    raise InvalidInput("format", messages.not_a_format(text, "online or in-person"))


def clean_roles(texts: Iterable[str]) -> tuple[Role, ...]:
    """Validate roles (any order, repeats dropped), kept in the canonical order of ROLES."""
    chosen: set[str] = set()
    for text in texts:
        for part in text.replace(",", " ").split():
            role = part.strip().lower()
            if role not in ROLES:
                raise InvalidInput("role", f"'{part}' is not a role; use greeter, shared, buddy, chair or listened.")
            chosen.add(role)
    return tuple(r for r in ROLES if r in chosen)


def clean_fellowship(text: str | None) -> str | None:
    """Trim a fellowship name; the well-known ones get their usual spelling (aa -> AA)."""
    if text is None:
        return None
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    for known in KNOWN_FELLOWSHIPS:
        if cleaned.casefold() == known.casefold():
            return known
    if len(cleaned) > FELLOWSHIP_MAX:
        raise InvalidInput("fellowship", messages.too_long(FELLOWSHIP_MAX))
    return cleaned


def check_goal(goal: int) -> int:
    """A weekly goal is a whole number of meetings, 0 (no goal) to GOAL_MAX."""
    if not 0 <= goal <= GOAL_MAX:
        raise InvalidInput("goal", messages.WEEKLY_GOAL.format(most=GOAL_MAX))
    return goal


def weekday_index(week_start: str | int) -> int:
    """0 for monday ... 6 for sunday, from a weekday name or index."""
    if isinstance(week_start, int):
        return week_start % 7
    name = week_start.strip().lower()
    for index, day in enumerate(WEEKDAY_NAMES):
        if len(name) >= 2 and day.startswith(name):
            return index
    raise InvalidInput("week_start", messages.WEEK_START)


def week_of(day: date, week_start: str | int = "monday") -> date:
    """The first day of the week holding `day`, weeks starting on `week_start`."""
    return day - timedelta(days=(day.weekday() - weekday_index(week_start)) % 7)


class WeekSummary(msgspec.Struct, frozen=True):
    """One week: its first day, how many meetings and helper roles, and whether the goal was met."""

    start: date
    meetings: int
    helper_roles: int
    goal: int

    @property
    def end(self) -> date:
        """The last day of the week (inclusive)."""
        return self.start + timedelta(days=6)

    @property
    def met(self) -> bool:
        """True when there was a goal and the week reached it."""
        return self.goal > 0 and self.meetings >= self.goal

    @property
    def to_go(self) -> int:
        """Meetings still needed to reach the goal (0 when met or no goal)."""
        return max(self.goal - self.meetings, 0)


class WeeklyProgress(msgspec.Struct, frozen=True):
    """Recent weeks (newest first), this week, and the runs of weeks that met the goal."""

    goal: int
    week_start: str
    weeks: tuple[WeekSummary, ...]
    current_run: int
    best_run: int

    @property
    def this_week(self) -> WeekSummary:
        """The week holding `now`."""
        return self.weeks[0]


def weekly_progress(
    meetings: Sequence[Meeting],
    *,
    now: datetime,
    goal: int,
    week_start: str | int = "monday",
    weeks: int = 8,
) -> WeeklyProgress:
    """Group meetings into weeks and measure them against the goal.

    Args:
        meetings: every meeting (any order; ones after `now` are ignored).
        now: the current time; its calendar day picks this week.
        goal: meetings per week (0: no goal).
        week_start: the first weekday of a week, e.g. "monday" or "sunday".
        weeks: how many recent weeks to return (at least 1, this week first).

    Returns:
        WeeklyProgress with `weeks` summaries and the current and best runs over all history.
    """
    first = weekday_index(week_start)
    this_week = week_of(now.date(), first)
    counts: Tally[date] = Tally()
    helpers: Tally[date] = Tally()
    for meeting in meetings:
        if meeting.at > now:
            continue
        start = week_of(meeting.day, first)
        counts[start] += 1
        helpers[start] += len(meeting.helper_roles)

    def summary(start: date) -> WeekSummary:
        return WeekSummary(start, counts[start], helpers[start], goal)

    recent = tuple(summary(this_week - timedelta(weeks=i)) for i in range(max(weeks, 1)))

    best = run = 0
    if goal > 0 and counts:
        cursor = min(counts)
        while cursor <= this_week:
            run = run + 1 if summary(cursor).met else 0
            best = max(best, run)
            cursor += timedelta(weeks=1)
    current = 0
    if goal > 0:
        cursor = this_week if summary(this_week).met else this_week - timedelta(weeks=1)
        while summary(cursor).met:
            current += 1
            cursor -= timedelta(weeks=1)
    return WeeklyProgress(goal, WEEKDAY_NAMES[first], recent, current, best)
