"""First-aid messages: short texts the person saved from their community, or wrote, to read
in a bad moment. Picking one at random takes the random source as a parameter (pure)."""

from __future__ import annotations

import random
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt, to_record
from recovery_tui.errors import InvalidInput

TEXT_MAX = 1000
FROM_MAX = 60


class AidMessage(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A short text the person saved from their community, or wrote, to read in a bad moment
    (relapse resilience kit). `source` is who it came from (`recover aid add ... --from NAME`)."""

    id: RecordId
    text: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=TEXT_MAX, description="The message; inner line breaks are kept."),
    ]
    source: Annotated[
        Annotated[str, msgspec.Meta(max_length=FROM_MAX)] | None,
        msgspec.Meta(description="Who it came from, if anyone."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


def as_json(message: AidMessage) -> dict[str, Any]:
    """The form `recover aid --json` and `recover sos --json` print: `source` is called `from`,
    and the time it was saved is shown as stored."""
    stored = to_record(message)
    return {"id": message.id, "text": message.text, "from": message.source, "created_at": stored.get("created_at")}


def clean_text(text: str) -> str:
    """1-1000 characters; inner line breaks are kept."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput("text", messages.AID_TEXT)
    if len(cleaned) > TEXT_MAX:
        raise InvalidInput("text", messages.too_long(TEXT_MAX))
    return cleaned


def clean_source(source: str | None) -> str | None:
    """Who it came from (optional), up to 60 characters."""
    if source is None:
        return None
    cleaned = " ".join(source.split())
    if len(cleaned) > FROM_MAX:
        raise InvalidInput("from", messages.too_long(FROM_MAX))
    return cleaned or None


def pick(messages: list[AidMessage], rng: random.Random) -> AidMessage | None:
    """One message at random (None when there are none)."""
    if not messages:
        return None
    ordered = sorted(messages, key=lambda m: m.id)
    return ordered[rng.randrange(len(ordered))]
