"""kill -9 during encrypted writes: after every kill the file and all backups still open.

A child process inserts check-ins into an encrypted file as fast as it can (with a clock that
moves 6 hours per write, so daily backups and rotation happen too); the parent SIGKILLs it at
a random moment (every other round after its first write has landed, so progress is sure
even on a slow disk), 30 times, and after each kill opens the data file and every backup with the
passphrase, checks no entry was lost, and checks no file in the folder holds plaintext.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from recovery_tui.store import Store, crypto

PASS = "kill nine passphrase"
MARKER = "KILL9-PLAINTEXT-MARKER"
KILLS = 30

CHILD = f"""
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from recovery_tui.store import Store

base = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
written = [0]
store = Store(Path(sys.argv[1]), passphrase=lambda: {PASS!r}, clock=lambda: base + timedelta(hours=6 * written[0]))
written[0] = first = store.count("checkins")
print("ready", flush=True)
while True:
    moment = base + timedelta(hours=6 * written[0])
    store.insert(
        "checkins",
        {{"date": moment.date().isoformat(), "at": moment.isoformat(), "mood": 3, "craving": 2,
          "sober": [], "gratitude": None, "note": {MARKER!r} + " " + str(written[0]),
          "difficulty": None, "confidence": None}},
        now=moment,
    )
    written[0] += 1
    if written[0] == first + 1:
        print("wrote", flush=True)
"""


@pytest.mark.slow  # 30 kills of an encrypted writer
def test_kill9_loop_during_encrypted_writes(db_path: Path, now: datetime) -> None:
    seed = Store(db_path, passphrase=lambda: PASS)
    seed.set_meta("config", {"backups.daily": 3, "backups.weekly": 2})
    seed.encrypt(PASS)
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    rng = random.Random(1009)
    checker = Store(db_path, passphrase=lambda: PASS)
    last = 0
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path)], stdout=subprocess.PIPE, env=env, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        if round_no % 2:  # every other round: let one write land first (slow disks), then kill at random
            assert child.stdout.readline().strip() == "wrote"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        checker.storage.forget()
        count = checker.count("checkins")
        assert count >= last, "an entry that was written is gone"
        last = count
        assert db_path.read_bytes().startswith(crypto.MAGIC)
        for backup in checker.backups():
            assert checker.load_copy(backup.path)["meta"]
        for path in db_path.parent.rglob("*"):
            if path.is_file():
                assert MARKER.encode() not in path.read_bytes(), f"plaintext on disk in {path}"
    assert last > 0, "the child never managed a write"
    assert checker.backups(), "no daily backup was made during the loop"
