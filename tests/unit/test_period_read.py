"""Store.select_dated (the period read) returns exactly what the full read then a filter does."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tui.store import Store, layout, migrations

FIRST = date(2026, 3, 1)
LAST = date(2026, 3, 10)

offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
on_boundary = st.sampled_from(
    [
        datetime.combine(day, moment)
        for day in (FIRST - timedelta(days=1), FIRST, LAST, LAST + timedelta(days=1))
        for moment in (datetime.min.time(), datetime.max.time().replace(microsecond=0))
    ]
)
anywhere = st.datetimes(min_value=datetime(2026, 2, 20), max_value=datetime(2026, 3, 20))
times = st.builds(lambda moment, zone: moment.replace(tzinfo=zone).isoformat(), on_boundary | anywhere, offsets)
close = st.datetimes(min_value=datetime(2026, 3, 8), max_value=datetime(2026, 3, 12))
close_times = st.builds(lambda moment, zone: moment.replace(tzinfo=zone).isoformat(), on_boundary | close, offsets)
field_values = times | times.map(lambda text: text[:10]) | st.none() | st.integers() | st.just("") | st.just("2026-03")
records = st.lists(st.tuples(field_values, st.booleans()), max_size=40)


def _history(values: list[tuple[Any, bool]]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for number, (value, present) in enumerate(values):
        record: dict[str, Any] = {"id": f"r{number}", "note": f'"at":"{value}"'}  # the field's text inside a string
        if present:
            record["at"] = value
        table[record["id"]] = record
    return table


def _store(folder: Path, table: dict[str, dict[str, Any]]) -> Store:
    path = folder / "recover.json"
    meta = {"schema": {"schema_version": migrations.CURRENT_VERSION}}
    path.write_bytes(layout.encode({"meta": meta, "triggers": table, "counters": {}}))
    return Store(path)


@settings(max_examples=150, deadline=None)
@given(records, st.booleans())
def test_period_read_equals_full_read_then_filter(values: list[tuple[Any, bool]], open_ended: bool) -> None:
    table = _history(values)
    first, last = FIRST.isoformat(), None if open_ended else LAST.isoformat()
    keep = layout.dated_test("at", first, last)
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), table)
        period = store.select_dated("triggers", "at", first, last)
        again = store.select_dated("triggers", "at", first, last)  # from the kept index
        everything = store.all("triggers")  # parses the table: select_dated filters it instead
        expected = [record for record in everything if keep(record)]
        assert period == expected
        assert again == expected
        assert store.select_dated("triggers", "at", first, last) == expected


def test_records_exactly_on_the_first_and_last_day_are_kept(tmp_path: Path) -> None:
    table = _history(
        [
            ("2026-02-28T23:59:59-12:00", True),
            ("2026-03-01T00:00:00+14:00", True),
            ("2026-03-10T23:59:59-12:00", True),
            ("2026-03-11T00:00:00+14:00", True),
            ("2026-03-05", True),
            (None, True),
            ("2026-03-05T00:00:00+00:00", False),
        ]
    )
    store = _store(tmp_path, table)
    found = store.select_dated("triggers", "at", FIRST.isoformat(), LAST.isoformat())
    assert [record["id"] for record in found] == ["r1", "r2", "r4"]
    assert store.select_dated("triggers", "at", "2026-03-11") == [table["r3"]]
    assert store.select_dated("missing", "at", "2026-03-01") == []


def test_has_records_looks_at_tables_without_parsing_them(tmp_path: Path) -> None:
    store = _store(tmp_path, {})
    assert not store.has_records()
    store = _store(tmp_path, _history([("2026-03-05", True)]))
    assert store.has_records()


def _trigger(number: int, at: str) -> dict[str, Any]:
    return {
        "id": f"t{number:03d}",
        "at": at,
        "what": "payday",
        "where": None,
        "who": None,
        "emotion": None,
        "halt": [],
        "intensity": 2,
        "coping": None,
        "outcome": None,
        "note": None,
        "created_at": at,
        "updated_at": at,
    }


@settings(max_examples=100, deadline=None)
@given(st.lists(close_times, max_size=30), st.integers(min_value=0, max_value=12))
def test_latest_triggers_parse_only_the_last_days_and_equal_the_full_read(ats: list[str], limit: int) -> None:
    import heapq

    from recovery_tui.core.records import aware, from_records
    from recovery_tui.core.triggers import Trigger
    from recovery_tui.services.triggers import latest_triggers

    table = {record["id"]: record for record in (_trigger(number, at) for number, at in enumerate(ats))}
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), table)
        found = latest_triggers(store, limit=limit)
        expected = from_records(Trigger, heapq.nlargest(limit, store.all("triggers"), key=lambda r: aware(r["at"])))
        assert found == expected
        assert latest_triggers(store, limit=limit) == expected  # the table is parsed now: the same


def test_an_entry_two_days_earlier_by_its_stored_day_can_still_be_the_latest(tmp_path: Path) -> None:
    from recovery_tui.services.triggers import latest_triggers

    table = {
        "t000": _trigger(0, "2026-03-08T23:59:59-12:00"),  # 2026-03-09 11:59:59 UTC: the latest
        "t001": _trigger(1, "2026-03-10T00:00:00+14:00"),  # 2026-03-09 10:00:00 UTC
    }
    store = _store(tmp_path, table)
    assert [trigger.id for trigger in latest_triggers(store, limit=1)] == ["t000"]


@settings(max_examples=50, deadline=None)
@given(records)
def test_some_fields_equal_the_full_read_cut_to_them(values: list[tuple[Any, bool]]) -> None:
    table = _history(values)
    fields = ("at", "note", "missing")
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), table)
        cut = store.select_fields("triggers", fields)
        expected = [{field: record.get(field) for field in fields} for record in store.all("triggers")]
        assert cut == expected
        assert store.select_fields("triggers", fields) == expected  # the table is parsed now
