"""`recover plan` through the real Typer app: the plan, adding, editing, logging, correcting."""

from __future__ import annotations

import json


def test_plan_shows_the_built_ins_and_what_next_earns(cli):
    shown = cli("plan")
    assert shown.exit_code == 0
    for name in ("check-in days", "sober days", "skill sessions", "meetings", "helper roles", "resisted urges"):
        assert name in shown.stdout
    assert "recover plan add 'negative test'" in shown.stdout
    data = json.loads(cli("plan", "--json").stdout)
    assert [(b["source"], b["points"], b["built_in"]) for b in data][:2] == [
        ("checkin", 1, True),
        ("sober_day", 1, True),
    ]


def test_add_log_escalate_and_correct(cli):
    added = cli("plan", "add", "negative test", "--points", "5", "--step", "1", "--cap", "7", "--every", "week")
    assert added.exit_code == 0
    assert "Added: negative test, 5, +1 a week in a row, up to 7." in added.stdout
    for at in ("-21d", "-14d", "-7d"):
        assert cli("plan", "log", "negative test", "--at", at).exit_code == 0
    data = {b["name"]: b for b in json.loads(cli("plan", "--json").stdout)}
    assert (data["negative test"]["earned"], data["negative test"]["next_success_earns"]) == (5 + 6 + 7, 7)
    assert json.loads(cli("reward", "balance", "--json").stdout)["earned"] == 18
    logs = json.loads(cli("plan", "logs", "negative", "--json").stdout)
    assert [entry["outcome"] for entry in logs] == ["done", "done", "done"]
    removed = cli("plan", "unlog", logs[1]["id"][:8], "--yes")
    assert removed.exit_code == 0 and "Removed the log of negative test" in removed.stdout
    assert (
        json.loads(cli("reward", "balance", "--json").stdout)["earned"] == 5 + 5
    )  # a week without: both at the first step
    missed = cli("plan", "log", "negative test", "missed", "--note", "away that week")
    assert "The next success starts again at the first step." in missed.stdout
    assert "The next success earns 5 points." in missed.stdout
    assert cli("plan", "edit", "negative test", "--name", "clean test", "--step", "0").exit_code == 0
    assert "clean test" in cli("plan").stdout
    gone = cli("plan", "remove", "clean test", "--yes")
    assert gone.stdout == "Removed: clean test and 3 logs.\n"
    assert cli("plan", "logs").stdout.startswith("Nothing logged yet.")


def test_built_in_points_are_the_settings(cli):
    assert cli("plan", "edit", "meetings", "--points", "4").exit_code == 0
    assert cli("config", "get", "points.meeting").stdout.strip() == "4"
    assert cli("config", "set", "points.meeting", "6").exit_code == 0
    data = {b["source"]: b for b in json.loads(cli("plan", "--json").stdout)}
    assert data["meeting"]["points"] == 6


def test_bad_input_names_the_field(cli, db_path):
    cases = [
        (("plan", "add", "x", "--points", "-1"), "recover: --points: use a whole number of points from 0 to 1,000.\n"),
        (("plan", "add", "x", "--points", "5", "--cap", "3"), "recover: --cap: the cap is the most one success"),
        (("plan", "add", "x", "--points", "1", "--every", "month"), "recover: --every: use day, week or none"),
        (("plan", "add", "  ", "--points", "1"), "recover: name: a behaviour needs a name"),
        (
            ("plan", "add", "Meetings", "--points", "1"),
            "recover: name: there is already a behaviour called 'meetings'.",
        ),
        (("plan", "log", "meetings"), "recover: name: 'meetings' counts by itself from your meeting log"),
        (("plan", "remove", "sober days", "--yes"), "recover: name: 'sober days' is built in and stays in the plan"),
        (("plan", "edit", "sober days", "--name", "dry days"), "recover: --name: a built-in behaviour keeps its name"),
        (("plan", "log", "nothing like it"), "recover: No behaviour called 'nothing like it' in your plan"),
    ]
    for args, start in cases:
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith(start), (args, result.stderr)
        assert result.stderr.count("\n") == 1
    assert cli("plan", "add", "therapy attended", "--points", "3").exit_code == 0
    for args, start in [
        (("plan", "log", "therapy attended", "maybe"), "recover: outcome: use done or missed."),
        (("plan", "log", "therapy attended", "--at", "tomorrow 10:00"), "recover: --at:"),
        (("plan", "unlog", "zzzz"), "recover: Nothing in plan logs has the id 'zzzz'."),
    ]:
        result = cli(*args)
        assert result.exit_code == 1 and result.stderr.startswith(start), (args, result.stderr)


def test_a_points_setting_of_your_own_points_to_the_plan(cli):
    refused = cli("config", "set", "points.negative_test", "5")
    assert refused.exit_code == 1
    assert refused.stderr.rstrip().endswith(
        "Points for a behaviour of your own: recover plan add 'negative test' --points 5"
    )


def test_importing_a_plan_keeps_names_unique_and_one_schedule_per_built_in(cli, tmp_path):
    laptop, desktop, dump = tmp_path / "l" / "r.json", tmp_path / "d" / "r.json", tmp_path / "dump.json"

    def on(device, *args):
        result = cli("--db", str(device), *args)
        assert result.exit_code == 0, (args, result.stderr)
        return result

    on(laptop, "plan", "add", "negative test", "--points", "5")
    on(laptop, "plan", "edit", "check-in days", "--step", "1")
    on(desktop, "plan", "add", "Negative test", "--points", "3")
    on(desktop, "plan", "edit", "check-in days", "--step", "2")
    on(desktop, "export", "--out", str(dump), "--force")
    assert "'Negative test (2)'" in on(laptop, "import", str(dump)).stdout
    data = {b["name"]: b for b in json.loads(on(laptop, "plan", "--json").stdout)}
    assert {"negative test", "Negative test (2)"} <= set(data)
    assert [name for name in data if name.startswith("check-in")] == ["check-in days"]
    assert data["check-in days"]["step"] in (1, 2)
