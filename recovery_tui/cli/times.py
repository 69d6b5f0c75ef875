"""Times and days typed on the command line: the core parsers (core/timeparse.py and
core/counters.py `parse_start`) with one rule of the command line's own.

An option given empty (`--at ''`, `--date ''`, `--since ''`: most often a script's unset
variable) is refused in one line naming it, never taken to mean now or today, so a script's
mistake never files a record at the wrong time. Leaving the option out still means now. (In
the dashboard an empty field does mean now: its forms say so.)
"""

from __future__ import annotations

from datetime import date, datetime

from recovery_tui import messages
from recovery_tui.core.counters import parse_start
from recovery_tui.core.timeparse import parse_date, parse_time
from recovery_tui.errors import InvalidInput


def _given(text: str, field: str, empty: str) -> str:
    """`text`, unless it is empty or blank.

    Raises:
        InvalidInput: naming `field`, with the message `empty`.
    """
    if not text.strip():
        raise InvalidInput(field, empty)
    return text


def time_option(text: str, now: datetime, *, field: str = "at", allow_future: bool = False) -> datetime:
    """`parse_time`, refusing an empty value (InvalidInput, as for anything it cannot read)."""
    return parse_time(_given(text, field, messages.EMPTY_TIME), now, field=field, allow_future=allow_future)


def date_option(text: str, now: datetime, *, field: str = "date", allow_future: bool = False) -> date:
    """`parse_date`, refusing an empty value (InvalidInput, as for anything it cannot read)."""
    return parse_date(_given(text, field, messages.EMPTY_DAY), now, field=field, allow_future=allow_future)


def start_option(text: str, now: datetime, *, field: str = "since") -> datetime:
    """`parse_start` (a span back from now or a time), refusing an empty value (InvalidInput,
    as for anything it cannot read or a start in the future)."""
    return parse_start(_given(text, field, messages.EMPTY_START), now, field=field)
