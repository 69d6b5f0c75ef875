"""Layering of the composer: core and services never import UI frameworks; `recover ask` runs without Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _loaded(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    return set(out.stdout.split())


def test_core_and_service_import_no_ui_framework() -> None:
    loaded = _loaded(
        "import recovery_tui.core.help_requests, recovery_tui.core.emotions, recovery_tui.services.help_requests"
    )
    assert not loaded & {"typer", "textual", "rich"}


def test_ask_command_module_imports_neither_textual_nor_rich() -> None:
    loaded = _loaded("import recovery_tui.cli.app, recovery_tui.cli.ask")
    assert not loaded & {"textual", "rich"}
