"""Dashboard test helpers: `settle(pilot)` waits until store workers are done and their results shown.

The dashboard does store work in thread workers (tui/app.py), so after a key that loads or
saves, a test waits for those workers and for the event loop to apply what they delivered
(which may start further workers, such as panel reloads after a save).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest


async def settle(pilot: Any) -> None:
    """Wait for every worker of the app (and those their results start), then for the screen."""
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            break
    await pilot.pause()


@pytest.fixture
def settled() -> Callable[[Any], Awaitable[None]]:
    """The `settle` helper as a fixture (tests/tui has no package to import it from)."""
    return settle
