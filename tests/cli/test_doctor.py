"""`recover doctor` finds each seeded problem, explains it, and `--repair` fixes what it can."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

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


def _healthy(db_path: Path, now: datetime) -> Store:
    clock = {"now": now - timedelta(days=1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("checkins", _checkin("one"), now=clock["now"])
    clock["now"] = now
    store.insert("checkins", _checkin("two"), now=now)  # makes a daily backup of "one"
    return store


def _findings(cli) -> tuple[int, list[dict[str, str]]]:  # type: ignore[no-untyped-def]
    result = cli("doctor", "--json")
    return result.exit_code, json.loads(result.stdout)["findings"]


def _problem_checks(findings: list[dict[str, str]]) -> set[str]:
    return {f["check"] for f in findings if f["level"] == "problem"}


def test_healthy_file_is_all_ok(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    result = cli("doctor")
    assert result.exit_code == 0, result.stdout
    assert "PROBLEM" not in result.stdout
    assert "ok      backups: 1 backup loads" in result.stdout


def test_missing_file_is_fine(cli) -> None:
    result = cli("doctor")
    assert result.exit_code == 0
    assert "no data file yet" in result.stdout
    assert "no backups yet" in result.stdout


def test_damaged_file_found_and_repaired_from_backup(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    db_path.write_bytes(b'{"checkins": {"x": ')
    code, findings = _findings(cli)
    assert code == 1 and "file" in _problem_checks(findings)
    text = cli("doctor").stdout
    assert "cannot be read" in text and "doctor --repair" in text
    refused = cli("doctor", "--repair")
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert db_path.read_bytes() == b'{"checkins": {"x": '
    fixed = cli("doctor", "--repair", "--yes")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    assert "Restored" in fixed.stdout and "Everything checks out now." in fixed.stdout
    assert [c["note"] for c in Store(db_path).all("checkins")] == ["one"]
    damaged = [p for p in (db_path.parent / "backups").iterdir() if ".damaged." in p.name]
    assert len(damaged) == 1 and damaged[0].read_bytes() == b'{"checkins": {"x": '


def test_damaged_file_without_backup_is_left_alone(cli, db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700, parents=True)
    db_path.write_bytes(b"")
    os.chmod(db_path, 0o600)
    result = cli("doctor", "--repair", "--yes")
    assert result.exit_code == 1
    assert "no good backup" in result.stderr
    assert db_path.read_bytes() == b""


def test_schema_invalid_record_found(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    data = json.loads(db_path.read_text())
    record_id = next(iter(data["checkins"]))
    data["checkins"][record_id]["mood"] = 9
    db_path.write_text(json.dumps(data))
    code, findings = _findings(cli)
    assert code == 1
    problem = next(f for f in findings if f["check"] == "records")
    assert "checkins.mood" in problem["message"] and record_id in problem["message"]


def test_loose_permissions_found_and_fixed(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    os.chmod(db_path, 0o644)
    os.chmod(db_path.parent, 0o755)
    code, findings = _findings(cli)
    assert code == 1 and "permissions" in _problem_checks(findings)
    result = cli("doctor", "--repair")
    assert result.exit_code == 0, result.stdout
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700


def test_leftover_temp_file_found_and_removed(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    leftover = db_path.parent / f".{db_path.name}.abc123.tmp"
    leftover.write_bytes(b'{"half": ')
    code, findings = _findings(cli)
    assert code == 1 and "temp files" in _problem_checks(findings)
    result = cli("doctor", "--repair")
    assert result.exit_code == 0
    assert "Removed 1 leftover temp file." in result.stdout
    assert not leftover.exists()


def test_held_lock_found(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    from filelock import FileLock

    holder = FileLock(str(db_path.with_name(db_path.name + ".lock")))
    with holder:
        code, findings = _findings(cli)
    lock = next(f for f in findings if f["check"] == "lock")
    assert lock["level"] == "note" and "Another recover process" in lock["message"]


def test_no_backups_and_unreadable_backup_found(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("one"), now=now)
    _, findings = _findings(cli)
    assert any(f["check"] == "backups" and "no backups yet" in f["message"] for f in findings)
    store = _healthy(db_path, now)
    copy = store.backups()[0]
    copy.path.write_bytes(b"garbage")
    code, findings = _findings(cli)
    assert code == 1
    problem = next(f for f in findings if f["check"] == "backups" and f["level"] == "problem")
    assert copy.name in problem["message"]


def test_encrypted_without_passphrase_is_a_note(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    env = {"RECOVER_PASSPHRASE_CMD": "printf 'long passphrase'"}
    assert cli("encrypt", env=env).exit_code == 0
    result = cli("doctor")
    assert result.exit_code == 0
    assert "encrypted and its contents were not checked" in result.stdout
    checked = cli("doctor", env=env)
    assert checked.exit_code == 0 and "loads (encrypted)" in checked.stdout
    wrong = cli("doctor", "--json", env={"RECOVER_PASSPHRASE_CMD": "printf 'wrong one!'"})
    assert wrong.exit_code == 1 and "Wrong passphrase" in wrong.stdout


def test_older_file_is_a_note_not_a_problem(cli, db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700, parents=True)
    db_path.write_text(json.dumps({"counters": {"1": {"name": "alcohol", "start": "2026-10-01T08:00:00"}}}))
    os.chmod(db_path, 0o600)
    before = db_path.read_bytes()
    result = cli("doctor")
    assert result.exit_code == 0, result.stdout
    assert "older version of recover" in result.stdout
    assert db_path.read_bytes() == before  # doctor never upgrades or writes


def test_editor_leftovers_are_reported_never_deleted(cli, db_path: Path, now: datetime) -> None:
    _healthy(db_path, now)
    editing = db_path.parent / ".editing"
    editing.mkdir(mode=0o700)
    leftover = editing / "journal-abc.md"
    leftover.write_text("half a journal entry")
    result = cli("doctor", "--repair")
    assert "left by an editor session" in result.stdout
    assert leftover.read_text() == "half a journal entry"
