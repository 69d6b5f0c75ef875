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


def _behaviour(cli, name):  # type: ignore[no-untyped-def]
    return {b["name"]: b for b in json.loads(cli("plan", "--json").stdout)}[name]


def test_a_care_plan_behaviour_counts_negative_tests_escalating_and_missed_resets(cli, store):
    assert cli("care", "add", "test", "urine test", "--schedule", "weekly", "--start", "-60d").exit_code == 0
    added = cli("plan", "add", "negative test", "--points", "5", "--step", "2", "--cap", "9", "--from-care", "urine")
    assert added.exit_code == 0, added.stderr
    assert "Added: negative test, 5, +2 in a row, up to 9." in added.stdout
    assert "recover care log" in added.stdout and "recover plan log" not in added.stdout
    for at, status in (("-35d", "negative"), ("-28d", "negative"), ("-21d", "positive"), ("-14d", "negative")):
        assert cli("care", "log", "urine test", status, "--at", at).exit_code == 0
    entry = _behaviour(cli, "negative test")
    assert (entry["source"], entry["care_item"], entry["built_in"]) == ("care", "urine test", False)
    # 5, 7, then the positive result is neither a success nor a miss, so the run goes on: 9 (the cap)
    assert (entry["count"], entry["earned"], entry["next_success_earns"]) == (3, 5 + 7 + 9, 9)
    assert "care: urine test" in cli("plan").stdout
    assert cli("care", "log", "urine test", "missed", "--at", "-7d").exit_code == 0
    entry = _behaviour(cli, "negative test")
    assert (entry["earned"], entry["next_success_earns"], entry["in_a_row"]) == (21, 5, 0)  # a miss resets
    assert cli("care", "log", "urine test", "negative", "--at", "-1d").exit_code == 0
    assert _behaviour(cli, "negative test")["earned"] == 21 + 5
    assert json.loads(cli("reward", "balance", "--json").stdout)["earned"] == 26  # points stay derived

    by_hand = cli("plan", "log", "negative test")
    assert by_hand.exit_code == 1
    assert "counts what you log for 'urine test' in your care plan" in by_hand.stderr
    assert by_hand.stderr.count("\n") == 1
    gone = cli("plan", "remove", "negative test", "--yes")
    assert gone.exit_code == 0 and store.count("plan_care_links") == 0
    assert store.count("care_logs") == 6  # the care log is the person's own record: it stays


def test_care_behaviours_for_medication_and_therapy_and_a_removed_item(cli):
    cli("care", "add", "medication", "naltrexone", "--schedule", "daily 08:00", "--start", "-10d")
    cli("care", "add", "therapy", "therapy with Dr Lee", "--schedule", "weekly tue 10:00", "--start", "-30d")
    assert cli("plan", "add", "took medication", "--points", "1", "--from-care", "naltrexone").exit_code == 0
    assert cli("plan", "add", "therapy attended", "--points", "3", "--from-care", "therapy").exit_code == 0
    for at in ("-3d", "-2d", "-1d"):
        cli("care", "log", "naltrexone", "--at", at)
    cli("care", "log", "naltrexone", "missed", "--at", "08:00")
    cli("care", "log", "therapy", "--at", "-3d")
    assert _behaviour(cli, "took medication")["earned"] == 3  # taken earns, missed does not
    assert _behaviour(cli, "therapy attended")["earned"] == 3
    missing = cli("plan", "add", "x", "--points", "1", "--from-care", "nothing like it")
    assert missing.exit_code == 1 and "No care item called 'nothing like it'" in missing.stderr
    assert cli("care", "remove", "naltrexone", "--yes").exit_code == 0
    entry = _behaviour(cli, "took medication")
    assert (entry["care_item"], entry["earned"]) == (None, 0)  # its logs went with the item
    assert "care: its care item was removed" in cli("plan").stdout
