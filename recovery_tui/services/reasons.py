"""Reasons: why the person is doing this (list, add, find, edit, remove, the reason of the day).

The CLI (`recover reason`), the dashboard (the Why screen, key w; the Today panel), SOS and
the notes after a strong craving all call these. A reason is found by its number in the list
(1 = the oldest) or by its id (4+ characters of it).
"""

from __future__ import annotations

from datetime import date, datetime

from recovery_tui.core import reasons as reasons_core
from recovery_tui.core.reasons import Reason
from recovery_tui.core.records import from_record, from_records
from recovery_tui.errors import NotFound, RecoverError
from recovery_tui.store import Store

TABLE = "reasons"


def list_reasons(store: Store) -> list[Reason]:
    """Every reason, oldest first (file order breaks ties: it is insertion order)."""
    records = sorted(store.all(TABLE), key=lambda r: str(r.get("created_at") or ""))
    return from_records(Reason, records)


def add_reason(store: Store, text: str, *, now: datetime) -> Reason:
    """Save a reason."""
    return from_record(Reason, store.insert(TABLE, {"text": reasons_core.clean_text(text)}, now=now))


def find_reason(store: Store, number_or_id: str) -> Reason:
    """A reason by its number in `list_reasons` (1 = the oldest) or by id / id prefix (4+ characters).

    Raises:
        NotFound: no such number or id (the message says how many there are).
    """
    reasons = list_reasons(store)
    wanted = number_or_id.strip()
    if wanted.isdigit() and 1 <= int(wanted) <= len(reasons):
        return reasons[int(wanted) - 1]
    if len(wanted) >= 4:
        matches = [r for r in reasons if r.id.startswith(wanted.lower())]
        if len(matches) == 1:
            return matches[0]
    held = f"1 to {len(reasons)}" if reasons else "none yet"
    raise NotFound(f"No reason has the number or id '{number_or_id}' (numbers: {held}; see recover reason list).")


def edit_reason(store: Store, number_or_id: str, text: str, *, now: datetime) -> Reason:
    """Change a reason's words."""
    cleaned = reasons_core.clean_text(text)
    with store.transaction():
        reason = find_reason(store, number_or_id)
        return from_record(Reason, store.update(TABLE, reason.id, {"text": cleaned}, now=now))


def remove_reason(store: Store, number_or_id: str) -> Reason:
    """Take one reason out; returns it."""
    with store.transaction():
        reason = find_reason(store, number_or_id)
        store.delete(TABLE, reason.id)
    return reason


def after_craving(store: Store, craving: int | None, day: date) -> list[str]:
    """The lines to show after saving a craving (check-in) or trigger intensity: the person's
    reasons when it was 7 or more ([] otherwise, and then nothing is read)."""
    if craving is None or craving < reasons_core.STRONG_CRAVING:
        return []
    try:
        return reasons_core.after_craving(list_reasons(store), craving, day)
    except RecoverError:  # what was logged is saved; reasons that cannot be read are left out
        return []


def reason_of_the_day(store: Store, day: date) -> tuple[int, Reason] | None:
    """The reason shown on `day` (a different one each day, in turn) and its number, or None."""
    return reasons_core.of_the_day(list_reasons(store), day)
