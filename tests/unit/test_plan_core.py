"""The contingency plan's arithmetic: escalation to the cap, a miss or a gap resets the step."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core.plan import Mark, Schedule, parse_every, parse_outcome, period, tally
from recovery_tui.errors import InvalidInput

NOW = datetime.fromisoformat("2026-12-06T10:00:00+00:00")  # a Sunday


def days_ago(*days: int, hit: bool = True) -> list[Mark]:
    return [Mark(NOW - timedelta(days=d), hit=hit) for d in days]


def test_flat_schedule_is_count_times_points() -> None:
    result = tally(days_ago(9, 5, 5, 1), Schedule(3), NOW)
    assert (result.count, result.points, result.next_points) == (4, 12, 3)


def test_daily_successes_step_up_to_the_cap() -> None:
    schedule = Schedule(2, step=1, cap=5, every="day")
    result = tally(days_ago(5, 4, 3, 2, 1), schedule, NOW)
    assert result.points == 2 + 3 + 4 + 5 + 5
    assert (result.in_a_row, result.next_points) == (5, 5)  # today continues the run, at the cap


def test_a_day_without_resets_the_step() -> None:
    schedule = Schedule(2, step=1, every="day")
    result = tally(days_ago(6, 5, 3, 2, 1), schedule, NOW)  # 4 days ago: none
    assert result.points == 2 + 3 + 2 + 3 + 4
    assert (result.in_a_row, result.next_points) == (3, 5)
    stale = tally(days_ago(6, 5), schedule, NOW)  # nothing yesterday: the run is broken
    assert (stale.in_a_row, stale.next_points) == (0, 2)


def test_two_successes_in_one_period_earn_that_periods_points() -> None:
    schedule = Schedule(5, step=1, every="week")
    marks = days_ago(14, 7, 6)  # Sun 22 Nov (week 1), Sun 29 Nov, Mon 30 Nov (week 3)
    assert tally(marks, schedule, NOW).points == 5 + 6 + 7


def test_a_logged_miss_resets_and_removing_it_gives_the_points_back() -> None:
    schedule = Schedule(1, step=2, cap=7)  # no period: only a miss resets
    marks = [*days_ago(30, 20, 10), *days_ago(15, hit=False), *days_ago(5)]
    assert tally(marks, schedule, NOW).points == 1 + 3 + 1 + 3
    without_miss = [m for m in marks if m.hit]
    assert tally(without_miss, schedule, NOW).points == 1 + 3 + 5 + 7
    assert tally(without_miss, schedule, NOW).next_points == 7  # capped


def test_weeks_start_on_monday() -> None:
    sunday, monday = NOW, NOW + timedelta(days=1)
    assert period(sunday, "week", NOW.tzinfo) + 1 == period(monday, "week", NOW.tzinfo)
    assert period(sunday - timedelta(days=6), "week", NOW.tzinfo) == period(sunday, "week", NOW.tzinfo)


def test_parsing_names_the_field() -> None:
    assert parse_every("w") == "week"
    assert parse_every("none") is None
    assert parse_outcome("miss") == "missed"
    with pytest.raises(InvalidInput) as every:
        parse_every("month")
    assert every.value.field == "every"
    with pytest.raises(InvalidInput) as outcome:
        parse_outcome("maybe")
    assert outcome.value.field == "outcome"
