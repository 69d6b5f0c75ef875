"""The sync screen (`y` on the dashboard): status without network, a sync only on enter, its
result in one line, the panels reloaded with what arrived."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from recovery_tui.services import sync as sync_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.sync.sync_screen import NOT_SET_UP, NOTHING_TO_SYNC, SyncScreen


def text(app: RecoverApp, widget: str) -> str:
    return str(app.screen.query_one(widget, Static).visual)


async def test_y_without_set_up_says_so_and_enter_says_nothing_was_sent(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        assert isinstance(app.screen, SyncScreen)
        assert "not set up" in text(app, "#sync-status") and text(app, "#sync-status").startswith(NOT_SET_UP[:30])
        assert not app.screen.query_one("#sync-note", Static).display  # no "until you press enter"
        await pilot.press("enter")  # a first-week user tries it: it answers, and sends nothing
        assert text(app, "#sync-result") == NOTHING_TO_SYNC
        assert not sync_service.is_set_up(store.path)
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
async def test_enter_syncs_and_shows_the_result(store: Store, now: datetime, tmp_path: Path) -> None:
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(bare)], check=True)
    other = Store(tmp_path / "other" / "recover.json")
    trigger_service.log_trigger(other, what="from the other device", at=now, now=now)
    sync_service.init(other, f"file://{bare}")
    sync_service.sync(other)
    sync_service.init(store, f"file://{bare}")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        assert "Last sync:  never" in text(app, "#sync-status")
        assert text(app, "#sync-result") == ""  # nothing happens before enter
        assert sync_service.last_sync(store.path) is None
        await pilot.press("enter")
        assert text(app, "#sync-result").startswith(f"Synced with file://{bare}")
        assert sync_service.last_sync(store.path) is not None
        assert "Last sync:  never" not in text(app, "#sync-status")
        assert [t.what for t in trigger_service.all_triggers(store)] == ["from the other device"]
    assert Store(store.path).tables() == Store(other.path).tables()


async def test_settings_show_the_last_sync_quietly(store: Store, now: datetime, tmp_path: Path) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        assert "Last sync with your other devices: never." in text(app, "#settings-last-sync")
    if shutil.which("git") is None:
        return
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(bare)], check=True)
    trigger_service.log_trigger(store, what="here", at=now, now=now)
    sync_service.init(store, f"file://{bare}")
    sync_service.sync(store)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        assert "Last sync with your other devices: 2026-11-20 20:00." in text(app, "#settings-last-sync")
