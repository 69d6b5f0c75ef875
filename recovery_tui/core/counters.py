"""Counter domain objects: a counter is a name plus its history of starts and relapses.

Figures are never stored; they are derived from the events in time order, so a relapse
entered late with an earlier time gives the same result as one entered on time.

Each event has a stable id (a UUID, given when it is recorded; migration 1 -> 2 derived the
ids of older events deterministically), so an event can be corrected or removed by id and
two copies of a file merge event by event. Corrections (`edit_event`, `remove_event`) are
pure: they return a new Counter whose `edits` log gains one `CounterEdit` saying what
changed and when, so nothing in the history is rewritten silently.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.core.short_line import creation_key
from recovery_tui.errors import InvalidInput, NotFound

NAME_MAX = 60
NOTE_MAX = 2000
LABEL_MAX = 60

EventKind = Annotated[Literal["start", "relapse"], msgspec.Meta(description="`start` (the first day) or `relapse`.")]
EventId = Annotated[
    str, msgspec.Meta(min_length=1, max_length=64, description="The event's stable id (a UUID); events merge by it.")
]
Note = Annotated[str, msgspec.Meta(max_length=NOTE_MAX)]
RemoveAction = Literal["remove", "undo"]  # an event taken out by mistake, or a relapse undone
EditAction = Literal["edit", RemoveAction]


class CounterEvent(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A start (the first day) or a relapse (a restart) at a moment, with an optional note."""

    id: EventId
    kind: EventKind
    at: Annotated[Moment, msgspec.Meta(description="When it happened.")]
    note: Annotated[Note | None, msgspec.Meta(description="A note for the person themself (what led up to it).")]

    @property
    def what(self) -> str:
        """`start` or `restart`, as people say it."""
        return "start" if self.kind == "start" else "restart"


class EventState(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An event's time and note on one side of a correction."""

    at: Annotated[Moment, msgspec.Meta(description="The event's time.")]
    note: Annotated[Note | None, msgspec.Meta(description="The event's note.")]


class CounterEdit(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One correction of a counter's history: which event, what it was, what it became.

    `action` is `edit` (time or note changed), `remove` or `undo` (the event was taken out;
    `after` is null). `at` is when the correction was made.
    """

    at: Annotated[Moment, msgspec.Meta(description="When the correction was made.")]
    action: Annotated[
        EditAction,
        msgspec.Meta(description="`edit` (time or note changed), `remove` or `undo` (the event was taken out)."),
    ]
    event_id: Annotated[
        str, msgspec.Meta(min_length=1, max_length=64, description="The id of the event corrected.")
    ] = msgspec.field(name="event")
    kind: EventKind
    before: Annotated[EventState, msgspec.Meta(description="The event before the correction.")]
    after: Annotated[
        EventState | None, msgspec.Meta(description="The event after the correction; null when it was taken out.")
    ]


class CustomMilestone(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A milestone the person chose for one counter, e.g. 'first sober birthday' at 45 days."""

    label: Annotated[str, msgspec.Meta(min_length=1, max_length=LABEL_MAX, description="What the milestone is called.")]
    days: Annotated[int, msgspec.Meta(ge=1, description="Calendar days into a streak when it is reached.")]


class Counter(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A sobriety counter for one addiction or habit. All figures (current and longest streak,
    totals) are derived from `events`, the history of starts and relapses; nothing derived is
    stored. Each event has a stable id (events merge by id); `edits` logs every correction of
    the history (since data version 2)."""

    id: RecordId
    name: Annotated[
        str, msgspec.Meta(min_length=1, max_length=NAME_MAX, description="Unique name (case-insensitively).")
    ]
    events: Annotated[
        tuple[CounterEvent, ...],
        msgspec.Meta(min_length=1, description="Every start and relapse, each event id once, in any order."),
    ]
    archived: Annotated[bool, msgspec.Meta(description="Hidden from status; history kept.")] = False
    cost_per_day: Annotated[
        Annotated[float, msgspec.Meta(ge=0)] | None, msgspec.Meta(description="Money it cost per day.")
    ] = None
    hours_per_day: Annotated[
        Annotated[float, msgspec.Meta(ge=0, le=24)] | None, msgspec.Meta(description="Hours per day it took.")
    ] = None
    custom_milestones: Annotated[
        tuple[CustomMilestone, ...], msgspec.Meta(description="The person's own milestones, by days.")
    ] = ()
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET
    # last, after the times, where migration 1 -> 2 appended it (Store.insert puts id first
    # and the times last whatever the order here)
    edits: Annotated[
        tuple[CounterEdit, ...],
        msgspec.Meta(
            description=(
                "Corrections of the history, oldest first: when, what was done (edit, remove, undo) to "
                "which event, and the event before and after (after is null for a removal)."
            )
        ),
    ] = ()

    def __post_init__(self) -> None:
        """What msgspec cannot check: each event id once in a counter."""
        if len({e.id for e in self.events}) != len(self.events):
            raise ValueError("Expected each event id once - at `$.events`")

    @property
    def ordered_events(self) -> list[CounterEvent]:
        """Events sorted by time (entry order never matters)."""
        return sorted(self.events, key=lambda e: (e.at, e.kind != "start"))

    @property
    def first_start(self) -> datetime:
        """When the counter first started."""
        return min(e.at for e in self.events if e.kind == "start")

    @property
    def current_start(self) -> datetime:
        """The start of the current streak: the latest event."""
        return max(e.at for e in self.events)


def clean_name(name: str) -> str:
    """Validate a counter name: 1-60 characters after trimming; unicode welcome."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", messages.COUNTER_NAME)
    if len(cleaned) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    return cleaned


def check_relapse(counter: Counter, at: datetime, now: datetime) -> None:
    """Refuse a relapse before the counter started or in the future."""
    if at > now:
        raise InvalidInput("at", messages.in_future("a relapse"))
    if at < counter.first_start:
        raise InvalidInput(
            "at", f"{counter.name} started on {counter.first_start:%Y-%m-%d %H:%M}; a relapse has to be after that."
        )


MONEY_PER_DAY_MAX = 1_000_000.0


def parse_rate(text: str | None, *, field: str, maximum: float | None = MONEY_PER_DAY_MAX) -> float | None:
    """Parse an optional amount per day (money or hours): a number 0 or more, up to `maximum`
    (by default a million a day: anything more is a typo).

    Returns:
        The number, or None when `text` is None or blank.

    Raises:
        InvalidInput: naming `field` and what is accepted.
    """
    if text is None or not text.strip():
        return None
    most = ""
    if maximum is not None:  # 1000000 and 24 as typed here (a comma is read as a decimal point), never 1e+06
        most = f" and at most {maximum:.0f}" if maximum == int(maximum) else f" and at most {maximum}"
    accepted = f"a number 0 or more{most}, such as 12.50"
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise InvalidInput(field, f"'{text}' is not a number; use {accepted}.") from None
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        raise InvalidInput(field, f"'{text}' is not accepted; use {accepted}.")
    if maximum is not None and value > maximum:
        raise InvalidInput(field, f"'{text}' is too much; use {accepted}.")
    return value


def check_custom_days(days: int) -> int:
    """A custom milestone's day count: a whole number from 1 to 36500."""
    if not 1 <= days <= 36_500:
        raise InvalidInput("days", messages.MILESTONE_DAYS)
    return days


def creation_order(counters: list[Counter], *, include_archived: bool = False) -> list[Counter]:
    """Counters in the order they were created (archived ones only when asked)."""
    ordered = sorted(counters, key=lambda c: creation_key(c.created_at or None, c.first_start, c.name))
    return [c for c in ordered if include_archived or not c.archived]


def parse_start(text: str, now: datetime, *, field: str = "since") -> datetime:
    """When a counter started: a span back from now (`90d`) or a time (`2026-01-01`).

    Raises:
        InvalidInput: not understood, or in the future.
    """
    from recovery_tui.core.timeparse import OutOfRange, back_from, parse_span, parse_time

    try:
        span = parse_span(text, field=field)
    except OutOfRange:
        raise
    except InvalidInput:
        moment = parse_time(text, now, field=field, allow_future=True)
    else:
        moment = back_from(now, span, text, field)
    if moment > now:
        raise InvalidInput(field, messages.COUNTER_START_FUTURE)
    return moment


# -- corrections ------------------------------------------------------------------------------
SHORT_ID = 8
"""Characters of an event id shown in tables; any unique prefix of 4 or more finds it."""


class _Unchanged:
    """The marker for 'leave the note as it is'."""


UNCHANGED = _Unchanged()


def clean_note(note: str | None) -> str | None:
    """A note trimmed, None when blank; at most 2000 characters."""
    cleaned = note.strip() if note else ""
    if len(cleaned) > 2000:
        raise InvalidInput("note", messages.too_long(2000, "a note"))
    return cleaned or None


def find_event(counter: Counter, event_id: str) -> CounterEvent:
    """The event whose id is `event_id` or starts with it (4 characters or more, unique).

    Raises:
        NotFound: no event, or the prefix fits more than one.
    """
    wanted = event_id.strip().casefold()
    exact = [e for e in counter.events if e.id.casefold() == wanted]
    if exact:
        return exact[0]
    found = [e for e in counter.events if len(wanted) >= 4 and e.id.casefold().startswith(wanted)]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(f"EVENT_ID: '{event_id}' fits more than one event of {counter.name}; give more of the id.")
    raise NotFound(f"EVENT_ID: {counter.name} has no event '{event_id}' in its history.")


def latest_restart(counter: Counter) -> CounterEvent:
    """The restart of the current streak (the latest relapse in time).

    Raises:
        NotFound: the counter has never been restarted.
    """
    relapses = [e for e in counter.ordered_events if e.kind == "relapse"]
    if not relapses:
        raise NotFound(f"{counter.name} has no restart to undo; its history is only its start.")
    return relapses[-1]


def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def edit_event(
    counter: Counter,
    event_id: str,
    *,
    at: datetime | None = None,
    note: str | None | _Unchanged = UNCHANGED,
    now: datetime,
    field: str = "at",
) -> Counter:
    """Correct the time or note of one event; the edit is logged in `edits`.

    Raises:
        NotFound: no such event.
        InvalidInput: a time in the future, a start after a restart, a restart before the
            start, or nothing to change (`field` names the option in the message).
    """
    event = find_event(counter, event_id)
    new_at = event.at if at is None else at
    new_note = event.note if isinstance(note, _Unchanged) else clean_note(note)
    if new_at > now:
        raise InvalidInput(field, messages.in_future(f"a {event.what}"))
    others = [e for e in counter.events if e.id != event.id]
    if event.kind == "start":
        restarts = [e.at for e in others if e.kind == "relapse"]
        if restarts and new_at > min(restarts):
            raise InvalidInput(
                field, f"{counter.name} restarted on {_when(min(restarts))}; its start has to be before that."
            )
    else:
        start = min(e.at for e in others if e.kind == "start")
        if new_at < start:
            raise InvalidInput(field, f"{counter.name} started on {_when(start)}; a restart has to be after that.")
    if new_at == event.at and new_note == event.note:
        raise InvalidInput(field, messages.EVENT_UNCHANGED)
    changed = CounterEvent(event.id, event.kind, new_at, new_note)
    edit = CounterEdit(
        now, "edit", event.id, event.kind, EventState(event.at, event.note), EventState(new_at, new_note)
    )
    events = tuple(changed if e.id == event.id else e for e in counter.events)
    return msgspec.structs.replace(counter, events=events, edits=(*counter.edits, edit))


def remove_event(counter: Counter, event_id: str, *, now: datetime, action: RemoveAction = "remove") -> Counter:
    """Take one restart out of the history (the start stays); the removal is logged in `edits`.

    Raises:
        NotFound: no such event.
        InvalidInput: it is the counter's start.
    """
    event = find_event(counter, event_id)
    if event.kind == "start" and sum(1 for e in counter.events if e.kind == "start") <= 1:
        raise InvalidInput(
            "event_id",
            f"that is when {counter.name} started, and a counter needs its start; "
            "correct its time instead, or remove the whole counter.",
        )
    edit = CounterEdit(now, action, event.id, event.kind, EventState(event.at, event.note), None)
    events = tuple(e for e in counter.events if e.id != event.id)
    return msgspec.structs.replace(counter, events=events, edits=(*counter.edits, edit))


def describe_edit(edit: CounterEdit) -> str:
    """One line for the history of edits: `2026-11-20 20:00  restart of 2026-11-19 22:00 removed`."""
    what = "start" if edit.kind == "start" else "restart"
    before, after = edit.before, edit.after
    subject = f"{what} of {_when(before.at)}"
    if after is None:
        return f"{_when(edit.at)}  {subject} {'undone' if edit.action == 'undo' else 'removed'}"
    changes = []
    if after.at != before.at:
        changes.append(f"moved to {_when(after.at)}")
    if after.note != before.note:
        changes.append("note cleared" if after.note is None else "note changed")
    return f"{_when(edit.at)}  {subject} {' and '.join(changes) or 'edited'}"
