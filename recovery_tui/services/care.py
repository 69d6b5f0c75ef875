"""Care plan services: care items (add, list, find, edit, remove), their logs, adherence per
week, and what is due today.

The CLI (`recover care`), the dashboard's Care plan screen and other features call these:
- `due_today(store, now=...)`: the items planned today (or, for a weekly any-day item, this
  week) with fewer logs so far than planned; for reminders.
- `weekly_adherence(store, now=..., weeks=...)`: each item's recent weeks, planned, done and
  marked missed; for `recover care adherence`, insights, the dashboard and a report.
Weeks start on the `week_start` setting, as meetings and insights do. Removing an item removes
its logs with it (the caller asks first). recover gives no medical advice.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

import msgspec

from recovery_tui import messages
from recovery_tui.core.care import (
    NOTE_MAX,
    CareItem,
    CareLog,
    ItemAdherence,
    WeekAdherence,
    clean_kind,
    clean_name,
    clean_schedule,
    clean_status,
    make_item,
    planned_on,
    week_adherence,
)
from recovery_tui.core.care import adherence as compute_adherence
from recovery_tui.core.meetings import week_of
from recovery_tui.core.records import by_name, clean_optional, from_record, from_records, several_start, to_fields
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import config as config_service
from recovery_tui.store import Store

ITEMS = "care_items"
LOGS = "care_logs"
DOSE_MAX = 80
KIND_ORDER = {"medication": 0, "appointment": 1, "test": 2}


class DueItem(msgspec.Struct, frozen=True):
    """An item still due: planned `planned` times `when` (today, or this week for a weekly
    any-day item), `logged` logs so far; `times` its times of day today, if it has any."""

    item: CareItem
    planned: int
    logged: int
    times: tuple[time, ...]
    when: Literal["today", "this week"]

    @property
    def remaining(self) -> int:
        """How many are still open."""
        return self.planned - self.logged

    @property
    def times_text(self) -> str:
        """' at 08:00, 20:00', or '' for an item without times of day."""
        return f" at {', '.join(f'{t:%H:%M}' for t in self.times)}" if self.times else ""


def week_start(store: Store) -> str:
    """The `week_start` setting (monday unless set)."""
    return str(config_service.load(store)["week_start"])


def list_care_items(store: Store) -> list[CareItem]:
    """Every care item: medications, then appointments, then tests, each by name."""
    items = from_records(CareItem, store.all(ITEMS))
    return sorted(items, key=lambda i: (KIND_ORDER[i.kind], i.name.casefold(), i.id))


def find_care_item(store: Store, name: str) -> CareItem:
    """A care item by name (case-insensitive), by the unique start of a name, or by id prefix.

    Raises:
        NotFound: no item has that name or id.
        InvalidInput: several items share the name (a merged file).
    """
    items = list_care_items(store)
    found = by_name(items, name, "care item", "recover care edit {id} --name 'new name'")
    if found is not None:
        return found
    try:
        return from_record(CareItem, store.find(ITEMS, name.strip()))
    except NotFound:
        if (several := several_start(items, name, "care item")) is not None:
            raise several from None
    names = ", ".join(f"'{i.name}'" for i in items) or "none yet"
    raise NotFound(f"No care item called '{name}' (care items: {names}).")


def _unique(store: Store, name: str, own_id: str = "") -> None:
    for other in list_care_items(store):
        if other.id != own_id and other.name.casefold() == name.casefold():
            raise InvalidInput("name", messages.already_called("care item", other.name))


def add_care_item(
    store: Store,
    kind: str,
    name: str,
    *,
    now: datetime,
    dose: str | None = None,
    schedule: str | None = None,
    at: datetime | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    note: str | None = None,
) -> CareItem:
    """Add a care item; every field is checked before anything is written.

    Args:
        store: the data file.
        kind: medication, appointment (therapy, counselling, group, doctor, session) or test.
        name: what the person calls it; unique, case-insensitively.
        now: the current time.
        dose: a medication's dose, e.g. "50 mg".
        schedule: when it repeats (core/care.py's grammar), e.g. "daily 08:00".
        at: when a one-off appointment or test is (instead of a schedule).
        starts_on: the first day its schedule counts (default: today, or the one-off's day).
        ends_on: the last day its schedule counts, optional.
        note: free text.

    Returns:
        The stored CareItem.
    """
    item = make_item(
        id="",
        kind=clean_kind(kind),
        name=clean_name(name),
        dose=clean_optional(dose, field="dose", limit=DOSE_MAX),
        schedule=clean_schedule(schedule) if schedule is not None else None,
        at=at,
        starts_on=starts_on or (min(now.date(), at.date()) if at is not None else now.date()),
        ends_on=ends_on,
        note=clean_optional(note, field="note", limit=NOTE_MAX),
    )
    with store.transaction():
        _unique(store, item.name)
        record = store.insert(ITEMS, to_fields(item), now=now)
    return from_record(CareItem, record)


_KEEP: object = object()


def edit_care_item(
    store: Store,
    name: str,
    *,
    now: datetime,
    new_name: str | None = None,
    dose: str | None = None,
    schedule: str | None = None,
    at: datetime | None = None,
    starts_on: date | None = None,
    ends_on: date | None | object = _KEEP,
    note: str | None = None,
) -> CareItem:
    """Change some fields of a care item; None leaves a field as it is, "" clears dose or note.

    A schedule replaces a one-off time and a time replaces a schedule. `ends_on=None` clears
    the end day (leave the argument out to keep it).
    """
    with store.transaction():
        current = find_care_item(store, name)
        changed = make_item(
            id=current.id,
            kind=current.kind,
            name=clean_name(new_name) if new_name is not None else current.name,
            dose=clean_optional(dose, field="dose", limit=DOSE_MAX) if dose is not None else current.dose,
            schedule=clean_schedule(schedule) if schedule is not None else None if at is not None else current.schedule,
            at=at if at is not None else None if schedule is not None else current.at,
            starts_on=starts_on or current.starts_on,
            ends_on=current.ends_on if ends_on is _KEEP else ends_on,  # type: ignore[arg-type]
            note=clean_optional(note, field="note", limit=NOTE_MAX) if note is not None else current.note,
        )
        if to_fields(changed) == to_fields(current):
            raise InvalidInput(None, messages.ALREADY_SO)
        _unique(store, changed.name, current.id)
        record = store.update(ITEMS, current.id, to_fields(changed), now=now)
    return from_record(CareItem, record)


def remove_care_item(store: Store, name: str) -> tuple[CareItem, int]:
    """Remove a care item and its logs; returns the item and how many logs went with it."""
    with store.transaction():
        item = find_care_item(store, name)
        logs = store.select_equal(LOGS, "item_id", item.id)
        for log in logs:
            store.delete(LOGS, str(log["id"]))
        store.delete(ITEMS, item.id)
    return item, len(logs)


# -- logs -----------------------------------------------------------------------------------------


def log_care(
    store: Store,
    name: str,
    *,
    now: datetime,
    status: str | None = None,
    at: datetime | None = None,
    note: str | None = None,
) -> tuple[CareItem, CareLog]:
    """Log what happened with a care item: the kind's default status when none is given
    (taken for a medication, attended for an appointment; a test needs its result).

    Raises:
        InvalidInput: a status the kind does not take (`status`), a time after now (`at`).
    """
    moment = at or now
    if moment > now:
        raise InvalidInput("at", messages.in_future("a log"))
    cleaned_note = clean_optional(note, field="note", limit=NOTE_MAX)
    with store.transaction():
        item = find_care_item(store, name)
        log = CareLog(id="", item_id=item.id, status=clean_status(status, item.kind), at=moment, note=cleaned_note)
        record = store.insert(LOGS, to_fields(log), now=now)
    return item, from_record(CareLog, record)


def list_care_logs(store: Store, *, item: CareItem | None = None, since: datetime | None = None) -> list[CareLog]:
    """Care logs in time order, oldest first (of one item, and from `since`, when given)."""
    records = store.select_equal(LOGS, "item_id", item.id) if item is not None else store.all(LOGS)
    logs = sorted(from_records(CareLog, records), key=lambda log: (log.at, log.id))
    return [log for log in logs if since is None or log.at >= since]


def find_care_log(store: Store, log_id: str) -> CareLog:
    """A care log by id or unique id prefix (4+ characters)."""
    try:
        return from_record(CareLog, store.find(LOGS, log_id.strip()))
    except NotFound:
        raise NotFound(f"No care log has the id '{log_id}'.") from None


def edit_care_log(
    store: Store,
    log_id: str,
    *,
    now: datetime,
    status: str | None = None,
    at: datetime | None = None,
    note: str | None = None,
) -> tuple[CareItem, CareLog]:
    """Correct a log: its status (one its item's kind takes), time or note ("" clears it)."""
    if at is not None and at > now:
        raise InvalidInput("at", messages.in_future("a log"))
    with store.transaction():
        current = find_care_log(store, log_id)
        item = from_record(CareItem, store.find(ITEMS, current.item_id))
        changed = CareLog(
            id=current.id,
            item_id=current.item_id,
            status=clean_status(status, item.kind) if status is not None else current.status,
            at=at if at is not None else current.at,
            note=clean_optional(note, field="note", limit=NOTE_MAX) if note is not None else current.note,
        )
        if to_fields(changed) == to_fields(current):
            raise InvalidInput(None, messages.ALREADY_SO)
        record = store.update(LOGS, current.id, to_fields(changed), now=now)
    return item, from_record(CareLog, record)


def remove_care_log(store: Store, log_id: str) -> CareLog:
    """Delete one log made by mistake; returns it."""
    with store.transaction():
        log = find_care_log(store, log_id)
        store.delete(LOGS, log.id)
    return log


# -- for other features: adherence and what is due ----------------------------------------------


def weekly_adherence(store: Store, *, now: datetime, weeks: int = 4) -> list[ItemAdherence]:
    """Each care item's recent weeks, this week first: planned, done (at most planned) and
    marked missed (see core/care.py). Weeks start on the `week_start` setting.

    Args:
        store: the data file.
        now: the current time (its day picks this week).
        weeks: how many weeks back, at least 1.

    Returns:
        One ItemAdherence per item, in `list_care_items` order (empty with no items).
    """
    items = list_care_items(store)
    if not items:
        return []
    return compute_adherence(items, list_care_logs(store), now=now, week_start=week_start(store), weeks=weeks)


def item_week(store: Store, item: CareItem, *, now: datetime) -> WeekAdherence:
    """One item's week holding `now` (planned by now, done, marked missed)."""
    logs = [log for log in list_care_logs(store, item=item) if log.at <= now]
    first = week_of(now.date(), week_start(store))
    return week_adherence(item, logs, first, now)


def due_today(store: Store, *, now: datetime) -> list[DueItem]:
    """The care items due today and not yet logged as often as planned.

    An item planned today (its schedule's day, or a one-off today) is due while it has fewer
    logs today (any status, missed too) than planned times; a weekly any-day item ("weekly
    test") is due while its week has fewer logs than planned. A reminder can list these.

    Args:
        store: the data file.
        now: the current time (its day is today).

    Returns:
        DueItem per item still due, in `list_care_items` order.
    """
    items = list_care_items(store)
    if not items:
        return []
    first_day = week_start(store)
    today = now.date()
    week_first = week_of(today, first_day)
    logs = list_care_logs(store, since=None)
    due: list[DueItem] = []
    for item in items:
        plan = planned_on(item, today, first_day)
        if not plan:
            continue
        mine = [log for log in logs if log.item_id == item.id and log.at <= now]
        weekly = item.plan is not None and item.plan.any_day
        if weekly:
            logged = sum(1 for log in mine if 0 <= (log.at.date() - week_first).days < 7)
        elif item.at is not None:
            logged = len(mine)
        else:
            logged = sum(1 for log in mine if log.at.date() == today)
        times, planned = (plan, len(plan)) if isinstance(plan, tuple) else ((), plan)
        if logged < planned:
            due.append(DueItem(item, planned, logged, times, "this week" if weekly else "today"))
    return due
