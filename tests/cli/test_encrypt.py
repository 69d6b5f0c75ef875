"""`recover encrypt` / `recover decrypt` and passphrase handling through the real CLI."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recovery_tui.store import Store, crypto

PASS = "a long passphrase"
CMD = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'"}
MARKER = "KNOWN-PLAINTEXT-MARKER-91c2"


def _checkin(note: str) -> dict[str, object]:
    return {
        "date": "2026-11-19",
        "at": "2026-11-19T20:00:00+00:00",
        "mood": 3,
        "craving": 2,
        "sober": [],
        "gratitude": MARKER,
        "note": note,
        "difficulty": None,
        "confidence": None,
    }


def _seed_with_backups(db_path: Path, now: datetime) -> None:
    clock = {"now": now - timedelta(days=2)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("checkins", _checkin(MARKER), now=clock["now"])
    clock["now"] = now - timedelta(days=1)
    store.insert("checkins", _checkin("second " + MARKER), now=clock["now"])  # makes a daily backup
    assert store.backups()
    # a temp file a killed write left behind, holding plaintext
    leftover = db_path.parent / f".{db_path.name}.dead.tmp"
    leftover.write_text(MARKER)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_encrypt_leaves_no_plaintext_in_the_data_folder(cli, db_path: Path, now: datetime) -> None:
    _seed_with_backups(db_path, now)
    assert any(MARKER.encode() in p.read_bytes() for p in _files_under(db_path.parent))
    result = cli("encrypt", env=CMD)
    assert result.exit_code == 0, result.stderr
    assert "Encrypted" in result.stdout
    files = _files_under(db_path.parent)
    assert len(files) >= 3  # data file, lock, at least two backups
    for path in files:
        assert MARKER.encode() not in path.read_bytes(), path
    assert db_path.read_bytes().startswith(crypto.MAGIC)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    store = Store(db_path, passphrase=lambda: PASS)
    assert len(store.all("checkins")) == 2
    for backup in store.backups():
        assert store.load_copy(backup.path)["checkins"]


def test_encrypt_asks_twice_at_a_terminal(cli, db_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("encrypt", input=f"{PASS}\n{PASS}\n")
    assert result.exit_code == 0, result.stderr
    assert PASS not in result.stdout
    assert Store(db_path, passphrase=lambda: PASS).all("checkins")[0]["note"] == "x"


def test_encrypt_refuses_mismatched_entries(cli, db_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    before = db_path.read_bytes()
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("encrypt", input=f"{PASS}\nsomething else\n")
    assert result.exit_code == 1
    assert result.stderr.strip() == "recover: passphrase: the two entries differ; nothing was changed."
    assert db_path.read_bytes() == before


def test_encrypt_without_terminal_or_command_refuses(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    before = db_path.read_bytes()
    result = cli("encrypt")
    assert result.exit_code == 1
    assert "RECOVER_PASSPHRASE_CMD" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_every_command_needs_the_passphrase(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    before = db_path.read_bytes()
    refused = cli("where")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("recover: ") and "is encrypted; set RECOVER_PASSPHRASE_CMD" in refused.stderr
    ok = cli("where", "--json", env=CMD)
    assert ok.exit_code == 0 and '"checkins": 1' in ok.stdout
    assert cli("config", "set", "currency", "€", env=CMD).exit_code == 0
    assert db_path.read_bytes().startswith(crypto.MAGIC)
    assert db_path.read_bytes() != before


def test_wrong_passphrase_one_line_file_unchanged(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    before = db_path.read_bytes()
    for args in (("where",), ("config", "set", "currency", "€"), ("decrypt", "--yes"), ("export", "-o", "-")):
        result = cli(*args, env={"RECOVER_PASSPHRASE_CMD": "printf 'wrong passphrase'"})
        assert result.exit_code == 1, args
        assert result.stderr.strip().splitlines() == [f"recover: Wrong passphrase for {db_path}; nothing was changed."]
    assert db_path.read_bytes() == before


def test_flipped_byte_one_line_file_unchanged(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    raw = bytearray(db_path.read_bytes())
    raw[-20] ^= 0x80
    db_path.write_bytes(bytes(raw))
    result = cli("config", "set", "currency", "€", env=CMD)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "recover doctor" in result.stderr
    assert db_path.read_bytes() == bytes(raw)


def test_command_output_loses_only_its_trailing_newline(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    env = {"RECOVER_PASSPHRASE_CMD": "echo ' spaced passphrase '"}
    assert cli("encrypt", env=env).exit_code == 0
    assert Store(db_path, passphrase=lambda: " spaced passphrase ").count("checkins") == 1


def test_failing_command_is_one_line(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    result = cli("where", env={"RECOVER_PASSPHRASE_CMD": "false"})
    assert result.exit_code == 1
    assert result.stderr.strip() == "recover: RECOVER_PASSPHRASE_CMD: 'false' exited with code 1; nothing was changed."
    missing = cli("where", env={"RECOVER_PASSPHRASE_CMD": "no-such-command-xyz"})
    assert "was not found" in missing.stderr


def test_change_passphrase_in_a_script(cli, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    env = {**CMD, "RECOVER_NEW_PASSPHRASE_CMD": "printf 'the new passphrase'"}
    result = cli("encrypt", env=env)
    assert result.exit_code == 0 and "Changed the passphrase" in result.stdout
    assert Store(db_path, passphrase=lambda: "the new passphrase").count("checkins") == 1


def test_decrypt_round_trip(cli, db_path: Path, now: datetime) -> None:
    _seed_with_backups(db_path, now)
    assert cli("encrypt", env=CMD).exit_code == 0
    refused = cli("decrypt", env=CMD)
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    result = cli("decrypt", "--yes", env=CMD)
    assert result.exit_code == 0, result.stderr
    assert db_path.read_bytes().startswith(b"{")
    store = Store(db_path)
    assert store.count("checkins") == 2
    assert all(not b.path.read_bytes().startswith(crypto.MAGIC) for b in store.backups())
    again = cli("decrypt", "--yes")
    assert again.exit_code == 0 and "not encrypted" in again.stdout


def test_real_process_on_encrypted_file(run_recover, db_path: Path, now: datetime) -> None:
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert run_recover("encrypt", env=CMD).returncode == 0
    done = run_recover("where", "--json", env=CMD)
    assert done.returncode == 0 and '"checkins": 1' in done.stdout
    refused = run_recover("where")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1


def test_dashboard_asks_once(cli, db_path: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    Store(db_path).insert("checkins", _checkin("x"), now=now)
    assert cli("encrypt", env=CMD).exit_code == 0
    tally = tmp_path / "asked"
    env = {"RECOVER_PASSPHRASE_CMD": f"sh -c 'echo >> {tally}; printf \"{PASS}\"'"}
    seen: list[int] = []

    def fake_run(self) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            self.store.storage.forget()
            seen.append(self.store.count("checkins"))
        self.store.insert("checkins", _checkin("from the dashboard"), now=now)

    import recovery_tui.cli.dashboard_run as dashboard_cli
    from recovery_tui.tui.app import RecoverApp

    monkeypatch.setattr(RecoverApp, "run", fake_run)
    monkeypatch.setattr(dashboard_cli, "_has_terminal", lambda: True)  # CliRunner has no terminal
    result = cli("dashboard", env=env)
    assert result.exit_code == 0, result.stderr
    assert seen == [1, 1, 1]
    assert tally.read_text().count("\n") == 1
    assert db_path.read_bytes().startswith(crypto.MAGIC)
    assert os.path.getsize(db_path) > 0


def test_prompt_line_stays_silent_on_an_encrypted_file(db_path: Path, now: datetime, capsys) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.cli.prompt_line import fast_status_short

    store = Store(db_path, passphrase=lambda: "a long passphrase")
    store.insert("checkins", _checkin("x"), now=now)
    store.encrypt("a long passphrase")
    assert fast_status_short(["status", "--short"]) == 0  # no prompt, no fallback to the full CLI
    assert capsys.readouterr().out == ""
