"""Morning pledges: make today's (one per local day), list them, find one, remove one.

The CLI (`recover pledge`) and the dashboard (`d`) both call these.
"""

from __future__ import annotations

from datetime import date, datetime

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui.core import pledges as core
from recovery_tui.core.pledges import Pledge
from recovery_tui.core.records import from_record, from_records, to_fields
from recovery_tui.errors import NotFound
from recovery_tui.store import Store

TABLE = "pledges"


class Pledged(msgspec.Struct, frozen=True):
    """What `make_pledge` did: the day's pledge, and whether the day had one already."""

    pledge: Pledge
    again: bool


def list_pledges(store: Store, *, since: date | None = None, until: date | None = None) -> list[Pledge]:
    """Pledges oldest day first, optionally between two days (inclusive)."""
    low, high = (since.isoformat() if since else ""), (until.isoformat() if until else "9999")
    records = store.select(TABLE, lambda r: low <= str(r["date"]) <= high) if since or until else store.all(TABLE)
    return sorted(from_records(Pledge, records), key=lambda p: p.day)


def pledge_on(store: Store, day: date) -> Pledge | None:
    """The pledge for `day`, or None."""
    found = from_records(Pledge, store.select_equal(TABLE, "date", day.isoformat()))
    return min(found, key=lambda p: p.created_at or p.day, default=None) if found else None


def make_pledge(store: Store, text: str | None | UnsetType = UNSET, *, now: datetime) -> Pledged:
    """Pledge for today (the local day of `now`). A second pledge the same day changes that
    day's words: `text` replaces them ('' or None: no words), UNSET keeps them.

    Raises:
        InvalidInput: the words are longer than 280 characters.
    """
    words = UNSET if text is UNSET else core.clean_text(text)
    day = now.date()
    with store.transaction():
        existing = pledge_on(store, day)
        if existing is None:
            fields = to_fields(Pledge(id="", day=day, text=None if words is UNSET else words))
            return Pledged(from_record(Pledge, store.insert(TABLE, fields, now=now)), again=False)
        if words is UNSET or words == existing.text:
            return Pledged(existing, again=True)
        return Pledged(from_record(Pledge, store.update(TABLE, existing.id, {"text": words}, now=now)), again=True)


def find_pledge(store: Store, text: str, *, now: datetime) -> Pledge:
    """A pledge by its day (today, yesterday, 2026-11-20, -3d) or id prefix (4+ characters).

    Raises:
        InvalidInput: `text` is blank (a blank time means now, but a blank is never a choice).
        NotFound: no pledge for that day or with that id.
    """
    from recovery_tui.core.timeparse import parse_date
    from recovery_tui.errors import InvalidInput

    if not text.strip():
        raise InvalidInput("day", "give a day such as today or 2026-11-20, or a pledge's id.")
    exact = store.get(TABLE, text)  # a whole id is never read as a day
    if exact is not None:
        return from_record(Pledge, exact)
    try:
        day = parse_date(text, now, field="pledge")
    except InvalidInput:
        day = None
    if day is not None:
        found = pledge_on(store, day)
        if found is None:
            raise NotFound(f"There is no pledge for {day.isoformat()}.")
        return found
    try:
        return from_record(Pledge, store.find(TABLE, text))
    except NotFound:
        raise NotFound(f"No pledge has the id or day '{text}'; give a day such as today or 2026-11-20.") from None


def remove_pledge(store: Store, text: str, *, now: datetime) -> Pledge:
    """Remove the pledge of a day (or with an id); returns it."""
    with store.transaction():
        pledge = find_pledge(store, text, now=now)
        store.delete(TABLE, pledge.id)
    return pledge


def pledged_today(store: Store, day: date) -> bool:
    """True when `day` has a pledge (a reminder's check)."""
    return bool(store.select_equal(TABLE, "date", day.isoformat()))


def pledge_days(store: Store, first: date, last: date) -> int:
    """How many days from `first` to `last` have a pledge (insights)."""
    return core.days_pledged((p.day for p in list_pledges(store, since=first, until=last)), first, last)
