"""Reminders: set, list and remove them, and decide which are due now (their time has come
today and their thing is not done yet today).

`DONE_TODAY` is the one registry of "is it done today" checks, one per kind of reminder: a
new kind adds its check here, and its name and words in core/reminders.py and core/config.py.
The care plan's check is services/care.py `due_today`: done when no item planned today (or
this week, for a weekly any-day item) has fewer logs than planned. Installing the reminders in the machine's scheduler
is services/reminder_schedule.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import msgspec

from recovery_tui.core import reminders as core
from recovery_tui.core.records import from_record, from_records, to_fields
from recovery_tui.core.reminders import Reminder
from recovery_tui.errors import NotFound
from recovery_tui.services import config as config_service
from recovery_tui.store import Store

TABLE = "reminders"


def _checked_in(store: Store, now: datetime) -> bool:
    return bool(store.select_equal("checkins", "date", now.date().isoformat()))


def _pledged(store: Store, now: datetime) -> bool:
    from recovery_tui.services.pledges import pledged_today

    return pledged_today(store, now.date())


def _care_logged(store: Store, now: datetime) -> bool:
    from recovery_tui.services.care import due_today

    return not due_today(store, now=now)


DONE_TODAY: dict[str, Callable[[Store, datetime], bool]] = {
    "checkin": _checked_in,  # a check-in for today exists
    "pledge": _pledged,  # a pledge for today exists
    "review": _checked_in,  # the evening review is the day's check-in
    "care": _care_logged,  # nothing of the care plan is still due today (services/care.py due_today)
}


class Added(msgspec.Struct, frozen=True):
    """What `add_reminder` did: the reminder, and whether it was new (False: it was set already)."""

    reminder: Reminder
    new: bool


def list_reminders(store: Store) -> list[Reminder]:
    """Every reminder, by time of day, then kind."""
    return core.ordered(from_records(Reminder, store.all(TABLE)))


def add_reminder(store: Store, kind: str, time: str, *, now: datetime) -> Added:
    """Set a reminder of `kind` at `time` (HH:MM). Idempotent: the same kind at the same time
    again changes nothing and returns the one there is (`new` False).

    Raises:
        InvalidInput: an unknown kind, or a time that is not HH:MM.
    """
    wanted_kind, wanted_time = core.parse_kind(kind), core.parse_time_of_day(time)
    with store.transaction():
        for reminder in list_reminders(store):
            if reminder.kind == wanted_kind and reminder.time == wanted_time:
                return Added(reminder, new=False)
        fields = to_fields(Reminder(id="", kind=wanted_kind, time=wanted_time))  # type: ignore[arg-type]
        return Added(from_record(Reminder, store.insert(TABLE, fields, now=now)), new=True)


def remove_reminders(store: Store, kind: str, time: str | None = None) -> list[Reminder]:
    """Remove the reminders of `kind` (only the one at `time`, if given); returns them.

    Raises:
        InvalidInput: an unknown kind or a time that is not HH:MM.
        NotFound: no such reminder.
    """
    wanted_kind = core.parse_kind(kind)
    wanted_time = core.parse_time_of_day(time) if time is not None else None
    with store.transaction():
        gone = [r for r in list_reminders(store) if r.kind == wanted_kind and wanted_time in (None, r.time)]
        if not gone:
            at = f" at {wanted_time}" if wanted_time else ""
            raise NotFound(f"There is no {wanted_kind} reminder{at}.")
        for reminder in gone:
            store.delete(TABLE, reminder.id)
    return gone


def done_today(store: Store, kind: str, now: datetime) -> bool:
    """True when the thing `kind` reminds of is done on the day of `now` (as of `now`)."""
    return DONE_TODAY[kind](store, now)


def due(store: Store, *, now: datetime, kind: str | None = None) -> list[str]:
    """The kinds whose reminder time has come today and whose thing is not done today."""
    wanted = core.parse_kind(kind) if kind is not None else None
    return [k for k in core.come(list_reminders(store), now, wanted) if not done_today(store, k, now)]


def text_for(store: Store, kind: str) -> str:
    """The words a reminder of `kind` shows (`remind.text.KIND`, neutral by default)."""
    return str(config_service.load(store).get(f"remind.text.{kind}") or core.NEUTRAL_TEXT[kind])
