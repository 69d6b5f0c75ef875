"""Parsing the times and spans people type: `now`, ISO dates, `yesterday 21:00`, `-2h`, `90d`.

Every function takes `now` (timezone-aware) and returns timezone-aware datetimes, so the same
input always means the same instant in tests. Naive input is read in the local time zone.

Every time and day parsed here lies between EARLIEST (1900-01-01) and LATEST (2999-12-31):
recovery records reach back a lifetime at most, and staying far inside Python's datetime
range means no later arithmetic (a day before, a week after, a time zone) can overflow. A
value outside it, or a span reaching before 1900 (`99999999d`), is refused in one line.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, time, timedelta, tzinfo

from recovery_tui import messages
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import truncate

ACCEPTED_TIMES = "now, today, yesterday 21:00, 21:30, 2026-11-20 21:30, -2h, -30m, -3d or 2h ago"
ACCEPTED_SPANS = "a span like 90d, 12w, 36h or 30m, or a time such as 2026-01-01"

_SPAN = re.compile(r"^\s*(\d+)\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)\s*$", re.I)
_AGO = re.compile(r"^\s*(?:-\s*(\d+)\s*([a-z]+)|(\d+)\s*([a-z]+)\s+ago)\s*$", re.I)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_MAX_DIGITS = 9  # more digits than any span up to 1900 needs, well inside int() and timedelta

EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


class OutOfRange(InvalidInput):
    """A time or span understood, but outside 1900-01-01 .. 2999-12-31 (see module docstring),
    or in the future where only times up to now are accepted: callers that try another reading
    after an InvalidInput pass this one on, since it says what was wrong with the value."""


def _amount(digits: str, text: str, field: str) -> int:
    """The number of a span, refusing one so long no time from 1900 on is that far back."""
    if len(digits) > _MAX_DIGITS:
        raise OutOfRange(field, messages.span_before_1900(_shown(text)))
    return int(digits)


def _shown(text: str) -> str:
    return truncate(text, 40)


def check_day_range(day: date, text: str, field: str) -> date:
    """Refuse a day before EARLIEST or after LATEST (see module docstring).

    Raises:
        InvalidInput: naming the field and the accepted range.
    """
    if day < EARLIEST:
        raise OutOfRange(field, f"'{_shown(text)}' is before 1900; give a day from 1900-01-01 on.")
    if day > LATEST:
        raise OutOfRange(field, f"'{_shown(text)}' is too far ahead; give a day up to 2999-12-31.")
    return day


def back_from(now: datetime, span: timedelta, text: str, field: str) -> datetime:
    """`now - span`, refused (not overflowing) when that is before 1900.

    Raises:
        InvalidInput: the span reaches back before 1900.
    """
    earliest = datetime.combine(EARLIEST, time(), now.tzinfo)
    if span > now - earliest:
        raise OutOfRange(field, messages.span_before_1900(_shown(text)))
    return now - span


def _unit_delta(amount: int, unit: str) -> timedelta | None:
    """`amount` of `unit` (None for an unknown unit); a span beyond what timedelta holds is
    timedelta.max, which reaches before 1900 from any accepted now (back_from refuses it)."""
    unit = unit.lower()
    try:
        if unit in {"m", "min", "mins", "minute", "minutes"}:
            return timedelta(minutes=amount)
        if unit in {"h", "hour", "hours"}:
            return timedelta(hours=amount)
        if unit in {"d", "day", "days"}:
            return timedelta(days=amount)
        if unit in {"w", "week", "weeks"}:
            return timedelta(weeks=amount)
    except OverflowError:
        return timedelta.max
    return None


def localize(naive: datetime, now: datetime) -> datetime:
    """Attach the local time zone to a naive datetime, honouring DST on that date."""
    zone: tzinfo | None = now.tzinfo
    # A ZoneInfo zone can only exist if something imported zoneinfo; not importing it here
    # saves a command that never uses one the 2 ms it costs.
    zoneinfo = sys.modules.get("zoneinfo")
    if zoneinfo is not None and isinstance(zone, zoneinfo.ZoneInfo):
        return naive.replace(tzinfo=zone)
    return naive.astimezone()


def _clock(text: str, field: str) -> time:
    match = _CLOCK.match(text.strip())
    if not match:
        raise InvalidInput(field, messages.not_a_time_of_day(text))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidInput(field, messages.not_a_time_of_day(text))
    return time(hour, minute)


def parse_clock(text: str, field: str = "time") -> time:
    """A time of day typed as HH:MM (00:00 to 23:59), as a reminder's time.

    Raises:
        InvalidInput: naming `field` and the form accepted.
    """
    return _clock(text, field)


def parse_time(text: str, now: datetime, *, field: str = "time", allow_future: bool = False) -> datetime:
    """Parse a point in time typed by a person.

    Args:
        text: what was typed, e.g. "now", "yesterday 21:00", "2026-11-20 21:30", "-2h".
        now: the current time (timezone-aware).
        field: the domain field named in errors, e.g. "at" (the CLI shows it as --at).
        allow_future: accept times after `now` (otherwise refused).

    Returns:
        A timezone-aware datetime.

    Raises:
        InvalidInput: naming the field and the accepted forms.
    """
    raw = text.strip()
    lowered = raw.lower()
    result: datetime | None = None
    if lowered in {"now", ""}:
        result = now
    elif lowered.startswith(("today", "yesterday")):
        word, _, rest = lowered.partition(" ")
        day = now.date() - timedelta(days=1 if word == "yesterday" else 0)
        if word not in {"today", "yesterday"}:
            raise InvalidInput(field, messages.not_understood_time(text, ACCEPTED_TIMES))
        if rest.strip():
            result = localize(datetime.combine(day, _clock(rest, field)), now)
        else:  # "today" is now, "yesterday" this time yesterday
            result = now - timedelta(days=1 if word == "yesterday" else 0)
    elif _CLOCK.match(raw):
        result = localize(datetime.combine(now.date(), _clock(raw, field)), now)
    elif match := _AGO.match(raw):
        delta = _unit_delta(_amount(match.group(1) or match.group(3), text, field), match.group(2) or match.group(4))
        if delta is None:
            raise InvalidInput(field, messages.not_understood_time(_shown(text), ACCEPTED_TIMES))
        result = back_from(now, delta, text, field)
    else:
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            raise InvalidInput(field, messages.not_understood_time(_shown(text), ACCEPTED_TIMES)) from None
        check_day_range(parsed.date(), text, field)
        result = localize(parsed, now) if parsed.tzinfo is None else parsed
    if not allow_future and result > now + timedelta(seconds=1):
        raise OutOfRange(field, messages.time_in_future(text))
    return result


def parse_date(text: str, now: datetime, *, field: str = "date", allow_future: bool = False) -> date:
    """Parse a calendar day: today, yesterday, 2026-11-20, -3d."""
    raw = text.strip().lower()
    if raw == "today":
        return now.date()
    if raw == "yesterday":
        return now.date() - timedelta(days=1)
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        try:
            day = parse_time(text, now, field=field, allow_future=allow_future).date()
        except OutOfRange:
            raise
        except InvalidInput:
            raise InvalidInput(
                field, f"'{_shown(text)}' is not a day I understand; use today, yesterday, -3d or 2026-11-20."
            ) from None
    check_day_range(day, text, field)
    if not allow_future and day > now.date():
        raise OutOfRange(field, messages.day_in_future(text))
    return day


def parse_span(text: str, *, field: str = "span") -> timedelta:
    """Parse a length of time such as 90d, 12w, 36h or 30m."""
    match = _SPAN.match(text)
    if not match:
        raise InvalidInput(field, f"'{text}' is not a span; use 90d, 12w, 36h or 30m.")
    delta = _unit_delta(_amount(match.group(1), text, field), match.group(2))
    assert delta is not None
    return delta


def parse_since(text: str, now: datetime, *, field: str = "since") -> datetime:
    """Parse a --since value: a span back from now (90d) or a point in time (2026-01-01)."""
    if _SPAN.match(text):
        return back_from(now, parse_span(text, field=field), text, field)
    try:
        return parse_time(text, now, field=field)
    except OutOfRange:
        raise
    except InvalidInput:
        raise InvalidInput(field, f"'{_shown(text)}' is not understood; use {ACCEPTED_SPANS}.") from None


def to_iso(moment: datetime) -> str:
    """Serialise a timezone-aware datetime as ISO 8601 with its offset (seconds precision)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    """Read back a stored ISO 8601 time (always timezone-aware in the data file)."""
    return datetime.fromisoformat(text)
