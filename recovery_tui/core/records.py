"""Shared helpers for domain records: stored timestamps, cleaning optional free text, and the
refusal when several records share a name that must be unique."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from recovery_tui import messages
from recovery_tui.errors import InvalidInput


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


def clean_optional(text: str | None, field: str, limit: int) -> str | None:
    """Trim optional free text; empty becomes None; longer than `limit` characters is refused.

    Raises:
        InvalidInput: naming `field` and the limit.
    """
    if text is None:
        return None
    cleaned = text.strip()
    if not cleaned:
        return None
    if len(cleaned) > limit:
        raise InvalidInput(field, messages.too_long(limit, grouped=True))
    return cleaned


def near_day(records: list[dict[str, Any]], field: str, day: date) -> list[dict[str, Any]]:
    """Records whose stored ISO time `field` falls on `day` give or take one day (any offset).

    A cheap text test on the stored date, so callers build domain objects only for the few
    records that can belong to `day` in the local time zone, not for ten years of them.
    """
    test = near_day_test(field, day)
    return [r for r in records if test(r)]


def near_day_test(field: str, day: date) -> Callable[[Mapping[str, Any]], bool]:
    """The test `near_day` applies, for `Store.select` (which then copies only what it keeps)."""
    wanted = {(day + timedelta(days=d)).isoformat() for d in (-1, 0, 1)}

    def test(record: Mapping[str, Any]) -> bool:
        value = record.get(field)
        return isinstance(value, str) and value[:10] in wanted

    return test


def same_name(kind: str, name: str, ids: list[str], fix: str) -> InvalidInput:
    """The refusal when `len(ids)` records of one kind share `name`, which must be unique (a
    file merged by an older recover can hold such twins): rather than pick one silently, say
    which ids there are and how to tell them apart. `fix` holds `{id}` for one of the ids."""
    shown = ", ".join(record_id[:8] for record_id in ids)
    return InvalidInput(
        "name",
        f"{len(ids)} {kind}s are called '{name}' (ids {shown}); use an id to pick one, "
        f"and give it another name: {fix.format(id=ids[-1][:8])}.",
    )
