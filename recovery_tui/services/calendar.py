"""Calendar service: reads one counter, the check-ins of the months shown and the week start,
and builds the grid with core/calendar.py (for `recover calendar` and the counter screen)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

import msgspec

from recovery_tui.core.calendar import Month, calendar, first_months
from recovery_tui.core.counters import Counter
from recovery_tui.core.wallclock import add_months
from recovery_tui.services.checkins import list_checkins
from recovery_tui.services.counters import find_counter, list_counters
from recovery_tui.services.insights import week_start
from recovery_tui.store import Store


class CounterCalendar(msgspec.Struct, frozen=True):
    """A counter with its months of days, and the weekday the weeks start on (0 Monday)."""

    counter: Counter
    months: list[Month]
    week_start: int


def default_name(store: Store) -> str | None:
    """The counter shown when none is named: the first active one (None when there is none)."""
    counters = list_counters(store)
    return counters[0].name if counters else None


def counter_calendar(
    store: Store,
    name: str,
    *,
    now: datetime,
    months: int,
    last: date | None = None,
    zone: tzinfo | None = None,
) -> CounterCalendar:
    """The calendar of counter `name`: `months` months ending with the month of `last` (default today).

    Reads the counter, the check-ins of those months only, and the week-start setting.
    """
    counter = find_counter(store, name)
    end_day = last or now.astimezone(zone).date()
    firsts = first_months(end_day, months)
    checkins = list_checkins(store, since=firsts[0], until=add_months(firsts[-1], 1) - timedelta(days=1))
    start = week_start(store)
    grid = calendar(counter, checkins, last=end_day, months=months, now=now, zone=zone, week_start=start)
    return CounterCalendar(counter, grid, start)
