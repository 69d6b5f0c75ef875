"""Layering: core, store and services never import UI frameworks; the CLI never imports Textual.

Each check runs in a fresh interpreter so earlier imports in the test process cannot hide one.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import recovery_tui

FORBIDDEN = {
    "recovery_tui.core": {"textual", "typer", "rich", "click"},
    "recovery_tui.store": {"textual", "typer", "rich", "click"},
    "recovery_tui.services": {"textual", "typer", "rich", "click"},
    "recovery_tui.cli": {"textual"},
}


def _modules(package: str) -> list[str]:
    pkg = __import__(package, fromlist=["__path__"])
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules(pkg.__path__)]


def _imported(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print('\\n'.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_does_not_import_forbidden_frameworks(package: str) -> None:
    loaded = _imported(_modules(package))
    assert not (loaded & FORBIDDEN[package]), f"{package} pulled in {loaded & FORBIDDEN[package]}"


def test_cli_start_up_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys\n"
        "from recovery_tui.cli.app import app\n"
        "print(' '.join(m for m in ('textual', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_package_root_is_light() -> None:
    assert recovery_tui.__version__
