"""Reminders: a kind of thing to be reminded of (a check-in, the morning pledge, the evening
review, what the care plan has due today) at a time of day, their neutral words, and which are due at a moment. Pure.

A reminder fires only when its thing is not done yet today; what "done" means for each kind
is services/reminders.py `DONE_TODAY`. Adding a kind of reminder: its name in `Kind` and its
neutral words in `NEUTRAL_TEXT` here, its check in `DONE_TODAY` there (its `remind.text.KIND`
setting follows from them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.config import REMINDER_TEXT_DEFAULTS
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt
from recovery_tui.core.timeparse import parse_clock
from recovery_tui.errors import InvalidInput

Kind = Literal["checkin", "pledge", "review", "care"]
KINDS: tuple[str, ...] = get_args(Kind)

# The words a reminder shows by default, neutral (`recover config set remind.text.KIND "..."`).
NEUTRAL_TEXT: dict[str, str] = REMINDER_TEXT_DEFAULTS
GENERAL_TEXT = "Time for your daily note"  # when the kind is not known or the file cannot be read
TITLE = "Reminder"  # the notification's title: says nothing about the app either
TEXT_MAX = 80

TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class Reminder(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A daily reminder: at `time` (local HH:MM), `recover remind due` shows a neutral
    notification unless the thing of `kind` is already done today (a check-in for checkin and
    review, a pledge for pledge, every care-plan item due today logged for care)."""

    id: RecordId
    kind: Annotated[
        Kind, msgspec.Meta(description="What to be reminded of: checkin, pledge, review or care (the care plan).")
    ]
    time: Annotated[
        str, msgspec.Meta(pattern=TIME_PATTERN, description="The local time of day, HH:MM (24-hour clock).")
    ]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    @property
    def hour_minute(self) -> tuple[int, int]:
        """(hour, minute) of `time`."""
        hour, minute = self.time.split(":")
        return int(hour), int(minute)


def parse_kind(text: str) -> str:
    """checkin, pledge, review or care (any case; `check-in` too).

    Raises:
        InvalidInput: naming `kind` and the kinds there are.
    """
    wanted = text.strip().lower().replace("-", "")
    if wanted not in KINDS:
        raise InvalidInput("kind", messages.not_a_reminder_kind(text, KINDS))
    return wanted


def parse_time_of_day(text: str) -> str:
    """A time of day typed as H:MM or HH:MM, stored as HH:MM.

    Raises:
        InvalidInput: naming `time` and the form accepted.
    """
    return parse_clock(text, "time").strftime("%H:%M")


def ordered(reminders: Iterable[Reminder]) -> list[Reminder]:
    """Reminders by time of day, then kind."""
    return sorted(reminders, key=lambda r: (r.time, r.kind))


def come(reminders: Iterable[Reminder], now: datetime, kind: str | None = None) -> list[str]:
    """The kinds (in KINDS order) with a reminder whose time has come today (at or before
    `now`, to the minute), optionally only `kind`."""
    clock = now.strftime("%H:%M")
    found = {r.kind for r in reminders if r.time <= clock and (kind is None or r.kind == kind)}
    return [k for k in KINDS if k in found]


def clean_text(text: str, key: str) -> str:
    """A reminder's own words: one line, 1 to 80 characters, no control characters.

    Raises:
        InvalidInput: naming `key`.
    """
    cleaned = " ".join(text.split())
    if not cleaned or not cleaned.isprintable():
        raise InvalidInput(key, messages.REMINDER_TEXT)
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput(key, messages.too_long(TEXT_MAX))
    return cleaned
