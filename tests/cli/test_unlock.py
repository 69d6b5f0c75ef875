"""`recover unlock` / `recover lock` through the real CLI on a real encrypted file.

The key is kept in the `unlock_facility` of tests/conftest.py: the real kernel keyring where
this machine allows it, else the in-memory keyring of the same API. "Asked" is shown without
any spy: with no terminal and no RECOVER_PASSPHRASE_CMD, a command that needed the passphrase
(and so a scrypt run) fails with one line, so a command that succeeds there did neither.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.cli.prompt_line import fast_status_short
from recovery_tui.store import Store, crypto, keyfacility, unlocked

PASS = "a long passphrase"
NEW = "another long passphrase"
CMD = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'"}
FROZEN = datetime.fromisoformat("2026-11-20T20:00:00+00:00")

pytestmark = pytest.mark.usefixtures("unlock_facility")


@pytest.fixture
def encrypted(db_path: Path, now: datetime) -> Path:
    """An encrypted file with one counter (alcohol, 30 days)."""
    store = Store(db_path)
    from recovery_tui.services import counters

    counters.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    store.encrypt(PASS)
    return db_path


def at(minutes: float) -> dict[str, str]:
    """The environment of a command run `minutes` after the frozen time."""
    return {"RECOVER_NOW": (FROZEN + timedelta(minutes=minutes)).isoformat()}


def prompt_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, minutes: float = 0) -> str:
    """What the shell prompt line (the fast path, in process) prints `minutes` later."""
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setenv("RECOVER_NOW", at(minutes)["RECOVER_NOW"])
        assert fast_status_short(["status", "--short"]) == 0
    return capsys.readouterr().out


def test_unlock_then_commands_and_prompt_line_skip_the_passphrase(
    cli: Callable[..., Any], encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert prompt_line(capsys, monkeypatch) == ""  # locked: silent, as before
    assert cli("where").exit_code == 1  # locked: needs the passphrase

    result = cli("unlock", env=CMD)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Unlocked until 20:15 (15 minutes idle; the key is kept in ")
    assert PASS not in result.stdout

    assert prompt_line(capsys, monkeypatch) == "alcohol 30d\n"
    where = cli("where", "--json")  # no terminal, no RECOVER_PASSPHRASE_CMD
    assert where.exit_code == 0, where.stderr
    saved = cli("checkin", "--mood", "3", "--craving", "2", "--add")
    assert saved.exit_code == 0, saved.stderr
    assert Store(encrypted, passphrase=lambda: PASS).count("checkins") == 1
    assert encrypted.read_bytes().startswith(crypto.MAGIC)  # written encrypted, as before


def test_prompt_line_copy_follows_the_file_and_goes_with_the_key(
    cli: Callable[..., Any],
    encrypted: Path,
    unlock_facility: unlocked.Facility,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli("unlock", env=CMD).exit_code == 0
    view = unlocked.view_label_for(encrypted)
    assert unlock_facility.get(view) is None
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d\n"  # decrypted, and its counters kept
    copy = unlock_facility.get(view)
    assert copy is not None and b"alcohol" in copy
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d\n"  # from the copy
    assert cli("counter", "add", "nicotine", "--since", "3d").exit_code == 0  # the file changes
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d · nicotine 3d\n"  # never the stale copy
    assert b"nicotine" in (unlock_facility.get(view) or b"")
    assert cli("lock").exit_code == 0
    assert unlock_facility.get(view) is None  # forgotten with the key
    assert prompt_line(capsys, monkeypatch) == ""


def test_the_usual_prompt_reads_the_copy_of_this_very_file_only(
    cli: Callable[..., Any], encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """store/keyfacility.prompt_view answers the usual prompt (a file unchanged since the last
    one) from the copy, without msgspec or decryption; a changed file, a locked or an expired
    key get nothing from it."""

    def view(minutes: float = 0) -> dict[str, Any] | None:
        with monkeypatch.context() as m, encrypted.open("rb") as handle:
            m.setenv("RECOVER_NOW", at(minutes)["RECOVER_NOW"])
            return keyfacility.prompt_view(encrypted, handle, {"counters"})

    assert cli("unlock", env=CMD).exit_code == 0
    assert view() is None  # no copy yet
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d\n"  # decrypts once, keeps the copy
    found = view()
    assert found is not None and [c["name"] for c in found["counters"].values()] == ["alcohol"]
    assert cli("counter", "add", "nicotine", "--since", "3d").exit_code == 0
    assert view() is None  # the file changed: the old copy is not this file's
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d · nicotine 3d\n"
    assert view() is not None
    assert view(minutes=16) is None  # the key expired (15 idle minutes): the copy is not used
    assert cli("lock").exit_code == 0
    assert view() is None


def test_lock_forgets_at_once(
    cli: Callable[..., Any], encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("unlock", env=CMD).exit_code == 0
    assert cli("lock", "--status").stdout.startswith("Unlocked until 20:15")
    locked = cli("lock")
    assert locked.exit_code == 0 and locked.stdout.startswith("Locked: ")
    assert unlocked.kept(encrypted) is None
    assert prompt_line(capsys, monkeypatch) == ""
    again = cli("where")
    assert again.exit_code == 1 and "is encrypted; set RECOVER_PASSPHRASE_CMD" in again.stderr
    assert cli("unlock", "--status").stdout.startswith("Locked: ")
    assert "was not unlocked" in cli("lock").stdout


def test_expiry_is_idle_time_and_each_use_moves_it_on(
    cli: Callable[..., Any], encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("unlock", "--for", "10m", env=CMD).exit_code == 0
    kept = unlocked.kept(encrypted)
    assert kept is not None and kept.minutes == 10
    assert kept.expires == (FROZEN + timedelta(minutes=10)).timestamp()

    assert prompt_line(capsys, monkeypatch, minutes=7) == "alcohol 30d\n"
    kept = unlocked.kept(encrypted)  # the prompt line runs whether or not recover is used: no move
    assert kept is not None and kept.expires == (FROZEN + timedelta(minutes=10)).timestamp()
    assert cli("where", "--json", env=at(8)).exit_code == 0  # a command at +8 min ...
    kept = unlocked.kept(encrypted)
    assert kept is not None and kept.expires == (FROZEN + timedelta(minutes=18)).timestamp()  # ... moves it on
    assert cli("where", "--json", env=at(17)).exit_code == 0  # still unlocked (the first 10 min are past)
    status = cli("unlock", "--status", env=at(17))  # --status moves nothing
    assert status.stdout.startswith("Unlocked until 20:27 (10 minutes idle")
    assert prompt_line(capsys, monkeypatch, minutes=26) == "alcohol 30d\n"

    assert prompt_line(capsys, monkeypatch, minutes=27.5) == ""  # 10.5 idle minutes later: expired
    assert unlocked.kept(encrypted) is None  # and dropped, not only ignored
    assert cli("where", env=at(28)).exit_code == 1


def test_expired_key_is_never_used(
    cli: Callable[..., Any], encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("unlock", env=CMD).exit_code == 0  # 15 minutes, the default setting
    late = cli("where", env=at(15))
    assert late.exit_code == 1 and "is encrypted" in late.stderr
    assert prompt_line(capsys, monkeypatch, minutes=15) == ""


def test_setting_gives_the_idle_minutes(cli: Callable[..., Any], encrypted: Path) -> None:
    assert cli("config", "set", "unlock.minutes", "45", env=CMD).exit_code == 0
    assert cli("unlock", env=CMD).stdout.startswith("Unlocked until 20:45 (45 minutes idle")
    refused = cli("config", "set", "unlock.minutes", "0", env=CMD)
    assert refused.exit_code == 1 and "from 1 to 1440" in refused.stderr
    next_day = cli("unlock", "--for", "24h", env=CMD)
    assert next_day.stdout.startswith("Unlocked until Sat 21 Nov 20:00 (1440 minutes idle")
    too_long = cli("unlock", "--for", "2d", env=CMD)
    assert too_long.exit_code == 1 and "--for" in too_long.stderr


def test_without_terminal_or_command_one_line_exit_1(cli: Callable[..., Any], encrypted: Path) -> None:
    result = cli("unlock")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "RECOVER_PASSPHRASE_CMD" in result.stderr
    assert unlocked.kept(encrypted) is None


def test_asks_at_a_terminal(cli: Callable[..., Any], encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("unlock", input=f"{PASS}\n")
    assert result.exit_code == 0, result.stderr
    assert "Unlocked until" in result.stdout and PASS not in result.stdout
    assert cli("where", "--json").exit_code == 0


def test_plain_file_has_nothing_to_unlock(cli: Callable[..., Any], db_path: Path, now: datetime) -> None:
    from recovery_tui.services import counters

    counters.add_counter(Store(db_path), "alcohol", since=now - timedelta(days=3), now=now)
    result = cli("unlock")
    assert result.exit_code == 1 and "is not encrypted" in result.stderr
    assert cli("unlock", "--status").stdout.strip().endswith("is not encrypted.")


def test_new_salt_makes_the_kept_key_stale_and_it_asks(cli: Callable[..., Any], encrypted: Path) -> None:
    assert cli("unlock", env=CMD).exit_code == 0
    old = unlocked.kept(encrypted)
    assert old is not None
    changed = cli("encrypt", env={**CMD, "RECOVER_NEW_PASSPHRASE_CMD": f"printf '{NEW}'"})
    assert changed.exit_code == 0, changed.stderr
    assert unlocked.kept(encrypted) is None  # a passphrase change locks
    unlocked.keep(encrypted, old, 15)  # as if a key had been kept for the old salt meanwhile

    refused = cli("where")  # the stale key does not open it: the passphrase is asked (none here)
    assert refused.exit_code == 1 and "is encrypted" in refused.stderr
    assert unlocked.kept(encrypted) is None  # and the stale key was dropped
    unlocked.keep(encrypted, old, 15)
    asked = cli("where", "--json", env={"RECOVER_PASSPHRASE_CMD": f"printf '{NEW}'"})
    assert asked.exit_code == 0, asked.stderr


def test_wrong_key_for_the_same_salt_falls_back_to_asking(cli: Callable[..., Any], encrypted: Path) -> None:
    header = crypto.parse_header(encrypted.read_bytes(), "x")
    forged = crypto.Sealer.create("not the passphrase", header.kdf)  # same salt, wrong key
    unlocked.keep(encrypted, forged, 15)
    refused = cli("where")
    assert refused.exit_code == 1 and "is encrypted" in refused.stderr
    unlocked.keep(encrypted, forged, 15)
    asked = cli("where", "--json", env=CMD)
    assert asked.exit_code == 0, asked.stderr
    assert unlocked.kept(encrypted) is None  # the wrong key was dropped


def test_no_passphrase_or_key_in_any_file(
    cli: Callable[..., Any],
    encrypted: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli("unlock", env=CMD).exit_code == 0
    kept = unlocked.kept(encrypted)
    assert kept is not None
    assert cli("checkin", "--mood", "4", "--craving", "1", "--add").exit_code == 0
    assert cli("config", "set", "currency", "€").exit_code == 0
    assert prompt_line(capsys, monkeypatch) == "alcohol 30d\n"
    secrets = [PASS.encode(), kept.key, kept.key.hex().encode(), kept.payload()]  # (the key check is in the header)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]  # HOME, XDG folders and the data folder
    assert len(files) >= 3
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret not in content, path


def test_no_facility_says_so_and_commands_ask_as_before(cli: Callable[..., Any], encrypted: Path) -> None:
    unlocked.use_facility(None)
    result = cli("unlock", env=CMD)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "no keyring" in result.stderr
    assert cli("where", "--json", env=CMD).exit_code == 0
    assert cli("where").exit_code == 1
    assert cli("unlock", "--status").stdout.startswith("Locked: ")


def test_wipe_forgets_the_key(cli: Callable[..., Any], encrypted: Path) -> None:
    assert cli("unlock", env=CMD).exit_code == 0
    assert cli("wipe", "--yes", "--i-understand").exit_code == 0
    assert unlocked.kept(encrypted) is None
