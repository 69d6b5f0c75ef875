"""Files recover cannot read are refused with one line and never touched; old files migrate
after a verified backup; newer files are refused."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from recovery_tui.errors import DataFileError
from recovery_tui.store import Store, schemas
from recovery_tui.store.migrations import CURRENT_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD = b'{"meta": {"schema": {"schema_version": 1}}, "triggers": {}}'

DAMAGED = {
    "empty": b"",
    "truncated": GOOD[: len(GOOD) // 2],
    "nul_filled": b"\x00" * 4096,
    "trailing_garbage": GOOD + b"\n}}garbage",
    "not_json": b"mood=4 craving=2\n",
    "wrong_shape_list": b"[1, 2, 3]",
    "wrong_shape_table": b'{"meta": {"schema": {"schema_version": 1}}, "triggers": [1, 2]}',
    "wrong_shape_record": b'{"meta": {"schema": {"schema_version": 1}}, "triggers": {"a": 5}}',
    "bad_version": b'{"meta": {"schema": {"schema_version": "one"}}}',
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_file_refused_and_unchanged(name: str, db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(DAMAGED[name])
    before = db_path.stat()
    for args in (("where",), ("config", "set", "currency", "€"), ("config", "list")):
        result = cli(*args)
        assert result.exit_code == 1, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(db_path) in lines[0], result.stderr
        assert "Traceback" not in result.output
    assert db_path.read_bytes() == DAMAGED[name]
    after = db_path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert sorted(os.listdir(db_path.parent)) in (["recover.json"], ["recover.json", "recover.json.lock"])


def test_damaged_file_refused_by_store_and_dashboard_entry(db_path: Path, run_recover) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(DAMAGED["truncated"])
    with pytest.raises(DataFileError, match="not valid JSON"):
        Store(db_path).all("triggers")
    proc = run_recover("dashboard")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and str(db_path) in proc.stderr
    assert db_path.read_bytes() == DAMAGED["truncated"]


def test_version_zero_file_migrates_after_a_verified_backup(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURES / "v0_prototype.json", db_path)
    original = db_path.read_bytes()

    result = cli("where", "--json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["schema_version"] == CURRENT_VERSION
    assert info["tables"] == {"checkins": 2, "counters": 2}

    backups = list((db_path.parent / "backups").iterdir())
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert backups[0].stat().st_mode & 0o777 == 0o600

    store = Store(db_path)
    for table in ("counters", "checkins"):
        for record in store.all(table):
            schemas.validate(table, record)  # every migrated record meets the v1 contract
    alcohol = next(r for r in store.all("counters") if r["name"] == "alcohol")
    assert [e["kind"] for e in alcohol["events"]] == ["start", "relapse"]
    assert alcohol["events"][0]["at"] == "2025-01-10T08:00:00+00:00"
    assert alcohol["cost_per_day"] == 12.5
    # migrating again is a no-op
    again = cli("where", "--json")
    assert json.loads(again.stdout)["schema_version"] == CURRENT_VERSION
    assert len(list((db_path.parent / "backups").iterdir())) == 1


def test_newer_file_refused_and_unchanged(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    newer = json.dumps({"meta": {"schema": {"schema_version": CURRENT_VERSION + 1}}, "future_table": {}}).encode()
    db_path.write_bytes(newer)
    for args in (("where",), ("config", "set", "currency", "€")):
        result = cli(*args)
        assert result.exit_code == 1
        assert "newer version of recover" in result.stderr
    assert db_path.read_bytes() == newer
