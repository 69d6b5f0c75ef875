"""Streak maths for one counter: streaks from its event history, wall-clock days and figures.

A counter's history is a list of events (a start, then relapses). Sorted by time, each event
begins a streak that ends at the next event (or at `now` for the last one), so streaks never
overlap and the order in which events were entered never changes a figure.

Two kinds of time are used on purpose:

- Durations (longest, average, total sober time) are real elapsed time.
- Day counts ("142d") and calendar steps (milestones) are wall-clock: "N days after 21:00"
  is 21:00 on the N-th calendar day after, in the person's time zone, so a DST change makes
  that day 23 or 25 hours long instead of shifting the count by an hour. Months clamp to the
  end of a shorter month: 31 Aug + 6 months is 28 Feb (29 Feb in a leap year).

`zone` is a tzinfo (a ZoneInfo handles DST) or None for the system's local zone, resolved by
`datetime.astimezone()`, which honours DST through the C library. Times stored with another
offset (a person who moved time zone) are instants, converted to `zone` before counting.

Python subtracts, adds and compares two datetimes that share one tzinfo object by their wall
clocks, which is wrong across DST for ZoneInfo times. So every moment is turned into UTC on
the way in (`utc()`), and the datetimes this module returns are in UTC; only calendar dates
are read in `zone`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

import msgspec

from recovery_tui.core.counters import Counter, CounterEvent
from recovery_tui.core.short_line import line
from recovery_tui.core.wallclock import DAY_SECONDS, add_wall, utc, whole_days
from recovery_tui.core.words import counted


class Streak(msgspec.Struct, frozen=True):
    """One sober stretch: from an event to the next one (or to now when `ongoing`)."""

    start: datetime
    end: datetime
    ongoing: bool

    @property
    def length(self) -> timedelta:
        """Real elapsed time of the streak."""
        return self.end - self.start


class Span(msgspec.Struct, frozen=True):
    """A length shown to people: whole wall-clock days, then hours and minutes."""

    days: int
    hours: int
    minutes: int

    def text(self, *, simple: bool = False) -> str:
        """`142d 03h 12m`, or `142d` when `simple` (whole days only)."""
        if simple:
            return f"{self.days}d"
        return f"{self.days}d {self.hours:02d}h {self.minutes:02d}m"


class CounterStats(msgspec.Struct, frozen=True):
    """Every figure of a counter at a moment, derived from its history."""

    current: timedelta
    current_start: datetime
    current_span: Span
    longest: timedelta
    streak_count: int
    average: timedelta
    total_sober: timedelta
    since_first: timedelta
    relapses: int
    money_saved: float | None
    hours_saved: float | None


def ordered(events: Iterable[CounterEvent]) -> list[CounterEvent]:
    """Events by time; a start sorts before a relapse at the same instant."""
    return sorted(events, key=lambda e: (utc(e.at), e.kind != "start", e.note or ""))


def streaks(events: Iterable[CounterEvent], now: datetime) -> list[Streak]:
    """The streaks of a history at `now`, oldest first (never overlapping).

    An event later than `now` (a clock set back) gives a streak of zero length.
    """
    timeline = [utc(e.at) for e in ordered(events)]
    now = utc(now)
    result: list[Streak] = []
    for index, at in enumerate(timeline):
        last = index + 1 == len(timeline)
        end = max(now, at) if last else timeline[index + 1]
        result.append(Streak(at, end, ongoing=last))
    return result


def span(start: datetime, end: datetime, zone: tzinfo | None = None) -> Span:
    """Days (wall clock), then hours and minutes (elapsed) from `start` to `end`."""
    start, end = utc(start), utc(end)
    days = whole_days(start, end, zone)
    rest = max(end - add_wall(start, days=days, zone=zone), timedelta(0)) if days else max(end - start, timedelta(0))
    minutes = int(rest.total_seconds() // 60)
    return Span(days, minutes // 60, minutes % 60)


def delta_text(delta: timedelta, *, simple: bool = False) -> str:
    """A real duration as `12d 04h 30m` (24-hour days), or whole days when `simple`."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    if simple:
        return f"{days}d"
    return f"{days}d {rest // 60:02d}h {rest % 60:02d}m"


def counter_stats(counter: Counter, now: datetime, zone: tzinfo | None = None) -> CounterStats:
    """All figures of `counter` at `now`, from its history alone."""
    now = utc(now)
    history = streaks(counter.events, now)
    current = history[-1]
    lengths = [s.length for s in history]
    total = sum(lengths, timedelta(0))
    sober_days = total.total_seconds() / DAY_SECONDS
    return CounterStats(
        current=current.length,
        current_start=current.start,
        current_span=span(current.start, current.end, zone),
        longest=max(lengths),
        streak_count=len(history),
        average=total / len(history),
        total_sober=total,
        since_first=max(now, current.start) - history[0].start,
        relapses=sum(1 for e in counter.events if e.kind == "relapse"),
        money_saved=None if counter.cost_per_day is None else round(counter.cost_per_day * sober_days, 2),
        hours_saved=None if counter.hours_per_day is None else round(counter.hours_per_day * sober_days, 1),
    )


def phrase(delta: timedelta) -> str:
    """A duration in words for messages: `1 day`, `12 days`, `5 hours`, `20 minutes`."""
    seconds = max(int(delta.total_seconds()), 0)
    for size, unit in ((DAY_SECONDS, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            return counted(seconds // size, unit)
    return "0 minutes"


def short_status(counters: Iterable[Counter], now: datetime, zone: tzinfo | None = None) -> str:
    """`alcohol 142d · gambling 31d`: whole days of each counter's current streak, in order
    (core/short_line.py `line`, which the prompt line shares)."""
    return line(((counter.name, streaks(counter.events, now)[-1].start) for counter in counters), now, zone)
