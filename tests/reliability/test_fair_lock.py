"""Locks are served in turn: with 20 processes writing as fast as they can, none gives up.

Each child inserts records in a tight loop, so the moment it lets go of the lock it asks for
it again: the worst case for fairness (a polling or barging lock starves some waiter past the
timeout). Counting, not timing: every child must finish every write, and the file must
hold them all. (A lock held for good still times out: test_permissions_and_lock.py.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from recovery_tui.store import Store

from .helpers import child_env
from .worker import NOW, trigger

WRITERS = 20
WRITES = 30
SEED = 2000  # records already in the file, so each write holds the lock a while (~0.7 MB)
TIMEOUT = 4.0
"""The lock timeout the writers use. Served in turn, the longest wait measured here was 0.8 s
(19 writers ahead, on a busy 2-core machine); the polling lock this replaced left 15 of the
600 writes waiting past 4 s (59 past 2 s)."""

CHILD = """
import sys
from pathlib import Path

import pytest
from recovery_tui.errors import LockTimeout
from recovery_tui.store import Store
sys.path.insert(0, sys.argv[3])
from worker import NOW, trigger

store = Store(Path(sys.argv[1]), lock_timeout=float(sys.argv[4]))
gave_up = done = 0
for i in range(int(sys.argv[2])):
    try:
        store.insert("triggers", trigger(f"fair-{i}", i % 11), now=NOW)
        done += 1
    except LockTimeout:
        gave_up += 1
print(done, gave_up, flush=True)
"""


@pytest.mark.slow  # 20 processes writing as fast as they can
def test_twenty_busy_writers_are_all_served(db_path: Path) -> None:
    seed = Store(db_path)
    padding = "x" * 300
    seed.insert_records(
        "triggers", [Store.stamp({**trigger(f"seed{i}", 1), "note": padding}, NOW) for i in range(SEED)]
    )
    here = str(Path(__file__).parent)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(WRITES), here, str(TIMEOUT)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for _ in range(WRITERS)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        done, gave_up = (int(x) for x in out.split())
        results.append((done, gave_up))
    assert sum(g for _, g in results) == 0, f"writers gave up after waiting {TIMEOUT:g} s: {results}"
    assert Store(db_path).count("triggers") == SEED + WRITERS * WRITES


def test_waiting_in_a_thread_or_under_another_timer_still_times_out_cleanly(tmp_path: Path) -> None:
    import signal
    import threading

    from filelock import FileLock

    from recovery_tui.store.lockfile import LockTimeoutError, SidecarLock

    path = str(tmp_path / "recover.json.lock")
    outcome: list[str] = []

    def in_thread() -> None:
        try:
            SidecarLock(path, timeout=0.3).acquire()
            outcome.append("acquired")
        except LockTimeoutError:
            outcome.append("gave up")

    rang: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: rang.append(signum))
    try:
        with FileLock(path):  # filelock's UnixFileLock: flock on the same file
            worker = threading.Thread(target=in_thread)
            worker.start()
            worker.join()
            signal.setitimer(signal.ITIMER_REAL, 30)  # someone else's timer, running
            with pytest.raises(LockTimeoutError):
                SidecarLock(path, timeout=0.3).acquire()
            left, _ = signal.getitimer(signal.ITIMER_REAL)
        lock = SidecarLock(path, timeout=1)
        lock.acquire()  # free again: nothing of the timed-out waits kept it
        lock.release()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert outcome == ["gave up"]
    assert 0 < left <= 30 and rang == []  # their timer was put back, and our alarm never reached their handler
