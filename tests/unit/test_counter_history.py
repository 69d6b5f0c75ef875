"""Counter events with stable ids, corrections of the history (core) and migration 1 -> 2."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recovery_tui.core.counters import (
    Counter,
    CounterEvent,
    describe_edit,
    edit_event,
    find_event,
    latest_restart,
    remove_event,
)
from recovery_tui.core.records import from_record, to_fields
from recovery_tui.core.streaks import counter_stats
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.store import migrations, schemas

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
START = NOW - timedelta(days=368)


def _counter() -> Counter:
    return Counter(
        id="c1",
        name="alcohol",
        events=(
            CounterEvent("aaaa1111-start", "start", START, None),
            CounterEvent("bbbb2222-first", "relapse", NOW - timedelta(days=100), "party"),
            CounterEvent("cccc3333-slip", "relapse", NOW - timedelta(minutes=1), None),
        ),
    )


def test_removing_a_restart_brings_its_streak_back_and_logs_it() -> None:
    counter = _counter()
    assert counter_stats(counter, NOW).current == timedelta(minutes=1)
    undone = remove_event(counter, latest_restart(counter).id, now=NOW, action="undo")
    assert counter_stats(undone, NOW).current == timedelta(days=100)
    [edit] = undone.edits
    assert (edit.action, edit.event_id, edit.before.at, edit.after) == (
        "undo",
        "cccc3333-slip",
        NOW - timedelta(minutes=1),
        None,
    )
    assert "restart of" in describe_edit(edit) and describe_edit(edit).endswith("undone")


def test_editing_time_and_note_keeps_the_id_and_logs_before_and_after() -> None:
    counter = _counter()
    moved = edit_event(counter, "bbbb", at=NOW - timedelta(days=90), note="  work party ", now=NOW)
    event = find_event(moved, "bbbb2222-first")
    assert (event.at, event.note) == (NOW - timedelta(days=90), "work party")
    [edit] = moved.edits
    assert edit.after is not None
    assert (edit.before.at, edit.before.note, edit.after.note) == (NOW - timedelta(days=100), "party", "work party")
    assert "moved to" in describe_edit(edit) and "note changed" in describe_edit(edit)
    assert from_record(Counter, {"id": "c1", **to_fields(moved)}).edits == moved.edits  # round trip


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda c: remove_event(c, "aaaa1111-start", now=NOW), "a counter needs its start"),
        (lambda c: edit_event(c, "bbbb2222-first", at=START - timedelta(days=1), now=NOW), "a restart has to be after"),
        (lambda c: edit_event(c, "aaaa1111-start", at=NOW - timedelta(days=99), now=NOW), "its start has to be before"),
        (lambda c: edit_event(c, "cccc3333-slip", at=NOW + timedelta(hours=1), now=NOW), "can't be in the future"),
        (lambda c: edit_event(c, "cccc3333-slip", at=NOW - timedelta(minutes=1), now=NOW), "nothing was changed"),
    ],
)
def test_refusals_that_would_break_the_history(change, match: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match=match):
        change(_counter())


def test_unknown_ambiguous_and_missing_restart() -> None:
    counter = _counter()
    with pytest.raises(NotFound, match="no event 'zzzz'"):
        find_event(counter, "zzzz")
    twins = Counter(
        "c", "x", (CounterEvent("abcd-1", "start", START, None), CounterEvent("abcd-2", "relapse", NOW, None))
    )
    with pytest.raises(NotFound, match="more than one"):
        find_event(twins, "abcd")
    with pytest.raises(NotFound, match="no restart to undo"):
        latest_restart(Counter("c", "x", (CounterEvent("s", "start", START, None),)))


V1_COUNTER = {
    "id": "c-1",
    "name": "alcohol",
    "events": [
        {"kind": "start", "at": "2025-01-10T08:00:00+00:00", "note": None},
        {"kind": "relapse", "at": "2025-06-01T22:00:00+00:00", "note": None},
        {"kind": "relapse", "at": "2025-06-01T22:00:00+00:00", "note": None},  # entered twice
    ],
    "archived": False,
    "cost_per_day": None,
    "hours_per_day": None,
    "custom_milestones": [],
    "created_at": "2025-01-10T08:00:00+00:00",
    "updated_at": "2025-06-01T22:00:00+00:00",
}


def test_migration_gives_events_the_same_ids_every_time() -> None:
    v1 = {"meta": {"schema": {"schema_version": 1}}, "counters": {"c-1": V1_COUNTER}}
    first = migrations.migrate(v1, NOW)
    second = migrations.migrate(v1, NOW + timedelta(days=3))
    assert first == second  # two copies of one file migrate to the same ids: they still merge by id
    record = first["counters"]["c-1"]
    ids = [e["id"] for e in record["events"]]
    assert len(set(ids)) == 3 and all(len(i) == 36 for i in ids)
    assert record["edits"] == [] and first["meta"]["schema"]["schema_version"] == migrations.CURRENT_VERSION == 3
    schemas.validate("counters", record)
    assert v1["counters"]["c-1"]["events"][0].keys() == {"kind", "at", "note"}  # the input is not changed


def test_one_wording_function_builds_the_relapse_line_for_cli_and_dashboard() -> None:
    from recovery_tui import wording
    from recovery_tui.services.counters import relapse_message

    counter = _counter()
    cli_line = relapse_message(counter, now=NOW)
    dashboard_line = relapse_message(counter, now=NOW, dashboard=True, named=True)
    restart = "2026-11-20 19:59"
    assert cli_line == wording.relapse_kept(longest="268 days", total="368 days", restart_at=restart, dashboard=False)
    assert dashboard_line == "alcohol restarts. " + cli_line.replace(
        wording.RELAPSE_HELPS_CLI, wording.RELAPSE_HELPS_DASHBOARD
    )
    assert "recover " not in dashboard_line and "ctrl+s" in dashboard_line
