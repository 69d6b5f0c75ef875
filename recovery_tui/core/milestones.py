"""Milestones of the current streak: the usual chips plus a person's own, reached and next.

The usual milestones (chips and keytags in peer groups): 24 hours, 7, 30, 60 and 90 days,
6 and 9 months, 1 year, 18 months, then every year. Hours are elapsed time; days are
calendar days at the same wall-clock time; months and years are calendar months, clamped
to the end of a shorter month (a streak from 31 Aug reaches 6 months on 28 Feb, or 29 Feb
in a leap year). Custom milestones count calendar days. See core/streaks.py for the clock;
the moments returned here are in UTC.

Each milestone has a stable `key` (`24h`, `7d`, `6m`, `1y`, `custom-45d`), used to remember
which ones were already congratulated. `countdown` is the one short "in 3d 23h" text of the
time left to the next one, for the dashboard and the CLI's whole-days views.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

import msgspec

from recovery_tui.core.counters import Counter, CustomMilestone
from recovery_tui.core.streaks import span, streaks
from recovery_tui.core.wallclock import add_wall, utc
from recovery_tui.core.words import counted


class Milestone(msgspec.Struct, frozen=True):
    """A named point after the start of a streak."""

    key: str
    label: str
    hours: int = 0
    days: int = 0
    months: int = 0

    def due(self, start: datetime, zone: tzinfo | None = None) -> datetime:
        """When a streak that began at `start` reaches this milestone."""
        if self.hours:
            return utc(start) + timedelta(hours=self.hours)
        return add_wall(start, days=self.days, months=self.months, zone=zone)


class Reached(msgspec.Struct, frozen=True):
    """A milestone with the moment the current streak reaches (or reached) it."""

    milestone: Milestone
    at: datetime


class Progress(msgspec.Struct, frozen=True):
    """The current streak's milestones: those reached, the next, and how far along it is."""

    streak_start: datetime
    reached: tuple[Reached, ...]
    next: Reached
    fraction: float

    @property
    def last(self) -> Reached | None:
        """The most recent milestone reached, if any."""
        return self.reached[-1] if self.reached else None


STANDARD: tuple[Milestone, ...] = (
    Milestone("24h", "24 hours", hours=24),
    Milestone("7d", "7 days", days=7),
    Milestone("30d", "30 days", days=30),
    Milestone("60d", "60 days", days=60),
    Milestone("90d", "90 days", days=90),
    Milestone("6m", "6 months", months=6),
    Milestone("9m", "9 months", months=9),
    Milestone("1y", "1 year", months=12),
    Milestone("18m", "18 months", months=18),
)


def year_milestone(years: int) -> Milestone:
    """The milestone of `years` whole years."""
    return Milestone(f"{years}y", counted(years, "year"), months=12 * years)


def custom_milestone(custom: CustomMilestone) -> Milestone:
    """A person's own milestone as a Milestone."""
    return Milestone(f"custom-{custom.days}d", custom.label, days=custom.days)


def schedule(
    start: datetime, until: datetime, custom: Iterable[CustomMilestone] = (), zone: tzinfo | None = None
) -> list[Reached]:
    """Every milestone of a streak from `start` up to and including the first one after `until`."""
    candidates = [*STANDARD, *(custom_milestone(c) for c in custom)]
    years = 2
    items = {m.key: Reached(m, m.due(start, zone)) for m in candidates}
    while True:
        milestone = year_milestone(years)
        due = milestone.due(start, zone)
        items[milestone.key] = Reached(milestone, due)
        if due > until:
            break
        years += 1
    timeline = sorted(items.values(), key=lambda r: (r.at, r.milestone.key))
    result: list[Reached] = []
    for item in timeline:
        result.append(item)
        if item.at > until:
            break
    return result


def progress(counter: Counter, now: datetime, zone: tzinfo | None = None) -> Progress:
    """Milestones of `counter`'s current streak at `now`."""
    now = utc(now)
    start = streaks(counter.events, now)[-1].start
    timeline = schedule(start, now, counter.custom_milestones, zone)
    reached = tuple(r for r in timeline if r.at <= now)
    upcoming = next(r for r in timeline if r.at > now)
    previous = reached[-1].at if reached else start
    whole = (upcoming.at - previous).total_seconds()
    done = (now - previous).total_seconds()
    fraction = min(max(done / whole, 0.0), 1.0) if whole > 0 else 0.0
    return Progress(start, reached, upcoming, fraction)


def countdown(now: datetime, due: datetime, zone: tzinfo | None = None) -> str:
    """Time left until `due`, short and never rounded into a wrong day count: `3d 23h`
    (days and hours, so 3 days 23 hours never reads as `3d` beside a `4 days` label),
    `5h 12m` under a day, `12m` under an hour (at least `1m` until it is due)."""
    left = span(now, due, zone)
    if left.days:
        return f"{left.days}d {left.hours:02d}h"
    if left.hours:
        return f"{left.hours}h {left.minutes:02d}m"
    return f"{max(left.minutes, 1)}m"
