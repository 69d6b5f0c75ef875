"""`recover merge FILE` (issue 21): two data folders changed while apart end up equal.

Two devices are two real data folders that start from one file (a copy, as a sync engine
makes); each adds, edits and deletes (a counter restart and its undo included) at its own
times, then each merges a copy of the other's file with the real Typer app. Hostile and
foreign files are refused in one line with nothing changed; conflict copies of the four sync
engines are listed by `recover doctor`.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.store import Store, migrations

Cli = Callable[..., Any]
PASS = "correct horse battery"
OTHER_PASS = "another long passphrase"


def _on(
    device: Path, cli: Cli, *args: str, at: str = "2026-11-20T20:00:00+00:00", env: dict[str, str] | None = None
) -> Any:
    result = cli("--db", str(device), *args, env={"RECOVER_NOW": at, **(env or {})})
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


def _tables(path: Path) -> dict[str, Any]:
    """The file's tables as plain data, without the layout checksums the store writes."""
    store = Store(path, passphrase=lambda: PASS)
    data = store.storage.read() or {}
    plain = {name: dict(data[name]) for name in data}
    plain["meta"] = {key: value for key, value in plain["meta"].items() if key != "layout"}
    return plain


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    return tmp_path / "laptop" / "recover.json"


@pytest.fixture
def desktop(tmp_path: Path) -> Path:
    return tmp_path / "desktop" / "recover.json"


def _apart(cli: Cli, laptop: Path, desktop: Path) -> None:
    """One file, copied to a second device; then both change it while apart."""
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    _on(laptop, cli, "contact", "add", "Sam", "--reach", "+44 7700 900123")
    _on(laptop, cli, "journal", "add", "before the trip")
    desktop.parent.mkdir(parents=True)
    shutil.copy2(laptop, desktop)
    # the laptop: a restart undone, a contact removed, a setting, a new counter
    _on(laptop, cli, "relapse", "alcohol", "--at", "2026-11-21 09:00", at="2026-11-21T10:00:00+00:00")
    _on(laptop, cli, "relapse", "undo", "alcohol", "--yes", at="2026-11-21T10:01:00+00:00")
    _on(laptop, cli, "contact", "remove", "Sam", "--yes", at="2026-11-21T10:02:00+00:00")
    _on(laptop, cli, "config", "set", "currency", "EUR", at="2026-11-21T10:03:00+00:00")
    _on(laptop, cli, "counter", "add", "gambling", at="2026-11-21T10:04:00+00:00")
    # the desktop: its own restart, an edit of the contact the laptop removed, a journal entry,
    # an older setting, and a counter of the same new name
    _on(desktop, cli, "relapse", "alcohol", "--at", "2026-11-21 20:00", at="2026-11-21T21:00:00+00:00")
    _on(desktop, cli, "contact", "edit", "Sam", "--note", "call after 6", at="2026-11-21T21:01:00+00:00")
    _on(desktop, cli, "journal", "add", "on the trip", at="2026-11-21T21:02:00+00:00")
    _on(desktop, cli, "config", "set", "currency", "GBP", at="2026-11-21T09:00:00+00:00")
    _on(desktop, cli, "counter", "add", "Gambling", at="2026-11-21T21:03:00+00:00")


def _merge_both_ways(cli: Cli, laptop: Path, desktop: Path, env: dict[str, str] | None = None) -> tuple[Any, Any]:
    to_laptop = laptop.with_name("recover.sync-conflict-20261206-101500-ABCDEFG.json")
    to_desktop = desktop.with_name("recover (conflicted copy 2026-12-06).json")
    shutil.copy2(desktop, to_laptop)
    shutil.copy2(laptop, to_desktop)
    at = "2026-11-22T08:00:00+00:00"
    return (
        _on(laptop, cli, "merge", str(to_laptop), at=at, env=env),
        _on(desktop, cli, "merge", str(to_desktop), at=at, env=env),
    )


def test_two_devices_apart_end_up_equal_and_lose_nothing_acknowledged(cli: Cli, laptop: Path, desktop: Path) -> None:
    _apart(cli, laptop, desktop)
    on_laptop, _ = _merge_both_ways(cli, laptop, desktop)
    assert _tables(laptop) == _tables(desktop)
    data = _tables(laptop)
    assert "counters: 1 added, 1 updated" in on_laptop.stdout
    assert "Two counters were called 'Gambling'; the later one is now 'Gambling (2)'." in on_laptop.stdout
    names = sorted(c["name"] for c in data["counters"].values())
    assert names == ["Gambling (2)", "alcohol", "gambling"]
    alcohol = next(c for c in data["counters"].values() if c["name"] == "alcohol")
    restarts = [e["at"] for e in alcohol["events"] if e["kind"] == "relapse"]
    assert restarts == ["2026-11-21T20:00:00+00:00"]  # the desktop's restart kept, the undone one stays undone
    assert [e["action"] for e in alcohol["edits"]] == ["undo"]
    assert data["contacts"] == {}  # removed on the laptop: not back from the desktop's edit
    assert [s["table"] for s in data["tombstones"].values()] == ["contacts"]
    assert sorted(e["text"] for e in data["journal"].values()) == ["before the trip", "on the trip"]
    assert data["meta"]["config"]["currency"] == "EUR"  # the later setting, on both
    # each copy was moved into backups/, nothing else left beside the data file
    for device in (laptop, desktop):
        beside = sorted(p.name for p in device.parent.iterdir())
        assert beside == ["backups", "recover.json", "recover.json.lock"]
        assert [p.name for p in (device.parent / "backups").glob("recover.merged.*")]
    # merging again changes nothing
    again = laptop.with_name("recover-DESKTOP.json")
    shutil.copy2(desktop, again)
    before = laptop.read_bytes()
    result = _on(laptop, cli, "merge", str(again), at="2026-11-22T08:00:00+00:00")
    assert "Nothing changed here" in result.stdout
    assert laptop.read_bytes() == before


def test_merge_of_encrypted_copies_with_the_same_passphrase(cli: Cli, laptop: Path, desktop: Path) -> None:
    env = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'", "RECOVER_NEW_PASSPHRASE_CMD": f"printf '{PASS}'"}
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    _on(laptop, cli, "encrypt", env=env)
    desktop.parent.mkdir(parents=True)
    shutil.copy2(laptop, desktop)
    _on(laptop, cli, "journal", "add", "laptop words", env=env)
    _on(desktop, cli, "journal", "add", "desktop words", env=env)
    _merge_both_ways(cli, laptop, desktop, env=env)
    assert laptop.read_bytes()[:8] == desktop.read_bytes()[:8] and b"laptop words" not in laptop.read_bytes()
    assert _tables(laptop) == _tables(desktop)
    assert sorted(e["text"] for e in _tables(laptop)["journal"].values()) == ["desktop words", "laptop words"]


def test_dry_run_changes_nothing_and_keeps_the_file(cli: Cli, laptop: Path, desktop: Path) -> None:
    _apart(cli, laptop, desktop)
    copy = laptop.with_name("recover-DESKTOP.json")
    shutil.copy2(desktop, copy)
    before = laptop.read_bytes()
    result = _on(laptop, cli, "merge", str(copy), "--dry-run")
    assert "Dry run: nothing was changed." in result.stdout
    assert "(would be)" in result.stdout
    assert laptop.read_bytes() == before and copy.exists()
    shown = json.loads(_on(laptop, cli, "merge", str(copy), "--dry-run", "--json").stdout)
    assert shown["changes"]["counters"] == {"added": 1, "updated": 1, "deleted": 0}


def _refused(cli: Cli, laptop: Path, target: Path, env: dict[str, str] | None = None) -> str:
    before = laptop.read_bytes()
    backups_before = sorted((laptop.parent / "backups").glob("*")) if (laptop.parent / "backups").exists() else []
    result = cli("--db", str(laptop), "merge", str(target), env=env)
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert laptop.read_bytes() == before
    after = sorted((laptop.parent / "backups").glob("*")) if (laptop.parent / "backups").exists() else []
    assert after == backups_before
    return lines[0]


def test_hostile_and_foreign_files_are_refused_in_one_line(cli: Cli, laptop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    other = tmp_path / "other.json"
    shutil.copy2(laptop, other)
    link = laptop.with_name("recover-LINK.json")
    link.symlink_to(other)
    assert "symbolic link" in _refused(cli, laptop, link)
    assert link.is_symlink() and other.exists()

    foreign = tmp_path / "servers.json"
    foreign.write_text(json.dumps({"servers": {"prod": {"host": "x"}}}))
    assert "not a recover data file" in _refused(cli, laptop, foreign)
    assert foreign.exists()

    newer = tmp_path / "newer.json"
    data = json.loads(other.read_text())
    data["meta"]["schema"]["schema_version"] = migrations.CURRENT_VERSION + 1
    newer.write_text(json.dumps(data))
    assert "newer recover" in _refused(cli, laptop, newer)

    assert "your data file itself" in _refused(cli, laptop, laptop)
    assert "cannot read" in _refused(cli, laptop, tmp_path / "missing.json")


def test_a_copy_under_another_passphrase_is_refused(cli: Cli, laptop: Path, desktop: Path) -> None:
    mine = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'", "RECOVER_NEW_PASSPHRASE_CMD": f"printf '{PASS}'"}
    theirs = {
        "RECOVER_PASSPHRASE_CMD": f"printf '{OTHER_PASS}'",
        "RECOVER_NEW_PASSPHRASE_CMD": f"printf '{OTHER_PASS}'",
    }
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    _on(laptop, cli, "encrypt", env=mine)
    _on(desktop, cli, "counter", "add", "gambling", "--since", "2026-09-01")
    _on(desktop, cli, "encrypt", env=theirs)
    copy = laptop.with_name("recover-DESKTOP.json")
    shutil.copy2(desktop, copy)
    line = _refused(cli, laptop, copy, env=mine)
    assert "passphrase" in line
    assert copy.exists()


def test_an_older_file_is_upgraded_in_memory_then_merged(cli: Cli, laptop: Path, tmp_path: Path) -> None:
    _on(laptop, cli, "counter", "add", "gambling", "--since", "2026-09-01")
    old = tmp_path / "prototype.json"
    shutil.copy2(Path(__file__).resolve().parents[1] / "fixtures" / "v0_prototype.json", old)
    before = old.read_bytes()
    result = _on(laptop, cli, "merge", str(old), "--dry-run")
    assert "counters: 2 added (would be)" in result.stdout
    assert old.read_bytes() == before  # upgraded in memory only
    _on(laptop, cli, "merge", str(old))
    assert len(Store(laptop).all("counters")) == 3


@pytest.mark.parametrize(
    ("name", "engine"),
    [
        ("recover.sync-conflict-20261206-101500-ABCDEFG.json", "Syncthing"),
        ("recover (conflicted copy 2026-12-06).json", "Dropbox"),
        ("recover (Someone's conflicted copy 2026-12-06).json", "Dropbox"),
        ("recover (conflicted copy 2026-12-06 101500).json", "Nextcloud"),
        ("recover-HOSTNAME.json", "OneDrive"),
    ],
)
def test_doctor_lists_conflict_copies_with_the_command_to_merge_each(
    cli: Cli, laptop: Path, name: str, engine: str
) -> None:
    _on(laptop, cli, "counter", "add", "alcohol", "--since", "2026-09-01")
    shutil.copy2(laptop, laptop.with_name(name))
    shutil.copy2(laptop, laptop.with_name("recover-export-20261120.json"))  # an export, not a copy
    result = cli("--db", str(laptop), "doctor")
    notes = [line for line in result.stdout.splitlines() if "conflict copy" in line]
    assert notes == [
        f"note    conflict copy: {name} looks like a {engine} conflict copy: two devices changed the file while apart."
    ]
    assert "what to do: recover merge " in result.stdout
    assert "recover-export" not in result.stdout
    # and the command doctor gives merges it
    _on(laptop, cli, "merge", str(laptop.with_name(name)))
    assert "conflict copy" not in cli("--db", str(laptop), "doctor").stdout
