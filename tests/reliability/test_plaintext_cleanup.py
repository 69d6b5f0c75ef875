"""No plaintext left behind: `encrypt`, `decrypt` and a passphrase change killed (kill -9) at
each rename, link, fsync and unlink they make, followed by `encrypt` or by
`wipe --yes --i-understand`, leave no byte of a plaintext marker anywhere under the data folder.

The killed command runs in a child process through the real Typer app, with os.replace,
os.rename, os.link, os.unlink and os.fsync wrapped so that the Nth such call SIGKILLs the
process just before it happens; a first run without a kill counts the points. Every point is
tried for each command. After each kill the data file still opens and holds the marker entry;
then one copy of the folder gets `recover encrypt` and another `recover wipe --yes
--i-understand`, and every file under the folder (hidden ones and backups included) is read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from recovery_tui.store import Store, crypto

from .helpers import child_env

PASS = "plaintext-kill-pass"
MARKER = "PLAINTEXT-MARKER-7f3e"
ENV = {"RECOVER_PASSPHRASE_CMD": f"echo {PASS}", "RECOVER_NEW_PASSPHRASE_CMD": f"echo {PASS}"}

KILLER = """
import os, signal, sys
target, count_file, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
calls = [0]

def wrap(name):
    real = getattr(os, name)
    def at_point(*a, **k):
        calls[0] += 1
        if calls[0] == target:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    setattr(os, name, at_point)

for name in ("replace", "rename", "link", "unlink", "fsync"):
    wrap(name)
from recovery_tui.cli.app import app
code = app(args, standalone_mode=False)
with open(count_file, "w") as out:
    out.write(str(calls[0]))
sys.exit(code or 0)
"""

COMMANDS = {
    "encrypt": ("plain", ["encrypt"]),
    "decrypt": ("sealed", ["decrypt", "--yes"]),
    "passphrase change": ("sealed", ["encrypt"]),
}


def _files(folder: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield Path(root) / name


def _plaintext(folder: Path) -> list[str]:
    return [str(p) for p in _files(folder) if p.is_file() and MARKER.encode() in p.read_bytes()]


def _seed(db_path: Path, sealed: bool) -> None:
    store = Store(db_path, passphrase=lambda: PASS)
    store.set_meta("config", {"backups.daily": 3, "backups.weekly": 2})
    store.insert(
        "journal",
        {
            "at": "2026-11-20T19:00:00+00:00",
            "text": f"{MARKER} dear diary",
            "tags": [],
            "sensitive": False,
            "template": None,
        },
        now=store.clock(),
    )
    store.backup_copy("manual")  # a second backup, beside the day's daily copy
    assert len(store.backups()) == 2 and _plaintext(db_path.parent)
    if sealed:
        store.encrypt(PASS)
        assert not _plaintext(db_path.parent)


def _run_killed(db_path: Path, args: list[str], point: int, tmp_path: Path) -> tuple[int, int]:
    count_file = tmp_path / "points"
    count_file.unlink(missing_ok=True)
    env = {**child_env(), **ENV}
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(point), str(count_file), "--db", str(db_path), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    points = int(count_file.read_text()) if count_file.exists() else -1
    return done.returncode, points


def _marker_entry_survives(db_path: Path) -> None:
    store = Store(db_path, passphrase=lambda: PASS)
    assert any(MARKER in r["text"] for r in store.all("journal")), "the entry was lost"


@pytest.mark.slow  # a kill at every step of a conversion, for each command
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_killed_conversion_then_encrypt_or_wipe_leaves_no_plaintext(
    command: str, db_path: Path, tmp_path: Path, cli: Callable[..., object]
) -> None:
    start, args = COMMANDS[command]
    _seed(db_path, sealed=start == "sealed")
    pristine = tmp_path / "pristine"
    shutil.copytree(db_path.parent, pristine)

    code, total = _run_killed(db_path, args, 0, tmp_path)
    assert code == 0 and total > 0, f"the unkilled {command} failed ({code})"
    killed_with_plaintext = 0
    for point in range(1, total + 1):
        shutil.rmtree(db_path.parent)
        shutil.copytree(pristine, db_path.parent)
        code, _ = _run_killed(db_path, args, point, tmp_path)
        assert code == -9, f"{command}: point {point} of {total} was not reached"
        _marker_entry_survives(db_path)
        killed_with_plaintext += any(name.endswith(".tmp") for name in _plaintext(db_path.parent))

        wiped = tmp_path / "wiped"
        shutil.rmtree(wiped, ignore_errors=True)
        shutil.copytree(db_path.parent, wiped)

        result = cli("--db", str(db_path), "encrypt", env=ENV)
        assert result.exit_code == 0, (command, point, result.output)  # type: ignore[attr-defined]
        assert _plaintext(db_path.parent) == [], f"{command} killed at point {point}, then encrypt"
        assert db_path.read_bytes().startswith(crypto.MAGIC)
        _marker_entry_survives(db_path)

        result = cli("--db", str(wiped / db_path.name), "wipe", "--yes", "--i-understand", env=ENV)
        assert result.exit_code == 0, (command, point, result.output)  # type: ignore[attr-defined]
        assert list(_files(wiped)) == [], f"{command} killed at point {point}, then wipe left files"
    if command == "decrypt":  # the case that matters: a plaintext temp file beside ciphertext
        assert killed_with_plaintext, "no kill left a plaintext temp file: the test proves nothing"


def test_doctor_names_every_leftover_and_repair_removes_only_those(db_path: Path, cli: Callable[..., object]) -> None:
    _seed(db_path, sealed=False)
    backups = db_path.parent / "backups"
    leftovers = [
        db_path.parent / ".recover.json.0a1b2c3d4e5f.tmp",
        backups / ".recover.json.0a1b2c3d4e5f.tmp",
        backups / ".recover.daily.20261120T200000.json.9f8e7d6c5b4a.tmp",
        backups / ".recover.manual.20261120T200000-1.json.123456abcdef.tmp",
    ]
    theirs = [
        db_path.parent / "notes.tmp",
        backups / ".other.json.0a1b2c3d4e5f.tmp",
        db_path.parent / ".recover.jsonx.tmp",
    ]
    for path in leftovers + theirs:
        path.write_text(MARKER)
    result = cli("doctor", "--json")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    report = result.stdout  # type: ignore[attr-defined]
    for path in leftovers[:3]:
        assert path.name in report
    result = cli("doctor", "--repair")
    assert "Removed 4 leftover temp files" in result.stdout, result.output  # type: ignore[attr-defined]
    assert not any(p.exists() for p in leftovers)
    assert all(p.exists() for p in theirs)
