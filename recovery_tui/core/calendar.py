"""A counter's calendar: one cell per day, month by month, like a contributions calendar.

`calendar(counter, checkins, last=..., months=N, now=..., zone=...)` gives the months ending
with `last` (a date in the last month shown), each as weeks of seven cells. A day is
`before` (the counter had not started), `start` (the day it started), `sober`, `restart` (a
relapse that day: the counter restarted), `today`'s state as any of those, or `future`. The
latest check-in of a day adds its mood and craving; the craving is the cell's shade.

Every state has a glyph, so the grid reads the same without colour (NO_COLOR): a cell is two
characters, the state glyph then the shade glyph (`·▒` a sober day with craving 3-5, `R ` a
restart without a check-in, `- ` a day before the counter started; days to come are blank).
`grid` lays months out as lines of text and cells; `LEGEND` explains it.
The CLI (`recover calendar`) and the dashboard's counter screen draw the same cells.

Dates of events are read in `zone` (None: the system's local zone); a check-in already
belongs to a local calendar day. Pure: no I/O, `now` is a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal

import msgspec

from recovery_tui.core.checkin import CheckIn
from recovery_tui.core.counters import Counter
from recovery_tui.core.wallclock import add_months, local

DayState = Literal["before", "start", "sober", "restart", "future"]

MONTHS_MAX = 120  # ten years in one go is plenty for a terminal
WEEKDAY_LETTERS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
STATE_GLYPHS: dict[DayState, str] = {"before": "-", "start": "S", "sober": "·", "restart": "R", "future": " "}
SHADE_GLYPHS = ("░", "▒", "▓", "█")  # craving 0-2, 3-5, 6-8, 9-10
CELL_WIDTH = 3  # two glyphs and a space
MONTH_WIDTH = 7 * CELL_WIDTH
LEGEND = "· sober  S start  R restart  - not yet  check-in craving ░0-2 ▒3-5 ▓6-8 █9-10"


def shade_of(craving: int) -> int:
    """The shade (0-3) of a craving from 0 to 10."""
    return min(max(craving, 0) // 3, 3)


class Day(msgspec.Struct, frozen=True):
    """One day of the calendar: its state and, when there was a check-in, its mood and craving."""

    day: date
    state: DayState
    mood: int | None = None
    craving: int | None = None
    today: bool = False

    @property
    def shade(self) -> int | None:
        """The craving as a shade from 0 to 3, None without a check-in."""
        return None if self.craving is None else shade_of(self.craving)

    @property
    def cell(self) -> str:
        """Two characters: the state glyph, then the shade glyph (or a space)."""
        shade = self.shade
        return STATE_GLYPHS[self.state] + (" " if shade is None else SHADE_GLYPHS[shade])


class Month(msgspec.Struct, frozen=True):
    """A month as weeks of seven cells; None pads the days of other months."""

    year: int
    month: int
    weeks: tuple[tuple[Day | None, ...], ...]

    @property
    def title(self) -> str:
        """`November 2026`."""
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def days(self) -> list[Day]:
        """The month's days in order."""
        return [d for week in self.weeks for d in week if d is not None]


def first_months(last: date, months: int) -> list[date]:
    """The first days of the `months` months ending with the month of `last`, oldest first."""
    end = last.replace(day=1)
    return [add_months(end, -back) for back in range(months - 1, -1, -1)]


def day_states(
    counter: Counter, first: date, last: date, today: date, zone: tzinfo | None = None
) -> dict[date, DayState]:
    """The state of every day from `first` to `last` (inclusive) for `counter`."""
    start_day = min(local(e.at, zone).date() for e in counter.events if e.kind == "start")
    restarts = {local(e.at, zone).date() for e in counter.events if e.kind == "relapse"}
    states: dict[date, DayState] = {}
    day = first
    while day <= last:
        if day > today:
            states[day] = "future"
        elif day < start_day:
            states[day] = "before"
        elif day in restarts:
            states[day] = "restart"
        elif day == start_day:
            states[day] = "start"
        else:
            states[day] = "sober"
        day += timedelta(days=1)
    return states


def calendar(
    counter: Counter,
    checkins: Iterable[CheckIn],
    *,
    last: date,
    months: int,
    now: datetime,
    zone: tzinfo | None = None,
    week_start: int = 0,
) -> list[Month]:
    """The `months` months of `counter` ending with the month of `last`, oldest first.

    Args:
        counter: the counter whose starts and restarts mark the days.
        checkins: check-ins in any order; the latest of a day (by time taken) gives its shade.
        last: any day of the last month shown.
        months: how many months (1 to MONTHS_MAX).
        now: the moment that decides today and the future.
        zone: the time zone of the calendar (None: the system's local zone).
        week_start: the weekday of the first column, 0 Monday ... 6 Sunday.
    """
    months = min(max(months, 1), MONTHS_MAX)
    firsts = first_months(last, months)
    end = add_months(firsts[-1], 1) - timedelta(days=1)
    today = local(now, zone).date()
    states = day_states(counter, firsts[0], end, today, zone)
    latest: dict[date, CheckIn] = {}
    for checkin in sorted(checkins, key=lambda c: (c.day, c.at)):
        if firsts[0] <= checkin.day <= end:
            latest[checkin.day] = checkin
    result: list[Month] = []
    for first in firsts:
        following = add_months(first, 1)
        cells: list[Day | None] = [None] * ((first.weekday() - week_start) % 7)
        day = first
        while day < following:
            seen = latest.get(day) if states[day] != "future" else None
            cells.append(
                Day(
                    day,
                    states[day],
                    None if seen is None else seen.mood,
                    None if seen is None else seen.craving,
                    today=day == today,
                )
            )
            day += timedelta(days=1)
        cells += [None] * (-len(cells) % 7)
        weeks = tuple(tuple(cells[i : i + 7]) for i in range(0, len(cells), 7))
        result.append(Month(first.year, first.month, weeks))
    return result


def header(week_start: int = 0) -> str:
    """The weekday row: `Mo Tu We Th Fr Sa Su` starting on `week_start`."""
    return " ".join(WEEKDAY_LETTERS[(week_start + i) % 7] for i in range(7)) + " "


Piece = str | Day
"""A piece of a calendar line: plain text, or a day's cell (two characters, `Day.cell`)."""


def month_pieces(month: Month, week_start: int = 0) -> list[list[Piece]]:
    """A month as lines of pieces, MONTH_WIDTH columns each: title, weekdays, six week rows."""
    rows: list[list[Piece]] = [[month.title.ljust(MONTH_WIDTH)], [header(week_start)]]
    for week in month.weeks:
        row: list[Piece] = []
        for day in week:
            row += ["  " if day is None else day, " "]
        rows.append(row)
    rows += [[" " * MONTH_WIDTH] for _ in range(8 - len(rows))]  # same height, side by side
    return rows


def grid(months: list[Month], *, per_row: int = 3, week_start: int = 0, gap: int = 2) -> list[list[Piece]]:
    """Months as lines of pieces, `per_row` side by side (3 fit 80 columns), a blank line
    between rows of months. The CLI prints them as text, the dashboard colours the cells."""
    out: list[list[Piece]] = []
    for index in range(0, len(months), per_row):
        if out:
            out.append([])
        blocks = [month_pieces(m, week_start) for m in months[index : index + per_row]]
        for line in range(len(blocks[0])):
            joined: list[Piece] = []
            for number, block in enumerate(blocks):
                if number:
                    joined.append(" " * gap)
                joined += block[line]
            out.append(joined)
    return out


def line_text(pieces: list[Piece]) -> str:
    """A line of pieces as plain text, trailing spaces trimmed."""
    return "".join(p if isinstance(p, str) else p.cell for p in pieces).rstrip()


def grid_text(months: list[Month], *, per_row: int = 3, week_start: int = 0) -> list[str]:
    """Months as text lines (see `grid`), without blank lines at the end."""
    text = [line_text(line) for line in grid(months, per_row=per_row, week_start=week_start)]
    while text and not text[-1]:
        text.pop()
    return text
