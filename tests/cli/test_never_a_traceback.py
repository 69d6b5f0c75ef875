"""Never a traceback: damaged files, odd values and broken streams give one line, not a crash.

Issue 15, item 4. Damaged data files run as real `recover` processes: exit 1, one line on
stderr naming the file (and the table), no 'Traceback', the file byte for byte unchanged, and
`recover sos` still shows the crisis lines (exit 0). Odd values (far dates, huge spans and
numbers, bytes that are not UTF-8, devices as files) are refused in one line, exit 1 (2 for
usage), and nothing is stored; a command that stored something never then fails.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.store import Store

Run = Callable[..., subprocess.CompletedProcess[str]]
REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(autouse=True)
def _uk_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # sos: Samaritans 116 123


def _healthy(db_path: Path, now: datetime) -> dict[str, Any]:
    """A small real data file (a counter, a check-in, a contact), as plain JSON."""
    store = Store(db_path)
    store.insert(
        "counters",
        {
            "name": "alcohol",
            "events": [
                {
                    "id": "0d9c6c9e-3f43-4c4e-9d27-2b9f7e3c1a01",
                    "kind": "start",
                    "at": "2026-10-01T08:00:00+00:00",
                    "note": None,
                }
            ],
            "archived": False,
            "cost_per_day": None,
            "hours_per_day": None,
            "custom_milestones": [],
            "edits": [],
        },
        now=now,
    )
    store.insert(
        "checkins",
        {
            "date": "2026-11-20",
            "at": "2026-11-20T19:00:00+00:00",
            "mood": 3,
            "craving": 2,
            "sober": [],
            "gratitude": None,
            "note": None,
            "difficulty": None,
            "confidence": None,
        },
        now=now,
    )
    data: dict[str, Any] = json.loads(db_path.read_text())
    return data


def _one_counter(data: dict[str, Any]) -> dict[str, Any]:
    counter: dict[str, Any] = next(iter(data["counters"].values()))
    return counter


def _without_events(data: dict[str, Any]) -> str:
    del _one_counter(data)["events"]
    return json.dumps(data)


def _events_a_string(data: dict[str, Any]) -> str:
    _one_counter(data)["events"] = "2026-10-01"
    return json.dumps(data)


def _table_a_list(data: dict[str, Any]) -> str:
    data["counters"] = list(data["counters"].values())
    return json.dumps(data)


def _meta_missing(data: dict[str, Any]) -> str:
    del data["meta"]
    return json.dumps(data)


def _name_a_number(data: dict[str, Any]) -> str:
    _one_counter(data)["name"] = 5
    return json.dumps(data)


def _time_not_a_time(data: dict[str, Any]) -> str:
    _one_counter(data)["events"][0]["at"] = "soon"
    return json.dumps(data)


def _year_1(data: dict[str, Any]) -> str:
    _one_counter(data)["events"].append(
        {
            "id": "5a0c1c52-7b43-4d7e-8f5d-3f8e2c6b9a01",
            "kind": "relapse",
            "at": "0001-01-01T00:00:00+14:00",
            "note": None,
        }
    )
    return json.dumps(data)


def _year_9999(data: dict[str, Any]) -> str:
    _one_counter(data)["events"].append(
        {
            "id": "5a0c1c52-7b43-4d7e-8f5d-3f8e2c6b9a02",
            "kind": "relapse",
            "at": "9999-12-31T23:59:59-14:00",
            "note": None,
        }
    )
    return json.dumps(data)


def _nested_whole_file(data: dict[str, Any]) -> str:
    return '{"meta": ' + "[" * 100_000 + "]" * 100_000 + "}"


def _nested_in_a_table(data: dict[str, Any]) -> str:
    # our own one-table-per-line layout, without checksums (as after a deliberate hand edit: a
    # line that does not match its checksum is refused before it is parsed), so the line is parsed
    meta = {key: value for key, value in data["meta"].items() if key != "layout"}
    text = json.dumps(meta)
    deep = '{"x": ' * 100_000 + "1" + "}" * 100_000
    return '{\n"meta": ' + text + ',\n"counters": {"a": ' + deep + "}\n}\n"


DAMAGED = {
    "counter without events": (_without_events, "table 'counters'"),
    "events a string": (_events_a_string, "table 'counters'"),
    "table a list": (_table_a_list, "table 'counters'"),
    "meta missing": (_meta_missing, "table 'counters'"),
    "name a number": (_name_a_number, "table 'counters'"),
    "time not a time": (_time_not_a_time, "table 'counters'"),
    "year 1": (_year_1, "1900-2999"),
    "year 9999": (_year_9999, "1900-2999"),
    "100,000 levels of JSON": (_nested_whole_file, "nested too deeply"),
    "100,000 levels in a table": (_nested_in_a_table, "nested too deeply"),
}


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("case", list(DAMAGED), ids=list(DAMAGED))
def test_a_damaged_file_gets_one_line_and_stays_as_it_was(
    case: str, run_recover: Run, db_path: Path, now: datetime
) -> None:
    damage, named = DAMAGED[case]
    db_path.write_text(damage(copy.deepcopy(_healthy(db_path, now))))
    before = db_path.read_bytes()
    backups = sorted((db_path.parent / "backups").iterdir())
    for command in (["status"], ["checkin", "--mood", "3", "--craving", "2"], ["export", "--out", "-"]):
        result = run_recover(*command)
        assert result.returncode == 1, (command, result.stderr)
        line = _one_line(result.stderr)
        assert str(db_path) in line and named in line, line
        assert db_path.read_bytes() == before
    sos = run_recover("sos")
    assert sos.returncode == 0 and "Traceback" not in sos.stderr
    assert "116 123" in sos.stdout  # the crisis lines, whatever the file holds
    assert db_path.read_bytes() == before
    assert sorted((db_path.parent / "backups").iterdir()) == backups  # no copy per failing command


@pytest.mark.parametrize(
    "args",
    [
        ["counter", "add", "x", "--since", "99999999d"],
        ["counter", "add", "x", "--since", "0001-01-01"],
        ["relapse", "alcohol", "--at", "-99999999d"],
        ["relapse", "alcohol", "--at", "9999-12-31T23:59"],
        ["journal", "add", "hi", "--at", "0001-01-01T00:00"],
        ["journal", "list", "--since", "99999999d"],
        ["journal", "list", "--until", "0001-01-01"],
        ["insights", "--since", "99999999d"],
        ["export", "--since", "99999999d", "--out", "-"],
        ["trigger", "list", "--since", "99999999999999999999w"],
        ["today", "--date", "9999-12-31"],
        ["config", "set", "points.meeting", "123456789012345678901234567890"],
        ["config", "set", "backups.daily", "100000"],
    ],
    ids=lambda args: " ".join(args),
)
def test_odd_values_are_refused_in_one_line(args: list[str], cli: Callable[..., Any], db_path: Path) -> None:
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    before = db_path.read_bytes()
    result = cli(*args)
    assert result.exit_code == 1, result.output
    line = _one_line(result.stderr)
    assert line.startswith("recover: ") and ("1900" in line or "2999" in line or "from 0 to" in line), line
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "-99999999d"])
def test_checkin_fast_path_refuses_far_days(day: str, run_recover: Run, db_path: Path) -> None:
    result = run_recover("checkin", "--mood", "3", "--craving", "2", "--date", day)
    assert result.returncode == 1
    assert "--date" in _one_line(result.stderr)
    assert not db_path.exists()


def test_an_out_of_range_stored_setting_breaks_nothing(cli: Callable[..., Any], db_path: Path, now: datetime) -> None:
    data = _healthy(db_path, now)
    data["meta"]["config"] = {"points.meeting": 10**30, "backups.daily": -5}
    db_path.write_text(json.dumps(data))
    for args in (["export", "--out", "-"], ["reward", "balance", "--json"], ["config", "list", "--json"]):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    settings = json.loads(cli("config", "list", "--json").stdout)
    assert settings["points.meeting"] == 3 and settings["backups.daily"] == 7  # the defaults
    assert cli("config", "set", "points.meeting", "1000").exit_code == 0


def test_non_utf8_journal_from_a_pipe_is_kept_visibly(run_recover: Run, db_path: Path) -> None:
    repo_env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "recovery_tui", "journal", "add"],
        input=b"caf\xe9 and \xff\xfe then fine\n",
        capture_output=True,
        env=repo_env,
        timeout=60,
    )
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr and "not UTF-8" in stderr
    texts = [r["text"] for r in Store(db_path).all("journal")]
    assert texts == ["caf\ufffd and \ufffd\ufffd then fine"]


def test_non_utf8_argument_is_refused(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "recovery_tui", "journal", "add", b"caf\xe9"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "not UTF-8" in _one_line(stderr)
    assert not db_path.exists()


def test_passphrase_command_printing_non_utf8(run_recover: Run, db_path: Path, tmp_path: Path) -> None:
    assert run_recover("checkin", "--mood", "3", "--craving", "2").returncode == 0
    good = {"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'"}
    assert run_recover("encrypt", env=good).returncode == 0
    before = db_path.read_bytes()
    script = tmp_path / "pass.sh"
    script.write_text("#!/bin/sh\nprintf 'a long pass\\377phrase'\n")
    script.chmod(0o700)
    result = run_recover("status", env={"RECOVER_PASSPHRASE_CMD": str(script)})
    assert result.returncode == 1
    assert "RECOVER_PASSPHRASE_CMD" in _one_line(result.stderr) and "UTF-8" in result.stderr
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_import_refuses_what_is_not_a_file_at_once(source: str, run_recover: Run, tmp_path: Path) -> None:
    path = Path(source)
    if source == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    elif source == "folder":
        path = tmp_path
    result = run_recover("import", str(path), timeout=30)
    assert result.returncode == 1
    assert "not a regular file" in _one_line(result.stderr) or "is a folder" in result.stderr


def test_import_refuses_an_oversize_file(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recovery_tui.services import importer

    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"meta": {"schema": {"schema_version": 1}}, "journal": {}}) + " " * 2000)
    result = cli("import", str(big))
    assert result.exit_code == 1 and "larger than" in _one_line(result.stderr)


def test_a_saved_change_is_not_reported_as_a_failure_when_stdout_is_full(db_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for args in (["journal", "add", "slept well"], ["checkin", "--mood", "3", "--craving", "2"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "recovery_tui", *args],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                timeout=60,
            )
        assert result.returncode == 0, result.stderr  # a script must not retry and save it twice
        assert "was saved" in _one_line(result.stderr)
    store = Store(db_path)
    assert len(store.all("journal")) == 1 and len(store.all("checkins")) == 1


@pytest.mark.parametrize("out", ["a\x00b", "x" * 5000, ""])
def test_export_to_an_impossible_path(
    out: str, cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("export", "--out", out)
    assert result.exit_code == 1
    assert "--out" in _one_line(result.stderr)


@pytest.mark.parametrize("frozen", ["soon", "0001-01-01T00:00"])
def test_a_bad_recover_now_is_one_line_and_sos_still_works(frozen: str, run_recover: Run) -> None:
    result = run_recover("status", env={"RECOVER_NOW": frozen})
    assert result.returncode == 1
    assert "RECOVER_NOW" in _one_line(result.stderr)
    sos = run_recover("sos", env={"RECOVER_NOW": frozen})
    assert sos.returncode == 0 and "116 123" in sos.stdout


def test_an_editor_saving_latin1_keeps_the_entry(cli: Callable[..., Any], db_path: Path, tmp_path: Path) -> None:
    editor = tmp_path / "latin1-editor.sh"
    editor.write_text("#!/bin/sh\nprintf 'caf\\351 au lait' > \"$1\"\n")
    editor.chmod(0o700)
    result = cli("journal", "add", input="", env={"VISUAL": str(editor), "RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0, result.stderr
    assert "not UTF-8" in _one_line(result.stderr)
    assert [r["text"] for r in Store(db_path).all("journal")] == ["caf\ufffd au lait"]


ODD_VALUES = [
    "",
    "-1",
    "99999999999999999999999999999",
    "nan",
    "-99999999d",
    "0001-01-01",
    "9999-12-31T23:59",
    "a\x00b",
]


def _every_command() -> list[tuple[list[str], Any]]:
    from typer.main import get_command

    from recovery_tui.cli.app import COMMANDS, app

    root: Any = get_command(app)
    found: list[tuple[list[str], Any]] = []
    for name in COMMANDS:
        if name in {"dashboard", "demo", "wipe", "encrypt", "decrypt"}:  # screens and prompts
            continue
        command = root.get_command(None, name)
        for sub, leaf in getattr(command, "commands", {None: command}).items():
            found.append(([name] if sub is None else [name, sub], leaf))
    return found


@pytest.mark.slow  # about 1,000 commands in process: 30 s on a busy machine
def test_every_option_of_every_command_survives_odd_values(
    cli: Callable[..., Any], db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fuzz over every command: each option and argument given each odd value in turn ends
    in a clean exit (any code), never in an exception escaping the CLI."""
    monkeypatch.chdir(tmp_path)  # exports named after odd values land here
    for args in (
        ["counter", "add", "alcohol", "--since", "30d"],
        ["contact", "add", "Sam", "--reach", "555-0100"],
        ["reward", "add", "book", "--cost", "3"],
    ):
        assert cli(*args).exit_code == 0
    from typer.testing import CliRunner

    from recovery_tui.cli.app import app

    runner = CliRunner()
    seeded = db_path.read_bytes()
    crashes: list[str] = []
    for path, command in _every_command():
        arguments = [p for p in command.params if p.param_type_name == "argument" and p.required]
        usual = ["alcohol" for _ in arguments]
        cases = [
            [*path, *usual, option.opts[0], value]
            for option in command.params
            if option.param_type_name == "option" and not option.is_flag and option.name != "help"
            for value in ODD_VALUES
        ]
        cases += [
            [*path, *usual[:index], value, *usual[index + 1 :]]
            for index in range(len(arguments))
            for value in ODD_VALUES
        ]
        for case in cases:
            db_path.write_bytes(seeded)
            result = runner.invoke(app, case, input="")
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                crashes.append(f"{case!r}: {result.exception!r}")
    assert crashes == []


def test_a_backup_with_a_wrong_typed_record_is_not_restored(
    cli: Callable[..., Any], db_path: Path, now: datetime
) -> None:
    data = _healthy(db_path, now)
    assert cli("backup", "create").exit_code == 0
    backup = sorted((db_path.parent / "backups").glob("*.json"))[-1]
    backup.write_text(_without_events(data))
    before = db_path.read_bytes()
    result = cli("backup", "restore", backup.name, "--yes")
    assert result.exit_code == 1
    assert "table 'counters'" in _one_line(result.stderr)
    assert db_path.read_bytes() == before


def test_a_future_since_says_future_not_not_understood(cli: Callable[..., Any]) -> None:
    result = cli("insights", "--since", "2027-01-01")
    assert result.exit_code == 1
    assert "is in the future" in _one_line(result.stderr)
