"""Symbolic links never make recover write outside the data folder.

A data file that is a link is followed consistently: writes replace the target atomically in
the target's folder (the link stays a link), `encrypt` encrypts the target, `wipe` deletes the
target. A `.lock` or `backups` that is a link is refused and never written, created or
chmodded through. `doctor --repair` changes only files and folders that are recover's.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from recovery_tui.store import crypto

PASS_ENV = {"RECOVER_PASSPHRASE_CMD": "echo symlink-passphrase"}


def _tree(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry under `folder` (links not followed): its mode and, for files, bytes."""
    found: dict[str, tuple[int, bytes | None]] = {}
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root) / name
            info = os.lstat(path)
            data = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
            found[str(path.relative_to(folder))] = (info.st_mode, data)
    return found


def test_a_data_file_link_is_followed_for_writes_encrypt_and_wipe(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "synced" / "recover.json"
    real.parent.mkdir(mode=0o700)
    link_folder = tmp_path / "data"
    link_folder.mkdir()
    link = link_folder / "recover.json"
    link.symlink_to(real)

    assert cli("--db", str(link), "trigger", "payday", "--intensity", "3").exit_code == 0
    assert link.is_symlink() and real.is_file() and b"payday" in real.read_bytes()
    assert cli("--db", str(link), "trigger", "argument", "--intensity", "5").exit_code == 0
    assert link.is_symlink() and b"argument" in real.read_bytes()
    assert os.listdir(link_folder) == ["recover.json"]  # lock and backups live beside the target

    result = cli("--db", str(link), "encrypt", env=PASS_ENV)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_bytes().startswith(crypto.MAGIC)
    for backup in (real.parent / "backups").iterdir():
        assert backup.read_bytes().startswith(crypto.MAGIC)

    result = cli("--db", str(link), "wipe", "--yes", "--i-understand")
    assert result.exit_code == 0, result.output
    assert not real.exists() and list(real.parent.iterdir()) == []
    assert link.is_symlink() and os.listdir(link_folder) == ["recover.json"]


def test_a_lock_link_is_refused_and_nothing_is_made_outside(tmp_path: Path, db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside"
    outside.mkdir(mode=0o755)
    (outside / "existing").write_text("theirs")
    os.chmod(outside / "existing", 0o644)
    db_path.parent.mkdir()
    before = _tree(outside)
    for target in (outside / "existing", outside / "created-by-recover"):
        lock = db_path.with_name(db_path.name + ".lock")
        lock.unlink(missing_ok=True)
        lock.symlink_to(target)
        result = cli("trigger", "payday")
        assert result.exit_code == 1 and str(lock) in result.stderr and result.stderr.count("\n") == 1
        assert _tree(outside) == before
        result = cli("wipe", "--yes", "--i-understand")
        assert _tree(outside) == before
        assert cli("doctor", "--repair").exit_code in (0, 1)
        assert _tree(outside) == before


def test_a_backups_link_is_never_written_chmodded_or_wiped_through(tmp_path: Path, db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside"
    outside.mkdir(mode=0o755)
    os.chmod(outside, 0o755)
    (outside / "recover.daily.20261101T100000.json").write_text("{}")
    os.chmod(outside / "recover.daily.20261101T100000.json", 0o644)
    db_path.parent.mkdir()
    (db_path.parent / "backups").symlink_to(outside)
    before = _tree(outside)
    assert cli("trigger", "payday").exit_code == 0  # a new file: nothing to copy yet
    result = cli("trigger", "argument")  # the first change of a day copies the file first
    assert result.exit_code == 1 and "symbolic link" in result.stderr and result.stderr.count("\n") == 1
    assert _tree(outside) == before
    for args in (("backup", "create"), ("doctor", "--repair"), ("encrypt",), ("wipe", "--yes", "--i-understand")):
        cli(*args, env=PASS_ENV)
        assert _tree(outside) == before, args
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755


def test_doctor_repair_leaves_a_folder_of_the_persons_own_alone(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    os.chmod(home, 0o755)
    (home / "notes.txt").write_text("mine")
    data = home / "recover.json"
    assert cli("--db", str(data), "trigger", "payday").exit_code == 0
    os.chmod(data, 0o644)
    result = cli("--db", str(data), "doctor", "--repair")
    assert stat.S_IMODE(home.stat().st_mode) == 0o755, result.output
    assert stat.S_IMODE(data.stat().st_mode) == 0o600
    assert "does not change it" in result.stdout


def test_an_editing_link_is_refused_before_the_editor_opens(tmp_path: Path, db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside"
    outside.mkdir(mode=0o755)
    os.chmod(outside, 0o755)
    assert cli("trigger", "payday").exit_code == 0
    (db_path.parent / ".editing").symlink_to(outside)
    ran = tmp_path / "editor-ran"
    env = {"RECOVER_INTERACTIVE": "1", "EDITOR": f"touch {ran}", "VISUAL": ""}
    result = cli("journal", "add", env=env)
    assert result.exit_code == 1 and ".editing" in result.stderr and result.stderr.count("\n") == 1
    assert not ran.exists() and list(outside.iterdir()) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755
