"""kill -9 at random moments during mixed writes on a 1 MB+ file: never a broken file, never a
lost acknowledged write.

A worker process inserts, updates and deletes records in a loop, printing BEGIN before each
operation and ACK after it returns. We SIGKILL it at a random moment, then check that the file
loads and holds exactly the acknowledged state (the one operation in flight may or may not have
landed, both are fine). 100 kills run in CI.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from recovery_tui.store import Store

from .helpers import PYTHON, child_env
from .worker import NOW, trigger

WORKER = str(Path(__file__).with_name("worker.py"))
KILLS = 100


def _seed_big_file(db_path: Path) -> None:
    store = Store(db_path)
    padding = "x" * 300
    records = [Store.stamp({**trigger(f"seed{i}", i % 11), "note": padding}, NOW) for i in range(3000)]
    store.insert_records("triggers", records)
    assert db_path.stat().st_size > 1_000_000


def _state(db_path: Path) -> dict[str, int]:
    return {r["id"]: r["intensity"] for r in Store(db_path).all("triggers") if r["what"].startswith("k")}


@pytest.mark.slow  # 100 kills of a writer on a 1 MB+ file
def test_kill9_loop_loses_no_acknowledged_write(db_path: Path) -> None:
    _seed_big_file(db_path)
    rng = random.Random(20261120)
    expected: dict[str, int] = {}
    acked_ops = 0
    mid_write_kills = 0
    for round_no in range(KILLS):
        proc = subprocess.Popen(
            [PYTHON, WORKER, str(db_path), "mixed", "0", str(round_no)],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        # Kill after a random number of operations has begun, then a random few ms more, so
        # the kill lands mid-write however fast or loaded the machine is.
        seen: list[str] = []
        begins_wanted = rng.randint(1, 3)
        while sum(line.startswith("BEGIN") for line in seen) < begins_wanted:
            seen.append(proc.stdout.readline().rstrip("\n"))
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        rest = "\n".join(seen) + "\n" + proc.stdout.read()
        proc.wait()
        in_flight: tuple[str, str, str] | None = None
        for line in rest.splitlines():
            if line.startswith("BEGIN"):
                _, op, rid, value = line.split()
                in_flight = (op, rid, value)
            elif line == "ACK" and in_flight is not None:
                op, rid, value = in_flight
                if op == "delete":
                    expected.pop(rid, None)
                else:
                    expected[rid] = int(value)
                acked_ops += 1
                in_flight = None
        actual = _state(db_path)  # must load: a broken file raises here
        flight_id = in_flight[1] if in_flight else None
        mid_write_kills += in_flight is not None
        for rid, value in expected.items():
            if rid != flight_id:
                assert actual.get(rid) == value, f"round {round_no}: acknowledged write to {rid} lost"
        unexpected = set(actual) - set(expected) - {flight_id}
        assert not unexpected, f"round {round_no}: records nobody wrote: {unexpected}"
        if flight_id is not None:
            # the in-flight operation either landed whole or not at all; learn which
            op, rid, value = in_flight  # type: ignore[misc]
            if op == "delete":
                assert rid not in actual or actual[rid] == expected.get(rid)
            else:
                assert actual.get(rid) in {expected.get(rid), int(value)}
            if rid in actual:
                expected[rid] = actual[rid]
            else:
                expected.pop(rid, None)
    print(f"kills={KILLS} acknowledged_ops={acked_ops} kills_mid_operation={mid_write_kills}")
    # the loop really wrote, and many kills hit an operation in the middle
    assert acked_ops >= KILLS // 2
    assert mid_write_kills >= KILLS // 4
    assert Store(db_path).count("triggers") >= 3000
