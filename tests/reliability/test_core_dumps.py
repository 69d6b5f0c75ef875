"""Secrets stay in memory only: once a passphrase or decrypted data is in memory, the process
can no longer write a core dump (RLIMIT_CORE 0, soft and hard).

Each check runs in a fresh child process that first raises its soft core limit to its hard
limit (so the limit is not 0 to begin with), reports it, does the thing, and reports again.
The children are started by a spawner process this module starts when pytest imports it,
before any test runs: a test that encrypts inside the pytest process turns core dumps off
for good there (that is the feature), and children of the pytest process would inherit that.
"""

from __future__ import annotations

import atexit
import json
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_tui.store import Store

from .helpers import child_env

PASS = "core dump passphrase"

SPAWNER = """
import json, subprocess, sys
for line in sys.stdin:
    argv, env = json.loads(line)
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    print(json.dumps([done.returncode, done.stdout, done.stderr]), flush=True)
"""
_spawner = subprocess.Popen([sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
atexit.register(_spawner.kill)


def _run_clean(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run `argv` as a child of the spawner (started before any test), not of pytest."""
    assert _spawner.stdin is not None and _spawner.stdout is not None
    _spawner.stdin.write(json.dumps([argv, env]) + "\n")
    _spawner.stdin.flush()
    code, out, err = json.loads(_spawner.stdout.readline())
    return int(code), str(out), str(err)


CHILD = """
import resource, sys
from pathlib import Path
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
print("LIMIT", resource.getrlimit(resource.RLIMIT_CORE)[0], flush=True)
mode, db = sys.argv[1], sys.argv[2]
if mode == "store":
    from recovery_tui.store import Store
    Store(Path(db), passphrase=lambda: {PASS!r}).all("triggers")
elif mode == "cli":
    from recovery_tui.cli.app import app
    code = app(["--db", db, "where"], standalone_mode=False)
    assert code in (0, None), code
elif mode == "plain":
    from recovery_tui.cli.app import app
    app(["--db", db, "where"], standalone_mode=False)
print("LIMIT", *resource.getrlimit(resource.RLIMIT_CORE), flush=True)
""".replace("{PASS!r}", repr(PASS))


def _limits(mode: str, db: Path, extra_env: dict[str, str] | None = None) -> tuple[int, tuple[int, int]]:
    env = {**child_env(), **(extra_env or {})}
    code, out, err = _run_clean([sys.executable, "-c", CHILD, mode, str(db)], env)
    assert code == 0, err
    before, after = [line.split()[1:] for line in out.splitlines() if line.startswith("LIMIT ")]
    if int(before[0]) == 0:
        pytest.skip("core dumps are off for good in this session already (hard limit 0): nothing to see")
    soft, hard = (int(x) for x in after)
    return int(before[0]), (soft, hard)


SEAL = """
import sys
from pathlib import Path
from recovery_tui.store import Store
store = Store(Path(sys.argv[1]))
store.set_meta("config", {"country": "GB"})
store.encrypt(sys.argv[2])
"""


@pytest.fixture
def encrypted(db_path: Path) -> Path:
    code, _, err = _run_clean([sys.executable, "-c", SEAL, str(db_path), PASS], child_env())
    assert code == 0, err
    return db_path


def test_opening_an_encrypted_file_turns_core_dumps_off(encrypted: Path) -> None:
    before, after = _limits("store", encrypted)
    assert before != 0
    assert after == (0, 0)


def test_a_passphrase_from_the_command_turns_core_dumps_off(encrypted: Path) -> None:
    before, after = _limits("cli", encrypted, {"RECOVER_PASSPHRASE_CMD": f"echo {PASS}"})
    assert before != 0
    assert after == (0, 0)


def test_a_plain_file_leaves_core_dumps_as_they_were(db_path: Path) -> None:
    Store(db_path).set_meta("config", {"country": "GB"})
    before, after = _limits("plain", db_path)
    assert after[0] == before != 0
