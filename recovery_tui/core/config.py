"""The settings people can change with `recover config set`: names, defaults and validation.

Each setting is a `Setting`; add new ones to SETTINGS. Values are stored in the meta table's
`config` document as strings, numbers or booleans.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput

PROMPT_WARNINGS = "prompt.warnings"  # on: `status --short` ends with a marker such as !2
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Setting(msgspec.Struct, frozen=True):
    """One setting: its help text, default and a parser that validates typed text."""

    key: str
    help: str
    default: Any
    parse: Callable[[str], Any]


def _country(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise InvalidInput("country", messages.COUNTRY_CODE)
    return code


def _currency(value: str) -> str:
    text = value.strip()
    if not 1 <= len(text) <= 5:
        raise InvalidInput("currency", messages.CURRENCY)
    return text


def _pseudonym(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > 40:
        raise InvalidInput("pseudonym", messages.too_long(40))
    return text


def _weekday(value: str) -> str:
    text = value.strip().lower()
    for day in WEEKDAYS:
        if day.startswith(text) and len(text) >= 2:
            return day
    raise InvalidInput("week_start", messages.WEEK_START)


def whole_number(key: str, highest: int, lowest: int = 0) -> Callable[[str], int]:
    """A parser for whole numbers from `lowest` to `highest`, naming `key` and the range in its error."""

    def parse(value: str) -> int:
        text = value.strip()
        number = int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else -1
        if not lowest <= number <= highest:
            raise InvalidInput(key, messages.whole_number(lowest, highest))
        return number

    return parse


UNLOCK_MINUTES = 15  # store/unlocked.py DEFAULT_MINUTES, which cannot import core
UNLOCK_MINUTES_MAX = 24 * 60
POINTS_MAX = 1000  # points for one behaviour: more than any reward needs, small enough for any JSON tool


def _theme(value: str) -> str:
    text = value.strip().lower()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", text):
        raise InvalidInput("theme", messages.THEME)
    return text


def _weekly_goal(value: str) -> int:
    text = value.strip()
    number = int(text) if text.isascii() and text.isdigit() and len(text) <= 2 else -1
    if not 0 <= number <= 50:
        raise InvalidInput("meetings.weekly_goal", messages.WEEKLY_GOAL)
    return number


ON = ("on", "yes", "true", "1")
OFF = ("off", "no", "false", "0")


def _on_off(key: str) -> Callable[[str], str]:
    """A parser for an on/off setting: on, yes, true, 1 (or off, no, false, 0), stored as "on"
    or "off" (a string: `stored_value` takes no booleans, which a hand-edited file could hold
    for any setting)."""

    def parse(value: str) -> str:
        text = value.strip().lower()
        if text in ON:
            return "on"
        if text in OFF:
            return "off"
        raise InvalidInput(key, messages.ON_OFF)

    return parse


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("country", "Two-letter country code for crisis lines (default: from your locale).", None, _country),
        Setting("currency", "Symbol shown with money saved.", "$", _currency),
        Setting("pseudonym", "Name used to sign shared milestone texts (empty: unsigned).", "", _pseudonym),
        Setting("week_start", "First day of the week for weekly goals.", "monday", _weekday),
        Setting("meetings.weekly_goal", "Meetings per week to aim for (0: no goal).", 0, _weekly_goal),
        Setting("points.checkin", "Points per day with a check-in.", 1, whole_number("points.checkin", POINTS_MAX)),
        Setting("points.sober_day", "Points per whole sober day.", 1, whole_number("points.sober_day", POINTS_MAX)),
        Setting(
            "points.skill_session",
            "Points per completed skill session.",
            2,
            whole_number("points.skill_session", POINTS_MAX),
        ),
        Setting("points.meeting", "Points per meeting.", 3, whole_number("points.meeting", POINTS_MAX)),
        Setting(
            "points.helper_role",
            "Points per helper role at a meeting.",
            2,
            whole_number("points.helper_role", POINTS_MAX),
        ),
        Setting("theme", "Dashboard theme (the last one picked with ctrl+p is kept).", "", _theme),
        Setting("backups.daily", "Daily backups to keep (0: no daily backups).", 7, whole_number("backups.daily", 365)),
        Setting("backups.weekly", "Weekly backups kept beyond the daily ones.", 4, whole_number("backups.weekly", 520)),
        Setting(
            PROMPT_WARNINGS,
            "Show a marker such as !2 (two signs worth noticing) on the shell prompt line: on or off.",
            "off",
            _on_off(PROMPT_WARNINGS),
        ),
        Setting(
            "unlock.minutes",
            "Minutes an encrypted file stays unlocked while unused, once its passphrase was typed.",
            UNLOCK_MINUTES,
            whole_number("unlock.minutes", UNLOCK_MINUTES_MAX, 1),
        ),
    )
}


# The words each kind of reminder shows by default (core/reminders.py NEUTRAL_TEXT): neutral,
# so a lock screen does not say what the app is for. Kept here so reading settings does not
# load the reminders' code.
REMINDER_TEXT_DEFAULTS: dict[str, str] = {
    "checkin": "Time for your daily note",
    "pledge": "Time for your morning note",
    "review": "Time for your evening note",
    "care": "Time for your daily routine",  # never an item's name: that is a care detail
}


def _reminder_text(kind: str) -> Callable[[str], str]:
    key = f"remind.text.{kind}"

    def parse(value: str) -> str:
        from recovery_tui.core.reminders import clean_text

        return clean_text(value, key)

    return parse


SETTINGS.update(
    (key, Setting(key, f"Words a {kind} reminder shows.", text, _reminder_text(kind)))
    for kind, text in REMINDER_TEXT_DEFAULTS.items()
    for key in (f"remind.text.{kind}",)
)


def parse_setting(key: str, value: str) -> Any:
    """Validate a typed value for a known setting."""
    setting = SETTINGS.get(key)
    if setting is None:
        known = ", ".join(sorted(SETTINGS))
        raise InvalidInput("key", messages.not_a_setting(key, known))
    return setting.parse(value)


def stored_value(key: str, stored: dict[str, Any]) -> Any:
    """One setting as stored, or its default when it is not set or not a value `config set`
    accepts (a file edited by hand, or written by an older recover without range checks), so
    no command fails on, or passes on, a value such as a 30-digit number of points."""
    setting = SETTINGS[key]
    if key not in stored:
        return setting.default
    value = stored[key]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return setting.default
    try:
        parsed = setting.parse(str(value))
    except InvalidInput:
        return setting.default
    return value if parsed == value else setting.default


def week_start_index(stored: dict[str, Any]) -> int:
    """The first weekday of the week from stored settings (0 Monday ... 6 Sunday)."""
    name = stored_value("week_start", stored)
    return WEEKDAYS.index(name) if name in WEEKDAYS else 0


def is_on(key: str, stored: dict[str, Any]) -> bool:
    """True when an on/off setting (`_on_off`) is on, from stored settings."""
    return bool(stored_value(key, stored) == "on")


def with_defaults(stored: dict[str, Any]) -> dict[str, Any]:
    """Every known setting: its stored value when `config set` would accept it, else its default."""
    return {key: stored_value(key, stored) for key in SETTINGS}
