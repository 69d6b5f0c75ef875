"""Concurrent writers lose nothing: many processes, and two long-lived handles interleaving."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from recovery_tui.store import Store

from .helpers import PYTHON, child_env, temp_files
from .worker import NOW, trigger

WORKER = str(Path(__file__).with_name("worker.py"))


def _eight_workers(db_path: Path, mode: str) -> set[str]:
    """Run 8 worker processes doing 50 writes each; return what they acknowledged."""
    procs = [
        subprocess.Popen([PYTHON, WORKER, str(db_path), mode, "50"], stdout=subprocess.PIPE, text=True, env=child_env())
        for _ in range(8)
    ]
    acked: set[str] = set()
    for proc in procs:
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0
        acked |= {line.split()[1] for line in out.splitlines() if line.startswith("ACK")}
    assert len(acked) == 400
    assert temp_files(db_path.parent) == []
    return acked


@pytest.mark.slow  # 8 processes x 50 writes
def test_eight_processes_fifty_store_inserts_each(db_path: Path) -> None:
    acked = _eight_workers(db_path, "insert")
    stored = Store(db_path).all("triggers")
    assert len(stored) == 400 and {r["id"] for r in stored} == acked


@pytest.mark.slow  # 8 processes x 50 `recover` runs
def test_eight_processes_fifty_cli_inserts_each(db_path: Path) -> None:
    acked = _eight_workers(db_path, "cli")  # `recover trigger ...` through the real Typer app
    stored = Store(db_path).all("triggers")
    assert len(stored) == 400 and {r["what"] for r in stored} == acked


def test_two_long_lived_handles_interleave_without_loss(db_path: Path) -> None:
    first, second = Store(db_path), Store(db_path)
    ids: list[str] = []
    for i in range(30):
        writer = first if i % 2 == 0 else second
        reader = second if i % 2 == 0 else first
        ids.append(writer.insert("triggers", trigger(f"h{i}", i % 11), now=NOW)["id"])
        # the other handle sees the new record at once (no stale cache)
        assert reader.count("triggers") == i + 1
    # updates from one handle are not undone by the other's next write
    first.update("triggers", ids[0], {"intensity": 10}, now=NOW)
    second.update("triggers", ids[1], {"intensity": 9}, now=NOW)
    assert Store(db_path).get("triggers", ids[0])["intensity"] == 10  # type: ignore[index]
    assert Store(db_path).get("triggers", ids[1])["intensity"] == 9  # type: ignore[index]
    assert len(set(ids)) == 30
    assert {r["id"] for r in Store(db_path).all("triggers")} == set(ids)
