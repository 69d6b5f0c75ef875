"""The command palette (ctrl+p) holds the app's own commands, built from the keys; the help
screen and README's keys table list every dashboard key."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Static

from recovery_tui.services import counters as counters_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.commands import dashboard_keys, key_help, key_label
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.journal.journal_screen import JournalScreen
from recovery_tui.tui.shared.help import HelpScreen
from recovery_tui.tui.sos.sos_screen import SosScreen

README = Path(__file__).parents[2] / "README.md"


async def _until(pilot: Pilot[Any], done: Callable[[], bool]) -> None:
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.05)
    assert done()


async def _press_to(pilot: Pilot[Any], key: str, screen: type) -> None:
    """Press `key` and wait until `screen` is on top."""
    await pilot.press(key)
    await _until(pilot, lambda: isinstance(pilot.app.screen, screen))


def _shown(app: RecoverApp) -> list[str]:
    """The titles the open palette lists (first line of each option)."""
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt).split("\n")[0].strip() for option in options]


async def _palette(pilot: Pilot[Any], query: str) -> None:
    app = pilot.app
    await pilot.press("ctrl+p")
    await _until(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*query)
    await _until(
        pilot, lambda: bool(app.screen.query(CommandList)) and app.screen.query_one(CommandList).option_count > 0
    )


@pytest.mark.parametrize(
    ("query", "title", "opens"),
    [
        ("sos", "SOS", "SosScreen"),
        ("check", "Check-in", "CheckinForm"),
        ("add counter", "Add", "AddCounterScreen"),  # found by the words of its help line
        ("calendar", "Counter", "CounterScreen"),  # found by the words of its help line
        ("kit", "Kit", "ContactsScreen"),
    ],
)
async def test_a_typed_command_runs_what_its_key_does(
    query: str, title: str, opens: str, store: Store, now: datetime
) -> None:
    counters_service.add_counter(store, "alcohol", since=now - timedelta(days=9), now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _palette(pilot, query)
        assert _shown(app)[0] == title
        await pilot.press("enter")
        await _until(pilot, lambda: type(app.screen).__name__ == opens)


async def test_every_dashboard_key_is_a_command_and_internals_are_not(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _palette(pilot, "")  # nothing typed: every command
        titles = _shown(app)
    wanted = {b.description for b in dashboard_keys(RecoverApp.BINDINGS) if b.action != "undo_restart"}
    assert wanted <= set(titles), wanted - set(titles)
    assert {"Theme", "Counter", "Kit", "Settings", "Goal"} <= set(titles)
    assert "Undo restart" not in titles  # only while a restart can be undone
    assert not {"Screenshot", "Maximize", "Minimize"} & set(titles)
    assert titles.count("Quit") == 1 and titles.count("SOS") == 1


async def test_a_binding_added_later_becomes_a_command(store: Store, now: datetime, monkeypatch: Any) -> None:
    from textual.binding import Binding

    bindings = [*DashboardScreen.BINDINGS, Binding("J", "journal", "Diary", tooltip="write it down")]
    monkeypatch.setattr(DashboardScreen, "BINDINGS", bindings)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _palette(pilot, "diary")
        assert _shown(app)[0] == "Diary"
        await _press_to(pilot, "enter", JournalScreen)
        await _press_to(pilot, "escape", DashboardScreen)
        await _press_to(pilot, "question_mark", HelpScreen)
        assert "write it down" in str(app.screen.query_one("#help-keys", Static).render())


async def test_undo_restart_is_offered_while_it_can_be_done(store: Store, now: datetime) -> None:
    counters_service.add_counter(store, "alcohol", since=now - timedelta(days=9), now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dashboard = app.screen
        assert isinstance(dashboard, DashboardScreen)
        dashboard.offer_undo([("alcohol", "no-such-event")])
        await _palette(pilot, "undo")
        assert _shown(app)[0] == "Undo restart"


async def test_on_another_screen_only_the_app_commands(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _press_to(pilot, "j", JournalScreen)
        await _palette(pilot, "")  # nothing typed: every command
        assert set(_shown(app)) == {"SOS", "Keys", "Quit", "Theme"}
        await pilot.press(*"sos", "enter")
        await _until(pilot, lambda: isinstance(app.screen, SosScreen))


async def test_help_screen_lists_every_dashboard_key(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _press_to(pilot, "question_mark", HelpScreen)
        text = str(app.screen.query_one("#help-keys", Static).render())
    for binding in dashboard_keys(RecoverApp.BINDINGS):
        assert re.search(rf"(^|\s){re.escape(key_label(binding))}\s+{re.escape(key_help(binding))}", text), binding
    assert "ctrl+p" in text


def _readme_dashboard_keys() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n### Dashboard\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {key for row in rows for key in re.findall(r"\| `([^`]+)` \|", row)}


def test_readme_keys_table_lists_every_dashboard_key() -> None:
    in_readme = _readme_dashboard_keys()
    missing = {key_label(b) for b in dashboard_keys(RecoverApp.BINDINGS)} - in_readme
    assert not missing, f"README's dashboard keys table lacks {sorted(missing)}"
    assert "ctrl+p" in in_readme
