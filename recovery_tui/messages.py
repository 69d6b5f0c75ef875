"""The sentences that explain a refused value, in one place beside wording.py (as jrnl's
messages/MsgText.py): constants, and small functions for sentences that take values.

Each is the sentence alone, with no field in front: `InvalidInput(field, message)` carries
the field, and the CLI (`--at: ...`, cli/flags.py) and the dashboard (the line under the
field, tui/shared/field_error.py) name it their own way. Words about relapse, cravings and
crisis stay in wording.py. Rules as there: plain, warm, and each says what is accepted.

The sentences shared by several record kinds are here; so are a kind's own where one
module raises them from more than one place.
"""

from __future__ import annotations

from collections.abc import Iterable

COUNTRY_CODE = "use a two-letter country code such as US, GB, DE or AU."
WEEK_START = "use a weekday name such as monday or sunday."
CRAVING_0_10 = "rate the craving from 0 (none) to 10 (strongest)."
TIME_OF_DAY = "use HH:MM such as 21:30."
SESSION_SAVED = "This session is already saved."


def too_long(limit: int, what: str = "it", unit: str = "characters", *, grouped: bool = False) -> str:
    """Too long: `keep it to 60 characters or fewer.` (`what`: "it", "a note", "each step";
    `grouped` writes 20000 as 20,000)."""
    shown = f"{limit:,}" if grouped else str(limit)
    return f"keep {what} to {shown} {unit} or fewer."


def in_future(what: str) -> str:
    """A time after now: `a meeting can't be in the future; ...` (`what`: "a meeting")."""
    return f"{what} can't be in the future; give a time up to now."


def already_called(kind: str, name: str) -> str:
    """A name in use: `there is already a counter called 'alcohol'.` (unique per kind)."""
    return f"there is already a {kind} called '{name}'."


def not_a_setting(key: str, known: str) -> str:
    """A `recover config` key that does not exist, with the ones that do."""
    return f"'{key}' is not a setting; known settings: {known}."


def not_a_time_of_day(text: str) -> str:
    """A clock time that is not HH:MM from 00:00 to 23:59."""
    return f"'{text}' is not a time of day; {TIME_OF_DAY}"


def not_understood_time(text: str, accepted: str) -> str:
    """A time none of the accepted forms (`accepted`, core/timeparse.py) reads."""
    return f"'{text}' is not a time I understand; try {accepted}."


def whole_number(low: int, high: int) -> str:
    """A whole number in a range: `use a whole number from 0 to 10.`"""
    return f"use a whole number from {low} to {high}."


def cannot_read(path: object, reason: object) -> str:
    """A file that cannot be opened or read (import)."""
    return f"cannot read {path} ({reason})."


def not_an_export(path: object, why: str) -> str:
    """A file that is not a recover json export; `why` says what is wrong, in a few words."""
    return f"{path} is not a recover json export ({why})."


def too_large(path: object, limit: str) -> str:
    """A file to import that is larger than any recover export."""
    return f"{path} is larger than {limit}; that is not a recover export."


def reachable_say_when(example: str) -> str:
    """A contact's reachable hours with no days or hours given."""
    return f"say when, e.g. {example}."


COUNTER_START_FUTURE = "a counter can't start in the future; give a time up to now."
REQUEST_OWN_WORDS = 'type the words of your request, e.g. "Can someone call me tonight?"'


def one_of(choices: Iterable[str]) -> str:
    """A value outside a fixed list: `use one of peer, sponsor, family.`"""
    return f"use one of {', '.join(choices)}."


def number_from_one(highest: int) -> str:
    """A position in a list: `use a number from 1 to 4.`"""
    return f"use a number from 1 to {highest}."


def not_a_format(text: str, choices: str) -> str:
    """An unknown output or meeting format; `choices` reads "online or in-person"."""
    return f"'{text}' is not a format; use {choices}."


def empty(what: str) -> str:
    """Nothing written: `the entry is empty; nothing was saved.`"""
    return f"{what} is empty; nothing was saved."


def time_in_future(text: str) -> str:
    """A time typed that is after now."""
    return f"'{text}' is in the future; give a time up to now."


def day_in_future(text: str) -> str:
    """A day typed that is after today."""
    return f"'{text}' is in the future; give a day up to today."


def span_before_1900(text: str) -> str:
    """A span back from now that reaches before 1900 (the oldest time recover keeps)."""
    return f"'{text}' reaches back before 1900; use a shorter span."


def builtin_template_name(name: str) -> str:
    """A new template may not take a built-in template's name."""
    return f"'{name}' is a built-in template; choose another name."


def builtin_template_kept(name: str) -> str:
    """A built-in template cannot be removed."""
    return f"'{name}' is a built-in template and cannot be removed."
