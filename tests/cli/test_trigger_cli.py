"""`recover trigger ...` through the real Typer app: logging, the implicit `log`, relapse offers,
list/show/edit/delete/names, and one-line refusals that leave the data untouched."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from recovery_tui.services import counters as counter_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import layout

PLUS_TWO = "2026-11-21T09:30:00+02:00"


def triggers(store):
    return store.all("triggers")


def snapshot(db_path):
    return db_path.read_bytes() if db_path.exists() else None


def add_counter(store, now, name="alcohol", days=30):
    return counter_service.add_counter(store, name, since=now - timedelta(days=days), now=now)


# -- logging -------------------------------------------------------------------------------------
def test_quick_log_with_every_option(cli, store):
    result = cli(
        "trigger",
        "argument with my boss",
        "--where", "office",
        "--who", "my boss",
        "--emotion", "angry",
        "--halt", "tired,angry",
        "--intensity", "7",
        "--coping", "called my sponsor",
        "--outcome", "resisted",
        "--note", "before the review",
        "--at", "19:30",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Logged: argument with my boss (intensity 7, angry/tired, resisted)" in result.stdout
    [record] = triggers(store)
    assert {
        k: record[k] for k in ("what", "where", "who", "emotion", "halt", "intensity", "coping", "outcome", "note")
    } == {
        "what": "argument with my boss",
        "where": "office",
        "who": "my boss",
        "emotion": "angry",
        "halt": ["angry", "tired"],
        "intensity": 7,
        "coping": "called my sponsor",
        "outcome": "resisted",
        "note": "before the review",
    }
    assert record["at"] == "2026-11-20T19:30:00+00:00"


def test_explicit_log_subcommand_and_json(cli, store):
    result = cli("trigger", "log", "payday", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["trigger"]["what"] == "payday"
    assert data["trigger"]["halt"] == [] and data["trigger"]["intensity"] is None
    assert data["relapse"] is None
    assert triggers(store)[0]["id"] == data["trigger"]["id"]


def test_json_prints_the_stored_record_with_its_times(cli, store):
    args = ("trigger", "log", "payday", "--halt", "t,h", "--intensity", "6", "--outcome", "ongoing", "--json")
    logged = json.loads(cli(*args).stdout)["trigger"]
    (stored,) = triggers(store)
    assert list(logged.items()) == list(stored.items())
    assert list(stored) == [
        "id", "at", "what", "where", "who", "emotion", "halt", "intensity", "coping", "outcome", "note",
        "created_at", "updated_at",
    ]  # fmt: skip
    assert json.loads(cli("trigger", "show", stored["id"], "--json").stdout) == stored
    assert json.loads(cli("trigger", "list", "--json").stdout) == [stored]


def test_log_stores_the_same_record_as_before(cli, store):
    # what `trigger log` stored at 6b30bf2, before Trigger became the only declaration
    before = (
        '{"at":"2026-11-21T07:00:00+00:00","what":"argument with my boss","where":"work","who":"my boss",'
        '"emotion":"angry","halt":["angry","tired"],"intensity":7,"coping":"went for a walk","outcome":"resisted",'
        '"note":"ok","created_at":"2026-11-21T09:30:00+02:00","updated_at":"2026-11-21T09:30:00+02:00"}'
    )
    args = ("argument  with my boss", "--where", "work", "--who", "my boss", "--emotion", "angry", "--halt", "t,a")
    more = ("--intensity", "7", "--coping", "went for a walk", "--outcome", "resisted", "--note", "ok")
    result = cli("trigger", "log", *args, *more, "--at", "2026-11-21 07:00", env={"RECOVER_NOW": PLUS_TWO})
    assert result.exit_code == 0, result.output
    [record] = triggers(store)
    assert layout.dumps({k: v for k, v in record.items() if k != "id"}).decode() == before


def test_subcommand_names_win_and_other_text_logs(cli, store):
    assert cli("trigger", "list").stdout.startswith("No triggers logged yet")
    assert triggers(store) == []
    assert cli("trigger", "list of things").exit_code == 0
    assert cli("trigger", "log", "list").exit_code == 0
    assert cli("trigger", "names", "--json").exit_code == 0
    assert sorted(r["what"] for r in triggers(store)) == ["list", "list of things"]


def test_a_near_miss_of_a_subcommand_is_logged_with_a_hint(cli, store):
    result = cli("trigger", "lst")
    assert result.exit_code == 0
    assert [r["what"] for r in triggers(store)] == ["lst"]
    assert "Did you mean 'recover trigger list'?" in result.stderr
    assert "recover trigger delete" in result.stderr


def test_options_before_the_text_still_log(cli, store):
    result = cli("trigger", "--intensity", "4", "bar after work")
    assert result.exit_code == 0, result.stderr
    assert triggers(store)[0]["intensity"] == 4


def test_no_arguments_shows_help(cli):
    result = cli("trigger")
    assert "recover trigger log TEXT" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x", "--halt", "hangry"], "recover: --halt: 'hangry' is not a HALT state"),
        (["x", "--intensity", "11"], "recover: --intensity: 11 is out of range"),
        (["x", "--intensity", "high"], "recover: --intensity: 'high' is not a whole number"),
        (["x", "--outcome", "maybe"], "recover: --outcome: 'maybe' is not an outcome; use resisted, used or ongoing."),
        (["x", "--at", "2026-11-21 09:00"], "recover: --at: '2026-11-21 09:00' is in the future"),
        (["x", "--relapse", "alcohol"], "recover: --relapse: only goes with an outcome of used"),
        (["x", "--outcome", "used", "--relapse", "nicotine"], "recover: No counter called 'nicotine'"),
        (["--where", "pub"], "recover: what: say what happened"),
        (["x", "-i"], "recover: -i: asks questions, which needs a terminal"),
        (["show", "nope"], "recover: No trigger has the id 'nope'"),
        (["edit", "nope", "--outcome", "used"], "recover: No trigger has the id 'nope'"),
        (["delete", "nope", "--yes"], "recover: No trigger has the id 'nope'"),
        (["list", "--outcome", "maybe"], "recover: --outcome:"),
        (["list", "--min-intensity", "12"], "recover: --min-intensity: 12 is out of range"),
        (["list", "--since", "lately"], "recover: --since: 'lately' is not understood"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(cli, store, now, db_path, args, message):
    add_counter(store, now)
    cli("trigger", "kept", "--intensity", "3")
    before = snapshot(db_path)
    result = cli("trigger", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert snapshot(db_path) == before


def test_interactive_asks_for_missing_fields_and_reasks_bad_answers(cli, store):
    answers = "\n".join(["office", "angry", "a,t", "11", "8", "walked", "resisted", ""]) + "\n"
    result = cli("trigger", "argument", "--who", "boss", "-i", input=answers, env={"RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0, result.stderr
    assert "--intensity: 11 is out of range" in result.stderr
    [record] = triggers(store)
    assert (record["where"], record["who"], record["emotion"], record["halt"], record["intensity"]) == (
        "office",
        "boss",
        "angry",
        ["angry", "tired"],
        8,
    )
    assert (record["coping"], record["outcome"], record["note"]) == ("walked", "resisted", None)


def test_what_is_asked_at_a_terminal(cli, store):
    result = cli("trigger", "--intensity", "5", input="payday\n", env={"RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0
    assert triggers(store)[0]["what"] == "payday"


# -- outcome used and relapses ---------------------------------------------------------------------
def test_used_without_a_terminal_never_records_a_relapse(cli, store, now):
    add_counter(store, now)
    result = cli("trigger", "payday", "--outcome", "used")
    assert result.exit_code == 0
    assert "Not recorded as a relapse" in result.stdout
    assert "recover trigger edit" in result.stdout
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]
    assert len(triggers(store)) == 1


def test_used_with_relapse_flag_records_both(cli, store, now):
    add_counter(store, now)
    result = cli("trigger", "payday", "--outcome", "used", "--relapse", "ALCOHOL", "--at", "-2h")
    assert result.exit_code == 0, result.stderr
    assert "alcohol restarts. Your history is kept: 29 days in your longest streak" in result.stdout
    assert "`recover skill start` or `recover sos` if it's hard right now." in result.stdout
    events = store.all("counters")[0]["events"]
    assert [e["kind"] for e in events] == ["start", "relapse"]
    assert events[1]["at"] == "2026-11-20T18:00:00+00:00"
    assert events[1]["note"] == "trigger: payday"
    assert triggers(store)[0]["outcome"] == "used"


def test_used_at_a_terminal_offers_the_one_counter(cli, store, now):
    add_counter(store, now)
    env = {"RECOVER_INTERACTIVE": "1"}
    declined = cli("trigger", "payday", "--outcome", "used", input="n\n", env=env)
    assert "Record a relapse on alcohol" in declined.stdout
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]
    accepted = cli("trigger", "payday", "--outcome", "used", input="y\n", env=env)
    assert accepted.exit_code == 0
    assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start", "relapse"]
    assert len(triggers(store)) == 2


def test_used_at_a_terminal_asks_which_counter(cli, store, now):
    add_counter(store, now)
    add_counter(store, now, "nicotine")
    result = cli("trigger", "payday", "--outcome", "used", input="coffee\nnicotine\n", env={"RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0, result.stderr
    assert "No counter called 'coffee'" in result.stderr
    kinds = {c["name"]: [e["kind"] for e in c["events"]] for c in store.all("counters")}
    assert kinds == {"alcohol": ["start"], "nicotine": ["start", "relapse"]}


def test_edit_can_add_the_relapse_later(cli, store, now):
    add_counter(store, now)
    logged = trigger_service.log_trigger(store, what="payday", at=now - timedelta(hours=3), now=now, outcome="used")
    result = cli("trigger", "edit", logged.trigger.id[:8], "--relapse", "alcohol")
    assert result.exit_code == 0, result.stderr
    events = store.all("counters")[0]["events"]
    assert events[-1]["kind"] == "relapse" and events[-1]["at"] == "2026-11-20T17:00:00+00:00"


# -- list, show, edit, delete, names -----------------------------------------------------------------
@pytest.fixture
def logged(store, now):
    def log(what, hours_ago, **kw):
        return trigger_service.log_trigger(store, what=what, at=now - timedelta(hours=hours_ago), now=now, **kw).trigger

    return [
        log("payday", 1, intensity=8, outcome="used", emotion="Restless"),
        log("argument with boss", 30, intensity=5, outcome="resisted", emotion="angry", halt="a,t"),
        log("Payday", 24 * 40, intensity=9, outcome="used"),
    ]


def test_list_filters_and_json(cli, logged):
    result = cli("trigger", "list")
    assert result.exit_code == 0
    # oldest first, newest last (cli/listing.py)
    assert result.stdout.index("Payday") < result.stdout.index("argument with boss") < result.stdout.index("payday")
    assert "3 triggers." in result.stdout
    assert "AT" in result.stdout  # HALT initials
    recent = json.loads(cli("trigger", "list", "--since", "30d", "--json").stdout)
    assert [t["what"] for t in recent] == ["argument with boss", "payday"]
    used = json.loads(cli("trigger", "list", "--outcome", "used", "--min-intensity", "9", "--json").stdout)
    assert [t["what"] for t in used] == ["Payday"]
    angry = json.loads(cli("trigger", "list", "--emotion", "ANGRY", "--json").stdout)
    assert [t["id"] for t in angry] == [logged[1].id]
    assert cli("trigger", "list", "--emotion", "joy").stdout.strip() == "No triggers match those filters."


def test_show_by_prefix(cli, logged):
    result = cli("trigger", "show", logged[1].id[:8])
    assert result.exit_code == 0
    assert "what       argument with boss" in result.stdout
    assert "HALT       angry, tired" in result.stdout
    assert "intensity  5/10" in result.stdout
    assert "where      -" in result.stdout
    data = json.loads(cli("trigger", "show", logged[1].id, "--json").stdout)
    assert data["halt"] == ["angry", "tired"]


def test_edit_changes_and_clears_fields(cli, store, logged):
    result = cli(
        "trigger", "edit", logged[1].id[:6], "--intensity", "6", "--emotion", "", "--halt", "", "--what", "row"
    )
    assert result.exit_code == 0, result.stderr
    record = store.get("triggers", logged[1].id)
    assert (record["intensity"], record["emotion"], record["halt"], record["what"]) == (6, None, [], "row")
    assert record["updated_at"] == "2026-11-20T20:00:00+00:00"


def test_edit_refusals_change_nothing(cli, db_path, logged):
    before = snapshot(db_path)
    for args in (["--intensity", "11"], ["--at", "+2h"], ["--what", "  "], []):
        result = cli("trigger", "edit", logged[0].id[:8], *args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1
    assert snapshot(db_path) == before


def test_delete_asks_and_refuses_without_a_terminal(cli, store, db_path, logged):
    before = snapshot(db_path)
    refused = cli("trigger", "delete", logged[0].id[:8])
    assert refused.exit_code == 1
    assert refused.stderr.startswith("recover: --yes: not at a terminal")
    assert snapshot(db_path) == before
    kept = cli("trigger", "delete", logged[0].id[:8], input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert "Kept it" in kept.stdout
    assert store.get("triggers", logged[0].id) is not None
    done = cli("trigger", "delete", logged[0].id[:8], "--yes")
    assert done.exit_code == 0
    assert "Deleted the trigger 'payday'" in done.stdout
    assert store.get("triggers", logged[0].id) is None


def test_names_ranks_distinct_triggers_case_insensitively(cli, logged):
    data = json.loads(cli("trigger", "names", "--json").stdout)
    assert [(n["name"], n["count"]) for n in data] == [("payday", 2), ("argument with boss", 1)]
    assert data[0]["last_seen"] == "2026-11-20T19:00:00+00:00"
    assert data[0]["mean_intensity"] == 8.5
    text = cli("trigger", "names").stdout
    assert "payday" in text and "2026-11-20 19:00" in text


def test_names_empty(cli):
    assert cli("trigger", "names").stdout.startswith("No triggers logged yet")


def test_real_process_quick_log(run_recover, store):
    result = run_recover("trigger", "bar after work", "--halt", "lonely", "--outcome", "ongoing")
    assert result.returncode == 0, result.stderr
    assert triggers(store)[0]["halt"] == ["lonely"]
    refused = run_recover("trigger", "x", "--intensity", "11")
    assert refused.returncode == 1
    assert refused.stderr.strip().startswith("recover: --intensity:")
    assert len(triggers(store)) == 1
