"""Import keeps the rules (issue 15, item 7): records merge by id, newer wins, names stay unique.

Two devices are two real data files; each exports with the real `recover export` and the other
imports it with `recover import`, through the real Typer app.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.store import Store

Cli = Callable[..., Any]


def _on(device: Path, cli: Cli, *args: str) -> Any:
    result = cli("--db", str(device), *args)
    assert result.exit_code == 0, (args, result.stderr)
    return result


def _export(device: Path, cli: Cli, tmp_path: Path, name: str = "dump.json") -> Path:
    out = tmp_path / name
    _on(device, cli, "export", "--out", str(out), "--force")
    return out


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    return tmp_path / "laptop" / "recover.json"


@pytest.fixture
def desktop(tmp_path: Path) -> Path:
    return tmp_path / "desktop" / "recover.json"


def test_same_counter_name_from_another_device_joins_ours(
    cli: Cli, laptop: Path, desktop: Path, tmp_path: Path
) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    _on(desktop, cli, "counter", "add", "Alcohol", "--since", "2026-08-01")
    _on(desktop, cli, "relapse", "alcohol", "--at", "2026-10-10 22:00")
    result = _on(laptop, cli, "import", str(_export(desktop, cli, tmp_path)))
    assert "joined your 'alcohol'" in result.stdout
    counters = Store(laptop).all("counters")
    assert [c["name"] for c in counters] == ["alcohol"]  # never two counters of one name
    moments = sorted((e["kind"], e["at"][:10]) for e in counters[0]["events"])
    assert moments == [("relapse", "2026-10-10"), ("start", "2026-08-01"), ("start", "2026-09-01")]
    # the rules still hold afterwards: relapse finds the one counter, add refuses a twin
    _on(laptop, cli, "relapse", "alcohol", "--at", "2026-11-01 21:00")
    assert cli("--db", str(laptop), "counter", "add", "alcohol").exit_code == 1


def test_importing_twice_changes_nothing(cli: Cli, laptop: Path, desktop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "30d")
    _on(laptop, cli, "contact", "add", "Sam", "--reach", "555-0100")
    _on(desktop, cli, "counter", "add", "alcohol", "--since", "60d")
    _on(desktop, cli, "contact", "add", "sam", "--reach", "555-0199")
    _on(desktop, cli, "reward", "add", "new book", "--cost", "30")
    dump = _export(desktop, cli, tmp_path)
    _on(laptop, cli, "import", str(dump))
    after_first = laptop.read_bytes()
    again = _on(laptop, cli, "import", str(dump), "--json")
    report = json.loads(again.stdout)
    assert report["added"] == {} and report["updated"] == {} and report["conflicts"] == [] and report["notes"] == []
    assert laptop.read_bytes() == after_first


def test_a_taken_contact_name_is_renamed_with_a_line(cli: Cli, laptop: Path, desktop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "contact", "add", "Sam", "--reach", "555-0100")
    _on(desktop, cli, "contact", "add", "sam", "--reach", "555-0199")
    _on(desktop, cli, "skill", "add", "box", "--minutes", "5", "--step", "breathe")
    result = _on(laptop, cli, "import", str(_export(desktop, cli, tmp_path)))
    assert "the imported one is called 'sam (2)'" in result.stdout
    names = sorted(c["name"] for c in Store(laptop).all("contacts"))
    assert names == ["Sam", "sam (2)"]
    assert _on(laptop, cli, "contact", "edit", "sam (2)", "--reach", "555-0111")


def test_newer_version_of_a_record_wins_older_does_not(cli: Cli, laptop: Path, desktop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "contact", "add", "Sam", "--reach", "555-0100")
    _on(desktop, cli, "import", str(_export(laptop, cli, tmp_path, "first.json")))
    newer = {"RECOVER_NOW": "2026-11-21T09:00:00+00:00"}
    assert cli("--db", str(desktop), "contact", "edit", "Sam", "--reach", "555-0142", env=newer).exit_code == 0
    result = _on(laptop, cli, "import", str(_export(desktop, cli, tmp_path, "second.json")))
    assert "Updated 1 record" in result.stdout
    assert Store(laptop).all("contacts")[0]["reach"] == "555-0142"
    # and back: the laptop's copy is now the same version, so nothing changes on the desktop
    before = desktop.read_bytes()
    _on(desktop, cli, "import", str(_export(laptop, cli, tmp_path, "third.json")))
    assert desktop.read_bytes() == before


def test_same_counter_id_merges_events(cli: Cli, laptop: Path, desktop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    _on(desktop, cli, "import", str(_export(laptop, cli, tmp_path, "first.json")))
    _on(desktop, cli, "relapse", "alcohol", "--at", "2026-10-01 20:00")
    _on(laptop, cli, "relapse", "alcohol", "--at", "2026-10-20 20:00")
    _on(laptop, cli, "import", str(_export(desktop, cli, tmp_path, "second.json")))
    events = Store(laptop).all("counters")[0]["events"]
    assert sorted(e["at"][:10] for e in events if e["kind"] == "relapse") == ["2026-10-01", "2026-10-20"]


@pytest.mark.parametrize("source", ["export", "data file"])
def test_both_kinds_of_source_are_accepted(source: str, cli: Cli, laptop: Path, desktop: Path, tmp_path: Path) -> None:
    _on(desktop, cli, "counter", "add", "alcohol", "--since", "30d")
    _on(desktop, cli, "journal", "add", "first day")
    path = _export(desktop, cli, tmp_path) if source == "export" else desktop
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "10d")
    result = _on(laptop, cli, "import", str(path))
    assert "joined your 'alcohol'" in result.stdout
    store = Store(laptop)
    assert len(store.all("counters")) == 1 and len(store.all("journal")) == 1


def test_a_file_that_already_holds_two_counters_of_one_name_refuses_to_pick(cli: Cli, laptop: Path, now: Any) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "30d")
    data = json.loads(laptop.read_text())
    first = next(iter(data["counters"].values()))
    twin = {**first, "id": "0badc0de-0000-4000-8000-000000000002"}
    data["counters"][twin["id"]] = twin
    del data["meta"]["layout"]
    laptop.write_text(json.dumps(data))
    before = laptop.read_bytes()
    result = cli("--db", str(laptop), "relapse", "alcohol")
    assert result.exit_code == 1
    assert "2 counters are called 'alcohol'" in result.stderr and "0badc0de" in result.stderr
    assert laptop.read_bytes() == before
    _on(laptop, cli, "counter", "rename", "0badc0de", "alcohol (old)")
    _on(laptop, cli, "relapse", "alcohol")


@pytest.mark.parametrize(
    ("table", "add", "use", "fix"),
    [
        (
            "contacts",
            ["contact", "add", "Sam", "--reach", "555-0100"],
            ["contact", "edit", "Sam", "--reach", "1"],
            ["contact", "edit", "0badc0de", "--name", "Sam B"],
        ),
        (
            "rewards",
            ["reward", "add", "new book", "--cost", "30"],
            ["reward", "claim", "new book"],
            ["reward", "remove", "0badc0de", "--yes"],
        ),
        (
            "journal_templates",
            ["journal", "template", "add", "evening", "Three good things:"],
            ["journal", "template", "show", "evening"],
            ["journal", "template", "remove", "0badc0de", "--yes"],
        ),
    ],
    ids=["contacts", "rewards", "templates"],
)
def test_twins_in_other_tables_refuse_to_pick(
    table: str, add: list[str], use: list[str], fix: list[str], cli: Cli, laptop: Path
) -> None:
    _on(laptop, cli, *add)
    data = json.loads(laptop.read_text())
    first = next(iter(data[table].values()))
    twin = {**first, "id": "0badc0de-0000-4000-8000-000000000002"}
    data[table][twin["id"]] = twin
    del data["meta"]["layout"]
    laptop.write_text(json.dumps(data))
    result = cli("--db", str(laptop), *use)
    assert result.exit_code == 1, result.stdout
    assert "are called" in result.stderr and "0badc0de" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    _on(laptop, cli, *fix)


def test_any_two_devices_merge_without_twins_and_idempotently(tmp_path: Path, now: Any) -> None:
    """Property: whatever two files hold, importing one into the other leaves no name twice in
    any table of unique names, keeps every counter event, and a second import changes nothing."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from recovery_tui.errors import RecoverError
    from recovery_tui.services import contacts as contacts_service
    from recovery_tui.services import counters, importer

    names = st.sampled_from(["alcohol", "Alcohol", "nicotine", "sam", "Sam", "alex"])
    device = st.tuples(st.lists(names, max_size=3), st.lists(names, max_size=3), st.integers(1, 300))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(device, device, st.integers(0, 10**6))
    def check(first: Any, second: Any, salt: int) -> None:
        folder = tmp_path / str(salt)
        stores = []
        for index, (counter_names, contact_names, days) in enumerate((first, second)):
            store = Store(folder / f"device{index}" / "recover.json")
            for name in counter_names:
                try:
                    counters.add_counter(store, name, since=now.replace(year=2026, month=1, day=1), now=now)
                    counters.record_relapse(store, name, at=now.replace(day=days % 28 + 1), note=None, now=now)
                except RecoverError:  # a name the device already has is refused, as it should be
                    pass
            for name in contact_names:
                try:
                    contacts_service.add_contact(
                        store, name, reach="555", role="peer", reachable="anytime", note=None, position=None, now=now
                    )
                except RecoverError:
                    pass
            stores.append(store)
        target, source = stores
        if not source.exists():
            return
        added.append(len(source.all("contacts")) + len(source.all("counters")))
        events_before = {e["at"] for r in target.all("counters") + source.all("counters") for e in r["events"]}
        importer.import_file(target, source.path, now=now)
        for table in importer.UNIQUE_NAMES:
            keys = [r["name"].casefold() for r in target.all(table)]
            assert len(keys) == len(set(keys)), table
        assert {e["at"] for r in target.all("counters") for e in r["events"]} == events_before
        once = target.path.read_bytes()
        importer.import_file(target, source.path, now=now)
        assert target.path.read_bytes() == once

    added: list[int] = []
    check()
    assert sum(added) > 0  # the devices really held records


def test_a_restart_undone_on_one_device_does_not_come_back_from_the_other(
    cli: Cli, laptop: Path, desktop: Path, tmp_path: Path
) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-01-01")
    _on(laptop, cli, "relapse", "alcohol", "--at", "2026-11-01 21:00")
    _on(desktop, cli, "import", str(_export(laptop, cli, tmp_path, "before.json")))  # both have the restart
    _on(laptop, cli, "relapse", "undo", "alcohol", "--yes")  # a mistake, taken back on the laptop

    # the desktop's older copy still holds the restart: importing it keeps it out
    _on(laptop, cli, "import", str(_export(desktop, cli, tmp_path, "desktop.json")))
    kinds = [e["kind"] for e in Store(laptop).all("counters")[0]["events"]]
    assert kinds == ["start"]

    # and the undo travels: the desktop takes the restart out when it imports the laptop's file
    _on(desktop, cli, "import", str(_export(laptop, cli, tmp_path, "after.json")))
    counter = Store(desktop).all("counters")[0]
    assert [e["kind"] for e in counter["events"]] == ["start"]
    assert [edit["action"] for edit in counter["edits"]] == ["undo"]  # the correction is kept, once
