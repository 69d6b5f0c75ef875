"""The first-run welcome: on a new, empty data file the dashboard opens five skippable steps
(what recover is and is not, country, first counter, contact chain, a message to yourself),
then the dashboard shows what was given; it is remembered, so it never shows twice.

Each test opens a data file of its own (`fresh`): tests/conftest.py marks the usual test data
file as welcomed for every other dashboard test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from recovery_tui import wording
from recovery_tui.services import aid as aid_service
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import counters as counters_service
from recovery_tui.services import reasons as reasons_service
from recovery_tui.services import welcome as welcome_service
from recovery_tui.store import Store, country_file
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.field_error import FieldError
from recovery_tui.tui.sos.sos_screen import SosScreen
from recovery_tui.tui.welcome.welcome_screen import WelcomeScreen


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A data file that does not exist yet; the locale says Britain."""
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    return Store(tmp_path / "new" / "recover.json")


def screen_text(app: RecoverApp) -> str:
    return "\n".join(str(widget.visual) for widget in app.screen.query(Static) if widget.display)


def notes(app: RecoverApp) -> list[str]:
    return [n.message for n in app._notifications]


async def type_text(pilot: Pilot[Any], text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


def step(app: RecoverApp) -> str:
    screen = app.screen
    assert isinstance(screen, WelcomeScreen), screen
    return screen.current


async def test_first_run_walks_to_a_filled_dashboard(fresh: Store, now: datetime) -> None:
    app = RecoverApp(fresh, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert step(app) == "about"
        text = screen_text(app)
        assert wording.COMPLEMENTS_CARE_DASHBOARD in text and wording.WITHDRAWAL_SAFETY in text
        assert "skip" in text and not fresh.path.exists()  # showing it writes nothing
        await pilot.press("enter")

        assert step(app) == "country"
        country = app.screen.query_one("#country-code", Input)
        assert app.focused is country and country.value == "GB"  # guessed from the locale
        assert "116 123" in screen_text(app)  # the lines SOS will show
        assert "press o" in screen_text(app)  # where to change it later
        country.value = ""
        await type_text(pilot, "ie")
        await pilot.press("enter")

        assert step(app) == "counter"
        assert "press a" in screen_text(app)
        await type_text(pilot, "alcohol")
        assert app.screen.query_one("#withdrawal", Static).has_class("-shown")
        await pilot.press("tab")
        await type_text(pilot, "30d")
        await pilot.press("tab")
        await type_text(pilot, "12")
        await pilot.press("enter")

        assert step(app) == "contacts"
        assert "press k" in screen_text(app)
        for name, reach in (("Sam", "07700900123"), ("Jo", "@jo")):
            await type_text(pilot, name)
            await pilot.press("tab")
            await type_text(pilot, reach)
            await pilot.press("enter")
            assert step(app) == "contacts"  # the next person, until the fields are left empty
            assert app.screen.query_one("#contact-name", Input).value == ""
        assert "Added so far: Sam, Jo." in screen_text(app)
        await pilot.press("enter")

        assert step(app) == "message"
        assert "press w" in screen_text(app)
        await type_text(pilot, "I want to be there for my kids")
        await pilot.press("enter")

        assert isinstance(app.screen, DashboardScreen)
        counters = str(app.screen.query_one("#counters-body", Static).render())
        assert "alcohol" in counters and "30d" in counters
        [summary] = [n for n in notes(app) if n.startswith("Welcome.")]
        assert "IE crisis lines, Sam, Jo and your reason" in summary
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SosScreen)
        sos = screen_text(app)
        assert "Sam" in sos and "I want to be there for my kids" in sos and "116 123" in sos  # Samaritans, IE

    assert config_service.load(fresh)["country"] == "IE" and country_file.read(fresh.path) == "IE"
    [counter] = counters_service.list_counters(fresh)
    assert counter.name == "alcohol" and counter.cost_per_day == 12
    assert counter.current_start == now - timedelta(days=30)
    assert [(c.name, c.reach, c.role, c.reachable) for c in contacts_service.list_contacts(fresh)] == [
        ("Sam", "07700900123", "peer", "24/7"),
        ("Jo", "@jo", "peer", "24/7"),
    ]
    [reason] = reasons_service.list_reasons(fresh)
    assert reason.text == "I want to be there for my kids"
    assert aid_service.list_aid(fresh) == []  # a reason, not a first-aid message
    assert fresh.meta(welcome_service.WELCOME)["skipped"] is False

    async with RecoverApp(fresh, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert isinstance(pilot.app.screen, DashboardScreen)  # never again


async def test_skipping_every_step_opens_the_empty_dashboard_once(fresh: Store, now: datetime) -> None:
    app = RecoverApp(fresh, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        for name in ("about", "country", "counter", "contacts", "message"):
            assert step(app) == name
            await pilot.press("ctrl+n")
        assert isinstance(app.screen, DashboardScreen)
        assert "No counters yet" in str(app.screen.query_one("#counters-body", Static).render())
        assert any(n.startswith("Welcome. Set things up whenever you like") for n in notes(app))
    assert not any(fresh.tables().values())
    assert config_service.load(fresh)["country"] is None  # the guess was not saved
    assert welcome_service.needs_welcome(fresh) is False

    async with RecoverApp(fresh, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert isinstance(pilot.app.screen, DashboardScreen)


async def test_escape_skips_the_rest_and_keeps_what_was_given(fresh: Store, now: datetime) -> None:
    app = RecoverApp(fresh, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")  # about; the guessed country, kept
        assert step(app) == "counter"
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)
    assert config_service.load(fresh)["country"] == "GB"
    assert fresh.meta(welcome_service.WELCOME)["skipped"] is True
    assert welcome_service.needs_welcome(fresh) is False


async def test_refused_values_show_under_their_field(fresh: Store, now: datetime) -> None:
    app = RecoverApp(fresh, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        app.screen.query_one("#country-code", Input).value = "G1"
        await pilot.press("enter")
        assert step(app) == "country"
        error = app.screen.query_one("#country-code-error", FieldError)
        assert error.display and "two-letter country code" in str(error.visual)
        app.screen.query_one("#country-code", Input).value = ""  # empty: go on without a country
        await pilot.press("enter")

        await type_text(pilot, "gambling")
        await pilot.press("tab")
        app.screen.query_one("#since", Input).value = "someday"
        await pilot.press("enter")
        assert step(app) == "counter"
        assert app.screen.query_one("#since-error", FieldError).display
        await pilot.press("ctrl+n")

        await type_text(pilot, "Sam")
        await pilot.press("enter")  # no way to reach them
        assert step(app) == "contacts"
        assert "how to reach" in str(app.screen.query_one("#contact-reach-error", FieldError).visual)
        assert app.focused is app.screen.query_one("#contact-reach", Input)
    assert not any(fresh.tables().values()) and config_service.load(fresh)["country"] is None


async def test_a_file_with_records_never_shows_it(fresh: Store, now: datetime) -> None:
    counters_service.add_counter(fresh, "gambling", since=now - timedelta(days=2), now=now)  # from the CLI first
    async with RecoverApp(fresh, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert isinstance(pilot.app.screen, DashboardScreen)
    assert welcome_service.needs_welcome(fresh) is False


async def test_a_file_with_only_settings_is_welcomed_with_its_country(fresh: Store, now: datetime) -> None:
    config_service.set_value(fresh, "country", "DE")  # `recover config set country DE`, nothing else
    app = RecoverApp(fresh, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert step(app) == "country"
        assert app.screen.query_one("#country-code", Input).value == "DE"
