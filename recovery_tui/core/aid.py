"""First-aid messages: short texts the person saved from their community, or wrote, to read
in a bad moment. Picking one at random takes the random source as a parameter (pure)."""

from __future__ import annotations

import random
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput

TEXT_MAX = 1000
FROM_MAX = 60


class AidMessage(msgspec.Struct, frozen=True):
    """One saved message and, optionally, who it came from."""

    id: str
    text: str
    source: str | None = None
    created_at: str | None = None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> AidMessage:
        """Build from a stored record."""
        return cls(
            id=record["id"], text=record["text"], source=record.get("source"), created_at=record.get("created_at")
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {"id": self.id, "text": self.text, "from": self.source, "created_at": self.created_at}


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
