"""Counter modules keep to their layer: core and services load no UI framework, nor does the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("recovery_tui.core.streaks", {"typer", "textual", "rich"}),
        ("recovery_tui.core.milestones", {"typer", "textual", "rich"}),
        ("recovery_tui.services.counters", {"typer", "textual", "rich"}),
        ("recovery_tui.cli.counter", {"textual", "rich"}),
    ],
)
def test_module_imports_no_ui_framework(module: str, forbidden: set[str]) -> None:
    probe = (
        f"import sys, {module}\nprint(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(forbidden)!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
