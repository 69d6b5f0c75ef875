"""The dashboard and `recover unlock`: a key kept by `recover unlock` opens the dashboard
without its passphrase screen, and a passphrase typed on that screen keeps the key for the
`unlock.minutes` setting, so the next commands skip it.

Real encrypted file, real app at 80x24, the key kept in tests/conftest.py's
`unlock_facility` (the kernel keyring where allowed, else the in-memory keyring).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recovery_tui.cli.dashboard_run import starts_locked
from recovery_tui.services import config as config_service
from recovery_tui.services import counters
from recovery_tui.store import Store, unlocked
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.shared.passphrase_screen import PassphraseScreen

PASS = "a long passphrase"

pytestmark = pytest.mark.usefixtures("unlock_facility")


@pytest.fixture(autouse=True)
def no_passphrase_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RECOVER_PASSPHRASE_CMD", raising=False)


@pytest.fixture
def encrypted(db_path: Path, now: datetime) -> Path:
    plain = Store(db_path)
    counters.add_counter(plain, "alcohol", since=now - timedelta(days=30), now=now)
    config_service.set_value(plain, "unlock.minutes", "20")
    plain.encrypt(PASS)
    return db_path


def test_starts_locked_unless_unlocked(encrypted: Path) -> None:
    assert starts_locked(Store(encrypted)) is True
    opened = Store(encrypted, passphrase=lambda: PASS)
    opened.all("counters")
    assert opened.storage.sealer is not None
    unlocked.keep(encrypted, opened.storage.sealer, 15)
    store = Store(encrypted)
    assert starts_locked(store) is False
    assert [c["name"] for c in store.all("counters")] == ["alcohol"]  # open, no passphrase given


def test_typed_passphrase_keeps_the_key_for_the_setting(encrypted: Path, now: datetime) -> None:
    async def run() -> None:
        store = Store(encrypted)
        assert starts_locked(store)
        app = RecoverApp(store, clock=lambda: now, locked=True)
        async with app.run_test(size=(80, 24)) as pilot:
            assert isinstance(app.screen, PassphraseScreen)
            for char in PASS:
                await pilot.press("space" if char == " " else char)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not app.locked

    assert unlocked.kept(encrypted) is None
    asyncio.run(run())
    kept = unlocked.kept(encrypted)
    assert kept is not None and kept.minutes == 20
    assert starts_locked(Store(encrypted)) is False  # the next dashboard (or command) skips it
