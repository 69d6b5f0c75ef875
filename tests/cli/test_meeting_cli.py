"""`recover meeting` through the real Typer app: log, list, week, goal, delete and refusals."""

from __future__ import annotations

import json

from recovery_tui.store import layout


def log(cli, *args: str):  # type: ignore[no-untyped-def]
    return cli("meeting", "log", *args)


def test_log_prints_points_balance_and_week(cli, store):
    cli("meeting", "goal", "2")
    result = log(
        cli,
        "Tuesday group",
        "--format",
        "in person",
        "--fellowship",
        "aa",
        "--role",
        "greeter",
        "--role",
        "shared",
        "--at",
        "19:00",
    )
    assert result.exit_code == 0, result.stderr
    assert "Logged: Tuesday group · AA · in person · greeter, shared · Fri 20 Nov 19:00" in result.stdout
    assert "+7 points (meeting 3, helper roles 2 × 2). Balance: 7 points." in result.stdout
    assert "This week: 1 of 2 meetings, 1 to go." in result.stdout
    [record] = store.all("meetings")
    assert record["fellowship"] == "AA"
    assert record["roles"] == ["greeter", "shared"]
    assert record["at"] == "2026-11-20T19:00:00+00:00"


def test_log_prints_what_an_escalating_plan_gives(cli):
    assert cli("plan", "edit", "meetings", "--step", "1", "--cap", "5", "--every", "week").exit_code == 0
    assert cli("plan", "edit", "helper roles", "--step", "1").exit_code == 0
    first = log(cli, "--format", "online", "--at", "-14d")
    assert "+3 points. Balance: 3 points." in first.stdout
    second = log(cli, "--format", "online", "--at", "-7d")
    assert "+4 points. Balance: 7 points." in second.stdout  # the second week in a row: 3 + 1
    third = log(cli, "--format", "online", "--role", "greeter", "--role", "chair", "--at", "-1h")
    assert "+10 points (meeting 5, helper roles 5). Balance: 17 points." in third.stdout  # 3 + 2; 2 then 3
    again = log(cli, "--format", "online", "--at", "-30m", "--json")
    assert json.loads(again.stdout)["meeting"]["points"] == 5  # the same week: its step, at the cap
    third_id = json.loads(cli("meeting", "list", "--json").stdout)[2]["id"]
    edited = cli("meeting", "edit", third_id[:8], "--role", "none")
    assert "(+5 points)" in edited.stdout  # its meeting step, no helper roles now
    flat = cli("plan", "edit", "meetings", "--step", "0")
    assert flat.exit_code == 0
    assert "+3 points." in log(cli, "--format", "online", "--at", "-10m").stdout


def test_log_json(cli):
    result = log(cli, "--format", "online", "--role", "listened", "--note", "good share", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["meeting"]["points"] == 3
    assert data["meeting"]["name"] is None
    assert data["this_week"] == {
        "start": "2026-11-16",
        "end": "2026-11-22",
        "meetings": 1,
        "helper_roles": 0,
        "goal": 0,
        "met": False,
    }
    assert data["balance"] == 3


def test_log_refusals_store_nothing(cli, db_path):
    cases = [
        (["--at", "-1d"], "recover: --format: is required when not at a terminal."),
        (
            ["--format", "carrier pigeon"],
            "recover: --format: 'carrier pigeon' is not a format; use online or in-person.",
        ),
        (["--format", "online", "--role", "boss"], "recover: --role: 'boss' is not a role;"),
        (["--format", "online", "--at", "tomorrow"], "recover: --at:"),
        (["--format", "online", "--at", "23:00"], "recover: --at: '23:00' is in the future"),
    ]
    for args, message in cases:
        result = log(cli, *args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith(message), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not db_path.exists()


def test_log_asks_for_format_at_a_terminal(cli, store):
    result = cli("meeting", "log", "Zoom SMART", input="online\n", env={"RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0, result.stderr
    assert store.all("meetings")[0]["format"] == "online"


def test_list_and_json(cli):
    assert "No meetings logged yet" in cli("meeting", "list").stdout
    log(cli, "Home group", "--format", "in-person", "--fellowship", "NA", "--role", "chair", "--at", "-2d")
    log(cli, "--format", "online", "--fellowship", "SMART", "--at", "-1h")
    result = cli("meeting", "list")
    assert result.exit_code == 0
    lines = result.stdout
    assert lines.index("Home group") < lines.index("SMART meeting")
    assert "Wed 18 Nov 20:00" in lines
    data = json.loads(cli("meeting", "list", "--json").stdout)
    assert [m["points"] for m in data] == [5, 3]
    assert [m["fellowship"] for m in json.loads(cli("meeting", "list", "--since", "1d", "--json").stdout)] == ["SMART"]


def test_list_defaults_to_the_last_90_days(cli):
    log(cli, "Old group", "--format", "online", "--at", "2026-01-05 19:00")
    log(cli, "New group", "--format", "online", "--at", "-1d")
    result = cli("meeting", "list")
    assert "New group" in result.stdout
    assert "Old group" not in result.stdout
    assert "1 of 2 meetings since 2026-08-22; --all or --since 2025-01-01 shows more." in result.stdout
    assert "Old group" in cli("meeting", "list", "--all").stdout
    assert len(json.loads(cli("meeting", "list", "--all", "--json").stdout)) == 2


def test_week_view_with_goal_and_run(cli):
    cli("meeting", "goal", "1")
    for when in ("2026-11-03 19:00", "2026-11-10 19:00", "2026-11-19 19:00"):
        assert log(cli, "--format", "online", "--at", when).exit_code == 0
    result = cli("meeting", "week", "--weeks", "4")
    assert result.exit_code == 0
    out = result.stdout
    assert "Weekly goal: 1 meeting a week; weeks start on monday." in out
    assert "Mon 16 Nov 2026 (this week)" in out
    assert "This week: 1 of 1 meeting. Weekly goal met." in out
    assert "Run: 3 weeks in a row met the goal (best 3)." in out
    data = json.loads(cli("meeting", "week", "--json", "--weeks", "2").stdout)
    assert data["current_run"] == 3
    assert [w["start"] for w in data["weeks"]] == ["2026-11-16", "2026-11-09"]
    cli("config", "set", "week_start", "sunday")
    data = json.loads(cli("meeting", "week", "--json", "--weeks", "1").stdout)
    assert data["week_start"] == "sunday"
    assert data["weeks"][0]["start"] == "2026-11-15"


def test_goal_show_set_and_refuse(cli):
    assert "No weekly goal set" in cli("meeting", "goal").stdout
    result = cli("meeting", "goal", "3")
    assert result.exit_code == 0
    assert "Weekly goal: 3 meetings a week." in result.stdout
    assert "Weekly goal: 3 meetings a week." in cli("meeting", "goal").stdout
    assert cli("config", "get", "meetings.weekly_goal").stdout.strip() == "3"
    bad = cli("meeting", "goal", "99")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("recover: goal: use a whole number of meetings per week")
    assert cli("meeting", "goal").stdout.startswith("Weekly goal: 3")
    assert "Weekly goal removed." in cli("meeting", "goal", "0").stdout


def test_delete_asks_refuses_and_changes_balance(cli, store):
    data = json.loads(log(cli, "--format", "online", "--role", "buddy", "--json").stdout)
    meeting_id = data["meeting"]["id"]
    refused = cli("meeting", "delete", meeting_id[:8])
    assert refused.exit_code == 1
    assert "--yes: not at a terminal" in refused.stderr
    assert store.count("meetings") == 1
    kept = cli("meeting", "delete", meeting_id[:8], input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert "Kept it; nothing changed." in kept.stdout
    assert store.count("meetings") == 1
    assert json.loads(cli("reward", "balance", "--json").stdout)["balance"] == 5
    done = cli("meeting", "delete", meeting_id[:8], "--yes")
    assert done.exit_code == 0
    assert "Balance: 0 points." in done.stdout
    assert store.count("meetings") == 0
    missing = cli("meeting", "delete", "abcdef12", "--yes")
    assert missing.exit_code == 1
    assert missing.stderr == "recover: Nothing in meetings has the id 'abcdef12'.\n"


def test_edit_changes_points_and_refuses_bad_values(cli, store):
    data = json.loads(log(cli, "Home group", "--format", "online", "--role", "listened", "--json").stdout)
    short = data["meeting"]["id"][:8]
    result = cli("meeting", "edit", short, "--role", "greeter", "--role", "chair", "--at", "yesterday 19:00")
    assert result.exit_code == 0, result.stderr
    assert "Changed: Home group · online · greeter, chair · Thu 19 Nov 19:00  (+7 points)" in result.stdout
    assert "Balance: 7 points." in result.stdout
    before = store.path.read_bytes()
    bad = cli("meeting", "edit", short, "--format", "smoke signals")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("recover: --format:")
    assert store.path.read_bytes() == before
    cleared = cli("meeting", "edit", short, "--role", "none", "--name", "")
    assert "Changed: meeting · online · Thu 19 Nov 19:00  (+3 points)" in cleared.stdout
    [record] = store.all("meetings")
    assert (record["name"], record["roles"]) == (None, [])


def test_help_has_examples(cli):
    top = cli("--help").stdout
    assert "recover meeting log --format online" in top
    for command in ("log", "list", "week", "goal", "edit", "delete"):
        assert "Example: recover meeting" in cli("meeting", command, "--help").stdout


def test_real_subprocess(run_recover):
    result = run_recover("meeting", "log", "--format", "online", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["balance"] == 3


def test_log_stores_the_same_record_as_before(cli, store):
    # what `meeting log` stored at 6b30bf2, before Meeting became the only declaration
    before = (
        '{"name":"Tuesday step group","at":"2026-11-21T09:30:00+02:00","format":"in-person","fellowship":"AA",'
        '"roles":["greeter","shared"],"note":"good","created_at":"2026-11-21T09:30:00+02:00",'
        '"updated_at":"2026-11-21T09:30:00+02:00"}'
    )
    args = ("Tuesday step group", "--format", "in person", "--fellowship", "aa", "--role", "shared,greeter")
    result = cli("meeting", "log", *args, "--note", "good", env={"RECOVER_NOW": "2026-11-21T09:30:00+02:00"})
    assert result.exit_code == 0, result.output
    [record] = store.all("meetings")
    assert layout.dumps({k: v for k, v in record.items() if k != "id"}).decode() == before
