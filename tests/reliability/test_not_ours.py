"""Refuse what is not ours: foreign JSON, old files that cannot be upgraded, FIFOs, folders,
empty --db / RECOVER_DB. Each is refused in one line naming the file, left byte for byte as
it was, and never copied into backups/ again and again; `recover sos` still shows crisis lines.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from recovery_tui.store import Store
from recovery_tui.store.migrations import CURRENT_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FOREIGN = b'{"servers": {"prod": {}}}'
READ_ONLY = [("where",), ("where", "--json"), ("status",), ("config", "list"), ("doctor",), ("export", "--out", "-")]
WRITING = [("config", "set", "currency", "EUR"), ("trigger", "payday", "--intensity", "3"), ("doctor", "--repair")]


def _one_line_naming(result, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0], result.stderr
    assert "Traceback" not in result.output


def test_foreign_json_is_refused_by_every_command_and_never_rewritten(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(FOREIGN)
    before = os.stat(db_path)
    for args in READ_ONLY + WRITING:
        result = cli(*args)
        if args[0] == "doctor":
            assert result.exit_code == 1 and "not a recover data file" in result.stdout, result.output
        else:
            _one_line_naming(result, db_path)
            assert "not a recover data file" in result.stderr
    assert db_path.read_bytes() == FOREIGN
    after = os.stat(db_path)
    assert (after.st_ino, after.st_mtime_ns, stat.S_IMODE(after.st_mode)) == (
        before.st_ino,
        before.st_mtime_ns,
        stat.S_IMODE(before.st_mode),
    )
    assert not (db_path.parent / "backups").exists()


def test_sos_shows_crisis_lines_for_a_foreign_file(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(FOREIGN)
    result = cli("sos")
    assert result.exit_code == 0 and "988" in result.stdout, result.output
    assert db_path.read_bytes() == FOREIGN


def test_prototype_file_still_migrates_and_empty_tinydb_file_is_ours(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURES / "v0_prototype.json", db_path)
    assert cli("where", "--json").exit_code == 0
    assert Store(db_path).schema_version() == CURRENT_VERSION
    db_path.write_bytes(b'{"_default": {}}')
    result = cli("config", "set", "currency", "EUR")
    assert result.exit_code == 0, result.output
    assert Store(db_path).meta("config")["currency"] == "EUR"


def test_an_old_file_that_cannot_be_upgraded_gains_no_copies(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    prototype = json.loads((FIXTURES / "v0_prototype.json").read_text())
    prototype["counters"]["1"]["start"] = "the day I stopped"  # not a time: the upgrade cannot convert it
    raw = json.dumps(prototype).encode()
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(raw)
    for args in [("where",), ("status",), ("config", "set", "currency", "EUR"), ("where",)]:
        result = cli(*args)
        _one_line_naming(result, db_path)
    assert db_path.read_bytes() == raw
    backups = db_path.parent / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []


@pytest.fixture
def fifo(db_path: Path) -> Path:
    db_path.parent.mkdir(parents=True)
    os.mkfifo(db_path, 0o600)
    return db_path


@pytest.mark.parametrize(
    "args",
    [
        ("where",),
        ("status",),
        ("status", "--short"),
        ("checkin", "--mood", "3", "--craving", "2"),
        ("trigger", "payday"),
        ("backup", "create"),
        ("encrypt",),
        ("wipe", "--yes", "--i-understand"),
    ],
)
def test_a_fifo_as_data_file_is_refused_at_once(fifo: Path, args: tuple[str, ...], run_recover) -> None:  # type: ignore[no-untyped-def]
    proc = run_recover(*args, env={"RECOVER_PASSPHRASE_CMD": "echo long-enough-pass"}, timeout=30)
    if args == ("status", "--short"):
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    else:
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert proc.stderr.count("\n") == 1 and str(fifo) in proc.stderr and "FIFO" in proc.stderr, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(fifo.parent)) in (["recover.json"], ["recover.json", "recover.json.lock"])


def test_sos_and_doctor_with_a_fifo_as_data_file(fifo: Path, run_recover) -> None:  # type: ignore[no-untyped-def]
    proc = run_recover("sos", timeout=30)
    assert proc.returncode == 0 and "988" in proc.stdout, proc.stdout + proc.stderr
    os.chmod(fifo.parent, 0o755)
    proc = run_recover("doctor", "--repair", "--yes", timeout=30)
    assert stat.S_IMODE(fifo.parent.stat().st_mode) == 0o755  # not recover's folder: never changed
    assert proc.returncode == 1 and "FIFO" in proc.stdout and "Traceback" not in proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not (fifo.parent / "backups").exists()


def test_wipe_refuses_a_folder_as_data_path(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_path.mkdir(parents=True)
    (db_path / "keep.txt").write_text("mine")
    result = cli("wipe", "--yes", "--i-understand")
    _one_line_naming(result, db_path)
    assert "a folder" in result.stderr and "Nothing was deleted" in result.stderr
    assert (db_path / "keep.txt").read_text() == "mine"


def test_empty_db_option_and_variable_are_refused(tmp_path: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    default = tmp_path / "home" / ".local" / "share" / "recover"
    result = cli("--db", "", "trigger", "payday")
    assert result.exit_code == 2 and "--db" in result.stderr and result.stderr.count("\n") == 1, result.output
    monkeypatch.setenv("RECOVER_DB", "")
    result = cli("trigger", "payday")
    assert result.exit_code == 1 and "RECOVER_DB" in result.stderr and result.stderr.count("\n") == 1
    assert not default.exists()


def test_empty_recover_db_in_the_fast_paths(tmp_path: Path, run_recover) -> None:  # type: ignore[no-untyped-def]
    for args in (("status", "--short"), ("checkin", "--mood", "3", "--craving", "2")):
        proc = run_recover(*args, env={"RECOVER_DB": ""})
        assert proc.returncode == 1 and "RECOVER_DB" in proc.stderr, (args, proc.stderr)
    assert not (tmp_path / "home" / ".local" / "share" / "recover").exists()
