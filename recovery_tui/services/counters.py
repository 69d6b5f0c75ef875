"""Counter services: add, find, rename, archive and remove counters, record relapses (history
kept), figures and milestones per counter, the once-only congratulations, share texts and the
one-line status for a shell prompt.

Remembered congratulations live in the meta document `celebrated`:
`{counter_id: {"streak_start": ISO time, "keys": [milestone keys]}}`. A relapse starts a new
streak, so its milestones can be congratulated again. Milestones already behind a streak when
it is entered (a counter added `--since 400d`, a relapse entered late, a history corrected,
a file imported or a backup restored) are remembered at once instead of being congratulated
on the next command.

Corrections (`edit_start`, `edit_event`, `remove_event`, `undo_relapse`) go through the pure
functions in core/counters.py, which log each change in the counter's `edits`.
"""

from __future__ import annotations

import uuid
from datetime import datetime, tzinfo
from typing import Any

import msgspec

from recovery_tui import messages, wording
from recovery_tui.core.counters import (
    Counter,
    CounterEvent,
    CustomMilestone,
    RemoveAction,
    check_custom_days,
    check_relapse,
    clean_name,
    creation_order,
    latest_restart,
)
from recovery_tui.core.counters import (
    edit_event as edit_event_in,
)
from recovery_tui.core.counters import (
    remove_event as remove_event_in,
)
from recovery_tui.core.milestones import Progress, progress
from recovery_tui.core.records import from_record, from_records, iso, same_name, to_fields
from recovery_tui.core.streaks import CounterStats, counter_stats, phrase, short_status
from recovery_tui.core.words import counted
from recovery_tui.errors import Conflict, InvalidInput, NotFound
from recovery_tui.store import Store

TABLE = "counters"
CELEBRATED = "celebrated"


class CounterSummary(msgspec.Struct, frozen=True):
    """A counter with its figures and milestones at one moment."""

    counter: Counter
    stats: CounterStats
    progress: Progress


class Celebration(msgspec.Struct, frozen=True):
    """A milestone reached since the last command, to congratulate once."""

    counter: str
    label: str
    at: datetime

    @property
    def message(self) -> str:
        """The congratulation, one line."""
        return wording.CELEBRATE.format(label=self.label, name=self.counter)


def list_counters(store: Store, *, include_archived: bool = False) -> list[Counter]:
    """Counters in the order they were created (archived ones only when asked)."""
    return creation_order(from_records(Counter, store.all(TABLE)), include_archived=include_archived)


def find_counter(store: Store, name: str) -> Counter:
    """A counter by name, case-insensitively (archived ones included), or by id prefix.

    Raises:
        NotFound: no counter has that name or id.
        InvalidInput: several counters have that name (see records.same_name).
    """
    wanted = clean_name(name).casefold()
    counters = list_counters(store, include_archived=True)
    named = [c for c in counters if c.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise same_name("counter", named[0].name, [c.id for c in named], "recover counter rename {id} 'new name'")
    prefix = name.strip().lower()
    by_id = [c for c in counters if len(prefix) >= 4 and c.id.startswith(prefix)]
    if len(by_id) == 1:
        return by_id[0]
    names = ", ".join(c.name for c in list_counters(store)) or "none yet"
    raise NotFound(f"No counter called '{name}' (counters: {names}).")


def _check_unique(store: Store, name: str, *, except_id: str | None = None) -> None:
    for counter in list_counters(store, include_archived=True):
        if counter.id != except_id and counter.name.casefold() == name.casefold():
            raise InvalidInput("name", messages.already_called("counter", counter.name))


def add_counter(
    store: Store,
    name: str,
    *,
    since: datetime,
    now: datetime,
    cost_per_day: float | None = None,
    hours_per_day: float | None = None,
    zone: tzinfo | None = None,
) -> Counter:
    """Start a new counter; names are unique case-insensitively.

    Raises:
        InvalidInput: empty, too long or duplicate name, a start in the future, or rates out of range.
    """
    cleaned = clean_name(name)
    if since > now:
        raise InvalidInput("since", messages.COUNTER_START_FUTURE)
    if cost_per_day is not None and cost_per_day < 0:
        raise InvalidInput("cost_per_day", messages.COST_PER_DAY)
    if hours_per_day is not None and not 0 <= hours_per_day <= 24:
        raise InvalidInput("hours_per_day", messages.HOURS_PER_DAY)
    fields = to_fields(
        Counter(
            id="",
            name=cleaned,
            events=(CounterEvent(new_event_id(), "start", since, None),),
            cost_per_day=cost_per_day,
            hours_per_day=hours_per_day,
        )
    )
    with store.transaction():
        _check_unique(store, cleaned)
        counter = from_record(Counter, store.insert(TABLE, fields, now=now))
        _remember_reached(store, counter, now, zone)
    return counter


def record_relapse(
    store: Store, name: str, *, at: datetime, note: str | None, now: datetime, zone: tzinfo | None = None
) -> Counter:
    """Restart a counter at `at`, keeping every earlier streak in its history.

    Raises:
        InvalidInput: `at` is before the counter started or in the future.
        NotFound: no counter has that name.
    """
    with store.transaction():
        counter = find_counter(store, name)
        check_relapse(counter, at, now)
        cleaned = note.strip() if note and note.strip() else None
        relapse = CounterEvent(new_event_id(), "relapse", at, cleaned)
        updated = _write(store, msgspec.structs.replace(counter, events=(*counter.events, relapse)), now, "events")
        _remember_reached(store, updated, now, zone)
    return updated


def relapse_message(
    counter: Counter, *, at: datetime | None = None, now: datetime, dashboard: bool = False, named: bool = False
) -> str:
    """The kind words after a relapse, the same on every path (`recover relapse`, a check-in,
    a trigger that ended in use, the dashboard): the history is kept, and what helps right
    now (as keys on the dashboard, as commands on the command line). Built by
    `wording.relapse_kept`.

    Args:
        counter: the counter as it is after the relapse.
        at: when it restarted (default: the restart recorded last).
        now: the current time.
        dashboard: point to dashboard keys rather than commands.
        named: start with the counter's name (where several counters could be meant).
    """
    moment = at if at is not None else counter.events[-1].at
    stats = counter_stats(counter, now)
    return wording.relapse_kept(
        longest=phrase(stats.longest),
        total=phrase(stats.total_sober),
        restart_at=None if abs((now - moment).total_seconds()) < 60 else f"{moment.astimezone():%Y-%m-%d %H:%M}",
        dashboard=dashboard,
        name=counter.name if named else None,
    )


def new_event_id() -> str:
    """A fresh id for a counter event."""
    return str(uuid.uuid4())


# -- corrections ----------------------------------------------------------------------------
def _write(store: Store, counter: Counter, now: datetime, *names: str) -> Counter:
    """Store the fields `names` of `counter` (the rest of its stored record stays as it is)."""
    fields = to_fields(counter)
    return from_record(Counter, store.update(TABLE, counter.id, {name: fields[name] for name in names}, now=now))


def _save_corrected(store: Store, counter: Counter, now: datetime, zone: tzinfo | None) -> Counter:
    updated = _write(store, counter, now, "events", "edits")
    _remember_reached(store, updated, now, zone)
    return updated


def edit_start(store: Store, name: str, *, since: datetime, now: datetime, zone: tzinfo | None = None) -> Counter:
    """Correct when a counter first started (the change is logged in its edits).

    Raises:
        InvalidInput: in the future, after a restart, or the same time.
        NotFound: no counter has that name.
    """
    with store.transaction():
        counter = find_counter(store, name)
        start = min((e for e in counter.events if e.kind == "start"), key=lambda e: e.at)
        return _save_corrected(store, edit_event_in(counter, start.id, at=since, now=now, field="since"), now, zone)


def edit_event(
    store: Store,
    name: str,
    event_id: str,
    *,
    at: datetime | None,
    note: str | None = None,
    change_note: bool = False,
    now: datetime,
    zone: tzinfo | None = None,
    field: str = "at",
    expected: CounterEvent | None = None,
) -> Counter:
    """Correct one start or restart: its time (`at`, None keeps it) and, with `change_note`,
    its note (blank clears it). Logged in the counter's edits.

    Args:
        expected: the event as an editor read it; the correction goes ahead only if it is
            still stored as read (Conflict otherwise, nothing written).

    Raises:
        InvalidInput: a time in the future, before the start (a restart) or after a restart
            (the start), or nothing to change.
        NotFound: no such counter or event.
        Conflict: `expected` was changed or removed meanwhile.
    """
    with store.transaction():
        counter = find_counter(store, name)
        if expected is not None:
            current = next((e for e in counter.events if e.id == event_id), None)
            if current != expected:
                raise Conflict(
                    f"This {expected.what} of {counter.name} was "
                    + ("removed" if current is None else "changed")
                    + " by another recover after it was opened; nothing was saved.",
                    removed=current is None,
                )
        if change_note:
            corrected = edit_event_in(counter, event_id, at=at, note=note, now=now, field=field)
        else:
            corrected = edit_event_in(counter, event_id, at=at, now=now, field=field)
        return _save_corrected(store, corrected, now, zone)


def remove_event(
    store: Store,
    name: str,
    event_id: str,
    *,
    now: datetime,
    zone: tzinfo | None = None,
    action: RemoveAction = "remove",
) -> Counter:
    """Remove one restart from a counter's history (logged in its edits; the start stays).

    Raises:
        InvalidInput: it is the counter's start.
        NotFound: no such counter or event.
    """
    with store.transaction():
        counter = find_counter(store, name)
        return _save_corrected(store, remove_event_in(counter, event_id, now=now, action=action), now, zone)


def undo_relapse(
    store: Store, name: str, *, now: datetime, event_id: str | None = None, zone: tzinfo | None = None
) -> tuple[Counter, CounterEvent]:
    """Remove the latest restart (or the restart `event_id`, as the dashboard's undo does),
    logged as an undo; the streak before it continues.

    Returns:
        The counter as it is now, and the restart that was removed.

    Raises:
        NotFound: no such counter, or it has no restart.
    """
    from recovery_tui.core.counters import find_event

    with store.transaction():
        counter = find_counter(store, name)
        event = latest_restart(counter) if event_id is None else find_event(counter, event_id)
        updated = _save_corrected(store, remove_event_in(counter, event.id, now=now, action="undo"), now, zone)
    return updated, event


def remember_reached(store: Store, now: datetime, *, ids: set[str] | None = None, zone: tzinfo | None = None) -> None:
    """Remember, without congratulating, every milestone already passed by the counters `ids`
    (every counter, archived ones too, when None): after an import or a backup restore they
    are history, not news. Other counters' congratulations still due are left for the next
    command."""
    if not store.exists():
        return
    with store.transaction():
        for counter in list_counters(store, include_archived=True):
            if ids is None or counter.id in ids:
                _remember_reached(store, counter, now, zone)


def rename_counter(store: Store, name: str, new_name: str, *, now: datetime) -> Counter:
    """Give a counter a new name (unique case-insensitively; a change of case is fine)."""
    cleaned = clean_name(new_name)
    with store.transaction():
        counter = find_counter(store, name)
        _check_unique(store, cleaned, except_id=counter.id)
        record = store.update(TABLE, counter.id, {"name": cleaned}, now=now)
    return from_record(Counter, record)


def set_archived(store: Store, name: str, archived: bool, *, now: datetime) -> Counter:
    """Archive a counter (history kept, hidden from status) or bring it back."""
    with store.transaction():
        counter = find_counter(store, name)
        record = store.update(TABLE, counter.id, {"archived": archived}, now=now)
    return from_record(Counter, record)


def remove_counter(store: Store, name: str) -> Counter:
    """Delete a counter and its whole history (and what was remembered about it)."""
    with store.transaction():
        counter = find_counter(store, name)
        store.delete(TABLE, counter.id)
        remembered = store.meta(CELEBRATED)
        if remembered.pop(counter.id, None) is not None:
            store.set_meta(CELEBRATED, remembered)
    return counter


def add_custom_milestone(
    store: Store, name: str, *, days: int, label: str, now: datetime, zone: tzinfo | None = None
) -> Counter:
    """Add a person's own milestone (`label` at `days` calendar days) to a counter."""
    check_custom_days(days)
    cleaned = " ".join(label.split())
    if not cleaned or len(cleaned) > 60:
        raise InvalidInput("label", messages.MILESTONE_LABEL)
    with store.transaction():
        counter = find_counter(store, name)
        kept = [m for m in counter.custom_milestones if m.days != days]
        milestones = sorted([*kept, CustomMilestone(cleaned, days)], key=lambda m: m.days)
        changed = msgspec.structs.replace(counter, custom_milestones=tuple(milestones))
        updated = _write(store, changed, now, "custom_milestones")
        _remember_reached(store, updated, now, zone)
    return updated


def remove_custom_milestone(store: Store, name: str, *, days: int, now: datetime) -> Counter:
    """Remove a person's own milestone at `days` from a counter."""
    with store.transaction():
        counter = find_counter(store, name)
        kept = [m for m in counter.custom_milestones if m.days != days]
        if len(kept) == len(counter.custom_milestones):
            raise NotFound(f"{counter.name} has no milestone of your own at {counted(days, 'day')}.")
        return _write(store, msgspec.structs.replace(counter, custom_milestones=tuple(kept)), now, "custom_milestones")


def summarize(counter: Counter, now: datetime, zone: tzinfo | None = None) -> CounterSummary:
    """Figures and milestones of one counter at `now`."""
    return CounterSummary(counter, counter_stats(counter, now, zone), progress(counter, now, zone))


def summaries(
    store: Store, now: datetime, *, include_archived: bool = False, zone: tzinfo | None = None
) -> list[CounterSummary]:
    """Figures and milestones of every counter (active ones unless asked)."""
    return [summarize(c, now, zone) for c in list_counters(store, include_archived=include_archived)]


# -- congratulations ------------------------------------------------------------------------
def _remembered_entry(remembered: dict[str, Any], counter: Counter, streak_start: datetime) -> set[str]:
    entry = remembered.get(counter.id)
    if isinstance(entry, dict) and entry.get("streak_start") == iso(streak_start):
        return {str(k) for k in entry.get("keys", [])}
    return set()


def _remember_reached(store: Store, counter: Counter, now: datetime, zone: tzinfo | None) -> None:
    """Remember every milestone the current streak has already passed (no congratulation)."""
    state = progress(counter, now, zone)
    remembered = store.meta(CELEBRATED)
    keys = _remembered_entry(remembered, counter, state.streak_start)
    keys |= {r.milestone.key for r in state.reached}
    remembered[counter.id] = {"streak_start": iso(state.streak_start), "keys": sorted(keys)}
    store.set_meta(CELEBRATED, remembered)


def take_celebrations(store: Store, now: datetime, zone: tzinfo | None = None) -> list[Celebration]:
    """Milestones reached since they were last looked at, remembered so each is said once.

    One celebration per counter (the highest milestone newly reached). Writes only when there
    is something new; returns [] without touching anything when there is no data file.
    """
    if not store.exists():
        return []
    counters = list_counters(store)
    remembered = store.meta(CELEBRATED)
    fresh: list[tuple[Counter, Progress, set[str]]] = []
    for counter in counters:
        state = progress(counter, now, zone)
        keys = _remembered_entry(remembered, counter, state.streak_start)
        new = {r.milestone.key for r in state.reached} - keys
        if new:
            fresh.append((counter, state, keys | new))
    if not fresh:
        return []
    celebrations: list[Celebration] = []
    with store.transaction():
        remembered = store.meta(CELEBRATED)
        for counter, state, keys in fresh:
            already = _remembered_entry(remembered, counter, state.streak_start)
            newest = [r for r in state.reached if r.milestone.key not in already]
            if not newest:
                continue
            top = newest[-1]
            celebrations.append(Celebration(counter.name, top.milestone.label, top.at))
            remembered[counter.id] = {"streak_start": iso(state.streak_start), "keys": sorted(keys | already)}
        store.set_meta(CELEBRATED, remembered)
    return celebrations


# -- sharing and the prompt line ------------------------------------------------------------
def share_text(store: Store, name: str, now: datetime, zone: tzinfo | None = None) -> str:
    """A short anonymous milestone text to paste into a community, signed with the pseudonym."""
    from recovery_tui.services import config as config_service

    summary = summarize(find_counter(store, name), now, zone)
    last = summary.progress.last
    if last is not None and last.at.astimezone(zone).date() == now.astimezone(zone).date():
        text = wording.SHARE.format(label=last.milestone.label, name=summary.counter.name)
    else:
        days = summary.stats.current_span.days
        amount = phrase(summary.stats.current) if days < 1 else counted(days, "day")
        text = wording.SHARE_SO_FAR.format(days=amount, name=summary.counter.name)
    pseudonym = str(config_service.load(store).get("pseudonym") or "").strip()
    return wording.SHARE_SIGNED.format(text=text, pseudonym=pseudonym) if pseudonym else text


def status_short(store: Store, now: datetime, zone: tzinfo | None = None) -> str:
    """`alcohol 142d · gambling 31d` for every active counter ('' when there are none)."""
    if not store.exists():
        return ""
    return short_status(list_counters(store), now, zone)
