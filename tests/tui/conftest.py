"""Dashboard tests wait for store workers: the dashboard reads and writes the data file in
Textual thread workers (tui/app.py), so what a key loads or saves lands a moment later.

For every test here (autouse), `RecoverApp.run_test` yields once the first loads are shown,
and `pilot.press()` and `pilot.pause()` also wait until every worker is done and the event
loop has applied what they delivered (which may start more workers, such as panel reloads
after a save). Tests
written before the workers therefore hold unchanged, without any timing. `settled(pilot)`
(a fixture) says the same explicitly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.pilot import Pilot

from recovery_tui.tui.app import RecoverApp

_PAUSE = Pilot.pause
_PRESS = Pilot.press
_RUN_TEST = RecoverApp.run_test


async def settle(pilot: Any) -> None:
    """Wait for every worker of the app (and those their results start), then for the screen."""
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await _PAUSE(pilot)
        if not any(worker.is_running for worker in app.workers):
            break
    await _PAUSE(pilot)


@pytest.fixture(autouse=True)
def wait_for_store_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    async def pause(self: Pilot[Any], delay: float | None = None) -> None:
        await _PAUSE(self, delay)
        await settle(self)

    async def press(self: Pilot[Any], *keys: str) -> None:
        await _PRESS(self, *keys)
        await settle(self)

    @asynccontextmanager
    async def run_test(self: RecoverApp, *args: Any, **kwargs: Any) -> AsyncIterator[Pilot[Any]]:
        async with _RUN_TEST(self, *args, **kwargs) as pilot:
            await settle(pilot)
            yield pilot

    monkeypatch.setattr(Pilot, "pause", pause)
    monkeypatch.setattr(Pilot, "press", press)
    monkeypatch.setattr(RecoverApp, "run_test", run_test)


@pytest.fixture
def settled() -> Callable[[Any], Awaitable[None]]:
    """`await settled(pilot)`: wait until store workers are done and their results shown."""
    return settle


@pytest.fixture
def pause_only() -> Callable[[Any], Awaitable[None]]:
    """`await pause_only(pilot)`: let the screen update WITHOUT waiting for store workers (to
    look at the dashboard while a worker is still waiting, e.g. for another process's lock)."""

    async def pause(pilot: Any) -> None:
        await _PAUSE(pilot)

    return pause


@pytest.fixture
def press_only() -> Callable[..., Awaitable[None]]:
    """`await press_only(pilot, "enter")`: press keys WITHOUT waiting for store workers."""

    async def press(pilot: Any, *keys: str) -> None:
        await _PRESS(pilot, *keys)

    return press
