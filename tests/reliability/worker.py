"""A child process for the reliability tests: does store operations and acknowledges each.

Usage: python worker.py DB MODE [N] [SEED]
  insert N  : N inserts, printing "ACK <id>" after each returns
  cli N     : N `recover --db DB trigger "cli-<pid>-<i>"` runs through the real Typer app,
              printing "ACK <what>" after each exits 0
  mixed     : endless insert/update/delete; prints "BEGIN <op> <id> <value>" before and
              "ACK" after each, flushing, until killed
Every line is flushed before the next operation starts.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timezone
from pathlib import Path

from recovery_tui.store import Store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)


def trigger(what: str, intensity: int) -> dict[str, object]:
    return {
        "at": "2026-11-20T19:00:00+00:00",
        "what": what,
        "where": None,
        "who": None,
        "emotion": None,
        "halt": [],
        "intensity": intensity,
        "coping": None,
        "outcome": None,
        "note": None,
    }


def main() -> None:
    db, mode = Path(sys.argv[1]), sys.argv[2]
    store = Store(db)
    out = sys.stdout
    if mode == "cli":
        import os

        from recovery_tui.cli.app import app

        for i in range(int(sys.argv[3])):
            what = f"cli-{os.getpid()}-{i}"
            code = app(["--db", str(db), "trigger", what, "--intensity", "3"], standalone_mode=False)
            if code not in (0, None):
                raise SystemExit(f"recover trigger exited {code}")
            out.write(f"ACK {what}\n")
            out.flush()
        return
    if mode == "insert":
        for i in range(int(sys.argv[3])):
            record = store.insert("triggers", trigger(f"w{i}", i % 11), now=NOW)
            out.write(f"ACK {record['id']}\n")
            out.flush()
        return
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else None)
    ids = [r["id"] for r in store.all("triggers") if r["what"].startswith("k")]
    out.write("READY\n")
    out.flush()
    while True:
        roll = rng.random()
        if roll < 0.5 or len(ids) < 5:
            value = rng.randrange(11)
            import uuid

            new_id = str(uuid.uuid4())
            out.write(f"BEGIN insert {new_id} {value}\n")
            out.flush()
            record = Store.stamp(trigger(f"k{value}", value), NOW, record_id=new_id)
            store.insert_records("triggers", [record])
            ids.append(new_id)
        elif roll < 0.8:
            target = rng.choice(ids)
            value = rng.randrange(11)
            out.write(f"BEGIN update {target} {value}\n")
            out.flush()
            store.update("triggers", target, {"intensity": value, "what": f"k{value}"}, now=NOW)
        else:
            target = ids.pop(rng.randrange(len(ids)))
            out.write(f"BEGIN delete {target} -\n")
            out.flush()
            store.delete("triggers", target)
        out.write("ACK\n")
        out.flush()


if __name__ == "__main__":
    main()
