"""Your own contingency plan: behaviours with their points and an optional escalating schedule,
hand-logged successes and misses, and the pure arithmetic that turns marks into points.

A behaviour's successes and misses ("marks") come from the logs: a built-in source reads the
records recover already keeps (check-ins, counters, skill sessions, meetings, triggers), a
hand-logged behaviour reads its `plan_logs`, and a behaviour of source 'care' reads the care
log of the care-plan item its `plan_care_links` record names (`care_mark`: taken, attended
and a negative test are successes, missed is a miss, a positive test is neither). Points are
derived from the marks every time and never stored, so removing a log takes its points back.

Escalating schedule (as in voucher-based contingency management): a success earns
`points + step x k`, at most `cap`, where k counts the successes in a row before it:

- with `every` = day or week, k counts consecutive periods (calendar days, or weeks from
  Monday) that had a success; several successes in one period each earn that period's points;
  a whole period without a success is a miss and the next success starts again at `points`;
- with no period (`every` null), every success is one step and only a logged miss resets;
- a logged miss (a hand log with outcome `missed`, a relapse for sober days, an urge that
  ended in use for resisted urges) always resets the step.

With `step` 0 (the default) every success earns `points`, which is exactly the flat rate of
core/rewards.py: a person without a plan gets the same points as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Annotated, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.config import POINTS_MAX
from recovery_tui.core.meetings import NOTE_MAX
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.errors import InvalidInput

NAME_MAX = 60
LOGGED = "logged"
"""The source of a behaviour the person logs by hand."""
CARE = "care"
"""The source of a behaviour that counts a care-plan item's logs (plan_care_links names the item)."""
CARE_SUCCESSES = frozenset({"taken", "attended", "negative"})
CARE_MISSES = frozenset({"missed"})

Every = Literal["day", "week"]
LogOutcome = Literal["done", "missed"]
EVERY: tuple[str, ...] = get_args(Every)
OUTCOMES: tuple[str, ...] = get_args(LogOutcome)


class PlanBehaviour(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One behaviour of the person's contingency plan and its points. A hand-logged behaviour
    (source 'logged') is one the person named; a record with a built-in source (checkin,
    sober_day, ...) only changes that built-in's schedule."""

    id: RecordId
    name: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=NAME_MAX, description="Its name (unique, compared case-insensitively)."),
    ]
    source: Annotated[
        str,
        msgspec.Meta(
            pattern="^[a-z][a-z_]{0,31}$",
            description="Where its successes come from: 'logged' (logged by hand), 'care' (a care-plan "
            "item's logs, named in plan_care_links) or a built-in source "
            "(checkin, sober_day, skill_session, meeting, helper_role, urge_resisted).",
        ),
    ]
    points: Annotated[
        Annotated[int, msgspec.Meta(ge=0, le=POINTS_MAX)] | None,
        msgspec.Meta(
            description="Points for a success at the first step; null for a built-in whose points are "
            "its points.* setting."
        ),
    ]
    step: Annotated[
        int, msgspec.Meta(ge=0, le=POINTS_MAX, description="Points added for each success in a row (0: no escalation).")
    ]
    cap: Annotated[
        Annotated[int, msgspec.Meta(ge=1, le=POINTS_MAX)] | None,
        msgspec.Meta(description="The most points one success can reach by escalating (null: no cap)."),
    ]
    every: Annotated[
        Every | None,
        msgspec.Meta(
            description="The period a success is expected in: a whole day or week without one resets the "
            "step (null: only a logged miss resets it)."
        ),
    ]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None,
        msgspec.Meta(description="A note, e.g. what was agreed with a counsellor."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


class PlanCareLink(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Which care-plan item a behaviour of the contingency plan (source 'care') counts: its
    care logs are the behaviour's successes and misses. Kept beside the behaviour so the
    behaviours' records stay as they were."""

    id: RecordId
    behaviour_id: Annotated[
        str, msgspec.Meta(min_length=1, max_length=64, description="The id of the behaviour (plan_behaviours).")
    ]
    item_id: Annotated[
        str, msgspec.Meta(min_length=1, max_length=64, description="The id of the care item (care_items).")
    ]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


def care_mark(status: str) -> bool | None:
    """A care log's status as a mark: True a success (taken, attended, a negative test), False
    a miss (missed), None neither: a positive test is an honest result, not a miss, so it never
    resets the step by itself (a whole period without a success still does, when the behaviour
    has a period)."""
    if status in CARE_SUCCESSES:
        return True
    if status in CARE_MISSES:
        return False
    return None


class PlanLog(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One hand-logged success or miss of a behaviour of the contingency plan."""

    id: RecordId
    behaviour_id: Annotated[
        str, msgspec.Meta(min_length=1, max_length=64, description="The id of the behaviour (plan_behaviours).")
    ]
    behaviour: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=NAME_MAX, description="The behaviour's name when it was logged."),
    ]
    at: Annotated[Moment, msgspec.Meta(description="When it happened.")]
    outcome: Annotated[
        LogOutcome, msgspec.Meta(description="done (a success that earns points) or missed (resets the step).")
    ]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None,
        msgspec.Meta(description="A note about it."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


class Schedule(msgspec.Struct, frozen=True):
    """Points for a success: `points` at the first step, `step` more for each one in a row, up to `cap`."""

    points: int
    step: int = 0
    cap: int | None = None
    every: Every | None = None

    def earns(self, k: int) -> int:
        """Points for a success with `k` successes in a row before it."""
        value = self.points + self.step * k
        if self.cap is not None:
            value = min(value, max(self.cap, self.points))
        return value


class Mark(msgspec.Struct, frozen=True, array_like=True):
    """A success (hit) or a miss at a moment."""

    at: datetime
    hit: bool = True


class Tally(msgspec.Struct, frozen=True):
    """What a behaviour's marks add up to as of now."""

    count: int
    """Successes."""
    points: int
    """Points they earned."""
    in_a_row: int
    """Successes (or periods with one) in the current run; 0 when the run is broken."""
    next_points: int
    """What a success now would earn."""


def period(at: datetime, every: Every, zone: tzinfo | None) -> int:
    """The calendar day (or week, from Monday) of `at` in the local zone, as a number."""
    local = at.astimezone(zone) if zone is not None else at
    day = local.date().toordinal()
    return day if every == "day" else (day - 1) // 7  # day 1 of year 1 was a Monday


def _next_k(k: int, last: int | None, current: int, every: Every | None) -> int:
    """Steps in a row for a success in period `current` after the last success in `last`."""
    if last is None:
        return 0
    if every is None:
        return k + 1
    if current == last:
        return k
    return k + 1 if current == last + 1 else 0


def tally(marks: Iterable[Mark], schedule: Schedule, now: datetime) -> Tally:
    """Add up the marks under the schedule (see the module docstring for the rules)."""
    if not schedule.step:  # the flat rate: no order, no periods, no runs
        hits = sum(1 for mark in marks if mark.hit)
        return Tally(hits, hits * schedule.points, 0, schedule.points)
    zone = now.tzinfo
    count = points = 0
    k = 0
    last: int | None = None  # the period (or a counter, with no period) of the last success in the run
    for mark in sorted(marks, key=lambda m: m.at):
        if not mark.hit:
            last, k = None, 0
            continue
        current = period(mark.at, schedule.every, zone) if schedule.every else count
        k = _next_k(k, last, current, schedule.every)
        last = current
        count += 1
        points += schedule.earns(k)
    now_period = period(now, schedule.every, zone) if schedule.every else count
    next_k = _next_k(k, last, now_period, schedule.every)
    broken = last is None or (schedule.every is not None and now_period > last + 1)  # a whole period went by
    return Tally(count, points, 0 if broken else k + 1, schedule.earns(next_k))


def clean_name(name: str) -> str:
    """A behaviour's name: 1-60 characters after collapsing spaces."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", messages.PLAN_NAME)
    if len(cleaned) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    return cleaned


def check_points(value: int, field: str) -> int:
    """Points, step or cap: a whole number from 0 to POINTS_MAX."""
    if not 0 <= value <= POINTS_MAX:
        raise InvalidInput(field, messages.plan_number(POINTS_MAX))
    return value


def parse_every(value: str | None) -> Every | None:
    """day, week, or none/empty for no period."""
    text = (value or "").strip().casefold()
    if text in ("", "none", "no"):
        return None
    for every in EVERY:
        if every.startswith(text):
            return every  # type: ignore[return-value]
    raise InvalidInput("every", messages.PLAN_EVERY)


def parse_outcome(value: str) -> LogOutcome:
    """done or missed (a unique start of either is enough)."""
    text = value.strip().casefold()
    for outcome in OUTCOMES:
        if text and outcome.startswith(text):
            return outcome  # type: ignore[return-value]
    raise InvalidInput("outcome", messages.PLAN_OUTCOME)


def check_cap(points: int, cap: int | None) -> None:
    """A cap, when given, must be at least the first step's points."""
    if cap is not None and cap < points:
        raise InvalidInput("cap", messages.plan_cap(points))


def schedule_text(schedule: Schedule) -> str:
    """'3, +1 a day in a row, up to 6' or '3 each'."""
    if not schedule.step:
        return f"{schedule.points} each"
    per = {"day": " a day in a row", "week": " a week in a row", None: " in a row"}[schedule.every]
    cap = f", up to {schedule.cap}" if schedule.cap is not None else ""
    return f"{schedule.points}, +{schedule.step}{per}{cap}"
