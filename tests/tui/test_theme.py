"""The dashboard keeps the theme picked in the command palette and applies it at the next start."""

from __future__ import annotations

from datetime import datetime

import pytest

from recovery_tui.services import config as config_service
from recovery_tui.store import Store
from recovery_tui.tui import app as app_module
from recovery_tui.tui.app import RecoverApp


async def test_a_picked_theme_is_remembered_and_applied_next_time(
    store: Store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The settle time is long here so that a busy machine cannot let it pass mid-test.
    monkeypatch.setattr(app_module, "THEME_SETTLE_SECONDS", 3600.0)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        default = app.theme
        assert config_service.load(store)["theme"] == ""  # opening writes nothing
        writes = app.store.storage.writes
        for name in ("nord", "gruvbox", "textual-light"):  # the palette previews as the cursor moves
            app.theme = name
            await pilot.pause()
        assert app.store.storage.writes == writes  # nothing written while browsing
        await pilot.press("q")  # quitting saves the one it settled on, once
        await pilot.pause()
        assert app.store.storage.writes == writes + 1
        assert config_service.load(store)["theme"] == "textual-light"
    assert default != "textual-light"
    again = RecoverApp(Store(store.path), clock=lambda: now)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_a_theme_is_saved_once_it_settles(store: Store, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "THEME_SETTLE_SECONDS", 0.05)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "textual-light"
        for _ in range(200):  # however slow the machine, until the timer has fired
            await pilot.pause(0.05)
            if config_service.load(store)["theme"] == "textual-light":
                break
        assert config_service.load(store)["theme"] == "textual-light"
        assert app.is_running  # saved while the app runs, not at quit


async def test_an_unknown_stored_theme_is_ignored(store: Store, now: datetime) -> None:
    config_service.set_value(store, "theme", "no-such-theme")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme in app.available_themes and app.theme != "no-such-theme"
        assert config_service.load(store)["theme"] == "no-such-theme"  # left for a later version


def test_theme_setting_from_the_command_line(cli, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert cli("config", "set", "theme", "Textual-Light").exit_code == 0
    assert config_service.load(store)["theme"] == "textual-light"
    bad = cli("config", "set", "theme", "not a theme!")
    assert bad.exit_code == 1 and bad.stderr.startswith("recover: theme: use a theme name")
    assert config_service.load(store)["theme"] == "textual-light"
