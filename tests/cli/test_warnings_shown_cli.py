"""Issue 19: the current warnings where the person looks, on the command line: `status`,
`status --json`, `sos` (right after the crisis lines), and the prompt marker of
`status --short` (off by default; `config set prompt.warnings on`), on crafted histories
(calm, acute, slow rise: tests/warning_histories.py) and a real file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from warning_histories import ESCAPED_NAME as ESCAPE
from warning_histories import HISTORIES, acute

from recovery_tui import wording
from recovery_tui.cli.prompt_line import fast_status_short
from recovery_tui.services import insights as insights_service
from recovery_tui.store import Store


def unsafe(text: str) -> bool:
    return any(c in text for c in "\x1b\x07\x9b\u202e")


@pytest.mark.parametrize("history", list(HISTORIES))
def test_status_shows_the_same_signs_as_the_shared_function(cli, store: Store, now: datetime, history: str) -> None:
    kinds = HISTORIES[history](store, now)
    signs = insights_service.warnings(store, now=now)
    assert [n.kind for n in signs] == kinds
    out = cli("status").stdout
    assert out.startswith("alcohol ")
    if not kinds:
        assert wording.WARNINGS_HEADING not in out and "•" not in out
        return
    assert wording.WARNINGS_HEADING in out
    assert out.count("  • ") == len(kinds)
    flat = " ".join(out.split())
    for note in signs:
        assert note.text in flat
        if note.help():
            assert note.help() in flat


@pytest.mark.parametrize("history", list(HISTORIES))
def test_status_json_carries_the_warnings_beside_the_counters(cli, store: Store, now: datetime, history: str) -> None:
    kinds = HISTORIES[history](store, now)
    data = json.loads(cli("status", "--json").stdout)
    assert [c["name"] for c in data["counters"]] == ["alcohol"]
    assert [w["kind"] for w in data["warnings"]] == kinds
    for warning, note in zip(data["warnings"], insights_service.warnings(store, now=now), strict=True):
        assert warning == {"kind": note.kind, "text": note.text, "help": note.help(), "numbers": note.numbers}


def test_the_acute_numbers_are_honest(cli, store: Store, now: datetime) -> None:
    acute(store, now)
    warnings = {w["kind"]: w for w in json.loads(cli("status", "--json").stdout)["warnings"]}
    rising = warnings["trigger_rising"]
    assert rising["numbers"] == {"trigger": "work stress", "last_7_days": 4, "weeks_before": 4, "before": 1}
    assert rising["text"].startswith("'work stress' came up 4 times in the last 7 days, against 1 in the 4 weeks")
    assert warnings["cravings_high"]["numbers"]["days"] == 3
    assert warnings["restart_recent"]["numbers"]["counters"] == ["alcohol"]


@pytest.mark.parametrize("history", list(HISTORIES))
def test_sos_shows_them_right_after_the_crisis_lines(cli, store: Store, now: datetime, history: str) -> None:
    kinds = HISTORIES[history](store, now)
    result = cli("sos")
    assert result.exit_code == 0
    out = result.stdout
    assert [w["kind"] for w in json.loads(cli("sos", "--json").stdout)["warnings"]] == kinds
    if not kinds:
        assert wording.WARNINGS_HEADING not in out
        return
    crisis, heading, contacts = (out.index(text) for text in ("Crisis lines", wording.WARNINGS_HEADING, "People you"))
    assert crisis < heading < contacts
    flat = " ".join(out[heading:contacts].split())
    for note in insights_service.warnings(store, now=now):
        assert note.text in flat
    assert "recover sos" not in out[heading:contacts]  # no pointer back to the screen we are on


def test_sos_on_a_damaged_file_shows_crisis_lines_and_no_warnings(cli, store: Store, now: datetime) -> None:
    acute(store, now)
    raw = store.path.read_bytes()
    store.path.write_bytes(raw.replace(b'"craving":9', b'"craving":8', 1))  # a checksum no longer matches
    result = cli("sos")
    assert result.exit_code == 0 and result.stderr == ""
    assert "Crisis lines" in result.stdout and wording.WARNINGS_HEADING not in result.stdout
    data = json.loads(cli("sos", "--json").stdout)
    assert data["warnings"] == [] and data["data_problem"]


def test_sos_while_another_process_holds_the_lock_still_shows_them(cli, store: Store, now: datetime) -> None:
    acute(store, now)
    with Store(store.path).locked():  # a long write elsewhere: SOS reads without the lock
        result = cli("sos", "--json")
    assert result.exit_code == 0
    assert [w["kind"] for w in json.loads(result.stdout)["warnings"]] == [
        "restart_recent",
        "cravings_high",
        "trigger_rising",
    ]


def test_sos_on_a_locked_encrypted_file_shows_no_warnings(cli, store: Store, now: datetime) -> None:
    acute(store, now)
    store.encrypt("a long passphrase")
    data = json.loads(cli("sos", "--json").stdout)
    assert data["locked"] is True and data["warnings"] == [] and data["crisis_lines"]


# -- the prompt marker --------------------------------------------------------------------------
def fast(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert fast_status_short(["--db", str(db), "status", "--short"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("history", list(HISTORIES))
def test_the_prompt_marker_is_off_by_default_and_counts_the_signs_when_on(
    cli, store: Store, now: datetime, db_path: Path, history: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = HISTORIES[history](store, now)
    days = cli("status", "--short").stdout.strip()
    assert days.startswith("alcohol ") and "!" not in days
    assert fast(db_path, capsys) == days + "\n"  # off: the fast path reads only meta and counters
    assert cli("config", "set", "prompt.warnings", "on").exit_code == 0
    marked = days + (f" · !{len(kinds)}" if kinds else "")
    assert cli("status", "--short").stdout == marked + "\n"  # the Typer command ...
    assert fast(db_path, capsys) == marked + "\n"  # ... and the fast path agree
    assert cli("config", "set", "prompt.warnings", "off").exit_code == 0
    assert fast(db_path, capsys) == days + "\n"


def test_the_prompt_marker_in_a_real_shell_prompt_process(cli, store: Store, now: datetime, run_recover) -> None:
    acute(store, now)
    assert run_recover("status", "--short").stdout == "alcohol 2d\n"
    cli("config", "set", "prompt.warnings", "yes")
    done = run_recover("status", "--short")
    assert (done.returncode, done.stdout, done.stderr) == (0, "alcohol 2d · !3\n", "")


def test_prompt_warnings_takes_on_or_off_only(cli) -> None:
    refused = cli("config", "set", "prompt.warnings", "maybe")
    assert refused.exit_code == 1 and "prompt.warnings: use on or off." in refused.stderr
    assert cli("config", "get", "prompt.warnings").stdout.strip().endswith("off")


def test_the_marker_without_counters_is_the_marker_alone(
    cli, store: Store, now: datetime, db_path: Path, capsys
) -> None:
    from warning_histories import slow_rise

    slow_rise(store, now)
    cli("counter", "remove", "alcohol", "--yes")
    cli("config", "set", "prompt.warnings", "on")
    assert cli("status", "--short").stdout == "!1\n"
    assert fast(db_path, capsys) == "!1\n"


# -- stored text stays text -----------------------------------------------------------------------
def test_a_rising_trigger_named_with_escapes_is_shown_safely(
    cli, store: Store, now: datetime, db_path: Path, run_recover: Callable[..., Any]
) -> None:
    acute(store, now, name=ESCAPE)
    assert any(n.kind == "trigger_rising" for n in insights_service.warnings(store, now=now))
    for args in (("status",), ("sos",), ("insights",)):
        out = cli(*args).stdout
        assert "\\x1b]0;pwned" in out and not unsafe(out), args
    data = json.loads(cli("status", "--json").stdout)
    assert ESCAPE in data["warnings"][-1]["text"]  # JSON keeps the exact text
