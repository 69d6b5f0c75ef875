"""Weeks, weekly goals and runs (core/meetings.py) with known answers, including week boundaries."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from recovery_tui.core.meetings import (
    Meeting,
    clean_fellowship,
    clean_format,
    clean_roles,
    week_of,
    weekly_progress,
)
from recovery_tui.errors import InvalidInput

FRIDAY = datetime.fromisoformat("2026-11-20T20:00:00+00:00")  # the week of Mon 16 Nov / Sun 15 Nov


def meeting(at: str, roles: tuple[str, ...] = (), mid: str = "") -> Meeting:
    return Meeting(id=mid or at, at=datetime.fromisoformat(at), format="online", roles=roles)


@pytest.mark.parametrize(
    ("moment", "week_start", "expected"),
    [
        ("2026-11-22T23:30:00+00:00", "monday", date(2026, 11, 16)),  # Sunday late: still last week
        ("2026-11-23T00:10:00+00:00", "monday", date(2026, 11, 23)),  # Monday just after midnight: new week
        ("2026-11-22T23:30:00+00:00", "sunday", date(2026, 11, 22)),  # Sunday starts the week
        ("2026-11-23T00:10:00+00:00", "sunday", date(2026, 11, 22)),  # Monday is the same week
        ("2026-11-21T23:59:59+00:00", "sunday", date(2026, 11, 15)),  # Saturday night ends it
        ("2026-11-22T23:30:00-05:00", "monday", date(2026, 11, 16)),  # its own wall clock counts, not UTC
    ],
)
def test_week_boundaries(moment: str, week_start: str, expected: date) -> None:
    assert week_of(datetime.fromisoformat(moment).date(), week_start) == expected


def test_weekly_progress_boundary_moves_a_meeting_between_weeks() -> None:
    now = datetime.fromisoformat("2026-11-23T09:00:00+00:00")  # Monday morning
    items = [meeting("2026-11-22T23:30:00+00:00"), meeting("2026-11-23T00:10:00+00:00")]
    monday = weekly_progress(items, now=now, goal=1, week_start="monday", weeks=2)
    assert [w.meetings for w in monday.weeks] == [1, 1]
    assert monday.weeks[0].start == date(2026, 11, 23)
    sunday = weekly_progress(items, now=now, goal=1, week_start="sunday", weeks=2)
    assert [w.meetings for w in sunday.weeks] == [2, 0]
    assert sunday.weeks[0].start == date(2026, 11, 22)


def _history() -> list[Meeting]:
    # Weeks start Monday. this week (16 Nov): 1; 9 Nov: 2; 2 Nov: 3; 26 Oct: 0; 19 Oct: 2; 12 Oct: 2; 5 Oct: 2
    at = [
        "2026-11-17T19:00:00+00:00",
        "2026-11-10T19:00:00+00:00",
        "2026-11-15T10:00:00+00:00",
        "2026-11-02T19:00:00+00:00",
        "2026-11-04T19:00:00+00:00",
        "2026-11-08T19:00:00+00:00",
        "2026-10-19T19:00:00+00:00",
        "2026-10-20T19:00:00+00:00",
        "2026-10-12T19:00:00+00:00",
        "2026-10-18T19:00:00+00:00",
        "2026-10-05T19:00:00+00:00",
        "2026-10-06T19:00:00+00:00",
    ]
    return [meeting(a) for a in at]


def test_runs_do_not_break_on_the_week_in_progress() -> None:
    progress = weekly_progress(_history(), now=FRIDAY, goal=2, weeks=4)
    assert [w.meetings for w in progress.weeks] == [1, 2, 3, 0]
    assert progress.this_week.start == date(2026, 11, 16)
    assert progress.this_week.to_go == 1
    assert not progress.this_week.met
    assert progress.current_run == 2  # 9 Nov and 2 Nov; this week still open
    assert progress.best_run == 3  # 5, 12 and 19 Oct


def test_run_counts_this_week_once_met() -> None:
    items = [*_history(), meeting("2026-11-19T19:00:00+00:00", mid="extra")]
    progress = weekly_progress(items, now=FRIDAY, goal=2, weeks=1)
    assert progress.this_week.met
    assert progress.current_run == 3
    assert progress.best_run == 3


def test_deleting_a_meeting_ends_the_run() -> None:
    items = [m for m in _history() if m.id != "2026-11-10T19:00:00+00:00"]  # 9 Nov drops to 1
    progress = weekly_progress(items, now=FRIDAY, goal=2)
    assert progress.weeks[1].meetings == 1
    assert progress.current_run == 0
    assert progress.best_run == 3


def test_higher_goal_and_no_goal() -> None:
    assert weekly_progress(_history(), now=FRIDAY, goal=3).current_run == 0
    assert weekly_progress(_history(), now=FRIDAY, goal=3).best_run == 1
    none = weekly_progress(_history(), now=FRIDAY, goal=0)
    assert (none.current_run, none.best_run, none.this_week.met) == (0, 0, False)


def test_future_meetings_are_ignored_and_helper_roles_counted() -> None:
    items = [
        meeting("2026-11-20T19:00:00+00:00", roles=("greeter", "shared", "listened")),
        meeting("2026-11-20T21:00:00+00:00"),  # an hour after now
    ]
    progress = weekly_progress(items, now=FRIDAY, goal=1, weeks=1)
    assert progress.this_week.meetings == 1
    assert progress.this_week.helper_roles == 2


def test_empty_history() -> None:
    progress = weekly_progress([], now=FRIDAY, goal=2, weeks=3)
    assert [w.meetings for w in progress.weeks] == [0, 0, 0]
    assert progress.weeks[2].start == progress.weeks[0].start - timedelta(weeks=2)
    assert (progress.current_run, progress.best_run) == (0, 0)


def test_cleaning_input() -> None:
    assert clean_format("In Person") == "in-person"
    assert clean_format("online") == "online"
    with pytest.raises(InvalidInput, match="format"):
        clean_format("telepathy")
    assert clean_roles(["shared", "greeter,shared"]) == ("greeter", "shared")
    with pytest.raises(InvalidInput, match="role: 'boss'"):
        clean_roles(["boss"])
    assert clean_fellowship(" aa ") == "AA"
    assert clean_fellowship("smart") == "SMART"
    assert clean_fellowship("Refuge Recovery") == "Refuge Recovery"
    assert clean_fellowship("  ") is None
