"""Property tests: whatever a person types or a file holds, parsing raises only RecoverError.

Hypothesis feeds odd text (huge numbers, far dates, NUL, signs, units) to the parsers of times,
days, spans and settings, and odd JSON to the stored-setting reader and the file decoder; a
crash of any other kind would be a traceback on the command line (issue 15, item 4).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from recovery_tui.core.config import SETTINGS, parse_setting, with_defaults
from recovery_tui.core.counters import parse_start
from recovery_tui.core.timeparse import EARLIEST, LATEST, parse_date, parse_since, parse_span, parse_time
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services.importer import merge_events
from recovery_tui.store import layout

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Pacific/Kiritimati"))  # +14:00, the edge

number = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["nan", "inf", "-inf", "1e309", "-0", "", " ", "٣", "1_000", "0x10"]),
)
unit = st.sampled_from(["", "m", "h", "d", "w", "min", "hours", "days", "weeks", "y", " ago"])
typed_time = st.one_of(
    st.text(max_size=30),
    st.builds(lambda sign, n, u: f"{sign}{n}{u}", st.sampled_from(["", "-", "+"]), number, unit),
    st.builds(
        lambda y, m, d, rest: f"{y:04d}-{m:02d}-{d:02d}{rest}",
        st.integers(1, 9999),
        st.integers(1, 12),
        st.integers(1, 28),
        st.sampled_from(["", "T23:59", " 00:00", "T00:00:00+14:00", "T23:59:59-14:00"]),
    ),
)


def _within_bounds(moment: datetime) -> None:
    for shifted in (moment - timedelta(days=2), moment + timedelta(days=2)):
        shifted.astimezone(ZoneInfo("UTC"))  # arithmetic near the result does not overflow
    assert EARLIEST - timedelta(days=1) <= moment.date() <= LATEST + timedelta(days=1)


@settings(max_examples=400, deadline=None)
@given(typed_time)
@example("142857143W")  # found by this test: more weeks than timedelta holds
@example("99999999d")
@example("-99999999d")
def test_time_parsers_raise_only_invalid_input(text: str) -> None:
    for parse in (
        lambda: parse_time(text, NOW),
        lambda: parse_time(text, NOW, allow_future=True),
        lambda: parse_since(text, NOW),
        lambda: parse_start(text, NOW),
    ):
        try:
            moment = parse()
        except InvalidInput:
            continue
        _within_bounds(moment)
    for parse_day in (lambda: parse_date(text, NOW), lambda: parse_date(text, NOW, allow_future=True)):
        try:
            day = parse_day()
        except InvalidInput:
            continue
        assert EARLIEST <= day <= LATEST and isinstance(day, date)
    try:
        parse_span(text)
    except InvalidInput:
        pass


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(SETTINGS)), st.one_of(number, st.text(max_size=50)))
def test_settings_parse_or_refuse_and_stay_small(key: str, text: str) -> None:
    try:
        value = parse_setting(key, text)
    except InvalidInput:
        return
    if isinstance(value, int):
        assert 0 <= value <= 1000


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(), st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([*SETTINGS, "other"]), json_value, max_size=6))
def test_any_stored_settings_read_as_acceptable_values(stored: dict[str, Any]) -> None:
    values = with_defaults(stored)
    for key, value in values.items():
        if value is not None and value != SETTINGS[key].default:
            assert parse_setting(key, str(value)) == value


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.builds(lambda n: b'{"meta": ' + b"[" * n + b"]" * n + b"}", st.integers(0, 5000)))
def test_decoding_any_bytes_raises_only_recover_errors(raw: bytes) -> None:
    try:
        tables = layout.decode(raw, Path("recover.json"))
        for name in list(tables):
            tables[name]
    except RecoverError:
        pass


event = st.builds(
    lambda kind, day, hour: {"kind": kind, "at": f"2026-{day:02d}-01T{hour:02d}:00:00+00:00", "note": None},
    st.sampled_from(["start", "relapse"]),
    st.integers(1, 12),
    st.integers(0, 23),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(event, max_size=6), st.lists(event, max_size=6))
def test_merging_events_is_idempotent_and_order_free(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
    def moments(events: list[dict[str, Any]]) -> set[tuple[str, str]]:
        return {(e["kind"], e["at"]) for e in events}

    merged = merge_events(ours, theirs)
    assert merge_events(merged, theirs) == merged
    assert moments(merged) == moments(ours) | moments(theirs) == moments(merge_events(theirs, ours))
