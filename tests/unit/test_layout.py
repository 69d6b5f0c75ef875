"""The one-table-per-line layout: lazy parsing, verbatim copies, checksums and fallbacks."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from recovery_tui.errors import DataFileError
from recovery_tui.store import Store, layout

DATA = {
    "meta": {"schema": {"schema_version": 1}},
    "counters": {"c1": {"id": "c1", "name": "alcohol"}},
    "triggers": {"t1": {"id": "t1", "what": "payday"}, "t2": {"id": "t2", "what": "bar"}},
}


def test_round_trip_is_valid_json_with_checksums(tmp_path: Path) -> None:
    raw = layout.encode(DATA)
    plain = json.loads(raw)  # any JSON tool can read the file
    assert plain["triggers"] == DATA["triggers"]
    assert set(plain["meta"]["layout"]["crc32"]) == {"counters", "triggers"}
    assert raw.count(b"\n") == 5  # "{", meta, counters, triggers, "}"
    decoded = layout.decode(raw, tmp_path / "f.json")
    assert {name: decoded[name] for name in decoded if name != "meta"} == {k: v for k, v in DATA.items() if k != "meta"}


def test_untouched_tables_are_not_parsed_and_copied_verbatim(tmp_path: Path) -> None:
    raw = layout.encode(DATA)
    decoded = layout.decode(raw, tmp_path / "f.json")
    assert decoded.raw_bytes("triggers") is not None  # verified, not parsed
    decoded["counters"] = {**decoded["counters"], "c2": {"id": "c2", "name": "nicotine"}}
    again = layout.encode(decoded)
    assert raw.split(b"\n")[3] == again.split(b"\n")[3]  # the triggers line, byte for byte
    assert json.loads(again)["counters"]["c2"]["name"] == "nicotine"


def test_a_line_that_still_parses_but_misses_its_checksum_is_refused(tmp_path: Path) -> None:
    raw = layout.encode(DATA).replace(b'"payday"', b'"pay day"')
    with pytest.raises(layout.ChecksumMismatch, match="table 'triggers' does not match") as caught:
        layout.decode(raw, tmp_path / "f.json")
    assert caught.value.tables == ["triggers"] and "\n" not in str(caught.value)


def test_a_hand_edit_is_accepted_once_layout_is_deleted(tmp_path: Path) -> None:
    lines = layout.encode(DATA).replace(b'"payday"', b'"pay day"').split(b"\n")
    meta = json.loads(lines[1].removeprefix(b'"meta": ').rstrip(b","))
    del meta["layout"]
    lines[1] = b'"meta": ' + json.dumps(meta, separators=(",", ":")).encode() + b","
    decoded = layout.decode(b"\n".join(lines), tmp_path / "f.json")
    assert decoded["triggers"]["t1"]["what"] == "pay day"


def test_meta_line_changes_and_renamed_tables_are_refused(tmp_path: Path) -> None:
    data = {**DATA, "meta": {**DATA["meta"], "config": {"country": "GB"}}}
    raw = layout.encode(data)
    with pytest.raises(layout.ChecksumMismatch, match="the meta line"):
        layout.decode(raw.replace(b'"GB"', b'"FB"'), tmp_path / "f.json")
    for renamed in (b"countess", b"count-rs"):  # a name in the layout, and one it does not allow
        with pytest.raises(layout.ChecksumMismatch) as caught:
            layout.decode(raw.replace(b'"counters": ', b'"' + renamed + b'": '), tmp_path / "f.json")
        assert sorted(caught.value.tables) == sorted(["counters", renamed.decode()])


def test_damaged_line_is_refused_even_if_not_needed(tmp_path: Path) -> None:
    raw = layout.encode(DATA).replace(b'"bar"}', b'"bar"')
    with pytest.raises(DataFileError, match="table 'triggers'"):
        layout.decode(raw, tmp_path / "f.json")


def test_pretty_printed_file_is_read_whole(tmp_path: Path) -> None:
    raw = orjson.dumps(DATA, option=orjson.OPT_INDENT_2)
    decoded = layout.decode(raw, tmp_path / "f.json")
    assert decoded["triggers"]["t2"]["what"] == "bar"


def test_store_reads_and_writes_through_the_layout(store: Store, now) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.services.counters import add_counter, list_counters

    add_counter(store, "alcohol", since=now, now=now)
    add_counter(store, "gambling", since=now, now=now)
    lines = store.path.read_bytes().split(b"\n")
    assert lines[0] == b"{" and lines[1].startswith(b'"meta": ') and lines[2].startswith(b'"counters": ')
    assert [c.name for c in list_counters(Store(store.path))] == ["alcohol", "gambling"]


def test_near_day_keeps_only_records_that_can_fall_on_the_day() -> None:
    from datetime import date

    from recovery_tui.core.records import near_day

    records = [
        {"at": "2026-11-19T23:30:00-05:00"},  # the 20th in UTC
        {"at": "2026-11-20T08:00:00+00:00"},
        {"at": "2026-11-21T00:30:00+09:00"},  # the 20th in UTC
        {"at": "2026-11-17T08:00:00+00:00"},
        {"at": None},
    ]
    kept = near_day(records, "at", date(2026, 11, 20))
    assert [r["at"] for r in kept] == [r["at"] for r in records[:3]]


def test_appending_to_an_unparsed_table_gives_the_bytes_a_parse_would(tmp_path: Path) -> None:
    raw = layout.encode({**DATA, "empty": {}})
    new = {"id": "t3", "what": 'quote " and ü', "halt": ["tired"]}
    appended = layout.decode(raw, tmp_path / "f.json")
    assert appended.append_raw("triggers", "t3", orjson.dumps(new))
    assert appended.append_raw("empty", "e1", orjson.dumps({"id": "e1"}))
    assert appended.raw_bytes("triggers") is not None  # still not parsed
    parsed = layout.decode(raw, tmp_path / "f.json")
    parsed["triggers"] = {**parsed["triggers"], "t3": new}
    parsed["empty"] = {"e1": {"id": "e1"}}
    assert layout.encode(appended) == layout.encode(parsed)
    again = layout.decode(layout.encode(appended), tmp_path / "f.json")
    assert again.raw_bytes("triggers") is not None  # the new checksum verifies
    assert again["triggers"]["t3"] == new


def test_append_declines_a_parsed_table_a_missing_one_and_a_used_key(tmp_path: Path) -> None:
    decoded = layout.decode(layout.encode(DATA), tmp_path / "f.json")
    before = layout.encode(decoded)
    assert not decoded.append_raw("triggers", "t1", b'{"id":"t1"}')  # the key is taken
    assert not decoded.append_raw("nothing", "x", b"{}")
    decoded["counters"]  # parsed now
    assert not decoded.append_raw("counters", "c9", b'{"id":"c9"}')
    assert layout.encode(decoded) == before


def test_records_holding_a_text_are_found_without_parsing_the_table(tmp_path: Path) -> None:
    data = {
        "meta": {"schema": {"schema_version": 1}},
        "checkins": {
            "a": {"id": "a", "date": "2026-11-19", "note": 'said "date":"2026-11-20" in a note'},
            "b": {"id": "b", "date": "2026-11-20", "sober": [{"counter": "x"}]},
            "c": {"id": "c", "date": "2026-11-20", "note": None},
        },
    }
    decoded = layout.decode(layout.encode(data), tmp_path / "f.json")
    needle = b'"date":"2026-11-20"'
    assert [r["id"] for r in decoded.raw_records_with("checkins", needle) or []] == ["b", "c"]
    assert decoded.raw_records_with("checkins", b'"date":"2026-11-21"') == []
    assert decoded.raw_bytes("checkins") is not None  # never parsed
    decoded["checkins"]
    assert decoded.raw_records_with("checkins", needle) is None  # parsed: the caller filters it


def test_store_appends_and_finds_a_day_without_parsing_years(tmp_path: Path) -> None:
    path = tmp_path / "recover.json"
    store = Store(path)
    from datetime import datetime, timezone

    now = datetime(2026, 11, 20, 20, tzinfo=timezone.utc)
    base = {"at": "2026-11-20T19:00:00+00:00", "mood": 3, "craving": 1, "sober": [], "gratitude": None, "note": None}
    base |= {"difficulty": None, "confidence": None}
    for day in ("2026-11-18", "2026-11-19", "2026-11-20"):
        store.insert("checkins", {**base, "date": day}, now=now)
    fresh = Store(path)
    assert [r["date"] for r in fresh.select_equal("checkins", "date", "2026-11-20")] == ["2026-11-20"]
    assert fresh.select_equal("checkins", "date", "2026-11-21") == []
    added = fresh.insert("checkins", {**base, "date": "2026-11-20", "note": "again"}, now=now)
    lazy = fresh.storage.read()
    assert isinstance(lazy, layout.LazyTables) and lazy.raw_bytes("checkins") is not None
    reread = Store(path)
    assert len(reread.all("checkins")) == 4
    assert reread.get("checkins", added["id"]) == added
    # a parsed table gives the same answers
    assert sorted(r["id"] for r in reread.select_equal("checkins", "date", "2026-11-20")) == sorted(
        r["id"] for r in Store(path).all("checkins") if r["date"] == "2026-11-20"
    )


def _leading(path: Path, names: set[str], first_size: int = 1 << 16) -> dict | None:  # type: ignore[type-arg]
    with open(path, "rb") as handle:
        first = handle.read(first_size)
        return layout.read_leading_tables(handle, first, names, path)


def test_leading_tables_stop_reading_once_found(tmp_path: Path) -> None:
    big = {f"j{i}": {"id": f"j{i}", "text": "x" * 200} for i in range(2000)}
    data = {"meta": {"schema": {"schema_version": 1}}, "journal": big, "counters": DATA["counters"], "tail": {}}
    path = tmp_path / "f.json"
    path.write_bytes(layout.encode(data))
    got = _leading(path, {"counters"}, first_size=100)  # grows its reads past the journal line
    assert got is not None and got["counters"] == DATA["counters"] and got["meta"]["schema"]["schema_version"] == 1
    assert set(got) == {"meta", "counters"}
    first_only = tmp_path / "g.json"
    first_only.write_bytes(layout.encode({**DATA, "journal": big}))
    with open(first_only, "rb") as handle:
        first = handle.read(1 << 12)
        assert layout.read_leading_tables(handle, first, {"counters"}, first_only) is not None
        assert handle.tell() == 1 << 12  # the journal after the counters was never read


def test_leading_tables_refuse_what_they_cannot_vouch_for(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    raw = layout.encode(DATA)
    path.write_bytes(raw.replace(b'"alcohol"', b'"alcohoL"'))  # the counters line no longer matches
    assert _leading(path, {"counters"}) is None
    path.write_bytes(json.dumps(DATA, indent=2).encode())  # another layout
    assert _leading(path, {"counters"}) is None
    path.write_bytes(raw[: raw.index(b'"counters"') + 5])  # cut short before the line ends
    assert _leading(path, {"counters"}) is None
    path.write_bytes(layout.encode({k: v for k, v in DATA.items() if k != "counters"}))
    assert set(_leading(path, {"counters"}) or {}) == {"meta"}  # no counters table at all
