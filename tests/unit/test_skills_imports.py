"""The skills core and service never pull in typer, textual or rich (checked in a fresh process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE = ["core.skills", "core.breathing", "core.timer", "services.skills"]


def _frameworks_after_importing(modules: list[str]) -> str:
    code = "".join(f"import recovery_tui.{m}\n" for m in modules)
    code += "import sys\nprint(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'textual', 'rich'}))"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_core_and_services_import_no_ui_framework() -> None:
    assert _frameworks_after_importing(CORE).strip() == "[]"


def test_cli_module_imports_no_rich_or_textual_at_start() -> None:
    assert _frameworks_after_importing(["cli.skill"]).strip() == "['typer']"
