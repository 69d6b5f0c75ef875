"""Morning pledges: one intention a day, with optional words (as I Am Sober's daily pledge).

A pledge belongs to a local calendar day; there is at most one per day (a second pledge the
same day changes that day's words). Pure: the day comes in as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt, clean_optional

TEXT_MAX = 280


class Pledge(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A morning pledge: the intention for one local calendar day, with optional words of the
    person's own (`recover pledge "one day at a time"`). One per day."""

    id: RecordId
    day: Annotated[date, msgspec.Meta(description="The local calendar day the pledge is for.")] = msgspec.field(
        name="date"
    )
    text: Annotated[
        Annotated[str, msgspec.Meta(max_length=TEXT_MAX)] | None,
        msgspec.Meta(description="The intention in the person's own words, if any."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


def clean_text(text: str | None) -> str | None:
    """Optional words on one line (line breaks, tabs and runs of spaces become one space):
    trimmed, empty is none, up to 280 characters.

    Raises:
        InvalidInput: naming `text` and the limit.
    """
    return clean_optional(" ".join(text.split()) if text is not None else None, "text", TEXT_MAX)


def days_pledged(days: Iterable[date], first: date, last: date) -> int:
    """How many different days from `first` to `last` (inclusive) have a pledge."""
    return len({day for day in days if first <= day <= last})
