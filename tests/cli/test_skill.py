"""`recover skill` through the real Typer app (and one real process for Ctrl+C)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recovery_tui.store import Store

FAST = {"RECOVER_CLOCK_SPEED": "3000"}  # one minute passes in 20 ms of real time


def test_start_runs_the_skill_and_saves_the_session(cli, store: Store) -> None:
    result = cli("skill", "start", "box", "--minutes", "1", "--craving-before", "7", "--craving-after", "3", env=FAST)
    assert result.exit_code == 0, result.stderr
    assert "box breathing · 1 min · breathe 4-4-4-4" in result.stdout
    assert "Craving 7 → 3. It eased by 4." in result.stdout
    [session] = store.all("skill_sessions")
    assert session["skill"] == "box breathing"
    assert session["planned_seconds"] == 60 and session["actual_seconds"] == 60
    assert session["completed"] is True
    assert (session["craving_before"], session["craving_after"]) == (7, 3)
    assert session["started_at"] == "2026-11-20T20:00:00+00:00"


def test_quiet_bell_and_no_rating(cli, store: Store) -> None:
    result = cli("skill", "start", "walking", "-m", "1", "--quiet", "--bell", "--no-rating", env=FAST)
    assert result.exit_code == 0, result.stderr
    assert "left" not in result.stdout  # no live display
    assert "\a" in result.stdout
    [session] = store.all("skill_sessions")
    assert session["craving_before"] is None and session["craving_after"] is None


def test_no_terminal_never_asks_and_leaves_ratings_empty(cli, store: Store) -> None:
    result = cli("skill", "start", "paced", "-m", "1", "-q", env=FAST)
    assert result.exit_code == 0, result.stderr
    assert "Craving" not in result.stdout
    assert store.all("skill_sessions")[0]["craving_before"] is None


def test_ratings_are_asked_at_a_terminal(cli, store: Store) -> None:
    env = {**FAST, "RECOVER_INTERACTIVE": "1"}
    result = cli("skill", "start", "urge", "-m", "1", "-q", input="11\n8\n2\n", env=env)
    assert result.exit_code == 0, result.stderr
    assert "rate the craving from 0 (none) to 10" in result.stderr
    session = store.all("skill_sessions")[0]
    assert (session["skill"], session["craving_before"], session["craving_after"]) == ("urge surfing", 8, 2)


def test_pick_a_skill_by_number_at_a_terminal(cli, store: Store) -> None:
    env = {**FAST, "RECOVER_INTERACTIVE": "1"}
    result = cli("skill", "start", "-m", "1", "-q", "--no-rating", input="4\n", env=env)
    assert result.exit_code == 0, result.stderr
    assert "Safety:" in result.stdout and "heart condition" in result.stdout
    assert store.all("skill_sessions")[0]["skill"] == "cold impulse"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["start", "box", "--minutes", "61"], "--minutes: use a whole number of minutes from 1 to 60."),
        (["start", "box", "--minutes", "0"], "--minutes: use a whole number of minutes from 1 to 60."),
        (["start", "box", "--craving-before", "12"], "--craving-before: rate the craving from 0"),
        (["start"], "NAME: name a skill when not at a terminal"),
        (["start", "juggling"], "no skill called 'juggling'"),
        (["add", "x", "--minutes", "90", "--step", "y"], "--minutes: use a whole number of minutes from 1 to 60."),
        (["add", "x", "--breath", "4,x", "--step", "y"], "--breath: use whole seconds"),
        (["add", "x"], "--step: give at least one step"),
        (["remove", "walking", "--yes"], "can't be removed; hide it instead"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(cli, db_path: Path, args: list[str], message: str) -> None:
    result = cli("skill", *args, env=FAST)
    assert result.exit_code == 1
    assert result.stderr.startswith("recover: ") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert not db_path.exists()


def test_add_edit_hide_remove_and_list(cli, store: Store) -> None:
    added = cli("skill", "add", "evening walk", "-m", "15", "--step", "Walk to the park", "--step", "Come back slowly")
    assert added.exit_code == 0, added.stderr
    assert cli("skill", "edit", "evening", "--breath", "4,6", "--name", "night walk").exit_code == 0
    assert cli("skill", "hide", "grounding").exit_code == 0
    listed = json.loads(cli("skill", "list", "--json").stdout)
    names = [s["name"] for s in listed]
    assert "grounding 5-4-3-2-1" not in names
    night = next(s for s in listed if s["name"] == "night walk")
    assert night == {
        "name": "night walk",
        "kind": "custom",
        "minutes": 15,
        "breath": [4, 0, 6, 0],
        "steps": ["Walk to the park", "Come back slowly"],
        "note": None,
        "hidden": False,
    }
    everything = json.loads(cli("skill", "list", "--all", "--json").stdout)
    assert next(s for s in everything if s["name"].startswith("grounding"))["hidden"] is True
    assert cli("skill", "unhide", "grounding").exit_code == 0
    assert cli("skill", "remove", "night walk").exit_code == 1  # no terminal, no --yes: refused
    assert cli("skill", "remove", "night walk", "--yes").exit_code == 0
    assert store.count("skills") == 0
    assert "(hidden)" not in cli("skill", "list").stdout


def test_stats_json(cli) -> None:
    for before, after, minutes in ((8, 4, "1"), (6, 6, "1")):
        cli(
            "skill",
            "start",
            "walking",
            "-m",
            minutes,
            "-q",
            "--craving-before",
            str(before),
            "--craving-after",
            str(after),
            env=FAST,
        )
    stats = json.loads(cli("skill", "stats", "--json").stdout)
    assert stats == [
        {
            "skill": "walking",
            "sessions": 2,
            "completed": 2,
            "completion_rate": 1.0,
            "total_minutes": 2.0,
            "rated_sessions": 2,
            "average_craving_drop": 2.0,
        }
    ]
    assert "walking" in cli("skill", "stats").stdout


def test_ctrl_c_pauses_then_stop_saves_an_early_session(db_path: Path) -> None:
    """A real process: Ctrl+C pauses, 's' stops, the craving after is asked, no traceback."""
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo), "RECOVER_INTERACTIVE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "recovery_tui", "skill", "start", "urge surfing", "-m", "5", "--craving-before", "6"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("s\n3\n")
    proc.stdin.flush()
    for line in proc.stdout:  # wait until the timer runs
        if line.startswith("Ctrl+C pauses"):
            break
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "Paused with 0" in out and re.search(r"Stopped after \d+ s", out)  # a busy machine may take longer
    [session] = Store(db_path).all("skill_sessions")
    assert session["completed"] is False
    assert session["planned_seconds"] == 300 and session["actual_seconds"] < 300  # stopped early
    assert (session["craving_before"], session["craving_after"]) == (6, 3)
