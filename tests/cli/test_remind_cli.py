"""`recover remind`: set, list, remove; install and uninstall against a temporary HOME with
stand-ins for crontab, systemctl and notify-send on PATH; `due` before and after the thing
is done, and on an encrypted, missing or damaged file. The clock is frozen (Friday 20:00 UTC).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

PASS = "correct horse battery"
CMD = {"RECOVER_PASSPHRASE_CMD": f"/usr/bin/printf '{PASS}'"}


def _script(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\nPATH=/usr/bin:/bin\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only stand-ins (and a shell); each test adds the ones it needs."""
    folder = tmp_path / "bin"
    folder.mkdir()
    os.symlink("/bin/sh", folder / "sh")
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("FAKE_LOG", str(tmp_path / "calls.log"))
    monkeypatch.setenv("FAKE_CRONTAB", str(tmp_path / "crontab.txt"))
    return folder


def fake_crontab(folder: Path) -> None:
    _script(
        folder,
        "crontab",
        'if [ "$1" = "-l" ]; then\n'
        '  if [ -f "$FAKE_CRONTAB" ]; then cat "$FAKE_CRONTAB"; else echo "no crontab for tester" >&2; exit 1; fi\n'
        'elif [ "$1" = "-" ]; then cat > "$FAKE_CRONTAB"\n'
        "else exit 2; fi\n",
    )


def fake_systemctl(folder: Path, *, user_works: bool) -> None:
    _script(
        folder,
        "systemctl",
        'echo "systemctl $*" >> "$FAKE_LOG"\n' + ("exit 0\n" if user_works else "exit 1\n"),
    )


def fake_notify_send(folder: Path) -> None:
    _script(folder, "notify-send", 'for a in "$@"; do printf "%s|" "$a" >> "$FAKE_LOG"; done; echo >> "$FAKE_LOG"\n')


def calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


def crontab(tmp_path: Path) -> list[str]:
    return (tmp_path / "crontab.txt").read_text().splitlines()


# -- set, list, remove -------------------------------------------------------------------------


def test_set_list_remove(cli: Any) -> None:
    assert "Reminder set: checkin at 21:00" in cli("remind", "set", "checkin", "21:00").stdout
    cli("remind", "set", "checkin", "12:30")
    cli("remind", "set", "pledge", "8:00")
    again = cli("remind", "set", "checkin", "21:00")
    assert again.exit_code == 0 and "Already set: checkin at 21:00. Nothing changed." in again.stdout
    listed = cli("remind", "list", "--json")
    assert [(r["kind"], r["time"]) for r in __import__("json").loads(listed.stdout)] == [
        ("pledge", "08:00"),
        ("checkin", "12:30"),
        ("checkin", "21:00"),
    ]
    assert "Time for your morning note" in cli("remind", "list").stdout
    gone = cli("remind", "remove", "checkin", "12:30")
    assert "Removed the checkin reminder at 12:30" in gone.stdout
    assert "12:30" not in cli("remind", "list").stdout
    assert "Removed the pledge reminder at 08:00" in cli("remind", "remove", "pledge").stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("set", "walk", "21:00"), "KIND: 'walk' is not something recover reminds of"),
        (("set", "checkin", "25:00"), "HH:MM: '25:00' is not a time of day"),
        (("remove", "review"), "There is no review reminder"),
    ],
)
def test_refusals_are_one_line(cli: Any, args: tuple[str, ...], words: str) -> None:
    result = cli("remind", *args)
    assert result.exit_code == 1
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- install and uninstall -----------------------------------------------------------------------


def test_install_uses_crontab_without_systemd_and_keeps_other_lines(
    cli: Any, bin_dir: Path, tmp_path: Path, db_path: Path
) -> None:
    fake_crontab(bin_dir)
    fake_systemctl(bin_dir, user_works=False)
    (tmp_path / "crontab.txt").write_text("MAILTO=me\n5 4 * * * backup.sh\n")
    cli("remind", "set", "checkin", "21:00")
    cli("remind", "set", "pledge", "08:15")
    first = cli("remind", "install")
    assert first.exit_code == 0 and "Installed 2 reminder times in your crontab" in first.stdout
    table = crontab(tmp_path)
    assert table[:2] == ["MAILTO=me", "5 4 * * * backup.sh"]
    ours = table[2:]
    assert len(ours) == 2 and all(line.endswith("# recover-remind") for line in ours)
    assert ours[0].startswith("0 21 * * * ") and "remind due checkin" in ours[0]
    assert ours[1].startswith("15 8 * * * ") and "remind due pledge" in ours[1]
    assert str(db_path) in ours[0] and sys.executable in ours[0]
    assert cli("remind", "install").exit_code == 0
    assert crontab(tmp_path) == table  # twice: one set of entries
    assert "matches your reminders" in cli("remind", "status").stdout
    cli("remind", "remove", "pledge")
    assert "differs from your reminders" in cli("remind", "status").stdout
    assert "Removed recover's reminders from your crontab" in cli("remind", "uninstall").stdout
    assert crontab(tmp_path) == ["MAILTO=me", "5 4 * * * backup.sh"]
    assert "No reminders were installed" in cli("remind", "uninstall").stdout
    assert "Not installed; installing would use your crontab" in cli("remind", "status").stdout


def test_install_uses_systemd_timers_when_the_user_manager_answers(
    cli: Any, bin_dir: Path, tmp_path: Path, db_path: Path
) -> None:
    fake_crontab(bin_dir)
    fake_systemctl(bin_dir, user_works=True)
    old = "0 1 * * * /old/recover remind due checkin # recover-remind\n"
    (tmp_path / "crontab.txt").write_text(old + "7 7 * * * mine\n")
    cli("remind", "set", "checkin", "21:00")
    cli("remind", "set", "checkin", "12:00")
    result = cli("remind", "install")
    assert result.exit_code == 0 and "in systemd user timers" in result.stdout
    units = tmp_path / "home" / ".config" / "systemd" / "user"
    assert sorted(p.name for p in units.iterdir()) == ["recover-remind-checkin.service", "recover-remind-checkin.timer"]
    timer = (units / "recover-remind-checkin.timer").read_text()
    assert "OnCalendar=*-*-* 12:00:00\nOnCalendar=*-*-* 21:00:00\n" in timer
    service = (units / "recover-remind-checkin.service").read_text()
    assert f'"{db_path}" "remind" "due" "checkin"' in service
    assert "systemctl --user enable recover-remind-checkin.timer" in calls(tmp_path)
    assert crontab(tmp_path) == ["7 7 * * * mine"]  # the old line of ours went; the other stays
    (units / "someone-else.timer").write_text("[Timer]\n")
    cli("remind", "install")
    assert sorted(p.name for p in units.iterdir())[-1] == "someone-else.timer"
    status = cli("remind", "status").stdout
    assert "systemd user timers" in status and "checkin 12:00, 21:00; matches your reminders" in status
    assert "Removed recover's reminders from systemd user timers" in cli("remind", "uninstall").stdout
    assert [p.name for p in units.iterdir()] == ["someone-else.timer"]
    assert any("disable --now recover-remind-checkin.timer" in line for line in calls(tmp_path))


def test_install_is_refused_in_one_line_without_a_scheduler(cli: Any, bin_dir: Path) -> None:
    cli("remind", "set", "checkin", "21:00")
    result = cli("remind", "install")
    assert result.exit_code == 1
    assert "no scheduler recover can use" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- due -----------------------------------------------------------------------------------------


def test_due_notifies_only_until_the_checkin_and_pledge_are_done(cli: Any, bin_dir: Path, tmp_path: Path) -> None:
    fake_notify_send(bin_dir)
    cli("remind", "set", "checkin", "19:30")
    cli("remind", "set", "pledge", "08:00")
    cli("remind", "set", "review", "21:00")  # not yet: it is 20:00
    result = cli("remind", "due")
    assert result.exit_code == 0 and result.stdout == ""
    assert calls(tmp_path) == ["--|Reminder|Time for your daily note|", "--|Reminder|Time for your morning note|"]
    assert cli("checkin", "--mood", "4", "--craving", "2").exit_code == 0
    cli("remind", "due", "checkin")
    assert len(calls(tmp_path)) == 2  # done today: no reminder
    cli("pledge")
    cli("remind", "due")
    assert len(calls(tmp_path)) == 2


def test_due_writes_a_line_without_a_notifier_and_uses_its_own_words(cli: Any, bin_dir: Path) -> None:
    cli("remind", "set", "checkin", "19:00")
    cli("config", "set", "remind.text.checkin", "Tea and a few words?")
    assert cli("remind", "due", "checkin").stdout == "Reminder: Tea and a few words?\n"
    assert cli("remind", "due", "pledge").stdout == ""


def test_due_on_an_encrypted_file_without_a_passphrase_shows_only_the_neutral_words(cli: Any, bin_dir: Path) -> None:
    cli("remind", "set", "checkin", "19:00")
    cli("config", "set", "remind.text.checkin", "Write your recovery check-in")
    assert cli("encrypt", env=CMD).exit_code == 0
    with_passphrase = cli("remind", "due", "checkin", env=CMD)
    assert with_passphrase.stdout == "Reminder: Write your recovery check-in\n"
    locked = cli("remind", "due", "checkin")
    assert locked.exit_code == 0 and locked.stdout == "Reminder: Time for your daily note\n"


def test_due_on_a_missing_or_damaged_file_reminds_neutrally_and_exits_1(cli: Any, bin_dir: Path, db_path: Path) -> None:
    missing = cli("remind", "due", "pledge")
    assert missing.exit_code == 1 and missing.stdout == "Reminder: Time for your morning note\n"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_text("{ not json")
    damaged = cli("remind", "due")
    assert damaged.exit_code == 1 and damaged.stdout == "Reminder: Time for your daily note\n"
    assert "Traceback" not in damaged.stderr


def test_due_in_a_real_process_without_a_terminal_never_waits(
    cli: Any, run_recover: Any, bin_dir: Path, tmp_path: Path
) -> None:
    fake_notify_send(bin_dir)
    cli("remind", "set", "review", "19:45")
    done = run_recover("remind", "due", "review", timeout=60)  # stdin closed, as under cron or systemd
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    assert calls(tmp_path) == ["--|Reminder|Time for your evening note|"]


def test_due_care_shows_neutral_words_until_todays_care_is_logged(cli: Any, bin_dir: Path, tmp_path: Path) -> None:
    fake_notify_send(bin_dir)
    assert cli("remind", "set", "care", "19:00").exit_code == 0
    assert "Time for your daily routine" in cli("remind", "list").stdout
    assert "care 19:00" in cli("remind", "status").stdout
    cli("remind", "due", "care")
    assert calls(tmp_path) == []  # no care plan: nothing is due
    cli("care", "add", "medication", "naltrexone", "--schedule", "twice daily 08:00 20:00", "--start", "-3d")
    cli("care", "add", "test", "urine test", "--schedule", "weekly", "--start", "-3d")
    cli("remind", "due", "care")
    assert calls(tmp_path) == ["--|Reminder|Time for your daily routine|"]  # never the medication's name
    cli("care", "log", "naltrexone", "--at", "08:05")
    cli("care", "log", "urine", "negative", "--at", "-2d")  # this week's test is done
    cli("remind", "due", "care")
    assert len(calls(tmp_path)) == 2  # the evening dose is still due today
    cli("care", "log", "naltrexone", "missed", "--at", "19:55")  # a log of any status settles it
    cli("remind", "due")
    assert len(calls(tmp_path)) == 2
    assert all("naltrexone" not in line and "urine" not in line for line in calls(tmp_path))


def test_due_care_on_a_locked_file_shows_the_neutral_care_words(cli: Any, bin_dir: Path) -> None:
    cli("remind", "set", "care", "19:00")
    cli("care", "add", "medication", "naltrexone", "--schedule", "daily 08:00", "--start", "-3d")
    assert cli("encrypt", env=CMD).exit_code == 0
    locked = cli("remind", "due", "care")
    assert locked.exit_code == 0 and locked.stdout == "Reminder: Time for your daily routine\n"
    assert cli("remind", "due", "care", env=CMD).stdout == "Reminder: Time for your daily routine\n"
