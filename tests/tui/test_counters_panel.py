"""Dashboard counters: the live panel, the add-counter modal, the relapse modal, celebrations.

Real store on disk, real app at 80x24, keys pressed through Pilot. Each test runs its
coroutine with asyncio.run (`@pilot_test`), so no pytest async plugin is needed.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from rich.cells import cell_len
from textual.widgets import Static

from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.counters.add_counter import AddCounterScreen
from recovery_tui.tui.counters.celebration_screen import CelebrationScreen
from recovery_tui.tui.counters.counters_panel import CountersPanel
from recovery_tui.tui.counters.relapse import RelapseScreen


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def body_text(app: RecoverApp) -> str:
    return str(app.screen.query_one("#counters-body", Static).render())


def notes(app: RecoverApp) -> list[str]:
    return [n.message for n in app._notifications]


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        await pilot.press("space" if char == " " else char)


@pilot_test
async def test_empty_panel_invites_to_add(store: Store, now: datetime) -> None:
    before = store.path.read_bytes()  # only the welcome's entry (tests/tui/conftest.py)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert "No counters yet. Press a to add one" in body_text(pilot.app)
        await pilot.press("r")
        assert not isinstance(pilot.app.screen, RelapseScreen)
        assert any("No counters yet" in n for n in notes(pilot.app))
    assert store.path.read_bytes() == before  # opening the dashboard wrote nothing


@pilot_test
async def test_add_a_counter_through_the_modal(store: Store, now: datetime) -> None:
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        assert isinstance(pilot.app.screen, AddCounterScreen)
        await type_text(pilot, "alcohol")
        await pilot.press("tab")
        await type_text(pilot, "90d")
        await pilot.press("tab")
        await type_text(pilot, "12.5")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, AddCounterScreen)
        text = body_text(pilot.app)
        assert "alcohol" in text and "90d 00h 00m" in text and "6 months in 94d" in text
    (counter,) = service.list_counters(store)
    assert (counter.name, counter.first_start, counter.cost_per_day) == ("alcohol", now - timedelta(days=90), 12.5)


@pilot_test
async def test_add_form_shows_errors_next_to_fields_and_writes_nothing(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now, now=now)
    before = store.path.read_bytes()
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.press("tab")
        await type_text(pilot, "tomorrow")
        await pilot.press("tab")
        await type_text(pilot, "-3")
        await pilot.press("enter")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, AddCounterScreen)
        assert "needs a name" in str(screen.query_one("#name-error", Static).render())
        assert "not a time I understand" in str(screen.query_one("#since-error", Static).render())
        assert "0 or more" in str(screen.query_one("#cost-error", Static).render())
        assert not screen.query_one("#hours-error", Static).has_class("-shown")
        await pilot.press("shift+tab", "shift+tab")
        await type_text(pilot, "ALCOHOL")
        await pilot.press("tab", "ctrl+u")
        await type_text(pilot, "now")
        await pilot.press("tab", "ctrl+u", "enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AddCounterScreen)  # still open
        # a refusal from the service goes under the field it names, not into a notice
        assert "already a counter called 'alcohol'" in str(pilot.app.screen.query_one("#name-error", Static).render())
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, AddCounterScreen)
    assert store.path.read_bytes() == before


@pilot_test
async def test_relapse_through_the_modal_restarts_with_history_kept(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        assert "30d 00h 00m" in body_text(pilot.app)
        await pilot.press("r")
        assert isinstance(pilot.app.screen, RelapseScreen)
        await pilot.press("tab")
        await type_text(pilot, "work party")
        await pilot.press("enter", "y")  # asked first (tests/tui/test_counter_corrections_tui.py)
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, RelapseScreen)
        message = str(screen.query_one("#relapse-message", Static).render())
        assert "Your history is kept: 30 days in your longest streak" in message
        assert "Press s for a 10-minute skill" in message and "ctrl+s for SOS" in message
        assert "lost" not in message
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, RelapseScreen)
        assert "alcohol" in body_text(pilot.app) and "0d 00h 00m" in body_text(pilot.app)
    counter = service.find_counter(store, "alcohol")
    assert [(e.kind, e.note) for e in counter.ordered_events] == [("start", None), ("relapse", "work party")]
    assert service.summarize(counter, now).stats.longest == timedelta(days=30)


@pilot_test
async def test_relapse_modal_picks_among_counters_and_escape_records_nothing(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    service.add_counter(store, "gambling", since=now - timedelta(days=10), now=now)
    before = store.path.read_bytes()
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "escape")
        assert not isinstance(pilot.app.screen, RelapseScreen)
        assert store.path.read_bytes() == before
        await pilot.press("r", "down")
        await pilot.press("ctrl+u")
        await type_text(pilot, "-2h")
        await pilot.press("enter", "y")
        await pilot.pause()
        await pilot.press("escape")
    assert len(service.find_counter(store, "alcohol").events) == 1
    gambling = service.find_counter(store, "gambling")
    assert [e.at for e in gambling.ordered_events][-1] == now - timedelta(hours=2)


@pilot_test
async def test_relapse_modal_refusal_is_shown_and_nothing_is_written(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=1), now=now)
    before = store.path.read_bytes()
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "ctrl+u")
        await type_text(pilot, "-3d")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, RelapseScreen)
        assert "a relapse has to be after that" in str(pilot.app.screen.query_one("#when-error", Static).render())
        await pilot.press("ctrl+u")
        await type_text(pilot, "soon")
        await pilot.press("enter")
        assert "not a time I understand" in str(pilot.app.screen.query_one("#when-error", Static).render())
    assert store.path.read_bytes() == before


@pilot_test
async def test_panel_ticks_and_celebrates_a_milestone_reached_while_open(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(hours=23, minutes=59), now=now)
    clock = [now]
    async with RecoverApp(store, clock=lambda: clock[0]).run_test(size=(80, 24)) as pilot:
        panel = pilot.app.screen.query_one(CountersPanel)
        assert "0d 23h 59m" in body_text(pilot.app) and "24 hours in 1m" in body_text(pilot.app)
        assert not any("24 hours" in n for n in notes(pilot.app))
        clock[0] = now + timedelta(minutes=2)
        await pilot.pause(1.3)  # one tick of the live counter
        assert "1d 00h 01m" in str(panel.body.render())
        shown = pilot.app.screen
        assert isinstance(shown, CelebrationScreen)
        assert "Milestone: 24 hours free from alcohol" in str(shown.query_one("#celebration-message").render())
        await pilot.press("escape")
        panel.tick()
        await pilot.pause()
        assert not isinstance(pilot.app.screen, CelebrationScreen)  # once
    assert service.take_celebrations(store, now + timedelta(minutes=3)) == []  # the CLI won't repeat it


@pilot_test
async def test_panel_fits_half_of_80_columns(store: Store, now: datetime) -> None:
    names = (
        ("alcohol", 142),
        ("a counter with a very long name indeed", 31),
        ("コーヒーとタバコとお酒と砂糖", 2),
        ("x", 0),
    )
    for name, days in names:
        service.add_counter(store, name, since=now - timedelta(days=days), now=now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        panel = pilot.app.screen.query_one(CountersPanel)
        assert panel.size.width <= 40
        width = panel.scrollable_content_region.width
        lines = body_text(pilot.app).splitlines()
        assert len(lines) == 8
        assert all(cell_len(line) <= width for line in lines)
        assert any(line.startswith("コーヒー") and "…" in line for line in lines)
        assert lines[0].startswith("a counter with a very") and "…" in lines[0]
