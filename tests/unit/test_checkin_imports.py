"""Import hygiene of the check-in/journal/today modules: core and services never load the UI
frameworks, and the CLI commands load neither Textual nor Rich until they draw."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import {module}
bad = sorted(name for name in {forbidden} if name in sys.modules)
print(",".join(bad))
"""


def loaded(module: str, forbidden: tuple[str, ...]) -> str:
    code = PROBE.format(module=module, forbidden=forbidden)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_core_and_services_stay_free_of_ui_frameworks():
    for module in (
        "recovery_tui.core.checkin",
        "recovery_tui.core.journal",
        "recovery_tui.core.templates",
        "recovery_tui.core.today",
        "recovery_tui.services.checkins",
        "recovery_tui.services.journal",
        "recovery_tui.services.today",
    ):
        assert loaded(module, ("typer", "textual", "rich")) == "", module


def test_cli_modules_do_not_load_textual_or_rich():
    for module in ("recovery_tui.cli.checkin", "recovery_tui.cli.journal", "recovery_tui.cli.today"):
        assert loaded(module, ("textual", "rich")) == "", module
