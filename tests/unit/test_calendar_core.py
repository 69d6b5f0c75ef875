"""core/calendar.py: the month grid of a counter (month boundaries, DST, restarts, check-ins,
years) and its text, from plain values: no file, no clock."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from recovery_tui.core.calendar import (
    LEGEND,
    MONTH_WIDTH,
    calendar,
    first_months,
    grid_text,
    month_pieces,
    shade_of,
)
from recovery_tui.core.checkin import CheckIn
from recovery_tui.core.counters import Counter, CounterEvent

UTC = timezone.utc
NY = ZoneInfo("America/New_York")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def counter(*events: tuple[str, str]) -> Counter:
    return Counter(
        id="c1",
        name="alcohol",
        events=tuple(CounterEvent(f"e{i}", kind, at(when), None) for i, (kind, when) in enumerate(events)),  # type: ignore[arg-type]
    )


def checkin(day: str, craving: int, mood: int = 3, taken: str | None = None) -> CheckIn:
    return CheckIn(
        id=f"k{day}{taken}",
        day=date.fromisoformat(day),
        at=at(taken or f"{day}T21:00:00+00:00"),
        mood=mood,
        craving=craving,
    )


def states(months: list, first: str, last: str) -> list[str]:  # type: ignore[type-arg]
    low, high = date.fromisoformat(first), date.fromisoformat(last)
    return [d.state for m in months for d in m.days if low <= d.day <= high]


NOW = at("2026-11-20T20:00:00+00:00")


def test_days_before_the_start_sober_after_and_future_days_blank() -> None:
    months = calendar(counter(("start", "2026-11-10T22:00:00+00:00")), [], last=NOW.date(), months=1, now=NOW, zone=UTC)
    (november,) = months
    assert (november.year, november.month, len(november.days)) == (2026, 11, 30)
    assert states(months, "2026-11-09", "2026-11-12") == ["before", "start", "sober", "sober"]
    assert states(months, "2026-11-20", "2026-11-21") == ["sober", "future"]
    assert [d.day for d in november.days if d.today] == [date(2026, 11, 20)]


def test_a_restart_marks_its_day_and_the_days_after_are_sober_again() -> None:
    c = counter(("start", "2026-10-01T09:00:00+00:00"), ("relapse", "2026-11-05T23:30:00+00:00"))
    months = calendar(c, [], last=NOW.date(), months=2, now=NOW, zone=UTC)
    assert states(months, "2026-11-04", "2026-11-06") == ["sober", "restart", "sober"]
    assert [m.title for m in months] == ["October 2026", "November 2026"]


def test_a_restart_is_dated_in_the_calendars_zone() -> None:
    # 03:30 UTC on 6 Nov is still 5 Nov in New York
    c = counter(("start", "2026-10-01T09:00:00+00:00"), ("relapse", "2026-11-06T03:30:00+00:00"))
    months = calendar(c, [], last=NOW.date(), months=1, now=NOW, zone=NY)
    assert states(months, "2026-11-05", "2026-11-06") == ["restart", "sober"]


def test_dst_change_keeps_one_cell_per_calendar_day() -> None:
    # New York falls back on 1 Nov 2026 and springs forward on 8 Mar 2026
    c = counter(("start", "2026-01-01T12:00:00+00:00"))
    for month_last, days in (("2026-11-30", 30), ("2026-03-31", 31)):
        now = at("2026-12-01T12:00:00+00:00")
        (month,) = calendar(c, [], last=date.fromisoformat(month_last), months=1, now=now, zone=NY)
        assert [d.day.day for d in month.days] == list(range(1, days + 1))
        assert {d.state for d in month.days} == {"sober"}


def test_month_boundaries_and_week_start() -> None:
    c = counter(("start", "2026-01-01T12:00:00+00:00"))
    (february,) = calendar(c, [], last=date(2026, 2, 14), months=1, now=NOW, zone=UTC)
    # 1 Feb 2026 is a Sunday: six blank cells before it when weeks start on Monday
    assert february.weeks[0][:6] == (None,) * 6 and february.weeks[0][6] is not None
    assert len(february.days) == 28 and all(len(w) == 7 for w in february.weeks)
    (sunday_first,) = calendar(c, [], last=date(2026, 2, 14), months=1, now=NOW, zone=UTC, week_start=6)
    assert sunday_first.weeks[0][0] is not None and len(sunday_first.weeks) == 4
    (leap,) = calendar(c, [], last=date(2028, 2, 1), months=1, now=at("2028-03-01T00:00:00+00:00"), zone=UTC)
    assert len(leap.days) == 29


def test_months_run_across_years() -> None:
    assert first_months(date(2027, 2, 20), 4) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    c = counter(("start", "2024-06-15T12:00:00+00:00"))
    months = calendar(c, [], last=date(2026, 11, 1), months=30, now=NOW, zone=UTC)
    assert (months[0].year, months[0].month) == (2024, 6)
    assert states(months, "2024-06-14", "2024-06-16") == ["before", "start", "sober"]
    assert sum(len(m.days) for m in months if m.year == 2025) == 365


def test_no_checkins_leave_no_shade() -> None:
    (month,) = calendar(
        counter(("start", "2026-11-01T12:00:00+00:00")), [], last=NOW.date(), months=1, now=NOW, zone=UTC
    )
    assert all(d.shade is None and d.mood is None for d in month.days)
    assert month.days[2].cell == "· "


def test_the_latest_checkin_of_a_day_gives_its_shade() -> None:
    checkins = [
        checkin("2026-11-12", 9, taken="2026-11-12T22:00:00+00:00"),
        checkin("2026-11-12", 1, mood=5, taken="2026-11-12T08:00:00+00:00"),
        checkin("2026-11-13", 5),
        checkin("2026-10-01", 10),  # outside the month: ignored
    ]
    (month,) = calendar(
        counter(("start", "2026-11-01T12:00:00+00:00")), checkins, last=NOW.date(), months=1, now=NOW, zone=UTC
    )
    by_day = {d.day.day: d for d in month.days}
    assert (by_day[12].craving, by_day[12].mood, by_day[12].cell) == (9, 3, "·█")
    assert by_day[13].cell == "·▒"
    assert [shade_of(c) for c in range(11)] == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3]


def test_every_state_has_a_glyph_in_the_legend() -> None:
    c = counter(("start", "2026-10-10T12:00:00+00:00"), ("relapse", "2026-11-05T12:00:00+00:00"))
    months = calendar(c, [checkin("2026-11-06", 4)], last=NOW.date(), months=2, now=NOW, zone=UTC)
    text = "\n".join(grid_text(months))
    for glyph in ("·", "S", "R", "-", "▒"):
        assert glyph in text and glyph in LEGEND
    assert "October 2026           November 2026" in text
    assert all(len(line) <= 3 * MONTH_WIDTH + 4 for line in grid_text(months))


def test_month_pieces_are_always_eight_lines_of_the_same_width() -> None:
    c = counter(("start", "2026-01-01T12:00:00+00:00"))
    for month in calendar(c, [], last=NOW.date(), months=12, now=NOW, zone=UTC):
        rows = month_pieces(month)
        assert len(rows) == 8
        widths = {sum(len(p) if isinstance(p, str) else 2 for p in row) for row in rows}
        assert widths == {MONTH_WIDTH}
