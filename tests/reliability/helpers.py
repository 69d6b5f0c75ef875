"""Helpers for the reliability tests: seed files, list temp files, run store workers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports recovery_tui from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    return env


def temp_files(folder: Path) -> list[str]:
    """Leftover temp files of ours in `folder`."""
    return sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))


PYTHON = sys.executable
