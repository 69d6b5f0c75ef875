"""Shared helpers for domain records: reading stored timestamps into aware datetimes."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def aware(text: str) -> datetime:
    """Parse a stored ISO 8601 time (always with an offset in our files)."""
    return datetime.fromisoformat(text)


def iso(moment: datetime) -> str:
    """Serialise an aware datetime the way records store it."""
    return moment.isoformat(timespec="seconds")


def optional_str(record: dict[str, Any], key: str) -> str | None:
    """A string field that may be missing or null."""
    value = record.get(key)
    return str(value) if value is not None else None
