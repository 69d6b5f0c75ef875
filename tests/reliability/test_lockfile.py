"""SidecarLock excludes other processes (ours and filelock's), times out, and dies with its holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from recovery_tui.store.lockfile import LockTimeoutError, SidecarLock

HOLD = (
    "import sys, time\n"
    "from recovery_tui.store.lockfile import SidecarLock\n"
    "lock = SidecarLock(sys.argv[1], timeout=5)\n"
    "lock.acquire()\n"
    "print('held', flush=True)\n"
    "time.sleep(60)\n"
)


def _holder(path: Path) -> subprocess.Popen[str]:
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_another_process_holding_it_makes_us_wait_then_give_up(tmp_path: Path) -> None:
    path = tmp_path / "data.json.lock"
    proc = _holder(path)
    try:
        lock = SidecarLock(str(path), timeout=0.4)
        started = time.monotonic()
        with pytest.raises(LockTimeoutError):
            lock.acquire()
        assert time.monotonic() - started >= 0.35  # it waited its timeout first
        assert not lock.is_locked
        # filelock (which older recover versions used) sees the same lock
        with pytest.raises(Timeout):
            FileLock(str(path), timeout=0).acquire()
    finally:
        proc.kill()
        proc.wait()


def test_kill_9_of_the_holder_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "data.json.lock"
    proc = _holder(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    lock = SidecarLock(str(path), timeout=2)
    lock.acquire()
    assert lock.is_locked
    lock.release()
    assert not lock.is_locked


def test_a_filelock_holder_excludes_us_and_release_lets_others_in(tmp_path: Path) -> None:
    path = tmp_path / "data.json.lock"
    with FileLock(str(path)):
        with pytest.raises(LockTimeoutError):
            SidecarLock(str(path), timeout=0).acquire()
    first = SidecarLock(str(path), timeout=0)
    first.acquire()
    with pytest.raises(LockTimeoutError):
        SidecarLock(str(path), timeout=0.1).acquire()  # a second handle, even in this process
    first.release()
    second = SidecarLock(str(path), timeout=0)
    second.acquire()
    second.release()


def test_lock_file_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "data.json.lock"
    old = os.umask(0)
    try:
        lock = SidecarLock(str(path), timeout=0, mode=0o600)
        lock.acquire()
        lock.release()
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600


def test_acquiring_twice_through_one_object_is_a_bug(tmp_path: Path) -> None:
    lock = SidecarLock(str(tmp_path / "x.lock"), timeout=0)
    lock.acquire()
    try:
        with pytest.raises(RuntimeError):
            lock.acquire()
    finally:
        lock.release()
