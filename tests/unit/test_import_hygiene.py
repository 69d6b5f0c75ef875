"""Import hygiene, as one table: what each import or command loads, checked in a fresh interpreter.

Each row imports a module (or runs `recover ...` through `recovery_tui.cli.main`) in its own
subprocess and then reads `sys.modules`, so nothing the test process imported can hide a load.
A row names the packages that must NOT be loaded and, where it matters, those that MUST be.
Every module of core/, store/ and services/ (and cli/) is found by walking the package, so a
new module is covered without editing this file.

The rules: core, store and services never load Textual, Typer, Rich or click (import-linter's
forbidden contract checks the imports, this checks what really loads); the CLI loads neither
Textual nor Rich until a command draws or opens the dashboard; `cryptography` is loaded only
for an encrypted file; the check-in and prompt-line fast paths load no Typer.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import recovery_tui

REPO = Path(__file__).resolve().parents[2]
UI = frozenset({"textual", "typer", "rich", "click"})
DRAWING = frozenset({"textual", "rich"})
PASSPHRASE = {"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'"}
# what the Typer-free fast paths (cli/quick_checkin.py, cli/prompt_line.py) keep out of start-up
FAST_PATH = frozenset({"typer", "click", "rich", "textual", "filelock", "pydantic", "typing_extensions", "inspect"})


@dataclass(frozen=True)
class Row:
    """One check: import `module`, or run `recover *argv` on a data file prepared as `data`."""

    module: str = ""
    argv: tuple[str, ...] = ()
    absent: frozenset[str] = frozenset()
    present: frozenset[str] = frozenset()
    data: str = "none"  # "none", "plain" (a counter and a setting) or "encrypted" (the same, encrypted)
    env: dict[str, str] = field(default_factory=dict)
    exit_code: int = 0

    @property
    def id(self) -> str:
        loads = f" loads {','.join(sorted(self.present))}" if self.present else ""
        return (self.module or "recover " + " ".join(self.argv) + f" [{self.data}]") + loads


def _walk(package: str) -> Iterator[str]:
    """The package and every module below it, sub-packages included."""
    pkg = __import__(package, fromlist=["__path__"])
    yield package
    for info in pkgutil.walk_packages(pkg.__path__, prefix=package + "."):
        yield info.name


ROWS: list[Row] = [
    # core, store and services: never a UI framework, whichever module is imported first
    *(
        Row(module=name, absent=UI)
        for layer in ("recovery_tui.core", "recovery_tui.store", "recovery_tui.services")
        for name in _walk(layer)
    ),
    # the CLI: no Textual or Rich at import (each command imports what it draws with, when it draws)
    *(Row(module=name, absent=DRAWING) for name in _walk("recovery_tui.cli")),
    Row(module="recovery_tui.cli.skill", absent=DRAWING, present=frozenset({"typer"})),
    Row(module="recovery_tui", absent=UI | {"tinydb", "cryptography"}),
    Row(module="recovery_tui.tui.app", absent=frozenset({"typer", "click"}), present=frozenset({"textual"})),
    # commands as run: help and plain-file commands load neither drawing nor encryption
    Row(argv=("--help",), absent=DRAWING | {"cryptography"}),
    Row(argv=("where",), data="plain", absent=DRAWING | {"cryptography"}),
    Row(argv=("config", "list"), data="plain", absent=DRAWING | {"cryptography"}),
    Row(argv=("sos",), data="plain", absent=DRAWING | {"cryptography"}),
    # no terminal here: the dashboard refuses in one line, before it loads Textual
    Row(argv=("dashboard",), data="plain", absent=DRAWING, exit_code=1),
    # the fast paths
    Row(argv=("checkin", "-m", "4", "-c", "1", "--note", "fine"), data="plain", absent=FAST_PATH),
    Row(argv=("status", "--short"), data="plain", absent=FAST_PATH | {"tinydb"}),
    # an encrypted file, and only then, loads cryptography
    Row(argv=("encrypt",), data="plain", env=PASSPHRASE, present=frozenset({"cryptography.hazmat"})),
    Row(argv=("where",), data="encrypted", env=PASSPHRASE, present=frozenset({"cryptography.hazmat"})),
]

PROBE = """
import importlib, json, sys
code = 0
if {module!r}:
    importlib.import_module({module!r})
else:
    from recovery_tui.cli import main
    sys.argv = ["recover", *{argv!r}]
    try:
        main()
    except SystemExit as exc:
        code = exc.code or 0
print("\\nLOADED " + json.dumps([code, sorted(sys.modules)]))
"""


def _loaded(row: Row, db: Path) -> tuple[int, set[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "RECOVER_DB": str(db), **row.env}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=row.module, argv=row.argv)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0 and "\nLOADED " in done.stdout, done.stdout[-500:] + done.stderr[-1000:]
    code, modules = json.loads(done.stdout.rsplit("\nLOADED ", 1)[1])
    return code, set(modules)


def _is_loaded(name: str, modules: set[str]) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture
def data_file(db_path: Path, cli: Callable[..., Any]) -> Callable[[str], Path]:
    def make(kind: str) -> Path:
        if kind == "none":
            return db_path
        assert cli("counter", "add", "alcohol", "--since", "3d").exit_code == 0
        assert cli("config", "set", "currency", "€").exit_code == 0
        if kind == "encrypted":
            assert cli("encrypt", env=PASSPHRASE).exit_code == 0
            assert not db_path.read_bytes().lstrip().startswith(b"{")  # really encrypted
        return db_path

    return make


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_what_is_loaded(row: Row, data_file: Callable[[str], Path]) -> None:
    code, modules = _loaded(row, data_file(row.data))
    assert code == row.exit_code
    assert not {name for name in row.absent if _is_loaded(name, modules)}, f"{row.id} loaded them"
    assert not {name for name in row.present if not _is_loaded(name, modules)}, f"{row.id} did not load them"


def test_the_table_covers_every_module_of_the_lower_layers() -> None:
    files = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for layer in ("core", "store", "services", "cli")
        for path in (REPO / "recovery_tui" / layer).rglob("*.py")
    }
    assert files <= {row.module for row in ROWS}
    assert recovery_tui.__version__
