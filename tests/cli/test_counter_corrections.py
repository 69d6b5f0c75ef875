"""Counters you can correct: `counter history`, `counter edit --since`, `counter event edit|remove`,
`relapse undo`, each refusal (one line, exit 1, file unchanged), and the prompt line after a
correction. The clock is frozen at 2026-11-20 20:00 UTC (conftest).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

YEAR_AGO = "2025-11-18 20:00"  # 368 days before the frozen clock
TTY = {"RECOVER_INTERACTIVE": "1"}


def refused(result, db_path: Path, before: bytes, match: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stderr.startswith("recover: ") and result.stderr.count("\n") == 1
    assert match in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


@pytest.fixture
def restarted(cli):  # type: ignore[no-untyped-def]
    """alcohol: started 368 days ago, a relapse 100 days ago (note 'party') and one just now (a slip of the key)."""
    assert cli("counter", "add", "alcohol", "--since", YEAR_AGO).exit_code == 0
    assert cli("relapse", "alcohol", "--at", "2026-08-12 20:00", "--note", "party").exit_code == 0
    assert cli("relapse", "alcohol").exit_code == 0
    return cli


def _events(cli) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    data = json.loads(cli("counter", "history", "alcohol", "--json").stdout)
    events: list[dict[str, object]] = data["events"]
    return events


def test_history_lists_every_start_and_restart_with_its_id(restarted) -> None:
    events = _events(restarted)
    assert [(e["kind"], e["at"], e["note"]) for e in events] == [
        ("start", "2025-11-18T20:00:00+00:00", None),
        ("relapse", "2026-08-12T20:00:00+00:00", "party"),
        ("relapse", "2026-11-20T20:00:00+00:00", None),
    ]
    assert len({e["id"] for e in events}) == 3
    text = restarted("counter", "history", "ALCOHOL").stdout.splitlines()
    assert text[0] == "alcohol: every start and restart"
    assert text[3].startswith(str(events[0]["id"])[:8]) and "2025-11-18 20:00  start" in text[3]
    assert "restart  party" in text[4]
    assert "Corrections" not in "\n".join(text)  # nothing corrected yet


def test_relapse_undo_asks_at_a_terminal_and_brings_the_streak_back(restarted, db_path: Path) -> None:
    before = db_path.read_bytes()
    kept = restarted("relapse", "undo", "alcohol", input="n\n", env=TTY)
    assert "Undo the restart of alcohol on 2026-11-20 20:00?" in kept.stdout and "Nothing was changed." in kept.stdout
    assert db_path.read_bytes() == before
    done = restarted("relapse", "undo", "alcohol", input="y\n", env=TTY)
    assert done.exit_code == 0
    assert "alcohol: 100d 00h 00m since 2026-08-12 20:00." in done.stdout
    assert restarted("status", "--short").stdout == "alcohol 100d\n"
    history = restarted("counter", "history", "alcohol").stdout
    assert "Corrections\n  2026-11-20 20:00  restart of 2026-11-20 20:00 undone" in history
    data = json.loads(restarted("counter", "history", "alcohol", "--json").stdout)
    assert [e["action"] for e in data["edits"]] == ["undo"] and len(data["events"]) == 2


def test_relapse_undo_refusals(restarted, db_path: Path) -> None:
    before = db_path.read_bytes()
    refused(restarted("relapse", "undo", "alcohol"), db_path, before, "--yes: not at a terminal")
    refused(restarted("relapse", "undo", "wine", "--yes"), db_path, before, "No counter called 'wine'")
    usage = restarted("relapse", "undo")
    assert usage.exit_code == 2 and "recover relapse undo alcohol" in usage.stderr
    assert db_path.read_bytes() == before
    assert restarted("relapse", "undo", "alcohol", "--yes").exit_code == 0
    assert restarted("relapse", "undo", "alcohol", "--yes", "--json").exit_code == 0  # the 'party' one
    after = db_path.read_bytes()
    refused(restarted("relapse", "undo", "alcohol", "--yes"), db_path, after, "alcohol has no restart to undo")


def test_counter_edit_since_corrects_the_first_start_and_figures_follow(restarted, db_path: Path) -> None:
    longest = json.loads(restarted("counter", "show", "alcohol", "--json").stdout)["longest_seconds"]
    out = restarted("counter", "edit", "alcohol", "--since", "2025-10-01 20:00").stdout
    assert out.startswith("alcohol started on 2025-10-01 20:00 (it said 2025-11-18 20:00).")
    shown = json.loads(restarted("counter", "show", "alcohol", "--json").stdout)
    assert shown["first_start"] == "2025-10-01T20:00:00+00:00"
    assert shown["longest_seconds"] == longest + 48 * 86400  # 48 more days in the first streak
    assert "start of 2025-11-18 20:00 moved to 2025-10-01 20:00" in restarted("counter", "history", "alcohol").stdout
    before = db_path.read_bytes()
    refused(
        restarted("counter", "edit", "alcohol", "--since", "2026-09-01"),
        db_path,
        before,
        "--since: alcohol restarted on 2026-08-12 20:00; its start has to be before that",
    )
    refused(
        restarted("counter", "edit", "alcohol", "--since", "2026-11-21 10:00"),
        db_path,
        before,
        "--since: a counter can't start in the future",
    )


def test_event_edit_moves_a_restart_and_changes_its_note(restarted, db_path: Path) -> None:
    party = _events(restarted)[1]
    short = str(party["id"])[:8]
    out = restarted("counter", "event", "edit", "alcohol", short, "--at", "2026-08-13 01:00", "--note", "wedding")
    assert out.exit_code == 0, out.stderr
    assert "Corrected: alcohol's restart is now 2026-08-13 01:00 (it was 2026-08-12 20:00)." in out.stdout
    moved = _events(restarted)[1]
    assert (moved["id"], moved["at"], moved["note"]) == (party["id"], "2026-08-13T01:00:00+00:00", "wedding")
    assert restarted("counter", "event", "edit", "alcohol", short, "--note", "").exit_code == 0
    assert _events(restarted)[1]["note"] is None
    history = restarted("counter", "history", "alcohol").stdout
    assert "moved to 2026-08-13 01:00 and note changed" in history and "note cleared" in history


@pytest.mark.parametrize(
    ("which", "args", "match"),
    [
        (2, ["--at", "2026-11-21 09:00"], "--at: a restart can't be in the future"),
        (1, ["--at", "2025-11-01 10:00"], "--at: alcohol started on 2025-11-18 20:00; a restart has to be after that"),
        (
            0,
            ["--at", "2026-09-01 10:00"],
            "--at: alcohol restarted on 2026-08-12 20:00; its start has to be before that",
        ),
        (1, [], "--at: give --at, --note or both"),
        (1, ["--at", "whenever"], "--at: 'whenever' is not a time"),
        (None, ["--at", "-1h"], "EVENT_ID: alcohol has no event 'feedbeef'"),
    ],
)
def test_event_edit_refusals(restarted, db_path: Path, which: int | None, args: list[str], match: str) -> None:
    event_id = "feedbeef" if which is None else str(_events(restarted)[which]["id"])
    before = db_path.read_bytes()
    refused(restarted("counter", "event", "edit", "alcohol", event_id, *args), db_path, before, match)


def test_event_remove_asks_refuses_the_start_and_keeps_a_line(restarted, db_path: Path) -> None:
    start, party, _slip = _events(restarted)
    before = db_path.read_bytes()
    refused(
        restarted("counter", "event", "remove", "alcohol", str(start["id"]), "--yes"),
        db_path,
        before,
        "EVENT_ID: that is when alcohol started, and a counter needs its start",
    )
    refused(
        restarted("counter", "event", "remove", "alcohol", str(party["id"])),
        db_path,
        before,
        "--yes: not at a terminal",
    )
    kept = restarted("counter", "event", "remove", "alcohol", str(party["id"]), input="n\n", env=TTY)
    assert "Nothing was changed." in kept.stdout and db_path.read_bytes() == before
    gone = restarted("counter", "event", "remove", "alcohol", str(party["id"])[:6], input="y\n", env=TTY)
    assert "Removed the restart of 2026-08-12 20:00" in gone.stdout
    assert [e["id"] for e in _events(restarted)] == [start["id"], _slip["id"]]
    assert "restart of 2026-08-12 20:00 removed" in restarted("counter", "history", "alcohol").stdout
    assert json.loads(restarted("counter", "show", "alcohol", "--json").stdout)["longest_seconds"] == 367 * 86400


def test_undo_in_a_real_process_and_the_prompt_line_follows(run_recover) -> None:
    assert run_recover("counter", "add", "alcohol", "--since", "368d").returncode == 0
    assert run_recover("relapse", "alcohol").returncode == 0
    assert run_recover("status", "--short").stdout == "alcohol 0d\n"
    undo = run_recover("relapse", "undo", "alcohol", "--yes")
    assert (undo.returncode, undo.stderr) == (0, ""), undo.stderr  # no milestone said again either
    assert run_recover("status", "--short").stdout == "alcohol 368d\n"
    asked = run_recover("relapse", "undo", "alcohol")
    assert asked.returncode == 1 and "Traceback" not in asked.stderr


def test_an_old_copy_of_the_same_file_migrates_to_the_same_event_ids(cli, db_path: Path, tmp_path: Path) -> None:
    counter = {
        "id": "c0000000-0000-4000-8000-000000000001",
        "name": "alcohol",
        "events": [
            {"kind": "start", "at": "2025-11-18T20:00:00+00:00", "note": None},
            {"kind": "relapse", "at": "2026-08-12T20:00:00+00:00", "note": "party"},
        ],
        "archived": False,
        "cost_per_day": None,
        "hours_per_day": None,
        "custom_milestones": [],
        "created_at": "2025-11-18T20:00:00+00:00",
        "updated_at": "2026-08-12T20:00:00+00:00",
    }
    version_1 = json.dumps({"meta": {"schema": {"schema_version": 1}}, "counters": {counter["id"]: counter}})
    db_path.parent.mkdir(mode=0o700, parents=True)
    db_path.write_text(version_1)
    db_path.chmod(0o600)
    old_copy = tmp_path / "old-backup.json"
    old_copy.write_text(version_1)
    ids = [e["id"] for e in _events(cli)]  # the live file migrates on first use
    result = cli("import", str(old_copy))
    assert result.exit_code == 0, result.stderr
    assert "Added 0 records" in result.stdout and "1 record was already here, unchanged." in result.stdout
    assert [e["id"] for e in _events(cli)] == ids


def test_history_shows_control_characters_in_a_note_visibly(cli) -> None:
    cli("counter", "add", "alcohol", "--since", "30d")
    cli("relapse", "alcohol", "--note", "bad\x1b[2Jday")
    out = cli("counter", "history", "alcohol").stdout
    assert "\x1b" not in out and "bad\\x1b[2Jday" in out


# -- care on every path: the same words as `recover relapse` ------------------------------------
RELAPSE_WORDS = (
    "alcohol restarts. Your history is kept: 30 days in your longest streak, 30 days sober in all. "
    "{restart} `recover skill start` or `recover sos` if it's hard right now."
)


def test_a_relapse_from_the_checkin_gets_the_same_words(cli) -> None:
    cli("counter", "add", "alcohol", "--since", "30d")
    result = cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", "--relapse")
    assert RELAPSE_WORDS.format(restart="Restarting now.") in result.stdout.splitlines()


def test_a_trigger_that_ended_in_use_gets_the_same_words_with_or_without_a_restart(cli) -> None:
    cli("counter", "add", "alcohol", "--since", "30d")
    used = cli("trigger", "payday", "--outcome", "used").stdout.splitlines()
    assert (
        "It happened, and writing it down is part of recovery. "
        "`recover skill start` or `recover sos` if it's hard right now."
    ) in used
    restarted = cli("trigger", "payday", "--outcome", "used", "--relapse", "alcohol").stdout.splitlines()
    assert RELAPSE_WORDS.format(restart="Restarting now.") in restarted


def test_the_words_after_using_stay_kind() -> None:
    from recovery_tui import wording

    for line in (wording.used_care(dashboard=False), wording.used_care(dashboard=True), wording.RELAPSE_CONFIRM):
        for unkind in ("fail", "lost", "clean", "dirty", "back to zero"):
            assert unkind not in line.lower()
