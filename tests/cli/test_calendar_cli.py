"""`recover calendar`: the month grid of a counter as text and JSON, one line for bad input."""

from __future__ import annotations

import json
from pathlib import Path

NOW = {"RECOVER_NOW": "2026-11-20T20:00:00+00:00"}


def _setup(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "2026-10-10 09:00", env=NOW).exit_code == 0
    assert cli("relapse", "alcohol", "--at", "2026-11-05 22:00", "--yes", env=NOW).exit_code == 0
    assert cli("checkin", "--mood", "4", "--craving", "7", env=NOW).exit_code == 0


def test_text_grid_shows_start_restart_sober_days_and_the_checkin_shade(cli, db_path: Path) -> None:
    _setup(cli)
    result = cli("calendar", "alcohol", "--months", "2", env=NOW)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "alcohol: the last 2 months"
    assert "October 2026           November 2026" in result.stdout
    assert "Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su" in result.stdout
    # 10 October 2026 is a Saturday; 5 November a Thursday, 20 November (today) a Friday
    assert "-  -  -  -  -  S  ·" in result.stdout
    november_week = next(line for line in lines if "R " in line)
    assert november_week.endswith("·  ·  ·  R  ·  ·  ·")
    assert "·▓" in result.stdout  # today's check-in, craving 7
    assert lines[-1].startswith("· sober  S start  R restart")
    assert all(len(line) <= 80 for line in lines)


def test_without_a_name_the_first_counter_is_shown(cli, db_path: Path) -> None:
    _setup(cli)
    assert cli("calendar", env=NOW).stdout.splitlines()[0] == "alcohol: the last 3 months"


def test_json_lists_every_day_with_its_state(cli, db_path: Path) -> None:
    _setup(cli)
    result = cli("calendar", "ALCOHOL", "-m", "1", "--json", env=NOW)
    data = json.loads(result.stdout)
    assert data["counter"] == "alcohol" and data["week_start"] == "monday"
    (month,) = data["months"]
    assert month["month"] == "2026-11" and len(month["days"]) == 30
    by_date = {d["date"]: d for d in month["days"]}
    assert by_date["2026-11-05"]["state"] == "restart"
    assert by_date["2026-11-20"] == {"date": "2026-11-20", "state": "sober", "today": True, "mood": 4, "craving": 7}
    assert by_date["2026-11-21"]["state"] == "future"


def test_unknown_name_and_bad_months_are_one_line(cli, db_path: Path) -> None:
    _setup(cli)
    unknown = cli("calendar", "gambling", env=NOW)
    assert unknown.exit_code == 1 and unknown.stdout == ""
    assert unknown.stderr.count("\n") == 1 and "gambling" in unknown.stderr
    for bad in ("0", "121", "many"):
        result = cli("calendar", "--months", bad, env=NOW)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr


def test_no_counters_yet(cli, db_path: Path) -> None:
    result = cli("calendar", env=NOW)
    assert result.exit_code == 0 and "No counters yet" in result.stdout
    assert json.loads(cli("calendar", "--json", env=NOW).stdout) == {"counter": None, "week_start": None, "months": []}


def test_a_stored_name_with_control_characters_is_shown_safely(cli, db_path: Path) -> None:
    assert cli("counter", "add", "bad\x1b[31mname", "--since", "3d", env=NOW).exit_code == 0
    result = cli("calendar", env=NOW)
    assert "\x1b" not in result.stdout and "\\x1b[31m" in result.stdout.splitlines()[0]
