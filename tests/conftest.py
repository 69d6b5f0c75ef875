"""Test isolation for every layer: HOME, XDG folders and the data file live in tmp_path,
the clock is frozen (RECOVER_NOW) and the time zone fixed (TZ=UTC) unless a test says otherwise.

Stand-ins that refuse everything come first on PATH for the machine's schedulers and
notifiers (crontab, systemctl, launchctl, notify-send, osascript), so no test reaches the real
ones.

Fixtures:
    db_path: the data file for this test (RECOVER_DB points at it).
    store: a real Store on that file.
    cli: invoke the real Typer app in process: cli("where", "--json") -> Result.
    run_recover: run `python -m recovery_tui ...` in a real subprocess.
    now: the frozen time, timezone-aware.

Dashboard tests (tests/tui) start on a data file that has had its first-run welcome: see
`welcomed` below.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from recovery_tui.store import Store

FROZEN_NOW = "2026-11-20T20:00:00+00:00"  # a Friday evening


SCHEDULERS = ("crontab", "systemctl", "launchctl", "notify-send", "osascript")


@pytest.fixture(scope="session")
def refusing_schedulers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of stand-ins that refuse everything, for the machine's schedulers and notifiers:
    first on every test's PATH, so no test (one that runs every command, say) can ever change
    the real crontab or user units. Tests of `recover remind` put their own on PATH."""
    folder = tmp_path_factory.mktemp("refusing-schedulers")
    for name in SCHEDULERS:
        script = folder / name
        script.write_text("#!/bin/sh\necho 'refused by the tests' >&2\nexit 1\n")
        script.chmod(0o755)
    return folder


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusing_schedulers: Path) -> Iterator[None]:
    monkeypatch.setenv("PATH", f"{refusing_schedulers}{os.pathsep}{os.environ.get('PATH', '')}")
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
    # Keys kept by `recover unlock` (or the dashboard) go to an in-memory keyring of this
    # process, never the machine's kernel keyring, unless a test asks for `unlock_facility`.
    from recovery_tui.store import unlocked

    unlocked.use_facility(unlocked.MemoryKeyring(time.monotonic))
    yield
    unlocked.pick_again()
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
def unlock_facility(db_path: Path) -> Iterator[object]:
    """The facility `recover unlock` keeps keys in for this test: the real kernel keyring when
    this machine allows `keyctl`, else `MemoryKeyring` (store/unlocked.py), a real in-memory
    keyring of the same API, so the unlock code runs for real either way. The test's key is
    forgotten afterwards."""
    from recovery_tui.store import unlocked

    chosen: unlocked.Facility
    try:
        chosen = unlocked.KernelKeyring()
        label = unlocked.label_for(db_path) + ".probe"
        chosen.put(label, b"probe", 60)
        assert chosen.get(label) == b"probe" and chosen.delete(label)
    except (unlocked.FacilityUnavailable, OSError):
        chosen = unlocked.MemoryKeyring(time.monotonic)
    unlocked.use_facility(chosen)
    yield chosen
    unlocked.forget(db_path)


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


# -- dashboard tests wait for store workers (tests/tui only) ---------------------------------
# The dashboard reads and writes the data file in Textual thread workers (tui/app.py), so what
# a key loads or saves lands a moment later. For tests under tests/tui, `RecoverApp.run_test`
# yields once the first loads are shown, and `pilot.press()` / `pilot.pause()` also wait until
# every worker is done and the event loop has applied what they delivered (which may start more
# workers, such as panel reloads after a save): no timing. `settled(pilot)` says so explicitly;
# `press_only` / `pause_only` look at the dashboard while a worker still waits (e.g. for another
# process's lock). Textual is imported only for those tests (CLI tests keep sys.modules clean).


async def _settle(pilot: Any) -> None:
    from textual.pilot import Pilot
    from textual.worker import WorkerCancelled, WorkerState

    app = pilot.app
    pause = _RAW_PILOT.get("pause", Pilot.pause)
    for _ in range(200):
        await pause(pilot)
        # A worker made a moment ago (a screen's on_mount) is PENDING until its task starts: it
        # is neither running nor waitable yet, so wait on the started ones and look again.
        unfinished = [worker for worker in app.workers if not worker.is_finished]
        if not unfinished:
            return
        started = [worker for worker in unfinished if worker.state != WorkerState.PENDING]
        if started:
            try:
                await app.workers.wait_for_complete(started)
            except WorkerCancelled:
                pass  # superseded by a newer one in its group (exclusive): wait for that


_RAW_PILOT: dict[str, Any] = {}


@pytest.fixture(autouse=True)
def wait_for_store_workers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "tui" not in Path(str(request.node.path)).parent.parts[-1:]:
        return
    from contextlib import asynccontextmanager

    from textual.pilot import Pilot

    from recovery_tui.tui.app import RecoverApp

    raw_pause, raw_press, raw_run_test = Pilot.pause, Pilot.press, RecoverApp.run_test
    _RAW_PILOT.update(pause=raw_pause, press=raw_press)

    async def pause(self: Any, delay: float | None = None) -> None:
        await raw_pause(self, delay)
        await _settle(self)

    async def press(self: Any, *keys: str) -> None:
        await raw_press(self, *keys)
        await _settle(self)

    @asynccontextmanager
    async def run_test(self: Any, *args: Any, **kwargs: Any) -> Any:
        async with raw_run_test(self, *args, **kwargs) as pilot:
            await _settle(pilot)
            yield pilot

    monkeypatch.setattr(Pilot, "pause", pause)
    monkeypatch.setattr(Pilot, "press", press)
    monkeypatch.setattr(RecoverApp, "run_test", run_test)


@pytest.fixture
def settled() -> Callable[[Any], Any]:
    """`await settled(pilot)`: wait until store workers are done and their results shown."""
    return _settle


@pytest.fixture
def pause_only() -> Callable[[Any], Any]:
    """`await pause_only(pilot)`: let the screen update WITHOUT waiting for store workers."""

    async def pause(pilot: Any) -> None:
        await _RAW_PILOT["pause"](pilot)

    return pause


@pytest.fixture
def press_only() -> Callable[..., Any]:
    """`await press_only(pilot, "enter")`: press keys WITHOUT waiting for store workers."""

    async def press(pilot: Any, *keys: str) -> None:
        await _RAW_PILOT["press"](pilot, *keys)

    return press


# -- dashboard tests start on a welcomed file (tests/tui only) -------------------------------
# A new, empty data file opens the first-run welcome over the dashboard
# (tui/welcome/welcome_screen.py), as a real new user sees it. Most dashboard tests start on an
# empty file to test one panel or form, so for tests under tests/tui this writes the `welcome`
# meta entry into the test's data file first, as skipping the welcome does
# (services/welcome.py): the file holds no record, and the dashboard opens as it does for
# someone who skipped the welcome. The welcome's own tests (tests/tui/test_welcome.py) open a
# data file of their own, which has no such entry. (A second conftest.py in tests/tui would
# share this module's name, `conftest`, and break `from conftest import FROZEN_NOW`.)


@pytest.fixture(autouse=True)
def welcomed(request: pytest.FixtureRequest, db_path: Path, now: datetime) -> None:
    if "tui" not in Path(str(request.node.path)).parent.parts[-1:]:
        return
    from recovery_tui.services import welcome as welcome_service

    welcome_service.mark_welcomed(Store(db_path), now=now, skipped=True)
