"""Dashboard fixes found when a new user tried it (issue 18, E1), each walked at 80x24 with Pilot.

Check boxes and radio buttons read without colour (NO_COLOR); journal rows fit one line; the
points screen opens where the person can act; the triggers panel dates older entries in
fixed columns; enter on a closed choice saves the trigger form; insights are worked out in a
worker while the screen says so.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any, TypeVar

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Checkbox, Input, OptionList, RadioButton, Select, Static

from recovery_tui.safetext import cells
from recovery_tui.services import counters as counter_service
from recovery_tui.services import insights as insights_service
from recovery_tui.services import journal as journal_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.checkins.checkin_form import CheckinForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.insights.insights_screen import InsightsScreen
from recovery_tui.tui.journal.journal_editor import JournalEditor
from recovery_tui.tui.journal.journal_screen import JournalScreen
from recovery_tui.tui.meetings.meeting_form import MeetingForm
from recovery_tui.tui.rewards.rewards_screen import RewardsScreen
from recovery_tui.tui.triggers.trigger_form import TriggerForm

S = TypeVar("S", bound=Screen[Any])


def screen_lines(app: RecoverApp) -> list[str]:
    """Every line of the screen as Textual draws it (after the app's line filters)."""
    update = app.screen._compositor.render_full_update()
    return ["".join(segment.text for segment in strip) for strip in update.strips]


async def opened(pilot: Pilot[Any], key: str, kind: type[S]) -> S:
    """Press `key` on the dashboard; the screen it opens, checked to be a `kind`."""
    await pilot.press(key)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, kind), screen
    return screen


def on_screen(app: RecoverApp) -> str:
    return "\n".join(screen_lines(app))


async def _glyphs(pilot: Pilot[Any], widget: Checkbox | RadioButton, label: str, on: str, off: str) -> None:
    """`widget` reads `on label` when on and `off label` when off, on screen."""
    app = pilot.app
    assert isinstance(app, RecoverApp)
    for value in (not widget.value, not widget.value):
        widget.value = value
        await pilot.pause()
        text = on_screen(app)
        assert f"{on if value else off} {label}" in text, (label, value)
        assert f"{off if value else on} {label}" not in text, (label, value)


async def test_every_box_and_radio_reads_without_colour(
    store: Store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=9), now=now)
    monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by the App when it is built
    app = RecoverApp(store, clock=lambda: now)
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(JournalEditor(None, []))
        await pilot.pause()
        await _glyphs(pilot, app.screen.query_one("#editor-sensitive", Checkbox), "Sensitive", "[x]", "[ ]")
        app.pop_screen()

        app.push_screen(CheckinForm(None, counter_service.list_counters(store)))
        await pilot.pause()
        sober = app.screen.query_one("#sober-0", Checkbox)
        await _glyphs(pilot, sober, "Sober today: alcohol", "[x]", "[ ]")
        await _glyphs(pilot, app.screen.query_one("#relapse", Checkbox), "Record a relapse", "[x]", "[ ]")
        app.pop_screen()

        app.push_screen(MeetingForm())
        await pilot.pause()
        await _glyphs(pilot, app.screen.query_one("#role-chair", Checkbox), "chair", "[x]", "[ ]")
        app.pop_screen()

        await pilot.press("t")
        await pilot.pause()
        await _glyphs(pilot, app.screen.query_one("#halt-lonely", Checkbox), "lonely", "[x]", "[ ]")
        await pilot.press("escape")
        await pilot.pause()

        # the composer's step 3: what would help (request kind radios)
        await pilot.press("h", *"sad", "tab", "tab", "6", "ctrl+n", *"I drink alone", "tab", *"May")
        await pilot.press("enter", *"a walk", "enter")
        await pilot.pause()
        assert "(•) advice" in on_screen(app)
        assert "( ) someone to talk to now" in on_screen(app)
        await _glyphs(pilot, app.screen.query_one("#kind-talk", RadioButton), "someone to talk to now", "(•)", "( )")


async def test_journal_rows_fit_one_line_at_80_columns(store: Store, now: datetime) -> None:
    long = "A long day: the meeting ran late, coffee afterwards with Sam, then the walk home in the rain. " * 2
    for days in range(30):  # more than fit, so the list scrolls (a scroll bar takes room too)
        text = "上司との口論と残業のあと、長い散歩をした。" * 3 if days % 3 == 0 else long
        journal_service.add_entry(store, text, at=now - timedelta(days=days), tags=["work", "rain"], now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await opened(pilot, "j", JournalScreen)
        options = journal.query_one("#journal-list", OptionList)
        assert options.option_count == 30

        def fits() -> None:
            room = options.scrollable_content_region.width
            prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
            assert max(cells(prompt) for prompt in prompts) <= room
            assert options.virtual_size.height == options.option_count  # one line each: none wrapped

        fits()
        rows = [line for line in screen_lines(app) if line.startswith("│ ")]
        assert len(rows) >= 10 and all(cells(line) == 80 for line in rows)
        assert any("…" in line for line in rows)
        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        fits()


async def test_points_screen_opens_where_the_person_can_act(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "p", RewardsScreen)
        assert screen.focused is screen.query_one("#reward-name", Input)
        assert not screen.query_one("#rewards-list", OptionList).display  # nothing to focus by mistake
        text = on_screen(app)
        assert "No rewards yet: type a name and its cost above, then enter." in text
        assert text.index("New reward") < text.index("No rewards yet")  # "above" is where it is
        assert "below" not in text and "enter adds" in text
        await pilot.press(*"new book", "enter", *"30", "enter")
        await pilot.pause()
        assert screen.query_one("#rewards-list", OptionList).has_focus
        assert "enter claims" in on_screen(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")  # with a reward to claim, the list has the cursor
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#rewards-list", OptionList)
    assert [r.name for r in reward_service.list_rewards(store)] == ["new book"]


async def test_triggers_panel_dates_older_entries_in_fixed_columns(store: Store, now: datetime) -> None:
    for days, what, intensity, outcome in (
        (0, "argument", 7, "used"),
        (2, "上司との口論と残業", 4, "ongoing"),
        (20, "payday", 10, "resisted"),
        (400, "lonely evening", None, None),
    ):
        trigger_service.log_trigger(
            store, what=what, at=now - timedelta(days=days), now=now, intensity=intensity, outcome=outcome
        )
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        body = str(app.screen.query_one("#triggers-body", Static).render()).splitlines()
        assert [line[:9] for line in body] == ["Fri 20:00", "Wed 20:00", "31 Oct   ", "Oct 2025 "]
        outcomes = ("used", "ongoing", "resisted")
        ends = {cells(line) - len(outcome) - 1 for line, outcome in zip(body[:3], outcomes, strict=True)}
        assert len(ends) == 1  # the intensity ends in one column, wide text or not


async def test_enter_on_a_closed_choice_saves_the_trigger_form(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await opened(pilot, "t", TriggerForm)
        await pilot.press(*"bored")
        outcome = form.query_one("#f-outcome", Select)
        outcome.focus()
        await pilot.press("space")  # space still opens the list; enter there chooses
        await pilot.pause()
        assert outcome.expanded
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not outcome.expanded and outcome.value == "resisted"
        assert app.screen is form
        await pilot.press("enter")  # closed: saves, as enter does in the text fields
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
    [record] = store.all("triggers")
    assert (record["what"], record["outcome"]) == ("bored", "resisted")


async def test_enter_on_the_closed_format_saves_the_meeting_form(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await opened(pilot, "m", MeetingForm)
        await pilot.press(*"Tuesday group")
        form.query_one("#format", Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
    assert store.count("meetings") == 1


async def test_insights_are_worked_out_in_a_worker_while_the_screen_says_so(
    store: Store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = insights_service.compute_insights
    threads: list[threading.Thread] = []

    def watched(*args: Any, **kwargs: Any) -> Any:  # the real computation, noting where it ran
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(insights_service, "compute_insights", watched)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "i", InsightsScreen)
        assert threads and all(thread is not threading.main_thread() for thread in threads)
        loading = screen.query_one("#insights-loading", Static)
        assert not loading.display and "last 90 days" in on_screen(app)
        screen.action_period()  # as p does: until the worker is back, the top line says what runs
        assert screen.computing and loading.display
        assert str(loading.render()) == "Working out the last 365 days..."
        assert "last 90 days" in str(screen.query_one("#insights-summary", Static).render())  # kept meanwhile
        for _ in range(100):
            await pilot.pause(0.02)
            if not screen.computing:
                break
        await pilot.pause()
        assert len(threads) == 2 and threads[1] is not threading.main_thread()
        assert not screen.query_one("#insights-loading", Static).display
        assert "Working out" not in on_screen(app)
        assert "last 365 days" in str(screen.query_one("#insights-summary", Static).render())
