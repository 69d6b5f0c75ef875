"""Reasons: why the person is doing this, in their own words, shown where it helps (SOS, the
dashboard, after a strong craving). Picking the reason of the day is pure (`day` a parameter).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages, wording
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt, clean_optional
from recovery_tui.errors import InvalidInput

TEXT_MAX = 500
STRONG_CRAVING = 7
"""A craving (check-in) or trigger intensity this strong is followed by the person's reasons."""
AFTER_CRAVING_MAX = 3
"""How many reasons follow a strong craving (the reason of the day first)."""


class Reason(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One reason the person is doing this (`recover reason add "..."`), in their own words."""

    id: RecordId
    text: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=TEXT_MAX, description="The reason; inner line breaks are kept."),
    ]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


def clean_text(text: str) -> str:
    """1-500 characters, spaces around it trimmed; inner line breaks are kept."""
    cleaned = clean_optional(text, "text", TEXT_MAX)
    if cleaned is None:
        raise InvalidInput("text", messages.REASON_TEXT)
    return cleaned


def of_the_day(reasons: list[Reason], day: date) -> tuple[int, Reason] | None:
    """The reason shown on `day` and its number in the list (1 = first): each day the next one,
    in turn (None when there are none)."""
    if not reasons:
        return None
    index = day.toordinal() % len(reasons)
    return index + 1, reasons[index]


def after_craving(reasons: list[Reason], craving: int | None, day: date) -> list[str]:
    """The gentle lines shown after saving a craving of STRONG_CRAVING or more: a heading and up
    to AFTER_CRAVING_MAX reasons, the reason of the day first ([] for a weaker craving or none)."""
    if craving is None or craving < STRONG_CRAVING or not reasons:
        return []
    start = day.toordinal() % len(reasons)
    chosen = (reasons[start:] + reasons[:start])[:AFTER_CRAVING_MAX]
    return [wording.REASONS_AFTER_CRAVING, *(f"  • {' '.join(r.text.split())}" for r in chosen)]
