"""`recover checkin` through the real CLI: flags, prompts with fed input, no-TTY failures,
amend/add/if-missing, back-fill and relapses offered, never recorded silently."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from recovery_tui.services import counters as counter_service

TTY = {"RECOVER_INTERACTIVE": "1"}


@pytest.fixture
def alcohol(store, now):
    return counter_service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_flags_store_everything_without_prompting(cli, store, alcohol):
    result = cli("checkin", "--mood", "4", "--craving", "2", "--gratitude", "my sister called", "--note", "long day")
    assert result.exit_code == 0, result.stderr
    assert "mood 4/5" in result.stdout and "craving 2/10" in result.stdout
    [record] = store.all("checkins")
    assert record["date"] == "2026-11-20"
    assert record["mood"] == 4 and record["craving"] == 2
    assert record["gratitude"] == "my sister called" and record["note"] == "long day"
    assert record["sober"] == [{"counter_id": alcohol.id, "counter": "alcohol", "sober": True}]


def test_json_output(cli):
    result = cli("checkin", "--mood", "3", "--craving", "0", "--json")
    data = json.loads(result.stdout)
    assert data["checkin"]["mood"] == 3 and data["amended"] is False and data["relapse_recorded"] == []


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--mood", "7", "--craving", "2"], "--mood"),
        (["--mood", "0", "--craving", "2"], "--mood"),
        (["--mood", "three", "--craving", "2"], "--mood"),
        (["--mood", "3", "--craving", "-1"], "--craving"),
        (["--mood", "3", "--craving", "11"], "--craving"),
        (["--mood", "3", "--craving", "2", "--date", "tomorrow"], "--date"),
        (["--mood", "3", "--craving", "2", "--date", "2026-11-21"], "--date"),
        (["--mood", "3", "--craving", "2", "--difficulty", "-1"], "--difficulty"),
        (["--mood", "3", "--craving", "2", "--difficulty", "11"], "--difficulty"),
        (["--mood", "3", "--craving", "2", "--difficulty", "hard"], "--difficulty"),
        (["--mood", "3", "--craving", "2", "--confidence", "2.5"], "--confidence"),
        (["--mood", "3", "--craving", "2", "--confidence", "12"], "--confidence"),
    ],
)
def test_bad_values_one_line_nothing_stored(cli, db_path, args, field):
    result = cli("checkin", *args)
    assert result.exit_code == 1
    assert one_line(result).startswith(f"recover: {field}:")
    assert not db_path.exists()


def test_missing_required_value_without_tty_names_the_flag(cli, db_path):
    result = cli("checkin", "--craving", "2")
    assert result.exit_code == 1
    assert "--mood" in one_line(result)
    result = cli("checkin", "--mood", "2")
    assert "--craving" in one_line(result)
    assert not db_path.exists()


def test_prompts_for_missing_values_with_fed_input(cli, store, alcohol):
    # mood (first answer out of range, asked again), craving, difficulty, confidence (skipped),
    # sober from alcohol, gratitude, note
    result = cli("checkin", input="9\n4\n3\n6\n\nn\ntea\n\nn\n", env=TTY)
    assert result.exit_code == 0, result.stderr
    assert "--mood: 9 is out of range" in result.stderr
    [record] = store.all("checkins")
    assert record["mood"] == 4 and record["craving"] == 3
    assert (record["difficulty"], record["confidence"]) == (6, None)
    assert record["sober"][0]["sober"] is False
    assert record["gratitude"] == "tea" and record["note"] is None
    # answered "no" to recording a relapse: the counter is untouched
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]
    assert "No relapse recorded for alcohol" in result.stdout


def test_enter_keeps_defaults_when_amending(cli, store, alcohol):
    cli("checkin", "--mood", "2", "--craving", "5", "--gratitude", "sun", "--note", "first", "--confidence", "7")
    result = cli("checkin", "--amend", input="\n" * 7, env=TTY)
    assert result.exit_code == 0, result.stderr
    [record] = store.all("checkins")
    assert (record["mood"], record["craving"], record["gratitude"], record["note"]) == (2, 5, "sun", "first")
    assert (record["difficulty"], record["confidence"]) == (None, 7)
    assert record["sober"][0]["sober"] is True
    assert "updated" in result.stdout


def test_second_checkin_without_tty_needs_amend_or_add(cli, store):
    cli("checkin", "--mood", "2", "--craving", "5")
    result = cli("checkin", "--mood", "4", "--craving", "1")
    assert result.exit_code == 1
    line = one_line(result)
    assert "--amend" in line and "--add" in line
    assert [r["mood"] for r in store.all("checkins")] == [2]


def test_amend_updates_and_keeps_unchanged_values(cli, store):
    cli("checkin", "--mood", "2", "--craving", "5", "--note", "morning")
    result = cli("checkin", "--amend", "--mood", "4")
    assert result.exit_code == 0, result.stderr
    [record] = store.all("checkins")
    assert (record["mood"], record["craving"], record["note"]) == (4, 5, "morning")


def test_add_keeps_both(cli, store):
    cli("checkin", "--mood", "2", "--craving", "5")
    assert cli("checkin", "--add", "--mood", "4", "--craving", "1").exit_code == 0
    assert sorted(r["mood"] for r in store.all("checkins")) == [2, 4]


def test_amend_and_add_together_refused(cli, db_path):
    result = cli("checkin", "--amend", "--add", "--mood", "4", "--craving", "1")
    assert result.exit_code == 1 and "--amend/--add" in one_line(result)
    assert not db_path.exists()


def test_at_a_tty_second_checkin_asks_update_or_add(cli, store):
    cli("checkin", "--mood", "2", "--craving", "5")
    result = cli("checkin", "--mood", "4", "--craving", "1", input="add\n", env=TTY)
    assert result.exit_code == 0, result.stderr
    assert len(store.all("checkins")) == 2
    result = cli("checkin", "--mood", "5", "--craving", "0", input="\n", env=TTY)  # Enter keeps "update"
    assert result.exit_code == 0
    assert sorted(r["mood"] for r in store.all("checkins")) == [2, 5]


def test_if_missing_is_silent_when_today_has_one(cli, store):
    cli("checkin", "--mood", "2", "--craving", "5")
    result = cli("checkin", "--if-missing")
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
    assert len(store.all("checkins")) == 1


def test_if_missing_checks_in_when_there_is_none(cli, store):
    result = cli("checkin", "--if-missing", "--mood", "3", "--craving", "1")
    assert result.exit_code == 0
    assert len(store.all("checkins")) == 1


def test_if_missing_at_startup_prompts_at_a_tty(cli, store):
    result = cli("checkin", "--if-missing", input="3\n1\n\n\n\n\n", env=TTY)
    assert result.exit_code == 0, result.stderr
    assert store.all("checkins")[0]["mood"] == 3


def test_backfill_a_missed_day(cli, store):
    cli("checkin", "--mood", "4", "--craving", "1")
    result = cli("checkin", "--date", "yesterday", "--mood", "2", "--craving", "6")
    assert result.exit_code == 0, result.stderr
    records = {r["date"]: r for r in store.all("checkins")}
    assert set(records) == {"2026-11-19", "2026-11-20"}
    assert records["2026-11-19"]["at"].startswith("2026-11-19T12:00")
    again = cli("checkin", "--date", "2026-11-19", "--if-missing")
    assert again.exit_code == 0 and again.stdout == ""


def test_not_sober_without_relapse_flag_records_no_relapse(cli, store, alcohol):
    result = cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "alcohol")
    assert result.exit_code == 0, result.stderr
    assert store.all("checkins")[0]["sober"][0]["sober"] is False
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]
    assert "No relapse recorded for alcohol" in result.stdout
    assert "--relapse" in result.stdout


def test_not_sober_with_relapse_flag_records_it(cli, store, alcohol):
    result = cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "ALCOHOL", "--relapse")
    assert result.exit_code == 0, result.stderr
    events = store.all("counters")[0]["events"]
    assert [e["kind"] for e in events] == ["start", "relapse"]
    assert events[1]["at"] == "2026-11-20T20:00:00+00:00"
    assert "history is kept" in result.stdout
    assert "lost" not in result.stdout and "fail" not in result.stdout


def test_relapse_offered_at_a_tty_and_recorded_on_yes(cli, store, alcohol):
    result = cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", input="y\n", env=TTY)
    assert result.exit_code == 0, result.stderr
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start", "relapse"]


def test_relapse_on_a_backfilled_day_goes_to_that_day(cli, store, alcohol):
    cli("checkin", "--date", "yesterday", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", "--relapse")
    events = store.all("counters")[0]["events"]
    assert events[-1]["kind"] == "relapse" and events[-1]["at"].startswith("2026-11-19T12:00")


def test_relapse_not_offered_twice_for_one_day(cli, store, alcohol):
    cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", "--relapse")
    result = cli("checkin", "--add", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", "--relapse")
    assert result.exit_code == 0
    assert "already recorded" in result.stdout
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start", "relapse"]


def test_unknown_not_sober_counter_refused(cli, db_path, store, alcohol):
    before = db_path.read_bytes()
    result = cli("checkin", "--mood", "2", "--craving", "3", "--not-sober", "gambling")
    assert result.exit_code == 1
    assert "alcohol" in one_line(result)
    assert db_path.read_bytes() == before


def test_archived_and_future_counters_are_not_asked(cli, store, now, alcohol):
    counter_service.add_counter(store, "nicotine", since=now - timedelta(hours=1), now=now)
    result = cli("checkin", "--date", "yesterday", "--mood", "3", "--craving", "1")
    assert result.exit_code == 0
    assert [s["counter"] for s in store.all("checkins")[0]["sober"]] == ["alcohol"]


def test_real_process_with_no_stdin_never_waits(run_recover, db_path):
    result = run_recover("checkin", timeout=20)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "recover: --mood: is required when not at a terminal; use a whole number 1-5."
    ]
    assert not db_path.exists()
    ok = run_recover("checkin", "--mood", "3", "--craving", "2", "--note", "x", "--add", timeout=20)
    assert ok.returncode == 0, ok.stderr
