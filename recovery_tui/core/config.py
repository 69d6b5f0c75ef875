"""The settings people can change with `recover config set`: names, defaults and validation.

Each setting is a `Setting`; add new ones to SETTINGS. Values are stored in the meta table's
`config` document as strings, numbers or booleans.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import msgspec

from recovery_tui.errors import InvalidInput

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
        raise InvalidInput("country: use a two-letter country code such as US, GB, DE or AU.")
    return code


def _currency(value: str) -> str:
    text = value.strip()
    if not 1 <= len(text) <= 5:
        raise InvalidInput("currency: use a symbol or code of 1-5 characters, such as $, €, £ or EUR.")
    return text


def _pseudonym(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > 40:
        raise InvalidInput("pseudonym: keep it to 40 characters or fewer.")
    return text


def _weekday(value: str) -> str:
    text = value.strip().lower()
    for day in WEEKDAYS:
        if day.startswith(text) and len(text) >= 2:
            return day
    raise InvalidInput("week_start: use a weekday name such as monday or sunday.")


def non_negative_int(key: str) -> Callable[[str], int]:
    """A parser for whole numbers 0 or more, naming `key` in its error."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = -1
        if number < 0:
            raise InvalidInput(f"{key}: use a whole number, 0 or more.")
        return number

    return parse


def _theme(value: str) -> str:
    text = value.strip().lower()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", text):
        raise InvalidInput("theme: use a theme name such as textual-dark or textual-light (ctrl+p lists them).")
    return text


def _weekly_goal(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 50:
        raise InvalidInput("meetings.weekly_goal: use a whole number of meetings per week, 0 (no goal) to 50.")
    return number


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("country", "Two-letter country code for crisis lines (default: from your locale).", None, _country),
        Setting("currency", "Symbol shown with money saved.", "$", _currency),
        Setting("pseudonym", "Name used to sign shared milestone texts (empty: unsigned).", "", _pseudonym),
        Setting("week_start", "First day of the week for weekly goals.", "monday", _weekday),
        Setting("meetings.weekly_goal", "Meetings per week to aim for (0: no goal).", 0, _weekly_goal),
        Setting("points.checkin", "Points per day with a check-in.", 1, non_negative_int("points.checkin")),
        Setting("points.sober_day", "Points per whole sober day.", 1, non_negative_int("points.sober_day")),
        Setting(
            "points.skill_session", "Points per completed skill session.", 2, non_negative_int("points.skill_session")
        ),
        Setting("points.meeting", "Points per meeting.", 3, non_negative_int("points.meeting")),
        Setting(
            "points.helper_role", "Points per helper role at a meeting.", 2, non_negative_int("points.helper_role")
        ),
        Setting("theme", "Dashboard theme (the last one picked with ctrl+p is kept).", "", _theme),
        Setting("backups.daily", "Daily backups to keep (0: no daily backups).", 7, non_negative_int("backups.daily")),
        Setting("backups.weekly", "Weekly backups kept beyond the daily ones.", 4, non_negative_int("backups.weekly")),
    )
}


def parse_setting(key: str, value: str) -> Any:
    """Validate a typed value for a known setting."""
    setting = SETTINGS.get(key)
    if setting is None:
        known = ", ".join(sorted(SETTINGS))
        raise InvalidInput(f"key: '{key}' is not a setting; known settings: {known}.")
    return setting.parse(value)


def with_defaults(stored: dict[str, Any]) -> dict[str, Any]:
    """Every known setting: stored value, else its default."""
    return {key: stored.get(key, s.default) for key, s in SETTINGS.items()}
