"""`recover backup list|create|restore` through the real CLI."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recovery_tui.store import Store


def _checkin(note: str) -> dict[str, object]:
    return {
        "date": "2026-11-19",
        "at": "2026-11-19T20:00:00+00:00",
        "mood": 3,
        "craving": 2,
        "sober": [],
        "gratitude": None,
        "note": note,
        "difficulty": None,
        "confidence": None,
    }


def _two_days(db_path: Path, now: datetime) -> Store:
    clock = {"now": now - timedelta(days=1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("checkins", _checkin("yesterday"), now=clock["now"])
    clock["now"] = now
    store.insert("checkins", _checkin("today"), now=now)
    return store


def test_list_json_and_text(cli, db_path: Path, now: datetime) -> None:
    assert "No backups yet" in cli("backup", "list").stdout
    _two_days(db_path, now)
    rows = json.loads(cli("backup", "list", "--json").stdout)
    assert [r["kind"] for r in rows] == ["daily"]
    assert rows[0]["name"] == "recover.daily.20261120T200000.json"
    assert "recover.daily" in cli("backup", "list").stdout


def test_restore_newest_keeps_current_aside(cli, db_path: Path, now: datetime) -> None:
    _two_days(db_path, now)
    current = db_path.read_bytes()
    refused = cli("backup", "restore")
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert db_path.read_bytes() == current
    result = cli("backup", "restore", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "kept as" in result.stdout
    assert [c["note"] for c in Store(db_path).all("checkins")] == ["yesterday"]
    aside = [p for p in (db_path.parent / "backups").iterdir() if ".before-restore." in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == current


def test_restore_by_name_asks(cli, db_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    _two_days(db_path, now)
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    declined = cli("backup", "restore", "recover.daily.20261120T200000.json", input="n\n")
    assert declined.exit_code == 0 and "Nothing was changed." in declined.stdout
    assert len(Store(db_path).all("checkins")) == 2
    accepted = cli("backup", "restore", "recover.daily", input="y\n")
    assert accepted.exit_code == 0
    assert len(Store(db_path).all("checkins")) == 1


def test_restore_unknown_name(cli, db_path: Path, now: datetime) -> None:
    _two_days(db_path, now)
    result = cli("backup", "restore", "nope", "--yes")
    assert result.exit_code == 1 and "no backup is called 'nope'" in result.stderr


def test_create_manual_backup(cli, db_path: Path, now: datetime) -> None:
    assert "nothing to back up" in cli("backup", "create").stdout
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    result = cli("backup", "create")
    assert result.exit_code == 0
    (copy,) = Store(db_path).backups()
    assert copy.label == "manual" and copy.path.read_bytes() == db_path.read_bytes()
