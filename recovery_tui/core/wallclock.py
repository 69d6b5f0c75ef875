"""Wall-clock day maths, with the standard library only: UTC instants, local calendar dates,
"the same clock time N calendar days (or months) later", and whole days between two moments.

core/streaks.py explains the two kinds of time (real durations, wall-clock days) and uses
these for every day count and calendar step. They live apart from it, without msgspec, so
the shell prompt line (core/short_line.py, read at every prompt) counts days with them
without importing the typed records.

`zone` is a tzinfo (a ZoneInfo handles DST) or None for the system's local zone, resolved by
`datetime.astimezone()`. Every moment is turned into UTC on the way in (`utc()`): Python
subtracts and compares two datetimes that share one tzinfo by their wall clocks, which is
wrong across DST for ZoneInfo times.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

DAY_SECONDS = 86_400


def utc(moment: datetime) -> datetime:
    """The same instant in UTC, where adding and subtracting is real elapsed time."""
    return moment.astimezone(timezone.utc)


def local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """`moment` on the wall clock of `zone` (None: the system's local zone)."""
    return moment.astimezone(zone)


def add_months(day: date, months: int) -> date:
    """`day` moved by calendar months, clamped to the last day of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    # Days in that month, without importing calendar (and locale) for it.
    last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def add_wall(moment: datetime, *, days: int = 0, months: int = 0, zone: tzinfo | None = None) -> datetime:
    """The same wall-clock time `days` calendar days and `months` calendar months later.

    A clock time that does not exist that day (skipped by DST) lands just after the gap.
    """
    wall = local(moment, zone)
    target = add_months(wall.date(), months) + timedelta(days=days)
    naive = datetime.combine(target, wall.time().replace(tzinfo=None))
    if zone is None:
        return utc(naive.astimezone())
    return utc(naive.replace(tzinfo=zone))


def whole_days(start: datetime, end: datetime, zone: tzinfo | None = None) -> int:
    """Whole wall-clock days from `start` to `end` (0 when end is not after start)."""
    start, end = utc(start), utc(end)
    if end <= start:
        return 0
    days = (local(end, zone).date() - local(start, zone).date()).days
    while days > 0 and add_wall(start, days=days, zone=zone) > end:
        days -= 1
    return days
