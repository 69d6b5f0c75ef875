"""Test isolation for every layer: HOME, XDG folders and the data file live in tmp_path,
the clock is frozen (RECOVER_NOW) and the time zone fixed (TZ=UTC) unless a test says otherwise.

Fixtures:
    db_path: the data file for this test (RECOVER_DB points at it).
    store: a real Store on that file.
    cli: invoke the real Typer app in process: cli("where", "--json") -> Result.
    run_recover: run `python -m recovery_tui ...` in a real subprocess.
    now: the frozen time, timezone-aware.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recovery_tui.store import Store

FROZEN_NOW = "2026-11-20T20:00:00+00:00"  # a Friday evening


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("RECOVER_DB", str(tmp_path / "data" / "recover.json"))
    monkeypatch.setenv("RECOVER_NOW", FROZEN_NOW)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("RECOVER_INTERACTIVE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    time.tzset()
    yield
    time.tzset()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "recover.json"


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(db_path)


@pytest.fixture
def now() -> datetime:
    return datetime.fromisoformat(FROZEN_NOW)


@pytest.fixture
def cli() -> Callable[..., object]:
    from recovery_tui.cli.app import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def run_recover() -> Callable[..., subprocess.CompletedProcess[str]]:
    repo = Path(__file__).resolve().parent.parent

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60):
        full_env = {**os.environ, **(env or {})}
        if (repo / "recovery_tui").is_dir() and "PYTHONPATH" not in (env or {}):
            full_env["PYTHONPATH"] = str(repo)
        return subprocess.run(
            [sys.executable, "-m", "recovery_tui", *args],
            input=input,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            stdin=None if input is not None else subprocess.DEVNULL,
        )

    return run
