"""Check-in services: list check-ins, find a day's, and save one (with relapses) in one write.

`save_checkin` puts the check-in and any relapses the person agreed to into one
`store.transaction()`, so either all of it lands or none of it does. An editor that showed a
check-in passes it as `expected`: the save then updates exactly that check-in, by id, and
raises Conflict when it changed or vanished meanwhile (services/unchanged.py), instead of
writing over whatever check-in is the day's latest at save time.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

import msgspec

from recovery_tui.core.checkin import (
    CheckIn,
    CheckInDraft,
    active_on,
    check_day,
    latest,
    moment_for,
    relapse_moment,
)
from recovery_tui.core.counters import Counter
from recovery_tui.core.records import from_record, from_records, to_fields
from recovery_tui.errors import AlreadyExists, InvalidInput
from recovery_tui.services import counters as counter_service
from recovery_tui.services.unchanged import unchanged
from recovery_tui.store import Store

TABLE = "checkins"

Mode = Literal["new", "add", "amend"]


class SavedCheckIn(msgspec.Struct, frozen=True):
    """What `save_checkin` did: the check-in, whether it replaced one, the counters restarted."""

    checkin: CheckIn
    amended: bool
    relapsed: tuple[Counter, ...] = ()


def _checkin(record: dict[str, Any]) -> CheckIn:
    return from_record(CheckIn, record)


def list_checkins(store: Store, *, since: date | None = None, until: date | None = None) -> list[CheckIn]:
    """Check-ins oldest first, optionally between two days (inclusive)."""
    # Filter on the stored ISO day (which sorts as text) before building objects: a ten-year
    # file holds 3,650 check-ins and a check-in only needs today's.
    low = since.isoformat() if since is not None else None
    high = until.isoformat() if until is not None else None
    if low is not None and low == high:
        records = store.select_equal(TABLE, "date", low)  # one day: a text search, no parse
    elif low is None and high is None:
        records = store.all(TABLE)
    else:  # only the period's records are parsed
        records = store.select_dated(TABLE, "date", low or "", high)
    chosen = from_records(CheckIn, records)
    return sorted(chosen, key=lambda c: (c.day, c.at, c.created_at or c.at))


def checkins_on(store: Store, day: date) -> list[CheckIn]:
    """Every check-in for one day, oldest first."""
    return list_checkins(store, since=day, until=day)


def latest_on(store: Store, day: date) -> CheckIn | None:
    """The latest check-in for a day, or None."""
    return latest(checkins_on(store, day))


def active_counters(store: Store, day: date, now: datetime) -> list[Counter]:
    """The counters a check-in for `day` asks 'sober that day?' about."""
    return active_on(counter_service.list_counters(store), day, now)


def save_checkin(
    store: Store,
    draft: CheckInDraft,
    *,
    mode: Mode,
    relapse_for: list[str] | tuple[str, ...] = (),
    now: datetime,
    expected: CheckIn | None = None,
) -> SavedCheckIn:
    """Store a check-in and, only for the counters named in `relapse_for`, a relapse.

    Args:
        store: the data file.
        draft: validated values.
        mode: "new" refuses when the day already has a check-in; "add" adds another one;
            "amend" replaces the day's latest check-in (or adds one when there is none).
        relapse_for: counter names the person agreed to record a relapse for; each must be
            answered "not sober" in the draft.
        now: the current time.
        expected: with "amend", the check-in as the editor read it: exactly that one is
            updated (by id), and only if nobody changed it since.

    Raises:
        InvalidInput: a future day, or a relapse asked for a counter answered "sober".
        AlreadyExists: "new" mode and the day already has a check-in (perhaps saved after a
            form opened empty); an InvalidInput and a Conflict.
        Conflict: `expected` was changed or removed meanwhile. Nothing is written.
    """
    check_day(draft.day, now)
    not_sober = {s.counter.casefold() for s in draft.sober if not s.sober}
    for name in relapse_for:
        if name.casefold() not in not_sober:
            raise InvalidInput("relapse", f"{name} was answered sober that day, so no relapse is recorded for it.")
    with store.transaction():
        existing: CheckIn | None
        if mode == "amend" and expected is not None:
            existing = _checkin(
                unchanged(store, TABLE, expected, record_id=expected.id, build=_checkin, what="check-in")
            )
        else:
            existing = None if mode == "add" else latest_on(store, draft.day)  # "add" keeps the day's others
        if existing is not None and mode == "new":
            raise AlreadyExists(
                "mode",
                f"{draft.day.isoformat()} already has a check-in; pass --amend to update it or --add to add another.",
            )
        at = moment_for(draft.day, now)
        checkin = CheckIn(
            id="",
            day=draft.day,
            at=at,
            mood=draft.mood,
            craving=draft.craving,
            sober=draft.sober,
            gratitude=draft.gratitude,
            note=draft.note,
            difficulty=draft.difficulty,
            confidence=draft.confidence,
        )
        fields = to_fields(checkin)
        amended = existing is not None and mode == "amend"
        if amended:
            assert existing is not None
            fields["at"] = to_fields(existing)["at"] if draft.day != now.date() else fields["at"]
            record = store.update(TABLE, existing.id, fields, now=now)
        else:
            record = store.insert(TABLE, fields, now=now)
        relapsed: list[Counter] = []
        for name in relapse_for:
            counter = counter_service.find_counter(store, name)
            relapsed.append(
                counter_service.record_relapse(
                    store,
                    counter.name,
                    at=relapse_moment(counter, draft.day, now),
                    note=f"Recorded with the check-in for {draft.day.isoformat()}.",
                    now=now,
                )
            )
    return SavedCheckIn(_checkin(record), amended, tuple(relapsed))


def remove_checkin(store: Store, checkin_id: str) -> CheckIn:
    """Remove one check-in by id or id prefix; returns what was removed."""
    with store.transaction():
        record = store.find(TABLE, checkin_id)
        store.delete(TABLE, record["id"])
    return _checkin(record)
