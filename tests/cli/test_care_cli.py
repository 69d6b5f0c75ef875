"""`recover care` through the real Typer app at the frozen time (Friday 2026-11-20 20:00 UTC):
add, list, adherence, today, edit, remove, log, logs, log-edit, log-remove; good input and bad
(one line naming the field; exit 1, or 2 for usage)."""

from __future__ import annotations

import json

import pytest


def add_plan(cli) -> None:
    for args in (
        (
            "medication",
            "naltrexone",
            "--dose",
            "50 mg",
            "--schedule",
            "twice daily 08:00 20:00",
            "--start",
            "2026-11-16",
        ),
        ("therapy", "therapy with Dr Lee", "--schedule", "every 2 weeks thu 10:00", "--start", "2026-11-05"),
        ("test", "urine test", "--schedule", "weekly", "--start", "2026-11-02"),
        ("doctor", "GP review", "--at", "2026-11-25 14:00"),
    ):
        result = cli("care", "add", *args)
        assert result.exit_code == 0, result.stderr


def test_add_and_list(cli):
    result = cli("care", "add", "medication", "naltrexone", "--dose", "50 mg", "--schedule", "Twice daily 08:00 20:00")
    assert result.exit_code == 0
    assert "Added: naltrexone (medication, 50 mg) · daily 08:00 20:00" in result.stdout
    assert "Log it with: recover care log naltrexone" in result.stdout
    listing = cli("care", "list")
    assert "naltrexone" in listing.stdout
    assert "0 of 2" in listing.stdout  # started today (Friday): 08:00 and 20:00 are due by 20:00
    data = json.loads(cli("care", "list", "--json").stdout)
    assert data[0]["schedule"] == "daily 08:00 20:00"
    assert data[0]["starts_on"] == "2026-11-20"
    assert data[0]["this_week"] == {"week": "2026-11-16", "planned": 2, "done": 0, "missed": 0, "logged": 0}


def test_empty_plan_says_how_to_start_and_gives_no_advice(cli):
    result = cli("care", "list")
    assert result.exit_code == 0
    assert "No care items yet." in result.stdout
    assert "no medical advice" in result.stdout
    assert json.loads(cli("care", "list", "--json").stdout) == []
    assert "no medical advice" in cli("care", "--help").stdout


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("vitamin", "x", "--schedule", "daily"), "recover: KIND: 'vitamin' is not a kind of care item"),
        (("medication", "x", "--schedule", "daily 25:00"), "recover: --schedule: '25:00' is not a time of day"),
        (("medication", "x", "--schedule", "fortnightly"), "recover: --schedule: 'fortnightly' in 'fortnightly'"),
        (("medication", "x"), "recover: --schedule: a medication needs a schedule"),
        (("test", "x"), "recover: --schedule: say when it repeats, such as weekly tue 10:00, or give a time"),
        (("medication", "x", "--at", "2026-12-01 10:00"), "recover: --schedule: a medication needs a schedule"),
        (("test", "x", "--schedule", "weekly", "--dose", "1"), "recover: --dose: only a medication has a dose"),
        (("test", "x", "--schedule", "weekly", "--at", "14:00"), "recover: --at: give a schedule or a one-off time"),
        (("doctor", "x", "--at", "someday"), "recover: --at: 'someday' is not a time I understand"),
        (("medication", "x", "--schedule", "daily", "--start", "soon"), "recover: --start: 'soon' is not a day"),
        (
            ("medication", "x", "--schedule", "daily", "--end", "2026-11-01"),
            "recover: --end: the last day comes on or after the first",
        ),
        (("medication", " ", "--schedule", "daily"), "recover: NAME: give it a name"),
    ],
)
def test_add_refusals_name_the_field(cli, db_path, args, line):
    result = cli("care", "add", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(line)
    assert result.stderr.count("\n") == 1
    assert not db_path.exists()


def test_add_usage_errors_exit_2(cli):
    assert cli("care", "add").exit_code == 2
    assert cli("care", "add", "medication").exit_code == 2
    assert cli("care", "adherence", "--weeks", "0").exit_code == 2


def test_names_are_unique(cli):
    cli("care", "add", "medication", "naltrexone", "--schedule", "daily")
    dup = cli("care", "add", "medication", "NALTREXONE", "--schedule", "daily")
    assert dup.exit_code == 1
    assert dup.stderr == "recover: NAME: there is already a care item called 'naltrexone'.\n"


def test_log_defaults_statuses_and_refusals(cli):
    add_plan(cli)
    taken = cli("care", "log", "nal", "--at", "08:05")
    assert taken.exit_code == 0
    assert "Logged: naltrexone taken, Fri 20 Nov 08:05" in taken.stdout
    assert "naltrexone: 1 of 10 this week." in taken.stdout
    missed = cli("care", "log", "naltrexone", "missed", "--at", "yesterday 20:00", "--note", "asleep early")
    assert "naltrexone: 1 of 10 this week, 1 marked missed." in missed.stdout
    assert "attended" in cli("care", "log", "therapy", "--at", "yesterday 10:00").stdout
    data = json.loads(cli("care", "log", "urine", "negative", "--at", "-1d", "--json").stdout)
    assert (data["log"]["status"], data["log"]["item"], data["this_week"]["done"]) == ("negative", "urine test", 1)

    no_result = cli("care", "log", "urine")
    assert no_result.exit_code == 1
    assert no_result.stderr == "recover: STATUS: say how the test went: negative, positive, missed.\n"
    wrong = cli("care", "log", "naltrexone", "attended")
    assert wrong.stderr == "recover: STATUS: a medication is logged as taken or missed.\n"
    future = cli("care", "log", "naltrexone", "--at", "2026-11-21 08:00")
    assert future.exit_code == 1
    assert future.stderr.startswith("recover: --at: ")
    unknown = cli("care", "log", "aspirin")
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith("recover: No care item called 'aspirin' (care items: 'naltrexone'")


def test_adherence_over_weeks(cli):
    add_plan(cli)
    for when in ("2026-11-05 10:05", "2026-11-19 10:00"):
        cli("care", "log", "therapy", "--at", when)
    cli("care", "log", "urine", "negative", "--at", "2026-11-10 09:00")
    text = cli("care", "adherence", "--weeks", "3")
    assert text.exit_code == 0
    assert "Weeks start on monday" in text.stdout
    lines = [line.split("  ")[0] for line in text.stdout.splitlines()]
    assert "therapy with Dr Lee" in lines
    data = json.loads(cli("care", "adherence", "--weeks", "3", "--json").stdout)
    weeks = {entry["item"]["name"]: [(w["planned"], w["done"]) for w in entry["weeks"]] for entry in data["items"]}
    assert weeks["therapy with Dr Lee"] == [(1, 1), (0, 0), (1, 1)]
    assert weeks["urine test"] == [(1, 0), (1, 1), (1, 0)]
    assert weeks["naltrexone"] == [(10, 0), (0, 0), (0, 0)]  # started Monday the 16th
    assert weeks["GP review"] == [(0, 0), (0, 0), (0, 0)]  # next Wednesday
    assert "failure" not in text.stdout.lower() and "failed" not in text.stdout.lower()
    cli("config", "set", "week_start", "sunday")
    sunday = json.loads(cli("care", "adherence", "--weeks", "1", "--json").stdout)
    assert sunday["week_start"] == "sunday"
    assert sunday["items"][0]["weeks"][0]["week"] == "2026-11-15"


def test_today_lists_what_is_still_due(cli):
    add_plan(cli)
    cli("care", "log", "naltrexone", "--at", "08:05")
    due = cli("care", "today")
    assert "naltrexone: 1 of 2 logged today at 08:00, 20:00" in due.stdout
    assert "urine test: 0 of 1 logged this week" in due.stdout
    assert "therapy" not in due.stdout  # Thursdays only
    cli("care", "log", "naltrexone", "--at", "20:00")
    cli("care", "log", "urine", "positive", "--at", "-2h")
    assert cli("care", "today").stdout == "Nothing in your care plan is waiting to be logged today.\n"
    assert json.loads(cli("care", "today", "--json").stdout) == []


def test_edit(cli):
    add_plan(cli)
    result = cli(
        "care", "edit", "naltrexone", "--dose", "25 mg", "--schedule", "daily 08:00", "--name", "naltrexone (low)"
    )
    assert result.exit_code == 0
    assert "Changed: naltrexone (low) (medication, 25 mg) · daily 08:00" in result.stdout
    one_off = cli("care", "edit", "therapy", "--at", "2026-11-27 10:00")
    assert "once, Fri 27 Nov 2026 10:00" in one_off.stdout
    back = cli("care", "edit", "therapy", "--schedule", "weekly fri 10:00", "--end", "2026-12-31")
    assert "weekly fri 10:00" in back.stdout
    item = next(i for i in json.loads(cli("care", "list", "--json").stdout) if i["name"] == "therapy with Dr Lee")
    assert (item["at"], item["ends_on"]) == (None, "2026-12-31")
    cli("care", "edit", "therapy", "--end", "")
    item = next(i for i in json.loads(cli("care", "list", "--json").stdout) if i["name"] == "therapy with Dr Lee")
    assert item["ends_on"] is None

    same = cli("care", "edit", "urine", "--schedule", "weekly")
    assert same.exit_code == 1
    assert same.stderr == "recover: that is already how it is; nothing was changed.\n"
    bad = cli("care", "edit", "urine", "--schedule", "weekly 7pm")
    assert bad.stderr.startswith("recover: --schedule: '7pm' in 'weekly 7pm' is not understood")
    clash = cli("care", "edit", "urine", "--name", "GP review")
    assert clash.stderr == "recover: --name: there is already a care item called 'GP review'.\n"
    dose = cli("care", "edit", "urine", "--dose", "5")
    assert dose.stderr.startswith("recover: --dose: only a medication has a dose")


def test_remove_asks_never_hangs_and_takes_the_logs(cli):
    add_plan(cli)
    cli("care", "log", "naltrexone", "--at", "08:05")
    script = cli("care", "remove", "naltrexone")
    assert script.exit_code == 1
    assert script.stderr == "recover: --yes: not at a terminal, so nothing was asked and nothing changed; add --yes.\n"
    kept = cli("care", "remove", "naltrexone", input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert "Remove naltrexone (medication, 50 mg) · daily 08:00 20:00 and its 1 log?" in kept.stdout
    assert "Kept it; nothing changed." in kept.stdout
    gone = cli("care", "remove", "naltrexone", "--yes")
    assert gone.stdout == "Removed: naltrexone and its 1 log.\n"
    assert json.loads(cli("care", "logs", "--json").stdout) == []
    assert cli("care", "remove", "naltrexone", "--yes").exit_code == 1


def test_logs_listed_corrected_and_removed(cli):
    add_plan(cli)
    logged = json.loads(cli("care", "log", "naltrexone", "--at", "08:05", "--json").stdout)["log"]
    cli("care", "log", "therapy", "--at", "yesterday 10:00")
    listing = cli("care", "logs")
    assert listing.exit_code == 0
    assert listing.stdout.index("therapy with Dr Lee") < listing.stdout.index("naltrexone")
    only = json.loads(cli("care", "logs", "naltrexone", "--json").stdout)
    assert [entry["id"] for entry in only] == [logged["id"]]

    fixed = cli("care", "log-edit", logged["id"][:8], "--status", "missed", "--note", "was the evening one")
    assert fixed.stdout == "Changed: naltrexone missed, Fri 20 Nov 08:05\n"
    wrong = cli("care", "log-edit", logged["id"][:8], "--status", "negative")
    assert wrong.stderr == "recover: --status: a medication is logged as taken or missed.\n"
    future = cli("care", "log-edit", logged["id"][:8], "--at", "2026-11-22 08:00")
    assert future.stderr.startswith("recover: --at: ")
    missing = cli("care", "log-edit", "ffffffff", "--status", "taken")
    assert missing.stderr == "recover: No care log has the id 'ffffffff'.\n"

    assert cli("care", "log-remove", logged["id"][:8]).exit_code == 1  # no TTY, no --yes: never hangs
    removed = cli("care", "log-remove", logged["id"][:8], "--yes")
    assert removed.stdout == "Removed the log: naltrexone missed, Fri 20 Nov 08:05.\n"
    assert len(json.loads(cli("care", "logs", "--all", "--json").stdout)) == 1


def test_insights_show_care_adherence(cli):
    add_plan(cli)
    cli("care", "log", "naltrexone", "--at", "08:05")
    text = cli("insights", "--since", "30d")
    assert "Care plan (done of planned; missed is just a fact)" in text.stdout
    assert "naltrexone: 1 of 10 this week" in text.stdout
    data = json.loads(cli("insights", "--since", "30d", "--json").stdout)
    care = {entry["item"]["name"]: entry["weeks"][0] for entry in data["care"]}
    assert care["naltrexone"]["planned"] == 10
    assert care["naltrexone"]["done"] == 1


def test_insights_without_a_care_plan_say_nothing_of_it(cli):
    assert "Care plan" not in cli("insights").stdout
    assert json.loads(cli("insights", "--json").stdout)["care"] == []
