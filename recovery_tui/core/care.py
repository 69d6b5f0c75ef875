"""Care plan: the CareItem and CareLog records, the schedule grammar, and adherence per week.

A care item is a medication, an appointment or session (therapy, counselling, group, doctor)
or a test. It either repeats on a schedule or happens once (`at`, appointments and tests
only). A care log records what happened: taken or missed (medication), attended or missed
(appointments), negative, positive or missed (tests). recover complements professional care:
it keeps what the person tells it and gives no medical advice.

## The schedule grammar (pure; `parse_schedule`, `schedule_text` writes it back)

    [every N weeks] [COUNT] DAYS [HH:MM ...]

- DAYS: `daily`, `weekdays` (mon-fri), `weekends`, day names (`mon,thu` or `mon thu`; full
  names too), or `weekly` (once a week, any day; `weekly tue` is every Tuesday).
- COUNT: `once`, `twice`, `3 times` (or `3x`): how many times on each of those days, or in
  the week for `weekly` alone. Without a count, one time a day, or as many as the times given.
- HH:MM: the times of day; a count and times together must agree (`twice daily 08:00 20:00`).
- `every N weeks` repeats only every Nth week, counted from the week the item starts.

Examples: `daily 08:00`, `twice daily 08:00 20:00`, `weekdays 08:00`, `weekly tue 18:00`,
`every 2 weeks thu 10:00`, `weekly` (a weekly test, any day), `twice weekly`.
The stored text is the canonical form `schedule_text` writes (`daily 08:00 20:00`).

## Adherence

For each week (starting on the `week_start` setting) an item has `planned` times: its
scheduled times on the days of that week from its start day (`starts_on`) to its end day
(`ends_on`, if any), up to now: in the week in progress only the times already come count
(today's up to the present time of day; one without a time counts all its day, a weekly
any-day one all its week), so "5 of 5 this week" on a Friday means nothing is outstanding;
a time of today logged done before it came counts as planned too (a dose taken a little
early is done, not unplanned). A one-off item plans 1 in the week of its `at`, once that time
has come or once it is logged done. `done` counts the
logs of that week that say it happened (taken, attended, or a test's result, negative or
positive), shown at most `planned`; `missed` counts the logs marked missed. Missed is a plain
fact, never a judgement. A one-off item's logs count in the week of the appointment,
whenever logged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.meetings import WEEKDAY_NAMES, week_of, weekday_index
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt, to_json
from recovery_tui.errors import InvalidInput

Kind = Literal["medication", "appointment", "test"]
Status = Literal["taken", "attended", "negative", "positive", "missed"]
KINDS: tuple[Kind, ...] = get_args(Kind)
STATUSES: tuple[Status, ...] = get_args(Status)
KIND_STATUSES: dict[str, tuple[Status, ...]] = {
    "medication": ("taken", "missed"),
    "appointment": ("attended", "missed"),
    "test": ("negative", "positive", "missed"),
}
DEFAULT_STATUS: dict[str, Status | None] = {"medication": "taken", "appointment": "attended", "test": None}
DONE: frozenset[str] = frozenset({"taken", "attended", "negative", "positive"})
KIND_WORDS: dict[str, Kind] = {
    "medication": "medication",
    "med": "medication",
    "meds": "medication",
    "medicine": "medication",
    "appointment": "appointment",
    "session": "appointment",
    "therapy": "appointment",
    "counselling": "appointment",
    "counseling": "appointment",
    "group": "appointment",
    "doctor": "appointment",
    "test": "test",
}
NAME_MAX = 80
DOSE_MAX = 80
NOTE_MAX = 2000
SCHEDULE_MAX = 120
PER_DAY_MAX = 12
EVERY_MAX = 52
ACCEPTED_SCHEDULES = (
    "daily 08:00, twice daily 08:00 20:00, weekdays 08:00, mon,thu 18:00, weekly, "
    "weekly tue 10:00 or every 2 weeks thu 10:00"
)
ACCEPTED_KINDS = "medication, appointment (or therapy, counselling, group, doctor, session) or test"


class CareItem(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One item of the person's care plan: a medication, an appointment or session, or a test,
    on a repeating schedule or once. Adherence is derived from its logs; nothing derived is
    stored. recover keeps what the person says and gives no medical advice."""

    id: RecordId
    kind: Annotated[Kind, msgspec.Meta(description="medication, appointment (a session of any kind) or test.")]
    name: Annotated[
        str,
        msgspec.Meta(
            min_length=1,
            max_length=NAME_MAX,
            description="What the person calls it, unique: 'naltrexone', 'therapy with Dr Lee'.",
        ),
    ]
    dose: Annotated[
        Annotated[str, msgspec.Meta(max_length=DOSE_MAX)] | None,
        msgspec.Meta(description="A medication's dose as prescribed, e.g. '50 mg' (medications only)."),
    ] = None
    schedule: Annotated[
        Annotated[str, msgspec.Meta(min_length=1, max_length=SCHEDULE_MAX)] | None,
        msgspec.Meta(
            description="When it repeats, in recover's schedule grammar, e.g. 'daily 08:00' or "
            "'every 2 weeks thu 10:00'; null for a one-off item (then `at` is set)."
        ),
    ]  # no default: __post_init__ reads it, so a record without it is refused as missing it
    at: Annotated[
        Moment | None,
        msgspec.Meta(description="When a one-off appointment or test is; null for a repeating item."),
    ]
    starts_on: Annotated[date, msgspec.Meta(description="The first day the schedule counts.")]
    ends_on: Annotated[
        date | None, msgspec.Meta(description="The last day the schedule counts; null while it goes on.")
    ] = None
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: a schedule or a time (not both), a schedule that parses."""
        if (self.schedule is None) == (self.at is None):
            raise ValueError("Expected either a schedule or a time (at), not both nor neither - at `$.schedule`")
        if self.schedule is not None:
            try:
                parse_schedule(self.schedule)
            except InvalidInput as error:
                raise ValueError(f"Expected a schedule recover reads ({error.message}) - at `$.schedule`") from None

    @property
    def plan(self) -> Schedule | None:
        """The parsed schedule (None for a one-off item)."""
        return parse_schedule(self.schedule) if self.schedule is not None else None

    @property
    def when(self) -> str:
        """The schedule (with its last day, if any), or the one-off time as 'once, Tue 08 Dec 2026 14:00'."""
        if self.schedule is None:
            return f"once, {self.at:%a %d %b %Y %H:%M}"
        return self.schedule + (f", until {self.ends_on:%Y-%m-%d}" if self.ends_on is not None else "")


class CareLog(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """What happened with a care item at one time: taken, attended, a test's result, or missed.
    A plain record of fact; adherence per week is derived from these."""

    id: RecordId
    item_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64, description="The care item's id.")]
    status: Annotated[
        Status,
        msgspec.Meta(
            description="taken or missed (medication), attended or missed (appointment), "
            "negative, positive or missed (test)."
        ),
    ]
    at: Annotated[Moment, msgspec.Meta(description="When it happened (or was due, for missed).")]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


# -- the schedule grammar ------------------------------------------------------------------


class Schedule(msgspec.Struct, frozen=True):
    """A parsed schedule: on which weekdays (0 Monday; empty: once a week, any day), how many
    times on each of them (or in the week), at which times, every how many weeks."""

    days: tuple[int, ...]
    per_day: int
    times: tuple[time, ...] = ()
    every_weeks: int = 1

    @property
    def any_day(self) -> bool:
        """True for `weekly` without day names: `per_day` times in the week, on any day."""
        return not self.days

    def week_counts(self, week_first: date, anchor: date) -> bool:
        """Whether the week starting `week_first` is one of the schedule's weeks (every Nth
        week from the week holding `anchor`, both weeks starting on the same weekday)."""
        anchor_week = anchor - timedelta(days=(anchor - week_first).days % 7)
        return ((week_first - anchor_week).days // 7) % self.every_weeks == 0


_COUNTS = {"once": 1, "twice": 2, "thrice": 3}
_DAY_SETS = {"daily": tuple(range(7)), "weekdays": tuple(range(5)), "weekends": (5, 6)}
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_TIMES_X = re.compile(r"^(\d{1,2})x$")


def _refuse(text: str) -> InvalidInput:
    return InvalidInput("schedule", f"'{text}' is not a schedule I understand; use {ACCEPTED_SCHEDULES}.")


def _day(word: str) -> int | None:
    for index, name in enumerate(WEEKDAY_NAMES):
        if len(word) >= 3 and name.startswith(word.rstrip("s")) or word == name + "s":
            return index
    return None


def parse_schedule(text: str) -> Schedule:
    """Read a schedule typed by a person (the grammar is in the module docstring).

    Raises:
        InvalidInput: on field `schedule`, saying what is accepted.
    """
    raw = " ".join(text.split())
    shown = raw[:40] + ("…" if len(raw) > 40 else "")
    words = raw.lower().replace(",", " ").split()
    if not words:
        raise InvalidInput("schedule", f"say when it repeats, e.g. {ACCEPTED_SCHEDULES}.")
    every = 1
    if words[0] == "every":
        rest = words[1:]
        if rest[:1] in (["week"], ["day"]):
            words = ["weekly" if rest[0] == "week" else "daily", *rest[1:]]
        elif len(rest) >= 2 and rest[0].isdigit() and rest[1] in {"weeks", "week"}:
            every = int(rest[0]) if len(rest[0]) <= 3 else 0
            if not 1 <= every <= EVERY_MAX:
                raise InvalidInput("schedule", f"repeat every 1 to {EVERY_MAX} weeks, e.g. every 2 weeks thu 10:00.")
            words = rest[2:]
        else:
            raise _refuse(shown)
    count: int | None = None
    days: set[int] = set()
    weekly = named = False
    times: list[time] = []
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if count is None and not days and not weekly and not times:
            if word in _COUNTS:
                count = _COUNTS[word]
                continue
            if (m := _TIMES_X.match(word)) or (word.isdigit() and words[index : index + 1] in (["times"], ["x"])):
                number = m.group(1) if m else word
                index += 0 if m else 1
                count = int(number)
                if not 1 <= count <= PER_DAY_MAX:
                    raise InvalidInput("schedule", f"use 1 to {PER_DAY_MAX} times, e.g. twice daily.")
                continue
        if word in _DAY_SETS and not days and not weekly:
            days.update(_DAY_SETS[word])
        elif word == "weekly" and not days and not weekly:
            weekly = True
        elif word in {"a", "per"} and words[index : index + 1] in (["day"], ["week"]):
            weekly = words[index] == "week"
            if not weekly:
                days.update(range(7))
            index += 1
        elif (day := _day(word)) is not None and (named or not days):
            days.add(day)
            named = True
        elif m := _CLOCK.match(word):
            hour, minute = int(m.group(1)), int(m.group(2))
            if hour > 23 or minute > 59:
                raise InvalidInput("schedule", f"'{word}' is not a time of day; {messages.TIME_OF_DAY}")
            if time(hour, minute) in times:
                raise InvalidInput("schedule", f"{word} is there twice; give each time once.")
            times.append(time(hour, minute))
        else:
            raise InvalidInput(
                "schedule",
                f"'{word[:20]}' in '{shown}' is not understood; use {ACCEPTED_SCHEDULES}.",
            )
    if not days and not weekly:
        raise InvalidInput("schedule", f"say on which days, e.g. {ACCEPTED_SCHEDULES}.")
    if count is not None and times and count != len(times):
        raise InvalidInput(
            "schedule", f"{count} {'time' if count == 1 else 'times'} a day but {len(times)} given; give one per time."
        )
    if named and count is not None and count > 1:
        raise InvalidInput("schedule", "on named days give the times instead of a count, e.g. mon,thu 08:00 20:00.")
    if len(times) > PER_DAY_MAX:
        raise InvalidInput("schedule", f"give at most {PER_DAY_MAX} times of day.")
    per_day = len(times) or count or 1
    return Schedule(tuple(sorted(days)), per_day, tuple(sorted(times)), every)


def schedule_text(schedule: Schedule) -> str:
    """The canonical text of a schedule (what is stored); `parse_schedule` reads it back equal."""
    parts: list[str] = []
    if schedule.every_weeks > 1:
        parts.append(f"every {schedule.every_weeks} weeks")
    if not schedule.times and schedule.per_day > 1:
        parts.append({2: "twice", 3: "thrice"}.get(schedule.per_day, f"{schedule.per_day} times"))
    day_set = schedule.days
    named = next((name for name, days in _DAY_SETS.items() if days == day_set), None)
    if named is not None:
        parts.append(named)
    elif not day_set:
        parts.append("weekly")
    else:
        parts.append(("weekly " if schedule.every_weeks == 1 else "") + ",".join(WEEKDAY_NAMES[d][:3] for d in day_set))
    parts.extend(f"{t:%H:%M}" for t in schedule.times)
    return " ".join(parts)


def clean_schedule(text: str) -> str:
    """A schedule as typed, checked and written in its canonical form (stored as that)."""
    canonical = schedule_text(parse_schedule(text))
    if len(canonical) > SCHEDULE_MAX:
        raise InvalidInput("schedule", messages.too_long(SCHEDULE_MAX))
    return canonical


# -- input cleaning --------------------------------------------------------------------------


def clean_kind(text: str) -> Kind:
    """medication, appointment or test; therapy, counselling, group, doctor and session are
    appointments.

    Raises:
        InvalidInput: on field `kind`, listing what is accepted.
    """
    kind = KIND_WORDS.get(text.strip().lower())
    if kind is None:
        raise InvalidInput("kind", f"'{text[:30]}' is not a kind of care item; use {ACCEPTED_KINDS}.")
    return kind


def clean_name(text: str) -> str:
    """A care item's name: spaces tidied, 1 to NAME_MAX characters."""
    name = " ".join(text.split())
    if not name:
        raise InvalidInput("name", "give it a name, such as 'naltrexone' or 'therapy with Dr Lee'.")
    if len(name) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    return name


def clean_status(text: str | None, kind: str) -> Status:
    """A log's status for an item of `kind`: the kind's default when None.

    Raises:
        InvalidInput: on field `status`, naming the statuses this kind takes.
    """
    allowed = KIND_STATUSES[kind]
    if text is None:
        default = DEFAULT_STATUS[kind]
        if default is None:
            raise InvalidInput("status", f"say how the {kind} went: {', '.join(allowed)}.")
        return default
    status = text.strip().lower()
    aliases = {"done": DEFAULT_STATUS[kind], "took": "taken", "went": "attended", "skipped": "missed"}
    status = aliases.get(status) or status
    if status not in allowed:
        article = "an" if kind[0] in "aeiou" else "a"
        raise InvalidInput("status", f"{article} {kind} is logged as {', '.join(allowed[:-1])} or {allowed[-1]}.")
    return status


def make_item(
    *,
    id: str,
    kind: Kind,
    name: str,
    dose: str | None,
    schedule: str | None,
    at: datetime | None,
    starts_on: date,
    ends_on: date | None,
    note: str | None,
) -> CareItem:
    """A CareItem from cleaned values, after the rules across fields, as a person would hear
    them: a medication repeats and has the only dose, a one-off needs its time, the end comes
    after the start.

    Raises:
        InvalidInput: naming the field at fault.
    """
    if kind != "medication" and dose is not None:
        raise InvalidInput("dose", "only a medication has a dose; put other details in the note.")
    if kind == "medication" and schedule is None:
        raise InvalidInput("schedule", "a medication needs a schedule, such as daily 08:00.")
    if schedule is None and at is None:
        raise InvalidInput(
            "schedule",
            "say when it repeats, such as weekly tue 10:00, or give a time for a one-off (2026-12-10 14:00).",
        )
    if schedule is not None and at is not None:
        raise InvalidInput("at", "give a schedule or a one-off time, not both.")
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput("ends_on", f"the last day comes on or after the first ({starts_on:%Y-%m-%d}).")
    return CareItem(
        id=id,
        kind=kind,
        name=name,
        dose=dose,
        schedule=schedule,
        at=at,
        starts_on=starts_on,
        ends_on=ends_on,
        note=note,
    )


# -- adherence ---------------------------------------------------------------------------------


class WeekAdherence(msgspec.Struct, frozen=True):
    """One item in one week: planned, done (at most planned) and marked missed."""

    start: date
    planned: int
    done: int
    missed: int
    logged: int  # every log saying it happened, also beyond the plan

    @property
    def text(self) -> str:
        """'5 of 7', or 'none planned'."""
        return f"{self.done} of {self.planned}" if self.planned else "none planned"

    def to_json(self) -> dict[str, Any]:
        """The week for --json: its first day, planned, done, missed, logged."""
        return {
            "week": self.start.isoformat(),
            "planned": self.planned,
            "done": self.done,
            "missed": self.missed,
            "logged": self.logged,
        }


class ItemAdherence(msgspec.Struct, frozen=True):
    """One item's recent weeks, newest first (weeks[0] holds `now`)."""

    item: CareItem
    weeks: tuple[WeekAdherence, ...]

    @property
    def this_week(self) -> WeekAdherence:
        """The week holding `now`."""
        return self.weeks[0]

    @property
    def total(self) -> WeekAdherence:
        """All its weeks added up (dated from the oldest week)."""
        return WeekAdherence(
            self.weeks[-1].start,
            sum(w.planned for w in self.weeks),
            sum(w.done for w in self.weeks),
            sum(w.missed for w in self.weeks),
            sum(w.logged for w in self.weeks),
        )

    def to_json(self) -> dict[str, Any]:
        """The item (as stored, without its times) and its weeks, newest first, for --json."""
        return {"item": to_json(self.item), "weeks": [w.to_json() for w in self.weeks]}


def _within(item: CareItem, day: date) -> bool:
    return item.starts_on <= day and (item.ends_on is None or day <= item.ends_on)


def planned_in_week(item: CareItem, week_first: date, now: datetime | None = None, *, done_early: int = 0) -> int:
    """How many times `item` is planned in the 7 days from `week_first`; with `now`, only
    those due by then (today's times up to now's wall clock, an untimed one all day, a weekly
    any-day one all week, a one-off at its time). `done_early`: times logged as done today (or,
    for a one-off, at all) before they were due: each counts one of today's later times as
    planned, so a dose taken a little early is done, not unplanned."""
    if item.at is not None:
        in_week = 0 <= (item.at.date() - week_first).days < 7
        return 1 if in_week and (now is None or item.at <= now or done_early > 0) else 0
    plan = item.plan
    assert plan is not None
    if not plan.week_counts(week_first, item.starts_on):
        return 0
    days = [week_first + timedelta(days=i) for i in range(7)]
    active = [d for d in days if _within(item, d)]
    if plan.any_day:
        return plan.per_day if active and (now is None or active[0] <= now.date()) else 0
    count = 0
    for day in active:
        if day.weekday() not in plan.days or (now is not None and day > now.date()):
            continue
        if now is not None and day == now.date() and plan.times:
            clock = now.time().replace(tzinfo=None)
            due = sum(1 for t in plan.times if t <= clock)
            count += min(max(due, done_early), len(plan.times))
        else:
            count += plan.per_day
    return count


def planned_on(item: CareItem, day: date, week_start: str | int = "monday") -> tuple[time, ...] | int:
    """Today's plan for `item` on `day`: its times (or a count when it has no times); 0 when
    nothing is planned that day. A weekly any-day item is planned on each day of its week."""
    if item.at is not None:
        return (item.at.timetz().replace(tzinfo=None),) if item.at.date() == day else 0
    plan = item.plan
    assert plan is not None
    first = week_of(day, week_start)
    if not _within(item, day) or not plan.week_counts(first, item.starts_on):
        return 0
    if plan.any_day:
        return plan.per_day
    if day.weekday() not in plan.days:
        return 0
    return plan.times or plan.per_day


def week_adherence(
    item: CareItem, logs: Iterable[CareLog], week_first: date, now: datetime | None = None
) -> WeekAdherence:
    """`item` in the week from `week_first`: planned (by `now`, when given), done, missed (see
    the module docstring). `logs` are the item's logs (any weeks; a one-off item's all count
    in its own week)."""
    done = missed = done_today = 0
    for log in logs:
        day = item.at.date() if item.at is not None else log.at.date()
        if not 0 <= (day - week_first).days < 7:
            continue
        if log.status in DONE:
            done += 1
            done_today += item.at is not None or (now is not None and log.at.date() == now.date())
        else:
            missed += 1
    planned = planned_in_week(item, week_first, now, done_early=done_today)
    return WeekAdherence(week_first, planned, min(done, planned), missed, done)


def adherence(
    items: Sequence[CareItem],
    logs: Sequence[CareLog],
    *,
    now: datetime,
    week_start: str | int = "monday",
    weeks: int = 4,
) -> list[ItemAdherence]:
    """Each item's recent weeks (this week first), weeks starting on `week_start`.

    Args:
        items: the care items, in the order to show them.
        logs: every care log (others' items' and later ones are ignored).
        now: the current time; its day picks this week.
        week_start: the first weekday of a week ("monday", "sunday", or 0-6).
        weeks: how many weeks back, at least 1.
    """
    first = week_of(now.date(), weekday_index(week_start))
    by_item: dict[str, list[CareLog]] = {}
    for log in logs:
        if log.at <= now:
            by_item.setdefault(log.item_id, []).append(log)
    return [
        ItemAdherence(
            item,
            tuple(
                week_adherence(item, by_item.get(item.id, ()), first - timedelta(weeks=i), now)
                for i in range(max(weeks, 1))
            ),
        )
        for item in items
    ]


def week_line(week: WeekAdherence, *, this_week: bool = True) -> str:
    """'5 of 7 this week', with '1 marked missed' when some were; never a judgement."""
    if not week.planned:
        return "none planned this week" if this_week else "none planned"
    text = f"{week.text} this week" if this_week else week.text
    if week.missed:
        text += f", {week.missed} marked missed"
    return text


def summary_line(entry: ItemAdherence) -> str:
    """'naltrexone: 5 of 7 this week; 40 of 49 over 8 weeks' (the weeks that planned any,
    when there are more than one)."""
    line = f"{entry.item.name}: {week_line(entry.this_week)}"
    planned = sum(1 for week in entry.weeks if week.planned)
    if planned > 1:
        line += f"; {entry.total.text} over {planned} weeks"
    return line
