"""Files 0600 and folders 0700 whatever the umask; a held lock makes the CLI give up (~10 s)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from filelock import FileLock

from recovery_tui.store import Store

from .worker import NOW, trigger


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_modes_hold_under_umask(umask: int, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path = tmp_path / "deep" / "er" / "recover.json"
    seen_temp_modes: list[int] = []
    real_replace = os.replace

    def spying_replace(src, dst):  # type: ignore[no-untyped-def]
        seen_temp_modes.append(_mode(Path(src)))
        return real_replace(src, dst)

    old = os.umask(umask)
    try:
        monkeypatch.setattr(os, "replace", spying_replace)
        store = Store(db_path)
        store.insert("triggers", trigger("x", 1), now=NOW)
        backup = store.backup_copy("manual")
    finally:
        os.umask(old)
    assert _mode(db_path) == 0o600
    assert _mode(store.lock_path) == 0o600
    assert _mode(db_path.parent) == 0o700
    assert _mode(db_path.parent.parent) == 0o700  # every folder we created
    assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    assert seen_temp_modes and set(seen_temp_modes) == {0o600}


def test_existing_folders_are_not_changed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    Store(shared / "recover.json").insert("triggers", trigger("x", 1), now=NOW)
    assert _mode(shared) == 0o755  # a folder we did not create is left as it was
    assert _mode(shared / "recover.json") == 0o600


@pytest.mark.slow  # waits out the 10 s lock timeout
def test_held_lock_makes_cli_give_up_without_writing(db_path: Path, run_recover) -> None:  # type: ignore[no-untyped-def]
    db_path.parent.mkdir(parents=True)
    Store(db_path).insert("triggers", trigger("x", 1), now=NOW)
    before = db_path.read_bytes()
    with FileLock(str(db_path) + ".lock"):
        proc = run_recover("config", "set", "currency", "€", timeout=60)
    assert proc.returncode == 75
    assert "held" in proc.stderr and "nothing was written" in proc.stderr
    assert proc.stderr.count("\n") == 1
    # how long it waits is the lock's timeout (tests/reliability/test_lockfile.py), not timed here
    assert db_path.read_bytes() == before
    # reads do not need the lock
    assert Store(db_path).count("triggers") == 1
