"""Hostile inputs found by an adversarial pass over the newer commands: each test failed
before its fix. The data file is checked byte for byte after every refusal."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("blank", ["", "  ", "\t"])
def test_a_blank_pledge_day_removes_nothing(cli: Any, db_path: Path, blank: str) -> None:
    """A blank time reads as now elsewhere; as the pledge to remove it is no choice at all."""
    assert cli("pledge", "one day at a time").exit_code == 0
    before = digest(db_path)
    result = cli("pledge", "remove", blank, "--yes")
    assert result.exit_code == 1
    assert result.stderr == "recover: DAY: give a day such as today or 2026-11-20, or a pledge's id.\n"
    assert digest(db_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--out", "{data}"),
        ("report", "--format", "html", "--out", "{data}.lock"),
        ("report", "--out", "{folder}/backups/report.md"),
        ("report", "--out", "{folder}/link.json"),
        ("export", "--format", "json", "--out", "{data}", "--force"),
        ("export", "--format", "markdown", "--out", "{folder}/link.json", "--force"),
        ("export", "--format", "csv", "--out", "{folder}/backups", "--force"),
    ],
)
def test_a_report_or_export_never_replaces_recovers_own_files(cli: Any, db_path: Path, args: tuple[str, ...]) -> None:
    """`report --out` replaces an existing file on purpose, and `export --force` too: never
    the data file itself (or a link to it), its lock or its backups."""
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    assert cli("backup", "create").exit_code == 0
    (db_path.parent / "link.json").symlink_to(db_path)
    lock = db_path.with_name(db_path.name + ".lock")
    backups = sorted((db_path.parent / "backups").iterdir())
    before = (digest(db_path), lock.read_bytes(), [digest(b) for b in backups])
    filled = [a.format(data=db_path, folder=db_path.parent) for a in args]
    result = cli(*filled)
    assert result.exit_code == 1
    assert result.stderr.startswith("recover: --out: ")
    assert "belongs to recover (your data file, its lock or backups); give another path." in result.stderr
    assert before == (digest(db_path), lock.read_bytes(), [digest(b) for b in backups])
    assert sorted((db_path.parent / "backups").iterdir()) == backups


def test_a_report_still_replaces_a_file_of_its_own_beside_the_data(cli: Any, db_path: Path) -> None:
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    target = db_path.parent / "report.md"
    target.write_text("last month\n")
    result = cli("report", "--out", str(target))
    assert result.exit_code == 0 and target.read_text().startswith("# Recovery report")


def test_crisis_list_shows_the_shipped_lines_when_the_file_is_encrypted(
    cli: Any, db_path: Path, run_recover: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Crisis help never waits for a passphrase: with no way to ask (no terminal, no command)
    the lines for the country kept beside the file show, and one line says why yours do not."""
    monkeypatch.delenv("RECOVER_PASSPHRASE_CMD", raising=False)
    assert cli("config", "set", "country", "GB").exit_code == 0
    assert cli("crisis", "add", "My own line", "--phone", "0800 000").exit_code == 0
    assert cli("encrypt", env={"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'"}).exit_code == 0
    before = digest(db_path)
    result = run_recover("crisis", "list", timeout=20)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[GB]\n") and "Samaritans" in result.stdout
    assert "My own line" not in result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith("recover: your own crisis lines are not shown: ") and "is encrypted" in line
    assert digest(db_path) == before


@pytest.mark.parametrize("content", [b"", b"\x00garbage{", b"[1, 2]", b'{"meta": {"schema": {"schema_version": 99}}}'])
def test_crisis_list_shows_the_shipped_lines_when_the_file_is_damaged(cli: Any, db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(content)
    for args in (("crisis", "list", "--country", "US"), ("crisis", "--all", "--json")):
        result = cli(*args)
        assert result.exit_code == 0
        assert "988" in result.stdout
        (line,) = result.stderr.splitlines()
        assert line.startswith("recover: your own crisis lines are not shown: ") and str(db_path) in line
    assert db_path.read_bytes() == content


def test_remind_install_refuses_a_data_path_with_a_line_break(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line break in the data file's path would start a crontab line of its own: a job."""
    folder = tmp_path / "bin"
    folder.mkdir()
    os.symlink("/bin/sh", folder / "sh")
    crontab = folder / "crontab"
    crontab.write_text(
        '#!/bin/sh\nPATH=/usr/bin:/bin\nif [ "$1" = "-l" ]; then cat "$FAKE_CRONTAB"; '
        'elif [ "$1" = "-" ]; then cat > "$FAKE_CRONTAB"; else exit 2; fi\n'
    )
    crontab.chmod(0o700)
    table = tmp_path / "crontab.txt"
    table.write_text("5 4 * * * backup.sh\n")
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("FAKE_CRONTAB", str(table))
    hostile = tmp_path / "data\n* * * * * touch PWNED #" / "recover.json"
    monkeypatch.setenv("RECOVER_DB", str(hostile))
    assert cli("remind", "set", "checkin", "21:00").exit_code == 0
    result = cli("remind", "install")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "\\n* * * * * touch PWNED #" in line and "holds a line break or control character" in line
    assert table.read_text() == "5 4 * * * backup.sh\n"


@pytest.mark.parametrize("command", ["merge", "import"])
def test_merging_an_encrypted_copy_names_that_copy(
    cli: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """The refusal named the (plain) data file as encrypted, not the copy being read."""
    monkeypatch.delenv("RECOVER_PASSPHRASE_CMD", raising=False)
    other = tmp_path / "copy.json"
    assert cli("--db", str(other), "reason", "add", "my kids").exit_code == 0
    assert (
        cli("--db", str(other), "encrypt", env={"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'"}).exit_code == 0
    )
    assert cli("reason", "add", "wake up clear").exit_code == 0
    before = digest(db_path)
    result = cli(command, str(other), "--dry-run")
    assert result.exit_code == 1
    assert result.stderr == (
        f"recover: {other} is encrypted; to {command} it, set RECOVER_PASSPHRASE_CMD to print its passphrase "
        "or run recover at a terminal. Nothing was changed.\n"
    )
    assert digest(db_path) == before


@pytest.mark.parametrize("args", [("status", "--json", "--short"), ("status", "--short", "--json")])
def test_status_short_with_json_is_a_usage_error(cli: Any, args: tuple[str, ...]) -> None:
    """A script asking for JSON got the prompt's text line instead, with exit 0."""
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    result = cli(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert "--short is one line of text for a prompt; give --json alone" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_care_log_edit_that_changes_nothing_says_so_and_writes_nothing(cli: Any, db_path: Path) -> None:
    """It said "Changed:" with exit 0, and rewrote the log (a new updated_at) for nothing."""
    assert cli("care", "add", "appointment", "therapy", "--at", "2026-11-20 10:00").exit_code == 0
    logged = cli("care", "log", "therapy", "--at", "10:30", "--json")
    log_id = json.loads(logged.stdout)["log"]["id"][:8]
    before = digest(db_path)
    for args in ((), ("--status", "attended"), ("--at", "10:30")):
        result = cli("care", "log-edit", log_id, *args)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr == "recover: that is already how it is; nothing was changed.\n"
    assert digest(db_path) == before
    wrong = cli("care", "log-edit", log_id, "--status", "taken")
    assert wrong.stderr == "recover: --status: an appointment is logged as attended or missed.\n"
    assert digest(db_path) == before


@pytest.mark.parametrize(
    ("setup", "args", "line"),
    [
        (
            [
                ("care", "add", "medication", "naltrexone", "--schedule", "daily 08:00"),
                ("care", "add", "medication", "nal trexone", "--schedule", "daily 09:00"),
            ],
            ("care", "log", "NAL "),
            "recover: 'NAL' is the start of more than one care item ('nal trexone', 'naltrexone'); "
            "type more of the name.\n",
        ),
        (
            [("reward", "add", "book", "--cost", "5"), ("reward", "add", "boots", "--cost", "9")],
            ("reward", "remove", "bo", "--yes"),
            "recover: 'bo' is the start of more than one reward ('book', 'boots'); type more of the name.\n",
        ),
        (
            [],
            ("plan", "log", "s"),
            "recover: 's' is the start of more than one behaviour ('sober days', 'skill sessions'); "
            "type more of the name.\n",
        ),
    ],
)
def test_the_start_of_several_names_says_so(
    cli: Any, db_path: Path, setup: list[tuple[str, ...]], args: tuple[str, ...], line: str
) -> None:
    """It said "No care item called 'nal'" while two items start with it."""
    for step in setup:
        assert cli(*step).exit_code == 0
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    before = digest(db_path)
    result = cli(*args)
    assert result.exit_code == 1 and result.stderr == line
    assert digest(db_path) == before


@pytest.mark.parametrize("command", [("report",), ("export", "--format", "json")])
def test_the_written_path_is_one_line(cli: Any, tmp_path: Path, command: tuple[str, ...]) -> None:
    """A line break in --out printed a second line (one a person could take for ours)."""
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    out = tmp_path / "a\nb.md"
    result = cli(*command, "--out", str(out))
    assert result.exit_code == 0 and out.exists()
    assert str(tmp_path / "a\\nb.md") in result.stdout
    assert "\nb.md" not in result.stdout


def test_a_pledge_is_one_line(cli: Any, db_path: Path, now: Any) -> None:
    """A line break in the words printed a line of its own in `pledge list`, with no day."""
    made = cli("pledge", "stay\nkind\t to   myself")
    assert made.stdout.endswith("Your words: stay kind to myself\n")
    assert json.loads(cli("pledge", "list", "--json").stdout)[0]["text"] == "stay kind to myself"
    from datetime import timedelta

    from recovery_tui.store import Store

    # a pledge written by an older recover (or merged in) may still hold one
    Store(db_path).insert("pledges", {"date": (now - timedelta(days=1)).date().isoformat(), "text": "a\nb"}, now=now)
    listed = cli("pledge", "list").stdout.splitlines()
    assert listed == ["2026-11-19  a\\nb", "2026-11-20  stay kind to myself"]


def test_a_data_file_link_into_a_missing_folder_makes_no_folder(cli: Any, tmp_path: Path) -> None:
    """A link to a file on an unmounted disk made the disk's folders on this one, and a new file."""
    link = tmp_path / "recover.json"
    target = tmp_path / "usb" / "recover" / "recover.json"
    link.symlink_to(target)
    result = cli("--db", str(link), "pledge", "one day at a time")
    assert result.exit_code == 1
    assert result.stderr == (
        f"recover: {link} is a symbolic link to {target}, whose folder does not exist; recover makes no folder "
        "through a link. Create the folder (or mount its disk), or point the link at an existing folder; "
        "nothing was written.\n"
    )
    assert not (tmp_path / "usb").exists() and link.is_symlink()
    assert cli("--db", str(link), "sos").exit_code == 0
    target.parent.mkdir(parents=True)  # mounted: the link is followed as before
    assert cli("--db", str(link), "pledge", "one day at a time").exit_code == 0 and target.is_file()


def test_logging_a_behaviour_whose_care_item_was_removed_says_so(cli: Any, db_path: Path) -> None:
    """It said "'took meds' counts what you log for 'its care item was removed' in your care plan"."""
    assert cli("care", "add", "medication", "naltrexone", "--schedule", "daily 08:00").exit_code == 0
    assert cli("plan", "add", "took meds", "--points", "2", "--from-care", "naltrexone").exit_code == 0
    assert cli("care", "remove", "naltrexone", "--yes").exit_code == 0
    before = digest(db_path)
    result = cli("plan", "log", "took meds")
    assert result.exit_code == 1
    assert result.stderr == (
        "recover: name: 'took meds' counted the logs of a care-plan item that was removed, so nothing is "
        "logged for it now; you can remove it from your plan.\n"
    )
    assert digest(db_path) == before


@pytest.mark.parametrize("blank", ["", "  "])
@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (("counter", "add", "nicotine", "--since", "{blank}"), "--since"),
        (("relapse", "alcohol", "--at", "{blank}", "--yes"), "--at"),
        (("checkin", "--mood", "3", "--craving", "2", "--date", "{blank}", "--add"), "--date"),
        (("today", "--date", "{blank}"), "--date"),
        (("trigger", "log", "payday", "--intensity", "4", "--at", "{blank}"), "--at"),
        (("meeting", "log", "step group", "--format", "online", "--at", "{blank}"), "--at"),
        (("journal", "add", "a walk helped", "--at", "{blank}"), "--at"),
        (("care", "add", "test", "urine test", "--at", "{blank}"), "--at"),
        (("care", "log", "naltrexone", "taken", "--at", "{blank}"), "--at"),
        (("plan", "log", "check-in days", "--at", "{blank}"), "--at"),
    ],
)
def test_an_empty_time_or_day_is_refused_not_taken_as_now(
    cli: Any, db_path: Path, args: tuple[str, ...], flag: str, blank: str
) -> None:
    """`--at ''` is most often a script's unset variable: taken as now, it filed the record at
    the wrong time without a word (cli/times.py). Leaving the option out still means now."""
    assert cli("counter", "add", "alcohol", "--since", "30d").exit_code == 0
    assert cli("care", "add", "medication", "naltrexone", "--schedule", "daily 08:00").exit_code == 0
    before = digest(db_path)
    result = cli(*(arg.replace("{blank}", blank) for arg in args))
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"recover: {flag}: is empty; give ") and result.stderr.count("\n") == 1
    assert digest(db_path) == before
