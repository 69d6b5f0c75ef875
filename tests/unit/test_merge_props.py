"""Merge by record (core/merge.py): order-independent and idempotent over generated files.

Files are generated from records of several kinds built on tests/fixtures/every_table.json (so
every generated record is one the real Structs of store/schemas.py RECORDS accept, which the
tests check), with small pools of ids, names (clashing ones included), times (one instant
written at two offsets) and counter histories (restarts, undone and removed ones, edits).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_tui.core.merge import UNIQUE_NAMES, merge, name_key
from recovery_tui.core.tombstones import TABLE as TOMBSTONES
from recovery_tui.core.tombstones import tombstone_id
from recovery_tui.store import schemas

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "every_table.json"
TIMES = (
    "2026-11-20T20:00:00+00:00",
    "2026-11-21T09:00:00+00:00",
    "2026-11-21T11:00:00+02:00",  # the same instant as the one before, at another offset
    "2026-11-22T08:00:00+00:00",
)
IDS = (
    "11111111-0000-4000-8000-000000000001",
    "22222222-0000-4000-8000-000000000002",
    "33333333-0000-4000-8000-000000000003",
)
NAMES = {
    "contacts": ("Sam", "sam", "Alex"),
    "rewards": ("new book", "New Book", "cinema"),
    "skills": ("evening walk", "Evening  walk", "run"),
    "journal_templates": ("gratitude", "evening", "gratitude-2"),
    "counters": ("alcohol", "Alcohol", "alcohol (2)"),
}
START = "aaaaaaaa-0000-4000-8000-00000000000{}"
RESTARTS = {  # event id -> (time, note)
    "bbbbbbbb-0000-4000-8000-000000000001": ("2026-01-10T22:00:00+00:00", "a hard week"),
    "bbbbbbbb-0000-4000-8000-000000000002": ("2026-03-01T21:00:00+00:00", None),
    "bbbbbbbb-0000-4000-8000-000000000003": ("2026-05-05T20:00:00+00:00", None),
}


def _template(table: str) -> dict[str, Any]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return dict(next(iter(data[table].values())))


TEMPLATES = {table: _template(table) for table in (*NAMES, "journal")}


@st.composite
def _plain(draw: st.DrawFn, table: str) -> dict[str, Any]:
    created = draw(st.sampled_from(TIMES))
    record = {
        **TEMPLATES[table],
        "id": draw(st.sampled_from(IDS)),
        "created_at": created,
        "updated_at": draw(st.sampled_from(TIMES)),
    }
    if table in NAMES:
        record["name"] = draw(st.sampled_from(NAMES[table]))
    if "note" in record:
        record["note"] = draw(st.sampled_from((None, "first", "second")))
    if table == "journal":
        record["text"] = draw(st.sampled_from(("one", "two")))
    return record


def _event(event_id: str, at: str, note: str | None, kind: str = "relapse") -> dict[str, Any]:
    return {"id": event_id, "kind": kind, "at": at, "note": note}


@st.composite
def _counter(draw: st.DrawFn) -> dict[str, Any]:
    number = draw(st.sampled_from((1, 2)))
    record = {
        **TEMPLATES["counters"],
        "id": IDS[number - 1],
        "name": draw(st.sampled_from(NAMES["counters"])),
        "cost_per_day": draw(st.sampled_from((None, 5.0, 12.0))),
        "created_at": TIMES[0],
        "updated_at": draw(st.sampled_from(TIMES)),
    }
    start = _event(START.format(number), "2025-11-20T09:00:00+00:00", None, "start")
    events = [start]
    edits = []
    for event_id, (at, note) in RESTARTS.items():
        fate = draw(st.sampled_from(("absent", "kept", "undone", "removed", "edited")))
        if fate == "kept":
            events.append(_event(event_id, at, note))
        elif fate in ("undone", "removed"):
            before = {"at": at, "note": note}
            action = "undo" if fate == "undone" else "remove"
            edits.append(
                {
                    "at": TIMES[1],
                    "action": action,
                    "event": event_id,
                    "kind": "relapse",
                    "before": before,
                    "after": None,
                }
            )
        elif fate == "edited":
            after = {"at": at, "note": draw(st.sampled_from(("x", "y")))}
            edited_at = draw(st.sampled_from(TIMES))
            edits.append(
                {
                    "at": edited_at,
                    "action": "edit",
                    "event": event_id,
                    "kind": "relapse",
                    "before": {"at": at, "note": note},
                    "after": after,
                }
            )
            events.append(_event(event_id, at, after["note"]))
    record["events"] = draw(st.permutations(events))
    record["edits"] = sorted(edits, key=lambda e: e["at"])
    return record


@st.composite
def files(draw: st.DrawFn) -> dict[str, Any]:
    """One data file of several kinds (each table maybe empty), maybe with tombstones and settings."""
    data: dict[str, Any] = {"meta": {"schema": {"schema_version": 2}}}
    for table in ("contacts", "rewards", "skills", "journal_templates", "journal"):
        records = draw(st.lists(_plain(table), max_size=3))
        data[table] = {r["id"]: r for r in records}
    data["counters"] = {c["id"]: c for c in draw(st.lists(_counter(), max_size=2))}
    stones = draw(
        st.lists(
            st.tuples(
                st.sampled_from(("contacts", "journal", "counters")), st.sampled_from(IDS), st.sampled_from(TIMES)
            ),
            max_size=2,
        )
    )
    data[TOMBSTONES] = {}
    for table, record_id, at in stones:
        data[table].pop(record_id, None)
        key = tombstone_id(table, record_id)
        data[TOMBSTONES][key] = {
            "id": key,
            "table": table,
            "record_id": record_id,
            "deleted_at": at,
            "created_at": at,
            "updated_at": at,
        }
    settings_ = draw(
        st.dictionaries(st.sampled_from(("country", "week_start")), st.sampled_from(("GB", "US", "monday")), max_size=2)
    )
    times = draw(st.dictionaries(st.sampled_from(("country", "week_start")), st.sampled_from(TIMES), max_size=2))
    data["meta"]["config"] = settings_
    if times:
        data["meta"]["config_times"] = times
    celebrated = draw(
        st.dictionaries(
            st.sampled_from(IDS[:2]),
            st.fixed_dictionaries(
                {
                    "streak_start": st.sampled_from(TIMES[:2]),
                    "keys": st.lists(st.sampled_from(("24h", "7d", "30d")), unique=True).map(sorted),
                }
            ),
            max_size=2,
        )
    )
    if celebrated:
        data["meta"]["celebrated"] = celebrated
    return data


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(data: dict[str, Any]) -> None:
    """Every record fits its Struct, names that must be unique are, no tombstoned record is left."""
    for table, records in data.items():
        if table == "meta":
            continue
        for key, record in records.items():
            assert record["id"] == key
            schemas.validate(table, record)
    for table, field in UNIQUE_NAMES.items():
        names = [name_key(r[field]) for r in data.get(table, {}).values() if not r.get("builtin")]
        assert len(names) == len(set(names)), (table, names)
    for stone in data.get(TOMBSTONES, {}).values():
        assert stone["record_id"] not in data.get(stone["table"], {})


@PROPS
@given(files())
def test_generated_files_are_real_records(a: dict[str, Any]) -> None:
    for table, records in a.items():
        for record in records.values() if table != "meta" else ():
            schemas.validate(table, record)


@PROPS
@given(files(), files())
def test_merge_is_order_independent_and_valid(a: dict[str, Any], b: dict[str, Any]) -> None:
    ab, ba = merge(a, b), merge(b, a)
    assert ab.tables == ba.tables
    assert set(ab.renamed) == set(ba.renamed)
    _valid(ab.tables)


@PROPS
@given(files(), files())
def test_merging_again_changes_nothing(a: dict[str, Any], b: dict[str, Any]) -> None:
    merged = merge(a, b).tables
    assert merge(merged, b).tables == merged
    assert merge(merged, a).tables == merged
    assert merge(merged, merged).tables == merged


@PROPS
@given(files(), files(), files())
def test_three_way_merge_is_order_independent_and_idempotent(
    a: dict[str, Any], b: dict[str, Any], base: dict[str, Any]
) -> None:
    merged = merge(a, b, base).tables
    assert merge(b, a, base).tables == merged
    assert merge(merged, b, base).tables == merged
    assert merge(merged, a, base).tables == merged
    _valid(merged)


@PROPS
@given(files(), files())
def test_nothing_is_lost_but_what_a_tombstone_or_an_undo_names(a: dict[str, Any], b: dict[str, Any]) -> None:
    merged = merge(a, b).tables
    gone = {(s["table"], s["record_id"]) for s in merged[TOMBSTONES].values()}
    for side in (a, b):
        for table, records in side.items():
            if table == "meta":
                continue
            for key in records:
                assert key in merged[table] or (table, key) in gone
        for counter in side["counters"].values():
            if counter["id"] not in merged["counters"]:
                continue
            ours = {e["id"] for e in merged["counters"][counter["id"]]["events"]}
            undone = {e["event"] for e in merged["counters"][counter["id"]]["edits"] if e["after"] is None}
            assert {e["id"] for e in counter["events"]} <= ours | undone
            assert not ours & undone
