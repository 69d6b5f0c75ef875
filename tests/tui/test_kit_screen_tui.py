"""The kit screen (k) and the weekly goal (g), driven from the dashboard with keys only.

A contact, a first-aid message, a crisis line of one's own and a goal are added from the
dashboard; a contact is edited and moved in the chain; removing asks first. Refusals show under
their field, with the same rules as `recover contact|aid|crisis add`.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from recovery_tui.services import aid as aid_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import crisis_lines as crisis_lines_service
from recovery_tui.services import meetings as meeting_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.contacts.aid_form import AidForm
from recovery_tui.tui.contacts.contact_form import ContactForm
from recovery_tui.tui.contacts.contacts_screen import ContactsScreen
from recovery_tui.tui.contacts.crisis_line_form import CrisisLineForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.meetings.goal_form import GoalForm
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError


async def settle(pilot: Pilot[Any], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
    for _ in range(3):
        await pilot.pause()


async def until(pilot: Pilot[Any], done: Any) -> None:
    for _ in range(100):
        if done():
            return
        await pilot.pause(0.02)
    assert done()


def fill(app: RecoverApp, **values: str) -> None:
    for key, value in values.items():
        app.screen.query_one(f"#form-{key}", Input).value = value


def error_under(app: RecoverApp, key: str) -> str:
    return str(app.screen.query_one(f"#form-{key}-error", FieldError).render())


def listed(app: RecoverApp, section: str) -> list[str]:
    return [str(option.prompt) for option in app.screen.query_one(f"#kit-{section}", OptionList).options]


def add_two(store: Store, now: datetime) -> None:
    for name in ("Sam", "Jo"):
        contacts_service.add_contact(
            store, name, reach=f"@{name.lower()}", role="peer", reachable="24/7", note=None, position=None, now=now
        )


def test_add_a_contact_from_the_dashboard(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "k")
            assert isinstance(app.screen, ContactsScreen)
            assert "No contacts yet. Press a" in str(app.screen.query_one("#kit-contacts-empty").render())
            await settle(pilot, "a")
            assert isinstance(app.screen, ContactForm)
            fill(app, name="Sam", reach="+44 7700 900123", reachable="mon-fri 25:00-17:00")
            await settle(pilot, "enter")
            assert isinstance(app.screen, ContactForm)  # refused: the same rule as recover contact add
            assert "is not a time" in error_under(app, "reachable")
            assert app.screen.focused is app.screen.query_one("#form-reachable")
            fill(app, reachable="mon-fri 09:00-17:00; fri 22:00-02:00")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, ContactsScreen) and listed(app, "contacts"))
            assert "Sam" in listed(app, "contacts")[0]
            (saved,) = contacts_service.list_contacts(store)
            assert saved.reach == "+44 7700 900123" and saved.reachable == "mon-fri 09:00-17:00; fri 22:00-02:00"

    asyncio.run(scenario())


def test_edit_and_reorder_a_contact(store: Store, now: datetime) -> None:
    add_two(store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "k")
            await until(pilot, lambda: len(listed(app, "contacts")) == 2)
            await settle(pilot, "down", "enter")  # enter on Jo edits Jo
            assert isinstance(app.screen, ContactForm)
            assert app.screen.query_one("#form-name", Input).value == "Jo"
            fill(app, name="Jo B", note="text first")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, ContactsScreen) and "Jo B" in listed(app, "contacts")[1])
            await settle(pilot, "shift+up")  # Jo B is called first now
            await until(pilot, lambda: [c.name for c in contacts_service.list_contacts(store)] == ["Jo B", "Sam"])
            await until(pilot, lambda: "Jo B" in listed(app, "contacts")[0])
            assert app.screen.query_one("#kit-contacts", OptionList).highlighted == 0  # still on Jo B
            assert "text first" in listed(app, "contacts")[0]
            await settle(pilot, "shift+up")  # already first: nothing moves
            assert [c.name for c in contacts_service.list_contacts(store)] == ["Jo B", "Sam"]

    asyncio.run(scenario())


def test_remove_asks_first(store: Store, now: datetime) -> None:
    add_two(store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "k")
            await until(pilot, lambda: len(listed(app, "contacts")) == 2)
            await settle(pilot, "d")
            assert isinstance(app.screen, ConfirmScreen)
            await settle(pilot, "enter")  # the safe button has the focus: nothing removed
            assert len(contacts_service.list_contacts(store)) == 2
            await settle(pilot, "d")
            await settle(pilot, "y")
            await until(pilot, lambda: len(listed(app, "contacts")) == 1)
            assert [(c.name, c.position) for c in contacts_service.list_contacts(store)] == [("Jo", 1)]

    asyncio.run(scenario())


def test_add_and_remove_a_first_aid_message(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "k", "2", "a")
            assert isinstance(app.screen, AidForm)
            await settle(pilot, "enter")
            assert "write the message to keep" in error_under(app, "text")
            fill(app, text="This passes. Call me first.", **{"from": "Sam"})
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, ContactsScreen) and listed(app, "aid"))
            assert "This passes" in listed(app, "aid")[0] and "(from Sam)" in listed(app, "aid")[0]
            (kept,) = aid_service.list_aid(store)
            assert kept.source == "Sam"
            await settle(pilot, "d", "y")
            await until(pilot, lambda: not aid_service.list_aid(store))

    asyncio.run(scenario())


def test_add_and_remove_an_own_crisis_line(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "k", "3", "a")
            assert isinstance(app.screen, CrisisLineForm)
            fill(app, name="Night team", country="G")
            await settle(pilot, "enter")
            assert "two-letter country code" in error_under(app, "country")
            fill(app, country="GB")
            await settle(pilot, "enter")
            assert "a number to call or a text line" in error_under(app, "phone")  # as recover crisis add
            fill(app, phone="0800 123 456")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, ContactsScreen) and listed(app, "lines"))
            assert "Night team (GB)" in listed(app, "lines")[0] and "24/7" in listed(app, "lines")[0]
            await settle(pilot, "d", "y")
            await until(pilot, lambda: not crisis_lines_service.own_lines(store))

    asyncio.run(scenario())


def test_set_and_clear_the_weekly_goal(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            body = app.screen.query_one("#meetings-body")
            await until(pilot, lambda: "press g" in str(body.render()))
            await settle(pilot, "g")
            assert isinstance(app.screen, GoalForm)
            fill(app, goal="99")
            await settle(pilot, "enter")
            assert "0 (no goal) to 50" in error_under(app, "goal")
            fill(app, goal="2")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, DashboardScreen) and "0 of 2" in str(body.render()))
            assert meeting_service.goal(store) == 2
            await settle(pilot, "g")
            assert app.screen.query_one("#form-goal", Input).value == "2"
            fill(app, goal="")
            await settle(pilot, "enter")
            await until(pilot, lambda: meeting_service.goal(store) == 0)

    asyncio.run(scenario())


def test_sos_opens_the_kit_and_names_its_keys(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "ctrl+s")
            await until(pilot, lambda: "Press c to add" in str(app.screen.query_one("#sos-contacts").render()))
            await settle(pilot, "c", "a")
            assert isinstance(app.screen, ContactForm)

    asyncio.run(scenario())


def test_remove_a_reward_from_the_points_screen(store: Store, now: datetime) -> None:
    from recovery_tui.services import rewards as rewards_service
    from recovery_tui.tui.rewards.rewards_screen import RewardsScreen

    rewards_service.add_reward(store, "new book", cost=30, now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "p")
            assert isinstance(app.screen, RewardsScreen)
            await until(pilot, lambda: app.screen.query_one("#rewards-list", OptionList).option_count == 1)
            app.screen.query_one("#rewards-list", OptionList).focus()
            await settle(pilot, "d")
            assert isinstance(app.screen, ConfirmScreen)
            await settle(pilot, "y")
            await until(pilot, lambda: not rewards_service.list_rewards(store))
            assert isinstance(app.screen, RewardsScreen)

    asyncio.run(scenario())


def test_every_skill_hidden_offers_u_to_show_them_again(store: Store, now: datetime) -> None:
    from recovery_tui.services import skills as skills_service

    for skill in skills_service.list_skills(store):
        skills_service.set_hidden(store, skill.name, True, now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "s")
            title = app.screen.query_one("#skill-title")
            await until(pilot, lambda: "Press u" in str(title.render()))
            await settle(pilot, "u")
            await until(pilot, lambda: bool(skills_service.list_skills(store)))
            assert not [s for s in skills_service.list_skills(store, include_hidden=True) if s.hidden]

    asyncio.run(scenario())
