"""Opening the dashboard without Typer (cli/dashboard_run.py `fast_dashboard`): `recover`,
`recover --db PATH` and `recover dashboard` run the real dashboard in a real pseudo-terminal
without importing Typer, and every refusal says what the Typer command says."""

from __future__ import annotations

import gc
import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.services.counters import add_counter
from recovery_tui.store import Store
from recovery_tui.store.migrations import CURRENT_VERSION

REPO = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys\n"
    "from recovery_tui.cli import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "print('probe:', code, sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click'}))\n"
)


def _read_until(fd: int, wanted: bytes, limit: float = 60.0) -> bytes:
    """What the terminal showed until `wanted` appeared (a hang guard, never a timing check)."""
    seen = b""
    deadline = time.monotonic() + limit
    while wanted not in seen:
        assert time.monotonic() < deadline, f"never showed {wanted!r}: {seen[-2000:]!r}"
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:  # the process ended
                break
            if not chunk:
                break
            seen += chunk
    assert wanted in seen, f"ended without showing {wanted!r}: {seen[-2000:]!r}"
    return seen


@contextmanager
def _in_a_terminal(argv: list[str]) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """`argv` run in a new pseudo-terminal: (the process, the terminal's master side); the
    process is killed if still running at the end."""
    master, slave = os.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TERM": "xterm-256color", "NO_COLOR": "1"}
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    try:
        yield proc, master
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)


def _newer(db: Path) -> bytes:
    """The file as a newer recover would write it (plain JSON, which recover also reads)."""
    data = json.loads(db.read_bytes())
    data["meta"]["schema"]["schema_version"] = CURRENT_VERSION + 1
    return json.dumps(data).encode()


def _drain(fd: int, proc: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    """Read what the terminal shows until the process ends (a full pty would block its
    writes, and so its exit); a hang guard, never a timing check."""
    deadline = time.monotonic() + limit
    while proc.poll() is None:
        assert time.monotonic() < deadline, "the dashboard did not quit"
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                break
    proc.wait(timeout=limit)


@pytest.mark.parametrize("words", [[], ["dashboard"]])
def test_the_dashboard_opens_in_a_real_terminal_without_typer(tmp_path: Path, now: Any, words: list[str]) -> None:
    db = tmp_path / "data" / "recover.json"
    add_counter(Store(db), "alcohol", since=now, now=now)
    with _in_a_terminal([sys.executable, "-c", PROBE, "--db", str(db), *words]) as (proc, master):
        _read_until(master, b"alcohol")
        os.write(master, b"q")
        shown = _read_until(master, b"probe:")
        if b"]" not in shown.split(b"probe:")[-1]:
            shown += _read_until(master, b"]")
        assert proc.wait(timeout=60) == 0
    assert b"probe: 0 []" in shown, shown[-500:]


@pytest.mark.parametrize("case", ["no terminal", "damaged", "newer"])
def test_a_refusal_is_the_typer_commands_line(
    tmp_path: Path, now: Any, case: str, run_recover: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    db = tmp_path / "data" / "recover.json"
    add_counter(Store(db), "alcohol", since=now, now=now)
    if case == "damaged":
        db.write_bytes(db.read_bytes()[:-40])
    elif case == "newer":
        db.write_bytes(_newer(db))
    before = db.read_bytes()
    typer_line = run_recover("--db", str(db), "dashboard", "--")  # a form only Typer reads
    assert typer_line.returncode == 1 and typer_line.stderr.count("\n") == 1, typer_line.stderr
    assert "Traceback" not in typer_line.stderr
    for words in ([], ["dashboard"]):
        fast = subprocess.run(
            [sys.executable, "-c", PROBE, "--db", str(db), *words],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
        )
        assert fast.stderr == typer_line.stderr
        assert fast.stdout == "probe: 1 []\n"
    assert db.read_bytes() == before


@pytest.mark.parametrize("case", ["damaged", "newer"])
def test_a_file_it_cannot_read_still_opens_the_dashboard_with_help_one_key_away(
    tmp_path: Path, now: Any, case: str
) -> None:
    db = tmp_path / "data" / "recover.json"
    add_counter(Store(db), "alcohol", since=now, now=now)
    if case == "damaged":
        db.write_bytes(db.read_bytes()[:-40])
    else:
        db.write_bytes(_newer(db))
    before = db.read_bytes()
    with _in_a_terminal([sys.executable, "-m", "recovery_tui", "--db", str(db)]) as (proc, master):
        _read_until(master, b"Counters")  # the dashboard, not a one-line refusal
        os.write(master, b"\x13")  # ctrl+s
        _read_until(master, b"Crisis lines")
        os.write(master, b"\x1b")  # back to the dashboard
        _read_until(master, b"Counters")
        os.write(master, b"q")
        _drain(master, proc)
        assert proc.returncode == 0
    assert db.read_bytes() == before


def test_the_garbage_collector_is_on_again_when_the_dashboard_cannot_open(store: Store) -> None:
    # run_dashboard turns it off for the first paint; no terminal here, so it refuses
    from recovery_tui.cli.dashboard_run import run_dashboard
    from recovery_tui.errors import InvalidInput

    assert gc.isenabled()
    with pytest.raises(InvalidInput):
        run_dashboard(store)
    assert gc.isenabled()
