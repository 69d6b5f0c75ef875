"""The project's own rules, held by the test command: ruff, ruff format, mypy --strict and the
import-linter contracts (the forbidden UI imports and the one-way layers), as DESIGN.md asks.

They run on the checkout the tests run from, with the versions pinned in the [test] extra.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)


@pytest.mark.parametrize(
    "argv",
    [
        [sys.executable, "-m", "ruff", "check", "recovery_tui", "tests"],
        [sys.executable, "-m", "ruff", "format", "--check", "recovery_tui", "tests"],
        [sys.executable, "-m", "mypy"],
        [str(BIN / "lint-imports")],
    ],
    ids=["ruff", "ruff-format", "mypy", "import-contracts"],
)
def test_tool_is_clean(argv: list[str]) -> None:
    done = _run(argv)
    assert done.returncode == 0, f"{' '.join(argv[-3:])} failed:\n{done.stdout}\n{done.stderr}"
