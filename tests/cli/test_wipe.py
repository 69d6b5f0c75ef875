"""`recover wipe`: deletes the data file, backups, lock and temp files only when confirmed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recovery_tui.store import Store


def _checkin() -> dict[str, object]:
    return {
        "date": "2026-11-19",
        "at": "2026-11-19T20:00:00+00:00",
        "mood": 3,
        "craving": 2,
        "sober": [],
        "gratitude": None,
        "note": None,
        "difficulty": None,
        "confidence": None,
    }


def _seed(db_path: Path, now: datetime) -> list[Path]:
    clock = {"now": now - timedelta(days=1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("checkins", _checkin(), now=clock["now"])
    clock["now"] = now
    store.insert("checkins", _checkin(), now=now)
    (db_path.parent / f".{db_path.name}.x1.tmp").write_text("{")
    other = Store(db_path.parent / "other.json")
    other.insert("checkins", _checkin(), now=now)
    return sorted(p for p in db_path.parent.rglob("*") if p.is_file())


def test_scripts_need_both_flags(cli, db_path: Path, now: datetime) -> None:
    before = _seed(db_path, now)
    for args in ((), ("--yes",), ("--i-understand",)):
        result = cli("wipe", *args)
        assert result.exit_code == 1
        assert "--yes --i-understand" in result.stderr
    assert sorted(p for p in db_path.parent.rglob("*") if p.is_file()) == before


def test_wipe_with_both_flags_deletes_only_this_file_family(cli, db_path: Path, now: datetime) -> None:
    _seed(db_path, now)
    result = cli("wipe", "--yes", "--i-understand")
    assert result.exit_code == 0, result.stderr
    left = sorted(p.name for p in db_path.parent.rglob("*") if p.is_file())
    assert left == ["other.json", "other.json.lock"]
    assert not db_path.exists()
    assert "Deleted 4 files" in result.stdout  # data file, its backup, the temp file, the lock
    assert cli("where", "--json").exit_code == 0


def test_typed_phrase(cli, db_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(db_path, now)
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    wrong = cli("wipe", input="yes\n")
    assert wrong.exit_code == 1 and "nothing was deleted" in wrong.stdout
    assert db_path.exists()
    right = cli("wipe", "--yes", input="delete my data\n")
    assert right.exit_code == 0
    assert not db_path.exists() and not (db_path.parent / "backups").exists()


def test_wipe_encrypted_file_needs_no_passphrase(cli, db_path: Path, now: datetime) -> None:
    _seed(db_path, now)
    assert cli("encrypt", env={"RECOVER_PASSPHRASE_CMD": "printf 'long passphrase'"}).exit_code == 0
    result = cli("wipe", "--yes", "--i-understand")
    assert result.exit_code == 0 and not db_path.exists()


def test_nothing_to_wipe(cli) -> None:
    result = cli("wipe", "--yes", "--i-understand")
    assert result.exit_code == 0 and "nothing to delete" in result.stdout


def test_wipe_removes_editor_leftovers(cli, db_path: Path, now: datetime) -> None:
    _seed(db_path, now)
    editing = db_path.parent / ".editing"
    editing.mkdir(mode=0o700)
    (editing / "journal-abc.md").write_text("half an entry")
    assert cli("wipe", "--yes", "--i-understand").exit_code == 0
    assert not editing.exists()
