"""The demo history: deterministic, valid against every schema, realistic in its counts."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from recovery_tui.core.demo import build_history
from recovery_tui.errors import InvalidInput
from recovery_tui.services.counters import list_counters
from recovery_tui.services.demo import write_demo
from recovery_tui.store import Store, schemas


def test_history_is_deterministic_and_valid(now: datetime) -> None:
    first = build_history(now, 1, seed=3)
    assert first == build_history(now, 1, seed=3)
    assert first != build_history(now, 1, seed=4)
    for table, records in first.items():
        for record in records:
            schemas.validate(table, record)
    counts = {table: len(records) for table, records in first.items()}
    assert counts["counters"] == 2
    assert counts["checkins"] == 365  # one a day
    assert 1.5 * 365 <= counts["triggers"] <= 2.5 * 365  # about two a day
    assert 0.7 * 365 <= counts["journal"] <= 0.9 * 365  # most days
    words = [len(r["text"].split()) for r in first["journal"]]
    assert min(words) == max(words) == 100
    assert counts["skill_sessions"] > 50 and counts["help_requests"] >= 10 and counts["meetings"] > 60


def test_write_demo_refuses_a_file_with_records(cli, db_path, now: datetime) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol").exit_code == 0
    before = db_path.read_bytes()
    result = cli("demo", "--years", "1")
    assert result.exit_code == 1 and "already holds your records" in result.stderr
    assert db_path.read_bytes() == before
    with pytest.raises(InvalidInput, match="years"):
        write_demo(Store(db_path.with_name("other.json")), years=0, now=now)


def test_demo_command_fills_an_empty_file(cli, db_path) -> None:  # type: ignore[no-untyped-def]
    result = cli("demo", "--years", "1")
    assert result.exit_code == 0, result.output
    info = json.loads(cli("where", "--json").stdout)
    assert info["tables"]["checkins"] == 365
    names = [c.name for c in list_counters(Store(db_path))]
    assert names == ["alcohol", "nicotine"]
    status = cli("status", "--short")
    assert status.exit_code == 0 and "alcohol" in status.stdout


def test_demo_takes_db_after_the_command_as_the_issue_writes_it(cli, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "elsewhere" / "demo.json"
    result = cli("demo", "--years", "1", "--db", str(target))
    assert result.exit_code == 0, result.output
    assert str(target) in result.stdout
    assert Store(target).count("checkins") == 365
    assert not db_path.exists()  # RECOVER_DB was not touched
    again = cli("demo", "--years", "1", "--db", str(target))
    assert again.exit_code == 1 and "already holds your records" in again.stderr
