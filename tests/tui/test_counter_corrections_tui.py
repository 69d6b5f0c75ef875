"""Dashboard: r asks before restarting, undo after a restart (u), the counter history screen
(enter on the counters panel) with edit and remove, and the same warm words after a relapse
from the check-in and trigger forms. Real store on disk, real app at 80x24, Pilot keys.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from textual.widgets import Checkbox, Select, Static

from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.counters.counter_history import CounterHistoryScreen
from recovery_tui.tui.counters.event_edit import EventEditScreen
from recovery_tui.tui.counters.relapse import RelapseScreen
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def notes(app: RecoverApp) -> list[str]:
    return [n.message for n in app._notifications]


def undo_key_shown(app: RecoverApp) -> bool:
    return "u" in app.screen.active_bindings


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        await pilot.press("space" if char == " " else char)


def kinds(store: Store) -> list[str]:
    return [e.kind for e in service.find_counter(store, "alcohol").ordered_events]


@pilot_test
async def test_r_asks_first_and_going_back_records_nothing(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=368), now=now)
    before = store.path.read_bytes()
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "enter")
        await pilot.pause()
        confirm = pilot.app.screen
        assert isinstance(confirm, ConfirmScreen)
        question = str(confirm.query_one("#confirm-question", Static).render())
        assert question == "Restart alcohol? Your 368 days stay in your history."
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, RelapseScreen)  # back in the form
        assert store.path.read_bytes() == before
        await pilot.press("enter", "n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, RelapseScreen)
        assert store.path.read_bytes() == before
        await pilot.press("enter", "enter")  # ask; enter presses the focused, safe "Go back"
        await pilot.pause()
        assert isinstance(pilot.app.screen, RelapseScreen)
        assert store.path.read_bytes() == before
        await pilot.press("enter", "y")  # ask, then yes
        await pilot.pause()
        assert kinds(store) == ["start", "relapse"]
        message = str(pilot.app.screen.query_one("#relapse-message", Static).render())
        assert "Your history is kept: 368 days in your longest streak" in message
        assert "Press s for a 10-minute skill, or ctrl+s for SOS" in message and "recover " not in message


@pilot_test
async def test_after_a_restart_u_undoes_it_from_the_dashboard(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=368), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert not undo_key_shown(pilot.app)
        await pilot.press("r", "enter", "y")
        await pilot.pause()
        await pilot.press("enter")  # close the message
        await pilot.pause()
        dashboard = pilot.app.screen
        assert isinstance(dashboard, DashboardScreen)  # enter went no further (not the history screen)
        assert kinds(store) == ["start", "relapse"]
        notice = [n for n in pilot.app._notifications if "Press u to undo" in n.message]
        assert notice and notice[0].timeout >= 10 and DashboardScreen.UNDO_SECONDS >= 10
        assert undo_key_shown(pilot.app)  # `u Undo restart` in the footer
        await pilot.press("u")
        await pilot.pause()
        assert kinds(store) == ["start"]
        assert any("Restart of alcohol undone" in n for n in notes(pilot.app))
        assert not undo_key_shown(pilot.app)
    counter = service.find_counter(store, "alcohol")
    assert [e.action for e in counter.edits] == ["undo"]
    assert service.summarize(counter, now).stats.current == timedelta(days=368)


@pilot_test
async def test_u_on_the_message_undoes_and_the_offer_ends(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=368), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "enter", "y")
        await pilot.pause()
        assert "u undo" in str(pilot.app.screen.query_one("#relapse-done").query(Static).last().render())
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(pilot.app.screen, DashboardScreen) and kinds(store) == ["start"]

        await pilot.press("r", "enter", "y", "escape")  # restart again; close with escape
        await pilot.pause()
        dashboard = pilot.app.screen
        assert isinstance(dashboard, DashboardScreen) and undo_key_shown(pilot.app)
        dashboard.end_undo()  # what the timer does after UNDO_SECONDS
        await pilot.press("u")
        await pilot.pause()
        assert kinds(store) == ["start", "relapse"]  # too late: nothing undone
        assert not undo_key_shown(pilot.app)


@pilot_test
async def test_history_screen_edits_and_removes_through_the_services(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=368), now=now)
    service.record_relapse(store, "alcohol", at=now - timedelta(days=3), note="party", now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the counters panel has focus: the counter screen
        await pilot.pause()
        await pilot.press("h")  # its history
        await pilot.pause()
        history = pilot.app.screen
        assert isinstance(history, CounterHistoryScreen)
        assert history.highlighted is not None and history.highlighted.note == "party"
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(pilot.app.screen, EventEditScreen)
        await pilot.press("ctrl+u")
        await type_text(pilot, "2026-11-18 23:30")
        await pilot.press("tab", "ctrl+u")
        await type_text(pilot, "wedding")
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is history
        restart = service.find_counter(store, "alcohol").ordered_events[1]
        assert (restart.at, restart.note) == (datetime.fromisoformat("2026-11-18T23:30:00+00:00"), "wedding")
        assert "moved to 2026-11-18 23:30 and note changed" in str(history.query_one("#history-edits").render())

        await pilot.press("up", "x")  # the start: refused, nothing asked
        await pilot.pause()
        assert pilot.app.screen is history
        assert any("a counter needs its start" in n for n in notes(pilot.app))

        await pilot.press("down", "x", "n")  # asked, kept
        await pilot.pause()
        assert kinds(store) == ["start", "relapse"]
        await pilot.press("x", "y")
        await pilot.pause()
        assert kinds(store) == ["start"]
        assert pilot.app.screen is history
        assert "removed" in str(history.query_one("#history-edits").render())
    assert [e.action for e in service.find_counter(store, "alcohol").edits] == ["edit", "remove"]


@pilot_test
async def test_edit_refusals_show_under_the_time(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=10), now=now)
    service.record_relapse(store, "alcohol", at=now - timedelta(days=3), note=None, now=now)
    before = store.path.read_bytes()
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("h", "e")
        await pilot.pause()
        edit = pilot.app.screen
        assert isinstance(edit, EventEditScreen)
        await pilot.press("ctrl+u")
        await type_text(pilot, "2026-11-01 10:00")
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is edit
        error = str(edit.query_one("#when-error", Static).render())
        assert "alcohol started on 2026-11-10 20:00; a restart has to be after that" in error
        await pilot.press("escape")
    assert store.path.read_bytes() == before


@pilot_test
async def test_checkin_relapse_gets_the_warm_line_with_keys_and_an_undo(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("2", "tab", "8", "tab", "space")  # untick "sober today: alcohol"
        pilot.app.screen.query_one("#relapse", Checkbox).value = True
        await pilot.click("#save")
        await pilot.pause()
        assert kinds(store) == ["start", "relapse"]
        said = [n for n in notes(pilot.app) if "history is kept" in n]
        assert said and said[0].startswith("alcohol restarts. Your history is kept: 30 days in your longest streak")
        assert "Press s for a 10-minute skill, or ctrl+s for SOS" in said[0]
        assert not any("recover " in n for n in notes(pilot.app))  # keys, never shell commands
        assert undo_key_shown(pilot.app)


@pilot_test
async def test_trigger_used_gets_the_warm_line_with_or_without_a_restart(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        for relapse in (None, "alcohol"):
            await pilot.press("t")
            await pilot.pause()
            form = pilot.app.screen
            await type_text(pilot, "payday")
            form.query_one("#f-outcome", Select).value = "used"
            await pilot.pause()
            if relapse:
                form.query_one("#f-relapse", Select).value = relapse
            form.query_one("#f-what").focus()
            await pilot.press("enter")
            await pilot.pause()
        first, second = [n for n in notes(pilot.app) if n.startswith("Logged: payday")]
        assert "It happened, and writing it down is part of recovery." in first and "ctrl+s for SOS" in first
        assert "alcohol restarts. Your history is kept: 30 days in your longest streak" in second
        assert "Press s for a 10-minute skill, or ctrl+s for SOS" in second
        assert not any("recover " in n for n in notes(pilot.app))
        assert kinds(store) == ["start", "relapse"] and undo_key_shown(pilot.app)
