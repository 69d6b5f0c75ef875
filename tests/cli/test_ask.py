"""`recover ask`: flag mode (pipe-friendly), the interactive 3 steps, saved requests and follow-ups."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.services import counters as counter_service
from recovery_tui.services import help_requests as service
from recovery_tui.store import Store

FLAGS = (
    "ask",
    "--emotion",
    "lonely",
    "--intensity",
    "7",
    "--problem",
    "Friday nights alone I want to drink",
    "--since",
    "May",
    "--tried",
    "walking",
    "--request",
    "talk",
)
INTERACTIVE = {"RECOVER_INTERACTIVE": "1"}


def saved(db_path: Path) -> list[dict[str, Any]]:
    return Store(db_path).all("help_requests")


# -- flag mode ----------------------------------------------------------------------------
def test_flags_print_only_the_message_and_save_it(cli: Any, db_path: Path) -> None:
    result = cli(*FLAGS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Feeling lonely - need someone to talk to now\n\n"
        "I'm feeling lonely right now (about 7 out of 10).\n\n"
        "Friday nights alone I want to drink. This has been going on since May. "
        "What I've tried so far: walking.\n\n"
        "Is anyone around to talk right now?\n\n"
        "Thank you for reading.\n"
    )
    assert result.stderr == ""
    [record] = saved(db_path)
    assert record["format"] == "forum" and record["emotion"] == "lonely" and record["intensity"] == 7
    assert record["emotion_family"] == "lonely" and record["request"] == "talk"
    assert record["edited"] is False and record["followups"] == []


@pytest.mark.parametrize("fmt", ["text", "chat"])
def test_flags_other_formats_are_one_paragraph(cli: Any, db_path: Path, fmt: str) -> None:
    result = cli(*FLAGS, "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert "lonely" in result.stdout and "Friday nights alone" in result.stdout
    assert saved(db_path)[0]["format"] == fmt


def test_flags_json_prints_the_saved_record(cli: Any, db_path: Path) -> None:
    result = cli(*FLAGS, "--format", "chat", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    [record] = saved(db_path)
    assert {k: v for k, v in data.items() if k != "message"} == record
    assert data["message"].startswith("Feeling lonely right now (7/10).")


def test_flags_with_own_words_and_emotion_number(cli: Any, db_path: Path) -> None:
    result = cli("ask", "--emotion", "5", "--problem", "my boss shouts at me", "--request", "Can someone call me at 9?")
    assert result.exit_code == 0
    assert "I'm feeling anxious" in result.stdout and "Can someone call me at 9?" in result.stdout
    record = saved(db_path)[0]
    assert record["request"] == "own" and record["request_text"] == "Can someone call me at 9?"


def test_vague_flags_get_a_tip_on_stderr_but_are_saved(cli: Any, db_path: Path) -> None:
    result = cli("ask", "--emotion", "bad", "--problem", "idk", "--request", "advice")
    assert result.exit_code == 0
    assert "tip: 'bad' is a start" in result.stderr
    assert "tip: A few more words" in result.stderr
    assert "tip" not in result.stdout
    assert len(saved(db_path)) == 1


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        (("--emotion", "sad"), "recover: --problem: is required when not at a terminal (also missing: --request)"),
        (("--emotion", "sad", "--problem", "x y"), "recover: --request: is required when not at a terminal"),
        ((), "recover: --emotion: is required when not at a terminal (also missing: --problem, --request)"),
    ],
)
def test_missing_flag_without_terminal_is_refused_in_one_line(
    cli: Any, db_path: Path, args: tuple[str, ...], first_line: str
) -> None:
    result = cli("ask", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(first_line)
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert not db_path.exists()


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (("--intensity", "11"), "--intensity: use a whole number 0-10"),
        (("--format", "email"), "--format: use forum, text or chat"),
        (("--emotion", "99"), "--emotion: pick a number from 1 to 32"),
        (("--problem", "   "), "--problem: say what is happening"),
        (("--request", "own"), "--request: type the words of your request"),
        (("--since", "x" * 301), "--since: keep it to 300 characters"),
    ],
)
def test_bad_values_are_refused_and_nothing_saved(cli: Any, db_path: Path, extra: tuple[str, ...], field: str) -> None:
    result = cli(*FLAGS, *extra)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"recover: {field}")
    assert result.stdout == ""
    assert saved(db_path) == []


def test_composed_message_never_contains_counters_contacts_or_journal(cli: Any, store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "gambling", since=datetime.fromisoformat("2026-01-01T00:00:00+00:00"), now=now)
    store.insert(
        "checkins",
        {
            "date": "2026-11-20",
            "at": now.isoformat(),
            "mood": 2,
            "craving": 8,
            "sober": [],
            "gratitude": "my sponsor Alex",
            "note": "PRIVATE JOURNAL LINE",
            "difficulty": None,
            "confidence": None,
        },
        now=now,
    )
    store.set_meta("config", {"pseudonym": "river"})
    for fmt in ("forum", "text", "chat"):
        result = cli(*FLAGS, "--format", fmt, "--json")
        text = json.dumps(json.loads(result.stdout))
        for secret in ("gambling", "PRIVATE JOURNAL", "Alex", "river", "323 days", "days"):
            assert secret not in text


def test_subprocess_pipe_gets_only_the_message(run_recover: Any) -> None:
    result = run_recover(*FLAGS, "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Hi, it's me. I'm feeling lonely right now (7/10).")
    assert result.stdout.count("\n") == 1


# -- interactive --------------------------------------------------------------------------
def test_interactive_three_steps_with_nudges_and_save(cli: Any, db_path: Path) -> None:
    answers = [
        "idk",  # emotion: vague -> one nudge
        "17",  # emotion: lonely, by number
        "7",  # intensity
        "drinking",  # problem: one word -> one nudge
        "",  # Enter keeps "drinking": never a block
        "since May",
        "walking",
        "2",  # someone to talk to now
        "3",  # chat
        "s",
    ]
    result = cli("ask", input="\n".join(answers) + "\n", env=INTERACTIVE)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for step in (
        "Step 1 of 3 · Name the emotion",
        "Step 2 of 3 · Specify the problem",
        "Step 3 of 3 · Make a clear request",
    ):
        assert step in out
    assert "Example: lonely, 7" in out
    assert "lonely   17 lonely" in out
    assert out.count("more exact word") == 1
    assert out.count("A few more words help") == 1
    assert (
        "Feeling lonely right now (7/10). Drinking (since May; tried walking). Is anyone free to talk right now?" in out
    )
    [record] = saved(db_path)
    assert record["emotion"] == "lonely" and record["problem"] == "drinking" and record["format"] == "chat"
    assert f"Saved as {record['id'][:8]}" in out


def test_interactive_own_words_and_edit_in_editor(cli: Any, db_path: Path) -> None:
    answers = ["anxious", "", "my boss shouts at me every morning", "", "", "5", "Could someone share what works?", "1"]
    answers += ["e", "s"]
    env = {**INTERACTIVE, "EDITOR": "sed -i s/boss/manager/", "VISUAL": ""}
    result = cli("ask", input="\n".join(answers) + "\n", env=env)
    assert result.exit_code == 0, result.stderr
    [record] = saved(db_path)
    assert record["edited"] is True
    assert record["title"] == "Feeling anxious - asking for help"
    assert "My manager shouts at me every morning." in record["body"]
    assert "boss" not in record["body"]
    assert record["problem"] == "my boss shouts at me every morning"  # the steps are kept as typed


def test_interactive_edit_without_editor_types_a_new_version(cli: Any, db_path: Path) -> None:
    answers = ["sad", "4", "I miss my dad and the evenings are long", "", "", "1", "2", "e"]
    answers += ["Hi, rough evening, missing dad.", "Any advice?", ".", "s"]
    env = {**INTERACTIVE, "EDITOR": "", "VISUAL": ""}
    result = cli("ask", input="\n".join(answers) + "\n", env=env)
    assert result.exit_code == 0, result.stderr
    [record] = saved(db_path)
    assert record["body"] == "Hi, rough evening, missing dad.\nAny advice?"
    assert record["format"] == "text" and record["edited"] is True


def test_interactive_change_format_then_cancel_saves_nothing(cli: Any, db_path: Path) -> None:
    answers = ["tired", "", "I cannot sleep and want a drink", "", "", "1", "1", "f", "3", "c"]
    result = cli("ask", input="\n".join(answers) + "\n", env=INTERACTIVE)
    assert result.exit_code == 0
    assert "Feeling tired - looking for advice" in result.stdout  # forum first
    assert "Feeling tired right now. I cannot sleep and want a drink. Any advice?" in result.stdout  # then chat
    assert "Nothing was saved." in result.stdout
    assert saved(db_path) == []


def test_interactive_asks_only_for_steps_no_flag_gave(cli: Any, db_path: Path) -> None:
    result = cli(
        "ask",
        "--emotion",
        "angry",
        "--format",
        "text",
        input="my brother mocked my sobriety\n\n\nadvice\ns\n",
        env=INTERACTIVE,
    )
    assert result.exit_code == 0, result.stderr
    assert "Step 1 of 3" not in result.stdout and "Step 2 of 3" in result.stdout and "Format:" not in result.stdout
    assert saved(db_path)[0]["emotion"] == "angry"


def test_interactive_reasks_a_bad_answer_with_the_reason(cli: Any, db_path: Path) -> None:
    answers = ["99", "sad", "12", "5", "I lost my job today", "", "", "1", "1", "s"]
    result = cli("ask", input="\n".join(answers) + "\n", env=INTERACTIVE)
    assert result.exit_code == 0
    assert "--emotion: pick a number from 1 to 32" in result.stderr
    assert "--intensity: use a whole number 0-10" in result.stderr
    assert saved(db_path)[0]["intensity"] == 5


# -- saved requests -----------------------------------------------------------------------
def _add(store: Store, now: datetime, problem: str = "I want to drink after work") -> str:
    from recovery_tui.core.help_requests import Draft

    return service.add_help_request(store, Draft("restless", 6, problem, request="advice"), fmt="text", now=now).id


def test_list_empty(cli: Any) -> None:
    result = cli("ask", "list")
    assert result.exit_code == 0
    assert "No help requests saved yet" in result.stdout


def test_list_shows_which_requests_got_help(cli: Any, store: Store, now: datetime) -> None:
    first = _add(store, now)
    second = _add(store, now.replace(hour=21), "Payday is tomorrow and I am scared")
    service.add_followup(store, first, helpful="yes", from_name="Sam", note="called me", now=now)
    result = cli("ask", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines.index(next(ln for ln in lines if first[:8] in ln)) < lines.index(
        next(ln for ln in lines if second[:8] in ln)
    )  # oldest first, newest last (cli/listing.py)
    assert "yes (Sam)" in next(ln for ln in lines if first[:8] in ln)
    assert "not yet" in next(ln for ln in lines if second[:8] in ln)
    assert "2 requests; 1 got help." in result.stdout
    data = json.loads(cli("ask", "list", "--json").stdout)
    assert [r["id"] for r in data] == [first, second]


def test_show_message_and_json(cli: Any, store: Store, now: datetime) -> None:
    rid = _add(store, now)
    text = cli("ask", "show", rid[:6])
    assert text.exit_code == 0
    assert f"Help request {rid[:8]}" in text.stdout and "Emotion: restless (6/10)" in text.stdout
    assert "No follow-ups yet" in text.stdout
    only = cli("ask", "show", rid[:6], "--message")
    assert (
        only.stdout == "Hi, it's me. I'm feeling restless right now (6/10). I want to drink after work. "
        "Could you give me some advice?\n"
    )
    assert json.loads(cli("ask", "show", rid, "--json").stdout)["id"] == rid


def test_show_unknown_id(cli: Any, store: Store, now: datetime) -> None:
    _add(store, now)
    result = cli("ask", "show", "zzzz")
    assert result.exit_code == 1
    assert result.stderr == "recover: No help request has the id 'zzzz' (see 'recover ask list').\n"


def test_followup_records_who_helped(cli: Any, store: Store, now: datetime, db_path: Path) -> None:
    rid = _add(store, now)
    result = cli("ask", "followup", rid[:8], "--helpful", "yes", "--from", "Sam", "--note", "called me, we walked")
    assert result.exit_code == 0, result.stderr
    assert f"Recorded: Sam answered request {rid[:8]}, and it helped." in result.stdout
    assert "Noting who helped" in result.stdout
    no = cli("ask", "followup", rid[:8], "--helpful", "no")
    assert "it did not help this time" in no.stdout
    [record] = saved(db_path)
    assert record["followups"] == [
        {"at": "2026-11-20T20:00:00+00:00", "helpful": True, "from": "Sam", "note": "called me, we walked"},
        {"at": "2026-11-20T20:00:00+00:00", "helpful": False, "from": None, "note": None},
    ]
    shown = cli("ask", "show", rid[:8]).stdout
    assert "helped from Sam: called me, we walked" in shown and "did not help" in shown


def test_followup_refusals_change_nothing(cli: Any, store: Store, now: datetime, db_path: Path) -> None:
    rid = _add(store, now)
    before = db_path.read_bytes()
    missing = cli("ask", "followup", rid[:8])
    assert missing.exit_code == 1
    assert missing.stderr == "recover: --helpful: is required when not at a terminal.\n"
    bad = cli("ask", "followup", rid[:8], "--helpful", "maybe")
    assert bad.exit_code == 1 and bad.stderr == "recover: --helpful: answer yes or no.\n"
    unknown = cli("ask", "followup", "nope", "--helpful", "yes")
    assert unknown.exit_code == 1 and "No help request has the id 'nope'" in unknown.stderr
    assert db_path.read_bytes() == before


def test_followup_interactive_asks(cli: Any, store: Store, now: datetime, db_path: Path) -> None:
    rid = _add(store, now)
    result = cli("ask", "followup", rid[:8], input="y\nKim\nshared her story\n", env=INTERACTIVE)
    assert result.exit_code == 0, result.stderr
    assert saved(db_path)[0]["followups"][0]["from"] == "Kim"


def test_help_lists_ask_with_an_example(cli: Any) -> None:
    top = cli("--help")
    assert "ask" in top.stdout and "recover ask --emotion" in top.stdout
    sub = cli("ask", "--help")
    for word in ("--emotion", "--problem", "--request", "--format", "list", "show", "followup"):
        assert word in sub.stdout


def test_list_shows_the_newest_twenty_unless_all(cli: Any, store: Store, now: datetime) -> None:
    from datetime import timedelta

    ids = [_add(store, now - timedelta(hours=i)) for i in range(23)]
    result = cli("ask", "list")
    assert ids[0][:8] in result.stdout and ids[19][:8] in result.stdout and ids[20][:8] not in result.stdout
    assert "23 requests; 0 got help." in result.stdout
    assert "Showing the 20 newest; --all shows every one." in result.stdout
    assert ids[22][:8] in cli("ask", "list", "--all").stdout
    assert len(json.loads(cli("ask", "list", "--json", "--limit", "3").stdout)) == 3
    assert len(json.loads(cli("ask", "list", "--json", "--all").stdout)) == 23


def test_compose_flags_before_a_subcommand_are_refused(cli: Any, db_path: Path) -> None:
    result = cli("ask", "--emotion", "sad", "list")
    assert result.exit_code == 1
    assert result.stderr.startswith("recover: --emotion: goes with 'recover ask' on its own, not with 'ask list'")
    assert not db_path.exists()
