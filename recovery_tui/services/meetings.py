"""Meeting services: log, list, find and delete meetings; the weekly goal and weekly progress.

`log_meeting` is the one call for anything that records a meeting (the CLI, the dashboard
form, a demo-data generator). The weekly goal is the setting `meetings.weekly_goal`, so
`recover meeting goal 3` and `recover config set meetings.weekly_goal 3` are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from recovery_tui import messages
from recovery_tui.core.meetings import (
    NAME_MAX,
    NOTE_MAX,
    Meeting,
    WeeklyProgress,
    check_goal,
    clean_fellowship,
    clean_format,
    clean_roles,
    clean_text,
    weekly_progress,
)
from recovery_tui.core.records import from_record, from_records, to_fields
from recovery_tui.errors import InvalidInput
from recovery_tui.services import config as config_service
from recovery_tui.store import Store

TABLE = "meetings"
GOAL_KEY = "meetings.weekly_goal"


def list_meetings(store: Store, *, since: datetime | None = None) -> list[Meeting]:
    """Meetings in time order, oldest first (only those at or after `since` when given)."""
    meetings = sorted(from_records(Meeting, store.all(TABLE)), key=lambda m: (m.at, m.id))
    return [m for m in meetings if since is None or m.at >= since]


def log_meeting(
    store: Store,
    *,
    at: datetime,
    format: str,
    now: datetime,
    name: str | None = None,
    fellowship: str | None = None,
    roles: Iterable[str] = (),
    note: str | None = None,
) -> Meeting:
    """Record a meeting attended; every field is validated before anything is written.

    Args:
        store: the data file.
        at: when the meeting was (not in the future).
        format: online or in-person (also accepts 'in person').
        now: the current time.
        name: what the person calls the meeting, optional.
        fellowship: AA, NA, SMART, ... optional.
        roles: greeter, shared, buddy, chair, listened (any number).
        note: free text, optional.

    Returns:
        The stored Meeting.
    """
    if at > now:
        raise InvalidInput("at", messages.in_future("a meeting"))
    meeting = Meeting(
        id="",
        at=at,
        format=clean_format(format),
        name=clean_text(name, field="name", limit=NAME_MAX),
        fellowship=clean_fellowship(fellowship),
        roles=clean_roles(roles),
        note=clean_text(note, field="note", limit=NOTE_MAX),
    )
    record = store.insert(TABLE, to_fields(meeting), now=now)
    return from_record(Meeting, record)


def find_meeting(store: Store, meeting_id: str) -> Meeting:
    """A meeting by id or unique id prefix (4+ characters)."""
    return from_record(Meeting, store.find(TABLE, meeting_id.strip()))


def edit_meeting(
    store: Store,
    meeting_id: str,
    *,
    now: datetime,
    at: datetime | None = None,
    format: str | None = None,
    name: str | None = None,
    fellowship: str | None = None,
    roles: Iterable[str] | None = None,
    note: str | None = None,
) -> Meeting:
    """Change some fields of a meeting; None leaves a field as it is, "" clears a text field.

    `roles` replaces the roles when given (an empty list removes them all).
    """
    with store.transaction():
        current = find_meeting(store, meeting_id)
        if at is not None and at > now:
            raise InvalidInput("at", messages.in_future("a meeting"))
        changed = Meeting(
            id=current.id,
            at=at if at is not None else current.at,
            format=clean_format(format) if format is not None else current.format,
            name=clean_text(name, field="name", limit=NAME_MAX) if name is not None else current.name,
            fellowship=clean_fellowship(fellowship) if fellowship is not None else current.fellowship,
            roles=clean_roles(roles) if roles is not None else current.roles,
            note=clean_text(note, field="note", limit=NOTE_MAX) if note is not None else current.note,
        )
        record = store.update(TABLE, current.id, to_fields(changed), now=now)
    return from_record(Meeting, record)


def remove_meeting(store: Store, meeting_id: str) -> Meeting:
    """Delete one meeting (its points go with it); returns what was deleted."""
    with store.transaction():
        meeting = find_meeting(store, meeting_id)
        store.delete(TABLE, meeting.id)
    return meeting


def goal(store: Store) -> int:
    """The weekly goal (0: none set)."""
    return int(config_service.load(store)[GOAL_KEY])


def set_goal(store: Store, meetings_per_week: int) -> int:
    """Set the weekly goal; returns it."""
    check_goal(meetings_per_week)
    return int(config_service.set_value(store, GOAL_KEY, str(meetings_per_week)))


def progress(store: Store, *, now: datetime, weeks: int = 8) -> WeeklyProgress:
    """Recent weeks against the goal, with the current and best runs (weeks start on `week_start`)."""
    config = config_service.load(store)
    return weekly_progress(
        list_meetings(store),
        now=now,
        goal=int(config[GOAL_KEY]),
        week_start=str(config["week_start"]),
        weeks=weeks,
    )
