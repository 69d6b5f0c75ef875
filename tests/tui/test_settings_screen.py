"""The settings screen (`o` on the dashboard): every setting `recover config` knows, edited in
place, saved through the same service, refusals under their field, a theme applied at once."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Input, Select, Static

from recovery_tui.core.config import SETTINGS
from recovery_tui.services import config as config_service
from recovery_tui.store import Store, country_file
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.settings.settings_screen import SettingsScreen, field_id
from recovery_tui.tui.shared.field_error import FieldError


def status(app: RecoverApp, key: str) -> str:
    return str(app.screen.query_one(f"#{field_id(key)}-status", Static).visual)


def error(app: RecoverApp, key: str) -> FieldError:
    return app.screen.query_one(f"#{field_id(key)}-error", FieldError)


async def test_o_opens_every_setting_with_its_value(store: Store, now: datetime) -> None:
    config_service.set_value(store, "currency", "€")
    config_service.set_value(store, "week_start", "sunday")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        for key in SETTINGS:  # a new setting shows here too, or this fails
            assert screen.query_one(f"#{field_id(key)}")
        assert screen.query_one(f"#{field_id('currency')}", Input).value == "€"
        assert screen.query_one(f"#{field_id('week_start')}", Select).value == "sunday"
        assert screen.query_one(f"#{field_id('points.meeting')}", Input).value == "3"
        assert app.focused is screen.query_one(f"#{field_id('country')}", Input)
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_a_refused_value_shows_under_its_field_and_a_good_one_is_saved(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await pilot.press("x", "1", "enter")
        assert error(app, "country").display and "two-letter country code" in str(error(app, "country").visual)
        assert config_service.load(store)["country"] is None
        app.screen.query_one(f"#{field_id('country')}", Input).value = ""
        await pilot.press("d", "e", "enter")
        assert not error(app, "country").display
        assert status(app, "country") == "saved"
        assert app.screen.query_one(f"#{field_id('country')}", Input).value == "DE"  # as stored

        points = app.screen.query_one(f"#{field_id('points.checkin')}", Input)
        points.focus()
        points.value = "lots"
        await pilot.press("enter")
        assert "whole number" in str(error(app, "points.checkin").visual)
        points.value = "5"
        await pilot.press("enter")
        assert status(app, "points.checkin") == "saved"
    values = config_service.load(store)
    assert values["country"] == "DE" and country_file.read(store.path) == "DE"
    assert values["points.checkin"] == 5


async def test_leaving_a_changed_field_saves_it(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "tab")  # country -> pseudonym
        for char in "Robin":
            await pilot.press(char)
        await pilot.press("tab")  # on to currency: the pseudonym is saved on the way
        assert status(app, "pseudonym") == "saved"
        assert app.focused is app.screen.query_one(f"#{field_id('currency')}", Input)
    assert config_service.load(store)["pseudonym"] == "Robin"


async def test_an_empty_country_goes_back_to_the_locale(store: Store, now: datetime) -> None:
    config_service.set_value(store, "country", "GB")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        app.screen.query_one(f"#{field_id('country')}", Input).value = ""
        await pilot.press("enter")
        assert status(app, "country") == "saved (not set)"
    assert config_service.load(store)["country"] is None and country_file.read(store.path) is None


async def test_a_picked_theme_applies_at_once_and_is_saved(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        assert app.theme == "textual-dark"
        app.screen.query_one(f"#{field_id('theme')}", Select).value = "textual-light"
        await pilot.pause()
        assert app.theme == "textual-light"
        assert status(app, "theme") == "saved"
        assert config_service.load(store)["theme"] == "textual-light"
        app.screen.query_one(f"#{field_id('week_start')}", Select).value = "sunday"
        await pilot.pause()
        assert config_service.load(store)["week_start"] == "sunday"
