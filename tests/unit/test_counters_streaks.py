"""Streak maths: known answers (DST, 29 February, a move between time zones) and properties."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tui.core.counters import Counter, CounterEvent, creation_order, parse_rate
from recovery_tui.core.milestones import progress
from recovery_tui.core.short_line import stored_line
from recovery_tui.core.streaks import (
    Span,
    counter_stats,
    delta_text,
    phrase,
    short_status,
    span,
    streaks,
)
from recovery_tui.core.wallclock import add_months, add_wall, whole_days
from recovery_tui.errors import InvalidInput

NY = ZoneInfo("America/New_York")
UTC = timezone.utc


def counter(*events: CounterEvent, name: str = "alcohol", cost: float | None = None) -> Counter:
    return Counter(id="c1", name=name, events=tuple(events), cost_per_day=cost)


def start(text: str) -> CounterEvent:
    return CounterEvent(f"start {text}", "start", datetime.fromisoformat(text), None)


def relapse(text: str, note: str | None = None) -> CounterEvent:
    return CounterEvent(f"relapse {text} {note}", "relapse", datetime.fromisoformat(text), note)


# -- known answers -------------------------------------------------------------------------
def test_spring_forward_day_counts_as_one_day_of_23_hours() -> None:
    began = datetime(2026, 3, 7, 21, 0, tzinfo=NY)  # EST, the evening before DST starts
    now = datetime(2026, 3, 8, 21, 0, tzinfo=NY)  # EDT
    assert now.astimezone(UTC) - began.astimezone(UTC) == timedelta(hours=23)
    assert span(began, now, NY) == Span(1, 0, 0)
    assert whole_days(began, now - timedelta(minutes=1), NY) == 0
    state = progress(counter(CounterEvent("e1", "start", began, None)), now, NY)
    assert state.reached == ()  # 24 hours are elapsed hours: not yet
    assert state.next.milestone.key == "24h"
    assert state.next.at == datetime(2026, 3, 8, 22, 0, tzinfo=NY)


def test_fall_back_day_counts_as_one_day_of_25_hours() -> None:
    began = datetime(2026, 10, 31, 21, 0, tzinfo=NY)  # EDT
    now = datetime(2026, 11, 1, 21, 0, tzinfo=NY)  # EST
    assert now.astimezone(UTC) - began.astimezone(UTC) == timedelta(hours=25)
    assert span(began, now, NY) == Span(1, 0, 0)
    assert span(began, now - timedelta(minutes=30), NY) == Span(0, 24, 30)


def test_seven_days_across_dst_ends_at_the_same_clock_time() -> None:
    began = datetime(2026, 3, 5, 8, 30, tzinfo=NY)
    state = progress(counter(CounterEvent("e1", "start", began, None)), datetime(2026, 3, 20, tzinfo=NY), NY)
    seven = next(r for r in state.reached if r.milestone.key == "7d")
    assert seven.at == datetime(2026, 3, 12, 8, 30, tzinfo=NY)
    assert seven.at - began.astimezone(UTC) == timedelta(days=7) - timedelta(hours=1)


def test_system_zone_is_used_when_no_zone_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    began = datetime(2026, 3, 7, 21, 0, tzinfo=NY).astimezone(UTC)  # stored as UTC
    now = datetime(2026, 3, 8, 21, 0, tzinfo=NY).astimezone(UTC)
    assert span(began, now) == Span(1, 0, 0)
    assert add_wall(began, days=1) == now


def test_29_february_milestones_clamp_to_28_february() -> None:
    began = datetime(2024, 2, 29, 10, 0, tzinfo=UTC)
    now = datetime(2028, 3, 1, tzinfo=UTC)
    state = progress(counter(CounterEvent("e1", "start", began, None)), now, UTC)
    due = {r.milestone.key: r.at for r in state.reached}
    assert due["1y"] == datetime(2025, 2, 28, 10, 0, tzinfo=UTC)
    assert due["2y"] == datetime(2026, 2, 28, 10, 0, tzinfo=UTC)
    assert due["4y"] == datetime(2028, 2, 29, 10, 0, tzinfo=UTC)
    assert due["18m"] == datetime(2025, 8, 29, 10, 0, tzinfo=UTC)


def test_six_months_from_31_august_is_end_of_february() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_days_across_29_february() -> None:
    began = datetime(2024, 2, 28, 12, 0, tzinfo=UTC)
    assert whole_days(began, datetime(2024, 3, 1, 12, 0, tzinfo=UTC), UTC) == 2
    assert whole_days(began, datetime(2025, 2, 28, 12, 0, tzinfo=UTC), UTC) == 366


def test_a_person_who_moves_time_zone_between_entries() -> None:
    berlin_start = start("2026-01-01T09:00:00+01:00")  # 08:00 UTC
    ny_relapse = relapse("2026-01-10T20:00:00-05:00")  # 01:00 UTC on the 11th
    berlin_relapse = relapse("2026-01-11T01:00:00+01:00")  # 00:00 UTC on the 11th: earlier
    now = datetime.fromisoformat("2026-01-31T09:00:00-05:00")  # 14:00 UTC
    stats = counter_stats(counter(berlin_start, ny_relapse, berlin_relapse), now, NY)
    history = streaks([berlin_start, ny_relapse, berlin_relapse], now)
    assert [s.length for s in history] == [
        timedelta(days=9, hours=16),
        timedelta(hours=1),
        timedelta(days=20, hours=13),
    ]
    assert stats.current_start == ny_relapse.at
    assert stats.current_span == Span(20, 13, 0)
    assert stats.longest == timedelta(days=20, hours=13)
    assert stats.total_sober == timedelta(days=30, hours=6)
    assert stats.streak_count == 3
    assert stats.relapses == 2


def test_figures_of_a_known_history() -> None:
    c = counter(
        start("2026-01-01T00:00:00+00:00"),
        relapse("2026-01-11T00:00:00+00:00"),
        relapse("2026-02-10T00:00:00+00:00"),
        cost=10.0,
    )
    now = datetime(2026, 2, 15, 12, 30, tzinfo=UTC)
    stats = counter_stats(c, now, UTC)
    assert stats.current_span == Span(5, 12, 30)
    assert stats.longest == timedelta(days=30)
    assert stats.average == (now - c.first_start) / 3
    assert stats.since_first == now - c.first_start
    assert stats.money_saved == round(10.0 * (now - c.first_start).total_seconds() / 86400, 2)
    assert stats.hours_saved is None
    assert stats.current_span.text() == "5d 12h 30m"
    assert stats.current_span.text(simple=True) == "5d"


def test_text_helpers() -> None:
    assert delta_text(timedelta(days=3, hours=4, minutes=5)) == "3d 04h 05m"
    assert delta_text(timedelta(days=3, hours=23), simple=True) == "3d"
    assert phrase(timedelta(days=1, hours=3)) == "1 day"
    assert phrase(timedelta(hours=5)) == "5 hours"
    assert phrase(timedelta(minutes=1)) == "1 minute"
    assert phrase(timedelta(0)) == "0 minutes"


def test_short_status_line_in_creation_order() -> None:
    now = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    a = Counter("a", "alcohol", (start("2026-07-01T20:00:00+00:00"),), created_at=now - timedelta(days=2))
    g = Counter("g", "gambling", (start("2026-10-20T20:00:00+00:00"),), created_at=now - timedelta(days=1))
    archived = Counter("x", "nicotine", (start("2026-10-20T20:00:00+00:00"),), archived=True, created_at=now)
    assert short_status(creation_order([g, archived, a]), now, UTC) == "alcohol 142d · gambling 31d"
    assert short_status([], now, UTC) == ""


@pytest.mark.parametrize(("text", "expected"), [("12.50", 12.5), ("0", 0.0), ("3,5", 3.5), (None, None), ("  ", None)])
def test_parse_rate_accepts(text: str | None, expected: float | None) -> None:
    assert parse_rate(text, field="cost_per_day") == expected


@pytest.mark.parametrize("text", ["-1", "abc", "nan", "inf", "25"])
def test_parse_rate_refuses(text: str) -> None:
    with pytest.raises(InvalidInput, match="hours_per_day"):
        parse_rate(text, field="hours_per_day", maximum=24)


# -- properties ------------------------------------------------------------------------------
BASE = datetime(2024, 1, 1, tzinfo=UTC)
offsets = st.sampled_from(
    [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5)), NY, ZoneInfo("Asia/Kolkata")]
)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[CounterEvent], datetime]:
    elapsed = draw(st.integers(min_value=0, max_value=3 * 365 * 86400))
    now = BASE + timedelta(seconds=elapsed)
    relapse_seconds = draw(st.lists(st.integers(min_value=0, max_value=elapsed), max_size=12))
    events = [CounterEvent("e0", "start", BASE.astimezone(draw(offsets)), None)]
    for index, seconds in enumerate(relapse_seconds, 1):
        note = draw(st.none() | st.sampled_from(["party", "payday"]))
        at = (BASE + timedelta(seconds=seconds)).astimezone(draw(offsets))
        events.append(CounterEvent(f"e{index}", "relapse", at, note))
    return events, now


@settings(max_examples=100, deadline=None)
@given(histories())
def test_streaks_never_overlap_and_sum_to_at_most_elapsed(history: tuple[list[CounterEvent], datetime]) -> None:
    events, now = history
    result = streaks(events, now)
    assert len(result) == len(events)
    for earlier, later in zip(result, result[1:], strict=False):
        assert earlier.start <= earlier.end == later.start
    assert sum((s.length for s in result), timedelta(0)) <= now - BASE
    assert all(s.length >= timedelta(0) for s in result)
    assert [s.ongoing for s in result] == [False] * (len(result) - 1) + [True]


@settings(max_examples=100, deadline=None)
@given(histories())
def test_longest_is_at_least_current_and_average_between(history: tuple[list[CounterEvent], datetime]) -> None:
    events, now = history
    stats = counter_stats(counter(*events), now, UTC)
    assert stats.longest >= stats.current
    assert stats.longest >= stats.average
    assert stats.total_sober <= stats.since_first
    assert stats.streak_count == len(events)


@settings(max_examples=100, deadline=None)
@given(histories(), st.randoms(use_true_random=False), st.sampled_from([UTC, NY]))
def test_entry_order_changes_no_figure(
    history: tuple[list[CounterEvent], datetime], rnd: object, zone: ZoneInfo | timezone
) -> None:
    events, now = history
    shuffled = list(events)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert counter_stats(counter(*events), now, zone) == counter_stats(counter(*shuffled), now, zone)
    assert progress(counter(*events), now, zone) == progress(counter(*shuffled), now, zone)


@settings(max_examples=100, deadline=None)
@given(histories(), st.sampled_from([UTC, NY]))
def test_milestones_reached_are_past_and_next_is_future(
    history: tuple[list[CounterEvent], datetime], zone: ZoneInfo | timezone
) -> None:
    events, now = history
    state = progress(counter(*events), now, zone)
    assert all(state.streak_start <= r.at <= now for r in state.reached)
    assert [r.at for r in state.reached] == sorted(r.at for r in state.reached)
    assert state.next.at > now
    assert 0.0 <= state.fraction <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)), st.integers(min_value=-240, max_value=240))
def test_add_months_lands_in_the_right_month(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    assert result.day == day.day or result.month != (result + timedelta(days=1)).month


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(NY)),
    st.integers(min_value=0, max_value=3000),
)
def test_whole_days_matches_wall_clock_steps(began: datetime, days: int) -> None:
    began = began.replace(fold=0)
    end = add_wall(began, days=days, zone=NY)
    if end.replace(tzinfo=None) != datetime.combine(end.date(), began.time()):
        return  # a clock time skipped by DST: no exact day boundary to check
    assert whole_days(began, end, NY) == days
    if days:
        assert whole_days(began, end - timedelta(minutes=1), NY) == days - 1


def test_add_months_clamps_like_the_calendar_module() -> None:
    import calendar
    from datetime import date

    from recovery_tui.core.wallclock import add_months

    for year in (1999, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            for day_of_month in (1, 28, 29, 30, 31):
                if day_of_month > calendar.monthrange(year, month)[1]:
                    continue
                start = date(year, month, day_of_month)
                for step in range(-25, 26):
                    y, m = divmod(year * 12 + month - 1 + step, 12)
                    expected = date(y, m + 1, min(day_of_month, calendar.monthrange(y, m + 1)[1]))
                    assert add_months(start, step) == expected, (start, step)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(histories(), st.booleans(), st.sampled_from(["alcohol", "Alcohol", "nicotine", "zé"]), st.booleans()),
        max_size=4,
    ),
    st.sampled_from([UTC, NY]),
    st.integers(min_value=-3 * 86400, max_value=86400),
)
def test_the_prompt_line_from_stored_records_is_the_typed_line(
    drawn: list[tuple[tuple[list[CounterEvent], datetime], bool, str, bool]],
    zone: ZoneInfo | timezone,
    shift: int,
) -> None:
    """cli/prompt_line.py reads the counters table as plain JSON (core/short_line.py
    `stored_line`); it must print what `short_status` prints for the same records, in the same
    order, archived ones left out, a start later than now (a clock set back) counted as 0."""
    counters = []
    for index, ((events, now), archived, name, dated) in enumerate(drawn):
        created = {"created_at": now - timedelta(days=index % 2)} if dated else {}
        counters.append(Counter(f"c{index}", name, tuple(events), archived=archived, **created))  # type: ignore[arg-type]
    now = BASE + timedelta(days=400, seconds=shift)
    stored = json.loads(msgspec.json.encode(counters))
    assert stored_line(stored, now, zone) == short_status(creation_order(counters), now, zone)
