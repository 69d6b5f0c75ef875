"""SOS in the dashboard: ctrl+s opens it from every screen, modal and form; keys inside it.

Tests drive the real app with Pilot inside asyncio.run (no pytest plugin needed). To cover a
new screen or modal, add an opener to OPENERS: an async function that takes the
pilot and leaves the app showing that screen (with its input focused, for a form).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.app import ComposeResult
from textual.pilot import Pilot
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static

from recovery_tui import wording
from recovery_tui.services import aid as aid_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.contacts.contacts_screen import ContactsScreen
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.help import HelpScreen
from recovery_tui.tui.sos.sos_screen import SosScreen


@pytest.fixture(autouse=True)
def locale_gb(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


class FormModal(ModalScreen[None]):
    """Stands in for any form: a modal whose Input has focus when ctrl+s is pressed."""

    def compose(self) -> ComposeResult:
        yield Input(id="field")

    def on_mount(self) -> None:
        self.query_one(Input).focus()


async def on_dashboard(pilot: Pilot[Any]) -> None:
    assert isinstance(pilot.app.screen, DashboardScreen)


async def in_help_modal(pilot: Pilot[Any]) -> None:
    await pilot.press("question_mark")
    assert isinstance(pilot.app.screen, HelpScreen)


async def in_a_form_typing(pilot: Pilot[Any]) -> None:
    pilot.app.push_screen(FormModal())
    await pilot.pause()
    await pilot.press("h", "i")
    assert isinstance(pilot.app.focused, Input) and pilot.app.focused.value == "hi"


OPENERS: dict[str, Callable[[Pilot[Any]], Awaitable[None]]] = {
    "dashboard": on_dashboard,
    "help modal": in_help_modal,
    "form with focused input": in_a_form_typing,
}


def text_of(screen: Screen[Any], selector: str) -> str:
    return str(screen.query_one(selector, Static).visual)


def make_app(store: Store, now: datetime) -> RecoverApp:
    return RecoverApp(store, clock=lambda: now)


@pytest.mark.parametrize("where", list(OPENERS))
def test_ctrl_s_opens_sos_from_everywhere(where: str, store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            await OPENERS[where](pilot)
            below = app.screen
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, SosScreen)
            assert "Samaritans" in text_of(app.screen, "#sos-crisis")
            await pilot.press("ctrl+s")  # again: nothing new opens
            await pilot.pause()
            assert sum(isinstance(s, SosScreen) for s in app.screen_stack) == 1
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is below
            if isinstance(below, FormModal):
                assert below.query_one(Input).value == "hi"  # ctrl+s typed nothing into the form

    asyncio.run(scenario())


def test_sos_key_is_in_the_footer(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            shown = {key: active.binding for key, active in app.active_bindings.items()}
            assert shown["ctrl+s"].description == "SOS" and shown["ctrl+s"].show
            assert shown["ctrl+s"].priority

    asyncio.run(scenario())


def test_sos_content_in_order_and_crisis_lines_in_view(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        contacts_service.add_contact(
            store, "Sam", reach="+44 7700", role="sponsor", reachable="24/7", note=None, position=None, now=now
        )
        contacts_service.add_contact(
            store, "Jo", reach="@jo", role="peer", reachable="mon 09:00-10:00", note=None, position=None, now=now
        )
        aid_service.add_aid(store, "This passes.", source="Sam", now=now)
        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.pause()
            screen = app.screen
            contacts = text_of(screen, "#sos-contacts")
            assert "Sam" in contacts and "Jo" not in contacts
            assert "This passes." in text_of(screen, "#sos-aid")
            assert "Press s to start one" in text_of(screen, "#sos-skill")
            assert "recover" not in text_of(screen, "#sos-skill")  # dashboard keys, no shell commands
            assert "Urge surfing" in text_of(screen, "#sos-skill")
            assert wording.SOS_CARE in text_of(screen, "#sos-care")
            ids = ["#sos-crisis", "#sos-contacts", "#sos-aid", "#sos-skill", "#sos-triggers", "#sos-care"]
            tops = [screen.query_one(i).region.y for i in ids]
            assert tops == sorted(tops)
            crisis = screen.query_one("#sos-crisis-section").region
            assert crisis.y >= 1 and crisis.bottom <= 23  # whole crisis section visible at 80x24

    asyncio.run(scenario())


def test_contacts_screen_and_back(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        contacts_service.add_contact(
            store, "Sam", reach="+44 7700", role="sponsor", reachable="24/7", note="text first", position=None, now=now
        )
        contacts_service.add_contact(
            store, "Jo", reach="@jo", role="peer", reachable="mon 09:00-10:00", note=None, position=None, now=now
        )
        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.press("c")
            await pilot.pause()
            assert isinstance(app.screen, ContactsScreen)
            listing = "\n".join(str(o.prompt) for o in app.screen.query_one("#kit-contacts", OptionList).options)
            assert listing.index("Sam") < listing.index("Jo") and "text first" in listing
            assert "(next Mon 09:00)" in listing  # Jo, seen on Friday evening
            await pilot.press("ctrl+s")  # SOS is already open underneath: stays here
            await pilot.pause()
            assert isinstance(app.screen, ContactsScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, SosScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, DashboardScreen)

    asyncio.run(scenario())


def test_skill_key_opens_the_skills_screen_and_escape_returns(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        from recovery_tui.tui.skills.skills_screen import SkillsScreen

        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, SkillsScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, SosScreen)

    asyncio.run(scenario())


def test_damaged_file_still_shows_crisis_lines(db_path: Path, now: datetime) -> None:
    async def scenario() -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True)  # tests/conftest.py `welcomed` made it
        db_path.write_bytes(b"\x00\x00\x00")
        app = make_app(Store(db_path), now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, SosScreen)
            assert "116 123" in text_of(screen, "#sos-crisis")
            assert "could not be read" in text_of(screen, "#sos-problem")
            assert not screen.query_one("#sos-contacts-section").display
        assert db_path.read_bytes() == b"\x00\x00\x00"

    asyncio.run(scenario())


def test_sos_stays_in_an_80_column_footer_when_the_dashboard_has_many_keys(store: Store, now: datetime) -> None:
    """Other issues add ~10 keys to the dashboard; '^s SOS' must stay visible (first slot)."""
    from textual.binding import Binding
    from textual.widgets import Footer

    keys = [("a", "Add counter"), ("r", "Relapse"), ("c", "Check-in"), ("j", "Journal"), ("t", "Trigger")]
    keys += [("i", "Insights"), ("h", "Help request"), ("s", "Skills"), ("m", "Meeting"), ("p", "Points")]

    class BusyDashboard(DashboardScreen):
        BINDINGS = [Binding(key, f"noop_{key}", label) for key, label in keys]

    async def scenario() -> None:
        app = make_app(store, now)
        async with app.run_test(size=(80, 24)) as pilot:
            app.push_screen(BusyDashboard())
            await pilot.pause()
            await pilot.pause()
            footer_keys = {getattr(k, "key", None): k.region for k in app.screen.query_one(Footer).children}
            assert "a" in footer_keys  # the crowded footer is really there
            sos = footer_keys["ctrl+s"]
            assert sos.width > 0 and sos.right <= 80

    asyncio.run(scenario())
