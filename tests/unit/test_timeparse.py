"""Known answers for the times and spans people type."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from recovery_tui.core.timeparse import parse_date, parse_since, parse_span, parse_time
from recovery_tui.errors import InvalidInput

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("UTC"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("-2h", NOW - timedelta(hours=2)),
        ("-30m", NOW - timedelta(minutes=30)),
        ("-3d", NOW - timedelta(days=3)),
        ("2h ago", NOW - timedelta(hours=2)),
        ("yesterday 21:00", datetime(2026, 11, 19, 21, 0, tzinfo=ZoneInfo("UTC"))),
        ("today 08:15", datetime(2026, 11, 20, 8, 15, tzinfo=ZoneInfo("UTC"))),
        ("07:05", datetime(2026, 11, 20, 7, 5, tzinfo=ZoneInfo("UTC"))),
        ("2026-11-20 19:30", datetime(2026, 11, 20, 19, 30, tzinfo=ZoneInfo("UTC"))),
        ("2026-01-01T00:00:00+05:00", datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Karachi"))),
    ],
)
def test_parse_time_known_answers(text: str, expected: datetime) -> None:
    assert parse_time(text, NOW) == expected


def test_naive_time_uses_the_zone_rules_of_that_date() -> None:
    london_now = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Europe/London"))
    summer = parse_time("2026-07-01 12:00", london_now)
    assert summer.utcoffset() == timedelta(hours=1)  # BST in July, GMT in November
    assert london_now.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["tomorrow", "25:00", "2026-13-01", "-5x", "soon", "yesterday 9pm"])
def test_unparseable_times_name_the_field(text: str) -> None:
    with pytest.raises(InvalidInput, match="^at: "):
        parse_time(text, NOW, field="at")


def test_future_refused_unless_allowed() -> None:
    with pytest.raises(InvalidInput, match="future"):
        parse_time("2026-11-21 09:00", NOW, field="at")
    assert parse_time("2026-11-21 09:00", NOW, allow_future=True).day == 21


def test_dates_and_spans() -> None:
    assert parse_date("yesterday", NOW) == date(2026, 11, 19)
    assert parse_date("2026-11-01", NOW) == date(2026, 11, 1)
    assert parse_date("-3d", NOW) == date(2026, 11, 17)
    with pytest.raises(InvalidInput, match="future"):
        parse_date("2026-12-01", NOW)
    assert parse_span("90d") == timedelta(days=90)
    assert parse_span("12w") == timedelta(weeks=12)
    assert parse_since("90d", NOW) == NOW - timedelta(days=90)
    assert parse_since("2026-01-01", NOW).year == 2026
    with pytest.raises(InvalidInput, match="since"):
        parse_since("last summer", NOW)


def test_today_and_yesterday_alone_mean_now_and_this_time_yesterday() -> None:
    assert parse_time("today", NOW) == NOW
    assert parse_time("yesterday", NOW) == NOW - timedelta(days=1)
