"""`recover counter ...`, `relapse`, `milestones`, `share`, `status`: every command and refusal.

The clock is frozen at 2026-11-20 20:00 UTC (conftest). Refusals must print one line on
stderr, exit 1 and leave the data file byte for byte as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_tui import wording


@pytest.fixture
def two_counters(cli):  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "2026-07-01 20:00", "--cost-per-day", "12.50").exit_code == 0
    assert cli("counter", "add", "Gambling", "--since", "31d", "--hours-per-day", "2").exit_code == 0
    return cli


def refused(result, db_path: Path, before: bytes | None, match: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stderr.startswith("recover: ")
    assert result.stderr.count("\n") == 1
    assert match in result.stderr
    assert "Traceback" not in result.stderr
    assert (db_path.read_bytes() if db_path.exists() else None) == before


# -- counter add ---------------------------------------------------------------------------
def test_add_prints_the_streak_and_next_milestone(cli, db_path: Path) -> None:
    result = cli("counter", "add", "alcohol", "--since", "2026-07-01 20:00")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Started alcohol: 142d 00h 00m so far.",
        "Already behind you: 90 days.",
        "Next milestone: 6 months in 42d 00h 00m.",
        wording.WITHDRAWAL_SAFETY,  # alcohol: a pointer to care (issue 16)
    ]
    record = next(iter(json.loads(db_path.read_text())["counters"].values()))
    [event] = record["events"]
    assert {k: v for k, v in event.items() if k != "id"} == {
        "kind": "start",
        "at": "2026-07-01T20:00:00+00:00",
        "note": None,
    }
    assert len(event["id"]) == 36 and record["edits"] == []


def test_add_json_and_unicode_name(cli) -> None:
    result = cli("counter", "add", "café ☕", "--json")
    data = json.loads(result.stdout)
    assert data["name"] == "café ☕" and data["current_seconds"] == 0
    assert cli("counter", "show", "CAFÉ ☕").exit_code == 0


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (["ALCOHOL"], "already a counter called 'alcohol'"),
        (["   "], "name: a counter needs a name"),
        (["x" * 61], "name: keep it to 60 characters"),
        (["cannabis", "--since", "2026-11-21 10:00"], "--since: a counter can't start in the future"),
        (["cannabis", "--since", "soon"], "--since: 'soon' is not a time"),
        (["cannabis", "--cost-per-day", "-3"], "--cost-per-day: '-3' is not accepted"),
        (["cannabis", "--cost-per-day", "lots"], "--cost-per-day: 'lots' is not a number"),
        (["cannabis", "--hours-per-day", "30"], "--hours-per-day: '30' is too much"),
    ],
)
def test_add_refusals(cli, db_path: Path, args: list[str], match: str) -> None:
    cli("counter", "add", "alcohol")
    before = db_path.read_bytes()
    refused(cli("counter", "add", *args), db_path, before, match)


# -- list, show ----------------------------------------------------------------------------
def test_list_empty_then_table_and_json(cli) -> None:
    assert "No counters yet" in cli("counter", "list").stdout
    cli("counter", "add", "alcohol", "--since", "10d")
    cli("counter", "add", "nicotine", "--since", "3d")
    cli("counter", "archive", "nicotine")
    table = cli("counter", "list").stdout
    assert "alcohol" in table and "10d 00h 00m" in table and "nicotine" not in table
    everything = cli("counter", "list", "--all", "--simple").stdout
    assert "nicotine (archived)" in everything and "10d 00h" not in everything and "10d" in everything
    data = json.loads(cli("counter", "list", "--all", "--json").stdout)
    assert [(c["name"], c["archived"], c["current_days"]) for c in data] == [
        ("alcohol", False, 10),
        ("nicotine", True, 3),
    ]


def test_show_every_figure_and_history(two_counters) -> None:
    two_counters("relapse", "gambling", "--at", "2026-11-18 20:00", "--note", "payday")
    out = two_counters("counter", "show", "gambling").stdout
    assert "Current streak   2d 00h 00m  (since 2026-11-18 20:00)" in out
    assert "Longest streak   29d 00h 00m" in out
    assert "Streaks          2" in out
    assert "Average streak   15d 12h 00m" in out
    assert "Sober in all     31d 00h 00m  (since 2026-10-20)" in out
    assert "Hours saved      62.0 h" in out
    assert "2026-11-18 20:00  restart  payday" in out
    assert two_counters("counter", "show", "gambling", "--simple").stdout.count("h 00m") == 0
    money = two_counters("counter", "show", "alcohol").stdout
    assert "Money saved      $1,775.00" in money
    two_counters("config", "set", "currency", "€")
    data = json.loads(two_counters("counter", "show", "alcohol", "--json").stdout)
    assert data["money_saved"] == 1775.0 and data["currency"] == "€"
    assert data["next_milestone"]["label"] == "6 months"


def test_show_unknown_counter(two_counters, db_path: Path) -> None:
    before = db_path.read_bytes()
    refused(two_counters("counter", "show", "opioids"), db_path, before, "No counter called 'opioids'")


# -- rename, archive, remove, milestone ---------------------------------------------------
def test_rename_and_its_refusals(two_counters, db_path: Path) -> None:
    assert two_counters("counter", "rename", "alcohol", "Alcohol").stdout == "Renamed to Alcohol.\n"
    before = db_path.read_bytes()
    refused(two_counters("counter", "rename", "alcohol", "GAMBLING"), db_path, before, "already a counter")
    refused(two_counters("counter", "rename", "wine", "beer"), db_path, before, "No counter called 'wine'")
    refused(two_counters("counter", "rename", "alcohol", " "), db_path, before, "name: a counter needs a name")


def test_archive_hides_from_status_and_restore_brings_back(two_counters) -> None:
    assert "history is kept" in two_counters("counter", "archive", "gambling").stdout
    assert two_counters("status", "--short").stdout == "alcohol 142d\n"
    two_counters("counter", "archive", "gambling", "--restore")
    assert two_counters("status", "--short").stdout == "alcohol 142d · Gambling 31d\n"


def test_remove_refuses_without_yes_at_no_terminal(two_counters, db_path: Path) -> None:
    before = db_path.read_bytes()
    refused(two_counters("counter", "remove", "gambling"), db_path, before, "--yes: not at a terminal")
    refused(two_counters("counter", "remove", "poker", "--yes"), db_path, before, "No counter called 'poker'")


def test_remove_asks_at_a_terminal_and_yes_skips(two_counters) -> None:
    kept = two_counters("counter", "remove", "gambling", input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert "Nothing was deleted." in kept.stdout
    assert "Gambling" in two_counters("status").stdout
    gone = two_counters("counter", "remove", "gambling", input="y\n", env={"RECOVER_INTERACTIVE": "1"})
    assert "Deleted Gambling" in gone.stdout
    assert two_counters("counter", "remove", "alcohol", "--yes").exit_code == 0
    assert two_counters("status", "--short").stdout == ""


def test_custom_milestone_add_show_remove(two_counters, db_path: Path) -> None:
    out = two_counters("counter", "milestone", "gambling", "45", "first  payday without betting").stdout
    assert out == "Gambling: 'first payday without betting' at 45 days.\n"
    assert "first payday without betting" in two_counters("milestones", "gambling").stdout
    before = db_path.read_bytes()
    refused(two_counters("counter", "milestone", "gambling", "0", "x"), db_path, before, "days: use a whole number")
    refused(two_counters("counter", "milestone", "gambling", "10"), db_path, before, "label: give a label")
    refused(two_counters("counter", "milestone", "gambling", "46", "--remove"), db_path, before, "no milestone")
    assert two_counters("counter", "milestone", "gambling", "45", "--remove").exit_code == 0


# -- relapse -------------------------------------------------------------------------------
def test_relapse_is_kind_and_keeps_history(two_counters, db_path: Path) -> None:
    result = two_counters("relapse", "Gambling", "--note", "payday")
    assert result.exit_code == 0
    assert result.stdout == (
        "Your history is kept: 31 days in your longest streak, 31 days sober in all. Restarting now. "
        "`recover skill start` or `recover sos` if it's hard right now.\n"
        "Recorded by mistake? `recover relapse undo Gambling` takes it back.\n"
    )
    for unkind in ("lost", "fail", "clean", "dirty"):
        assert unkind not in result.stdout.lower()
    record = [c for c in json.loads(db_path.read_text())["counters"].values() if c["name"] == "Gambling"][0]
    assert [e["kind"] for e in record["events"]] == ["start", "relapse"]
    assert two_counters("status", "--short").stdout == "alcohol 142d · Gambling 0d\n"


def test_relapse_in_the_past_and_json(two_counters) -> None:
    out = two_counters("relapse", "alcohol", "--at", "yesterday 21:00").stdout
    assert "Restarting from 2026-11-19 21:00." in out
    data = json.loads(two_counters("relapse", "gambling", "--at", "-2h", "--json").stdout)
    assert data["current_seconds"] == 7200 and data["streaks"] == 2 and "history is kept" in data["message"]


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (
            ["alcohol", "--at", "2026-06-30 10:00"],
            "alcohol started on 2026-07-01 20:00; a relapse has to be after that",
        ),
        (["alcohol", "--at", "2026-11-21 09:00"], "--at: a relapse can't be in the future"),
        (["alcohol", "--at", "whenever"], "--at: 'whenever' is not a time"),
        (["opioids"], "No counter called 'opioids' (counters: alcohol, Gambling)"),
    ],
)
def test_relapse_refusals(two_counters, db_path: Path, args: list[str], match: str) -> None:
    before = db_path.read_bytes()
    refused(two_counters("relapse", *args), db_path, before, match)


# -- milestones, share, status -----------------------------------------------------------
def test_milestones_reached_and_next(two_counters) -> None:
    out = two_counters("milestones").stdout
    assert "alcohol (streak since 2026-07-01 20:00)" in out
    assert "  ✓ 90 days              2026-09-29 20:00" in out
    assert "  → 6 months             2027-01-01 20:00  in 42d 00h 00m" in out
    assert "  → 60 days" in out
    one = json.loads(two_counters("milestones", "alcohol", "--json").stdout)
    assert [m["key"] for m in one[0]["reached"]] == ["24h", "7d", "30d", "60d", "90d"]
    assert one[0]["next"]["key"] == "6m"


def test_milestones_empty_and_unknown(cli, db_path: Path) -> None:
    assert "No counters yet" in cli("milestones").stdout
    assert not db_path.exists()
    refused(cli("milestones", "wine"), db_path, None, "No counter called 'wine'")


def test_share_is_anonymous_and_signed(two_counters) -> None:
    assert two_counters("share", "alcohol").stdout == "142 days free from alcohol so far. One day at a time.\n"
    two_counters("config", "set", "pseudonym", "river")
    assert two_counters("share", "gambling").stdout == "31 days free from Gambling so far. One day at a time. - river\n"


def test_share_on_a_milestone_day(cli) -> None:
    cli("counter", "add", "nicotine", "--since", "2026-10-21 08:00")  # 30 days this morning
    assert cli("share", "nicotine").stdout == "30 days free from nicotine today. One day at a time.\n"


def test_status_lines_json_and_simple(two_counters) -> None:
    lines = two_counters("status").stdout.splitlines()
    assert lines[0].startswith("alcohol    142d 00h 00m   next: 6 months in 42d")
    assert lines[1].startswith("Gambling    31d 00h 00m   next: 60 days in 29d")
    assert "h 00m" not in two_counters("status", "--simple").stdout
    data = json.loads(two_counters("status", "--json").stdout)
    assert [(c["name"], c["current_days"]) for c in data["counters"]] == [("alcohol", 142), ("Gambling", 31)]
    assert data["warnings"] == []  # issue 19: the signs worth noticing sit beside the counters


def test_status_short_prints_one_line_or_nothing(cli, db_path: Path) -> None:
    empty = cli("status", "--short")
    assert (empty.exit_code, empty.stdout, empty.stderr) == (0, "", "")
    assert not db_path.exists()
    cli("counter", "add", "alcohol", "--since", "142d")
    cli("counter", "add", "gambling", "--since", "31d")
    assert cli("status", "--short").stdout == "alcohol 142d · gambling 31d\n"


# -- congratulations -----------------------------------------------------------------------
def test_next_command_congratulates_once_on_stderr(cli) -> None:
    cli("counter", "add", "alcohol", "--since", "2026-11-13 20:30")
    assert cli("status").stderr == ""
    later = {"RECOVER_NOW": "2026-11-20T21:00:00+00:00"}
    quiet = cli("status", "--short", env=later)
    assert quiet.stderr == "" and quiet.stdout == "alcohol 7d\n"
    first = cli("counter", "list", "--json", env=later)
    assert first.stderr == "Milestone: 7 days free from alcohol. That took work, and it counts.\n"
    json.loads(first.stdout)  # stdout stays machine-readable
    assert cli("status", env=later).stderr == ""


def test_failed_command_does_not_use_up_a_congratulation(cli) -> None:
    cli("counter", "add", "alcohol", "--since", "2026-11-13 20:30")
    later = {"RECOVER_NOW": "2026-11-20T21:00:00+00:00"}
    assert cli("counter", "show", "wine", env=later).stderr.startswith("recover: No counter")
    assert "7 days free from alcohol" in cli("status", env=later).stderr


# -- real processes: the prompt path -------------------------------------------------------
def test_status_short_subprocess_fast_path(run_recover, db_path: Path, tmp_path: Path) -> None:
    assert run_recover("status", "--short").stdout == ""
    assert run_recover("counter", "add", "alcohol", "--since", "142d").returncode == 0
    result = run_recover("status", "--short")
    assert (result.returncode, result.stdout, result.stderr) == (0, "alcohol 142d\n", "")
    other = tmp_path / "other.json"
    run_recover("--db", str(other), "counter", "add", "cannabis", "--since", "3d")
    assert run_recover("--db", str(other), "status", "--short").stdout == "cannabis 3d\n"
    assert run_recover(f"--db={other}", "status", "--short").stdout == "cannabis 3d\n"


def test_status_short_on_a_damaged_file_explains_in_one_line(run_recover, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("{not json")
    result = run_recover("status", "--short")
    assert result.returncode == 1
    assert result.stderr.startswith("recover: ") and "not valid JSON" in result.stderr
    assert db_path.read_text() == "{not json"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by a fresh interpreter on this checkout (what it imports is its own)."""
    repo = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(repo)}
    )


def test_the_prompt_line_loads_msgspec_lean_where_it_needs_it(run_recover, tmp_path: Path) -> None:
    """Where the prompt line does decode with msgspec (the first prompt after a write on an
    unlocked encrypted file, a table read into a type), msgspec is loaded as every command
    loads it (cli/startup.py): without typing_extensions and inspect, which cost it ~9 ms."""
    run_recover("counter", "add", "alcohol", "--since", "3d")
    probe = (
        "import os, sys\n"
        "from recovery_tui.cli.prompt_line import leading_tables\n"
        "sealed, data = leading_tables(os.environ['RECOVER_DB'], {'counters'}, {'counters': dict[str, dict]})\n"
        "print(sealed, [c['name'] for c in data['counters'].values()])\n"
        "print(sorted(m for m in ('msgspec', 'typing_extensions', 'inspect') if m in sys.modules))\n"
    )
    out = _python(probe)
    assert out.stdout.splitlines() == ["False ['alcohol']", "['msgspec']"], out.stderr


def test_prompt_path_imports_no_framework_and_no_msgspec(run_recover, tmp_path: Path) -> None:
    """The whole console command, as a shell prompt runs it: no framework, and no msgspec.
    msgspec and the typing, pathlib, uuid and decimal modules it would load are what made the
    line 3.9x `python -c pass` (store/peek.py); the line must not load them, and must still be
    the same line. Nor may the way to an unlocked encrypted file's copy of its counters
    (store/keyfacility.py; it is used in tests/cli/test_unlock.py)."""
    run_recover("counter", "add", "alcohol", "--since", "3d")
    run_recover("counter", "add", "nicotine", "--since", "40d")
    probe = (
        "import sys\n"
        "sys.argv = ['recover', 'status', '--short']\n"
        "from recovery_tui.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    assert done.code in (0, None), done.code\n"
        "import recovery_tui.store.keyfacility  # the same line on an unlocked encrypted file\n"
        "heavy = {'typer', 'rich', 'textual', 'tinydb', 'pydantic', 'fastjsonschema', 'filelock',\n"
        "         'msgspec', 'typing', 'pathlib', 'uuid', 'decimal', 'platformdirs'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    out = _python(probe)
    assert out.stdout.splitlines() == ["alcohol 3d · nicotine 40d", "[]"], out.stderr
