"""Marks of where the days of a time-ordered table stand in its line (store/marks.py): a
period read through them finds exactly the records a whole read finds, whatever the order
the records were added in, after appends and rewrites, and with marks missing or wrong."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tui.store import Store, layout, marks
from recovery_tui.store.schemas import DATED

FIELD = DATED["checkins"]
days = st.dates(min_value=date(1995, 1, 1), max_value=date(2026, 12, 31))


def table_of(values: list[Any]) -> dict[str, dict[str, Any]]:
    """Check-in-like records in the given order, a day (or a non-string) each."""
    return {
        f"id{n:05d}": {"id": f"id{n:05d}", FIELD: value, "note": 'x},"y":{' * (n % 3)} for n, value in enumerate(values)
    }


def whole(table: dict[str, dict[str, Any]], first: str, last: str | None) -> list[dict[str, Any]]:
    return [r for r in table.values() if layout.dated_test(FIELD, first, last)(r)]


def file_with(table: dict[str, dict[str, Any]]) -> bytes:
    return layout.encode({"meta": {"schema": {"schema_version": 3}}, "checkins": table})


@st.composite
def stored_days(draw: st.DrawFn) -> list[Any]:
    """As people's records are: mostly in time order, some entered late for an earlier day,
    some without a day."""
    values: list[Any] = sorted(d.isoformat() for d in draw(st.lists(days, min_size=100, max_size=900)))
    for _ in range(draw(st.integers(0, 10))):
        at = draw(st.integers(0, len(values)))
        values.insert(at, draw(days.map(lambda d: d.isoformat()) | st.sampled_from([None, 7])))
    return values


@settings(max_examples=80, deadline=None)
@given(stored_days(), st.integers(0, 10_000), st.none() | days, st.lists(days, max_size=200))
def test_a_period_read_through_the_marks_is_the_whole_read(
    tmp_path_factory: pytest.TempPathFactory, stored: list[Any], pick: int, last_day: Any, added: list[Any]
) -> None:
    """`first` is one of the stored days (or any), so periods start at, between and beyond
    the points."""
    strings = [value for value in stored if isinstance(value, str)]
    first = strings[pick % len(strings)] if strings and pick % 7 else date(2010, 1, 1 + pick % 28).isoformat()
    last = last_day.isoformat() if last_day else None
    path = tmp_path_factory.mktemp("m") / "recover.json"
    table = table_of(stored)
    read = layout.decode(file_with(table), path)
    assert read.raw_records_dated("checkins", FIELD, first, last) == whole(table, first, last)

    # records appended to the line (a check-in), then written and read again: marks moved on
    for n, day in enumerate(added):
        record = {"id": f"new{n:04d}", FIELD: day.isoformat(), "note": ""}
        assert read.append_raw("checkins", record["id"], layout.dumps(record))
        table[record["id"]] = record
    again = layout.decode(layout.encode(read), path)
    assert again.raw_records_dated("checkins", FIELD, first, last) == whole(table, first, last)
    assert again.raw_marks("checkins") is not None


def test_marks_skip_what_cannot_be_in_the_period_and_land_on_a_record(tmp_path: Path) -> None:
    table = table_of([f"{2000 + n // 365:04d}-01-01" for n in range(2000)])  # oldest first
    read = layout.decode(file_with(table), tmp_path / "recover.json")
    found = read.raw_marks("checkins")
    assert found is not None and found.count == 2000 and len(found.points) == 1999 // marks.EVERY
    start = found.start_for("2005-01-01")
    line = bytes(read.raw_bytes("checkins") or b"")
    assert start > len(line) // 2  # most of the line is never decoded
    assert line[start - 1 : start + 1] == b',"' and line[start:].startswith(b'"id0')
    assert read.raw_records_dated("checkins", FIELD, "2005-01-01", None) == whole(table, "2005-01-01", None)


def test_a_record_added_late_for_an_old_day_is_still_found(tmp_path: Path) -> None:
    table = table_of([f"{2000 + n // 365:04d}-06-01" for n in range(1000)] + ["2026-01-01", "2000-06-02"])
    read = layout.decode(file_with(table), tmp_path / "recover.json")
    found = read.raw_records_dated("checkins", FIELD, "2000-06-02", "2000-06-02")
    assert found is not None and [r["id"] for r in found] == ["id01001"]


def test_the_encoded_line_is_the_same_bytes_with_or_without_marks() -> None:
    table = table_of(["2026-01-01", None, "2026-02-01T10:00:00+01:00", 7] * 100)
    assert layout.encode({"meta": {}, "checkins": table}).split(b"\n")[2] == b'"checkins": ' + layout.dumps(table)


def test_wrong_or_missing_marks_only_cost_a_whole_read(tmp_path: Path) -> None:
    table = table_of([f"{2000 + n // 365:04d}-01-01" for n in range(1000)])
    raw = json.loads(file_with(table))
    entries = (
        {"field": "date", "count": 1000, "max": "2002-09-27", "points": [[17, "1999"]] * 7},  # not increasing
        {"field": "date", "count": 1000, "max": "2002-09-27", "points": [[-400 + n, "1999"] for n in range(7)]},
        {"field": "date", "count": 1000, "max": "2002-09-27", "points": [[9_000 + n, "2001"] for n in range(7)]},
        "junk",
    )
    for entry in entries:
        meta = raw["meta"]
        meta["layout"] = {"crc32": meta["layout"]["crc32"], "marks": {"checkins": entry}}
        edited = (
            b'{\n"meta": ' + layout.dumps(meta) + b',\n"checkins": ' + layout.dumps(raw["checkins"]) + b"\n}\n"
        )  # the layout's own checksum of the meta line left out: read as written
        read = layout.decode(edited, tmp_path / "recover.json")
        assert read.raw_records_dated("checkins", FIELD, "2001-06-01", None) == whole(table, "2001-06-01", None)


def test_a_file_without_marks_gets_them_at_its_next_write(tmp_path: Path, now: Any) -> None:
    path = tmp_path / "recover.json"
    table = table_of([f"{2000 + n // 365:04d}-01-01" for n in range(300)])
    plain = json.loads(file_with(table))
    del plain["meta"]["layout"]["marks"]
    meta = plain["meta"]
    meta["layout"] = {"crc32": meta["layout"]["crc32"]}  # as an older recover wrote it
    path.write_bytes(
        b'{\n"meta": ' + layout.dumps(meta) + b',\n"checkins": ' + layout.dumps(plain["checkins"]) + b"\n}\n"
    )
    Store(path).set_meta("celebrated", {})  # any write that touches no check-in
    kept = json.loads(path.read_bytes())["meta"]["layout"]["marks"]
    assert kept == {"checkins": layout.decode(path.read_bytes(), path).raw_marks("checkins").as_meta()}  # type: ignore[union-attr]
    assert kept["checkins"]["count"] == 300 and kept["checkins"]["field"] == "date"


def test_warnings_read_from_the_marks_are_the_warnings_of_the_whole_tables(db_path: Path, cli: Any, now: Any) -> None:
    """services.insights.warnings decodes only the last weeks (Store.decoded with `since`);
    it must decide exactly what the whole tables decide."""
    from recovery_tui.core.insights import StoredCraving, StoredTrigger, warnings_from_stored
    from recovery_tui.services.counters import list_counters
    from recovery_tui.services.insights import warnings, week_start

    assert cli("demo", "--years", "3").exit_code == 0
    for craving in ("9", "9", "8"):  # cravings 8+ on 3 of the last 7 days: a warning holds
        assert cli("checkin", "--mood", "2", "--craving", craving, "--add").exit_code == 0
    store = Store(db_path)
    whole_checkins = store.decoded("checkins", StoredCraving)
    since = (now.date() - timedelta(days=60)).isoformat()
    assert 0 < len(store.decoded("checkins", StoredCraving, since=since)) < len(whole_checkins) // 4
    expected = warnings_from_stored(
        now=now,
        checkins=whole_checkins,
        triggers=store.decoded("triggers", StoredTrigger),
        counters=list_counters(store),
        week_start=week_start(store),
    )
    assert expected and warnings(store, now=now) == expected
