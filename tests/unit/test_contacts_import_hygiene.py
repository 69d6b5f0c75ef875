"""The kit's core and service modules never pull in Typer, Textual or Rich."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MODULES = [
    "recovery_tui.core.contacts",
    "recovery_tui.core.crisis",
    "recovery_tui.core.resources",
    "recovery_tui.core.aid",
    "recovery_tui.core.sos",
    "recovery_tui.services.contacts",
    "recovery_tui.services.aid",
    "recovery_tui.services.crisis_lines",
    "recovery_tui.services.resources",
    "recovery_tui.services.sos",
]


def test_kit_modules_import_no_ui_framework() -> None:
    repo = Path(__file__).resolve().parents[2]
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'typer', 'textual', 'rich'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(repo)}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
