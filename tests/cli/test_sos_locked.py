"""`recover sos` on an encrypted file: crisis lines first without a key, then up to three tries
for the personal part; and the plain country file beside the data file that makes that work.

The person chose GB; the locale says US, so lines for the wrong country would show.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from recovery_tui.services import wipe as wipe_service
from recovery_tui.store import Store, country_file

PASS = "a long passphrase"
CMD = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'"}
ASK = "Passphrase for your contacts and kept messages"


@pytest.fixture(autouse=True)
def locale_us(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "RECOVER_PASSPHRASE_CMD"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def locked_gb(cli, db_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """An encrypted file whose owner chose GB, with one contact reachable now and a kept message."""
    assert cli("config", "set", "country", "GB").exit_code == 0
    assert (
        cli("contact", "add", "Sam", "--reach", "+44 7700", "--role", "sponsor", "--reachable", "24/7").exit_code == 0
    )
    assert cli("aid", "add", "This passes. Call me first.", "--from", "Sam").exit_code == 0
    assert cli("encrypt", env=CMD).exit_code == 0
    return db_path


def flat(text: str) -> str:
    return " ".join(text.split())


# -- the country file ---------------------------------------------------------------------------
def test_config_set_country_keeps_a_plain_0600_country_file(cli, db_path: Path) -> None:
    result = cli("config", "set", "country", "gb")
    assert result.exit_code == 0
    assert result.stdout.startswith("country = GB\n") and "plain text in recover.json.country" in result.stdout
    kept = db_path.with_name("recover.json.country")
    assert kept.read_bytes() == b"GB\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert cli("config", "set", "country", "IE").exit_code == 0
    assert kept.read_bytes() == b"IE\n"


@pytest.mark.parametrize("how", [("config", "unset", "country"), ("config", "set", "country", "")])
def test_opting_out_removes_the_country_file_and_the_setting(cli, db_path: Path, how: tuple[str, ...]) -> None:
    assert cli("config", "set", "country", "GB").exit_code == 0
    result = cli(*how)
    assert result.exit_code == 0, result.output
    assert "recover.json.country is removed" in result.stdout
    assert not country_file.path_for(db_path).exists()
    assert cli("config", "get", "country").stdout.strip() == ""


def test_encrypt_keeps_the_country_file_and_writes_it_for_an_older_setting(cli, db_path: Path) -> None:
    assert cli("config", "set", "country", "GB").exit_code == 0
    country_file.path_for(db_path).unlink()  # set by an older recover, before the file existed
    result = cli("encrypt", env=CMD)
    assert result.exit_code == 0
    assert "recover.json.country" in result.stdout and "GB" in result.stdout
    assert country_file.path_for(db_path).read_bytes() == b"GB\n"
    assert cli("encrypt", env={**CMD, "RECOVER_NEW_PASSPHRASE_CMD": "printf 'another long one'"}).exit_code == 0
    assert country_file.path_for(db_path).read_bytes() == b"GB\n"


def test_wipe_removes_the_country_file(cli, locked_gb: Path) -> None:
    kept = country_file.path_for(locked_gb)
    assert kept in wipe_service.plan(Store(locked_gb)).files
    assert cli("wipe", "--yes", "--i-understand").exit_code == 0
    assert not kept.exists()


# -- SOS before any passphrase ------------------------------------------------------------------
def test_no_terminal_no_command_crisis_lines_for_the_chosen_country_and_one_locked_line(cli, locked_gb: Path) -> None:
    result = cli("sos")
    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "Crisis lines (GB)" in out and "Samaritans" in out and "988" not in out
    assert "locked with your passphrase" in out and "safe and unchanged" in out
    assert "could not be read" not in out and "damaged" not in out
    assert ASK not in result.output and "Sam (sponsor)" not in out
    assert "Stopping heavy alcohol, benzodiazepine or opioid use suddenly can be dangerous" in out


def test_json_without_a_key_says_locked(cli, locked_gb: Path) -> None:
    data = json.loads(cli("sos", "--json").stdout)
    assert data["locked"] is True and data["country"] == "GB" and data["data_problem"] is None
    assert any(line["name"] == "Samaritans" for line in data["crisis_lines"])
    unlocked = json.loads(cli("sos", "--json", env=CMD).stdout)
    assert unlocked["locked"] is False and unlocked["reachable_now"][0]["name"] == "Sam"


def test_passphrase_command_unlocks_without_asking(cli, locked_gb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("sos", env=CMD)
    out = flat(result.stdout)
    assert result.exit_code == 0 and ASK not in result.output
    assert "1. Sam (sponsor) +44 7700" in out and "This passes. Call me first." in out
    assert out.index("Samaritans") < out.index("Sam (sponsor)")


def test_wrong_passphrase_command_keeps_it_locked_not_damaged(cli, locked_gb: Path) -> None:
    result = cli("sos", env={"RECOVER_PASSPHRASE_CMD": "printf 'not the passphrase'"})
    out = flat(result.stdout)
    assert result.exit_code == 0 and "Samaritans" in out
    assert "did not unlock it" in out and "locked with your passphrase" in out
    assert "could not be read" not in out and "damaged" not in out


def test_crisis_lines_print_before_the_question_and_enter_skips_without_asking_again(
    cli, locked_gb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("sos", input="\n\n\n")
    assert result.exit_code == 0
    assert result.output.count(ASK) == 1
    assert result.output.index("Samaritans") < result.output.index(ASK)
    out = flat(result.output)
    assert "Skipped." in out and "locked with your passphrase" in out and "Sam (sponsor)" not in out
    assert "Box breathing" in out  # a skill needs no key


def test_three_wrong_tries_then_it_stays_locked(cli, locked_gb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("sos", input="one\ntwo\nthree\n" + PASS + "\n")
    assert result.exit_code == 0
    assert result.output.count(ASK) == 3
    out = flat(result.output)
    assert "Tries left: 2." in out and "Tries left: 1." in out
    assert "Still locked after three tries" in out and "Sam (sponsor)" not in out
    assert "Crisis lines (GB)" in out and "could not be read" not in out and "damaged" not in out
    assert locked_gb.read_bytes().startswith(b"RECOVER-ENCRYPTED")


def test_a_right_try_after_a_wrong_one_shows_the_personal_part(
    cli, locked_gb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("sos", input="nope\n" + PASS + "\n")
    assert result.exit_code == 0
    assert result.output.count(ASK) == 2
    out = flat(result.output)
    assert "Tries left: 2." in out and "1. Sam (sponsor)" in out and "This passes." in out


def test_without_the_country_file_the_saved_country_shows_once_unlocked(
    cli, locked_gb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    country_file.path_for(locked_gb).unlink()  # opted out: the locale (US) is all SOS knows at first
    result = cli("sos", env=CMD)
    out = flat(result.stdout)
    assert "Crisis lines (US)" in out and "988" in out
    assert "Crisis lines (GB, your saved country)" in out
    assert out.index("988") < out.index("Samaritans") < out.index("Sam (sponsor)")


def test_damaged_plain_file_still_uses_the_saved_country(cli, db_path: Path) -> None:
    assert cli("config", "set", "country", "GB").exit_code == 0
    db_path.write_bytes(b'{"meta": {"schema": ')
    result = cli("sos")
    out = flat(result.stdout)
    assert result.exit_code == 0 and "Crisis lines (GB)" in out and "Samaritans" in out
    assert "from your locale" not in out  # the saved country was used, not the locale's US


def test_sos_works_while_another_process_holds_the_lock(cli, locked_gb: Path) -> None:
    from recovery_tui.store.lockfile import SidecarLock

    held = SidecarLock(str(locked_gb.with_name("recover.json.lock")), timeout=1)
    held.acquire()
    try:
        result = cli("sos", env=CMD)
    finally:
        held.release()
    assert result.exit_code == 0 and "Samaritans" in result.stdout and "1. Sam (sponsor)" in result.stdout


def test_real_process_without_a_terminal(run_recover, locked_gb: Path) -> None:  # type: ignore[no-untyped-def]
    done = run_recover("sos", env={"LANG": "en_US.UTF-8"})
    assert done.returncode == 0 and done.stderr == ""
    out = flat(done.stdout)
    assert "Crisis lines (GB)" in out and "locked with your passphrase" in out


def test_real_terminal_three_tries(locked_gb: Path) -> None:
    """Drive `recover sos` in a real pseudo-terminal: lines before the question, then a wrong
    and a right passphrase."""
    import pty
    import select
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # the child: recover sos on the terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "recovery_tui", "sos"], {**os.environ, "NO_COLOR": "1"})
    seen = b""
    mark = 0

    def read_until(marker: bytes) -> None:
        nonlocal seen, mark
        while marker not in seen[mark:]:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, f"no {marker!r} in {seen!r}"
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            assert chunk, f"ended without {marker!r}: {seen!r}"
            seen += chunk
        mark = seen.index(marker, mark) + len(marker)

    status = None
    try:
        read_until(b"(Enter to skip): ")  # the space: getpass has turned echo off
        assert b"Samaritans" in seen
        os.write(fd, b"not it\r")
        read_until(b"Tries left: 2.")
        read_until(b"(Enter to skip): ")  # the space: getpass has turned echo off
        os.write(fd, PASS.encode() + b"\r")
        read_until(b"recover complements")
        assert b"Sam (sponsor)" in seen and PASS.encode() not in seen  # hidden input
        _, status = os.waitpid(pid, 0)
    finally:
        if status is None:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0


def test_stored_text_is_shown_visibly_after_unlocking(cli, locked_gb: Path, now) -> None:  # type: ignore[no-untyped-def]
    store = Store(locked_gb, passphrase=lambda: PASS)
    for message in store.all("aid_messages"):
        store.delete("aid_messages", message["id"])
    store.insert("aid_messages", {"text": "Breathe\x1b[2J now", "source": "Sam\x1b]0;x\x07"}, now=now)
    result = cli("sos", env=CMD)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Breathe\\x1b[2J now" in result.stdout and "(from Sam\\x1b]0;x\\x07)" in result.stdout


def test_backup_restore_brings_the_country_file_in_step(cli, db_path: Path, now) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from recovery_tui.services import config as config_service

    clock = {"now": now - timedelta(days=1)}
    store = Store(db_path, clock=lambda: clock["now"])
    config_service.set_value(store, "country", "GB")
    clock["now"] = now
    config_service.set_value(store, "country", "IE")  # the day's first write backs up the GB file
    assert country_file.path_for(db_path).read_bytes() == b"IE\n"
    result = cli("backup", "restore", "--yes")
    assert result.exit_code == 0, result.output
    assert cli("config", "get", "country").stdout.strip() == "GB"
    assert country_file.path_for(db_path).read_bytes() == b"GB\n"


def test_sos_announces_no_milestone_and_writes_nothing(cli, db_path: Path) -> None:
    assert cli("counter", "add", "gambling", "--since", "25d").exit_code == 0
    before = db_path.read_bytes()
    result = cli("sos", env={"RECOVER_NOW": "2026-11-26T20:00:00+00:00"})  # 31 days: a milestone is due
    assert result.exit_code == 0 and "Milestone" not in result.output
    assert db_path.read_bytes() == before
    assert "Milestone: 30 days" in cli("status", env={"RECOVER_NOW": "2026-11-26T20:00:00+00:00"}).output


def test_a_damaged_encrypted_file_is_called_damaged_and_the_lines_stay(cli, locked_gb: Path) -> None:
    raw = bytearray(locked_gb.read_bytes())
    raw[-5] ^= 0x01  # one flipped byte in the ciphertext: the passphrase is right, the data is not
    locked_gb.write_bytes(bytes(raw))
    result = cli("sos", env=CMD)
    out = flat(result.stdout)
    assert result.exit_code == 0 and "Crisis lines (GB)" in out and "Samaritans" in out
    assert "could not be read" in out and "changed or damaged" in out
    assert "safe and unchanged" not in out and "Sam (sponsor)" not in out
    data = json.loads(cli("sos", "--json", env=CMD).stdout)
    assert data["data_problem"] and data["locked"] is False and data["country"] == "GB"
    assert locked_gb.read_bytes() == bytes(raw)
