"""Dashboard: the counter screen (enter on the counters panel) with its calendar, scrolling
by month and year, the history one key away; money saved on the panel; a milestone
celebrated on a screen of its own, once. Real store on disk, real app at 80x24."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from textual.widgets import Static

from recovery_tui.core.checkin import CheckInDraft
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.counters.celebration_screen import CelebrationScreen
from recovery_tui.tui.counters.counter_history import CounterHistoryScreen
from recovery_tui.tui.counters.counter_screen import CounterScreen
from recovery_tui.tui.counters.counters_panel import CountersPanel


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def text_of(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def open_counter(pilot: Any) -> CounterScreen:
    await pilot.press("enter")  # the counters panel has focus
    for _ in range(50):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, CounterScreen) and screen.view is not None:
            return screen
    raise AssertionError(f"no counter screen: {pilot.app.screen}")


async def until(pilot: Any, shown: Callable[[], bool]) -> None:
    for _ in range(100):
        if shown():
            return
        await pilot.pause(0.02)
    assert shown()


def seed(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=800), now=now, cost_per_day=12.0)
    service.record_relapse(store, "alcohol", at=now - timedelta(days=15), note=None, now=now)
    service.add_counter(store, "nicotine", since=now - timedelta(days=20), now=now)
    checkin_service.save_checkin(store, CheckInDraft(now.date(), 2, 9), mode="new", now=now)
    config_service.set_value(store, "currency", "€")


@pilot_test
async def test_counter_screen_shows_figures_milestones_and_the_calendar(store: Store, now: datetime) -> None:
    seed(store, now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        screen = await open_counter(pilot)
        assert "alcohol" in text_of(screen, "#counter-title") and "(1 of 2)" in text_of(screen, "#counter-title")
        figures = text_of(screen, "#counter-figures")
        assert "Current streak 15d 00h 00m" in figures
        assert "Longest 785d 00h 00m" in figures and "2 streaks" in figures
        assert "Saved €9,600.00" in figures  # 800 sober days at 12 a day, in the currency set
        milestones = text_of(screen, "#counter-milestones")
        assert "Milestones reached: 24 hours · 7 days" in milestones and "Next: 30 days on 2026-12-05" in milestones
        calendar = text_of(screen, "#counter-calendar")
        assert "September 2026" in calendar and "November 2026" in calendar
        assert "R " in calendar and "·█" in calendar  # the restart, today's craving 9
        assert "· sober" in text_of(screen, "#counter-legend")

        await pilot.press("right")
        await until(pilot, lambda: "nicotine" in text_of(screen, "#counter-title"))
        assert "Saved" not in text_of(screen, "#counter-figures")  # no cost per day
        assert "S " in text_of(screen, "#counter-calendar")
        await pilot.press("escape")
        assert isinstance(pilot.app.screen.query_one(CountersPanel), CountersPanel)


@pilot_test
async def test_calendar_scrolls_by_month_and_year_back_to_the_start(store: Store, now: datetime) -> None:
    seed(store, now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        screen = await open_counter(pilot)
        await pilot.press("left_square_bracket")
        await until(pilot, lambda: "August 2026" in text_of(screen, "#counter-calendar"))
        assert "November 2026" not in text_of(screen, "#counter-calendar")
        await pilot.press("pageup")
        await until(pilot, lambda: "August 2025" in text_of(screen, "#counter-calendar"))
        await pilot.press("pageup")  # a year before that is before the start: as far as the start
        await until(pilot, lambda: "September 2024" in text_of(screen, "#counter-calendar").splitlines()[0])
        assert "S " in text_of(screen, "#counter-calendar")
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert any("as far as this calendar goes" in n.message for n in pilot.app._notifications)
        await pilot.press("pagedown", "pagedown")
        await until(pilot, lambda: "November 2026" in text_of(screen, "#counter-calendar"))
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "November 2026" in text_of(screen, "#counter-calendar")  # no further than today


@pilot_test
async def test_history_from_the_counter_screen_and_back(store: Store, now: datetime) -> None:
    seed(store, now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        screen = await open_counter(pilot)
        await pilot.press("h")
        await pilot.pause()
        history = pilot.app.screen
        assert isinstance(history, CounterHistoryScreen)
        await pilot.press("x", "y")  # remove the restart
        await until(pilot, lambda: [e.kind for e in service.find_counter(store, "alcohol").events] == ["start"])
        await pilot.press("escape")
        assert pilot.app.screen is screen
        await until(pilot, lambda: "Current streak 800d" in text_of(screen, "#counter-figures"))


@pilot_test
async def test_money_saved_shows_on_the_panel(store: Store, now: datetime) -> None:
    seed(store, now)
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        panel = pilot.app.screen.query_one(CountersPanel)
        await until(pilot, lambda: "saved €9,600.00" in str(panel.body.render()))
        body = str(panel.body.render())
        assert body.count("saved") == 1  # nicotine has no cost per day


@pilot_test
async def test_milestone_celebrated_on_its_own_screen_once(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=6, hours=23), now=now)
    config_service.set_value(store, "pseudonym", "river")
    later = now + timedelta(hours=2)
    async with RecoverApp(store, clock=lambda: later).run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(pilot.app.screen, CelebrationScreen))
        screen = pilot.app.screen
        assert "Milestone: 7 days free from alcohol" in text_of(screen, "#celebration-message")
        await until(pilot, lambda: "river" in text_of(screen, "#celebration-share"))
        assert text_of(screen, "#celebration-share") == service.share_text(store, "alcohol", later)
        await pilot.press("enter")
        assert not isinstance(pilot.app.screen, CelebrationScreen)
    assert service.take_celebrations(store, later) == []  # the CLI will not say it again
    async with RecoverApp(store, clock=lambda: later).run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        assert not isinstance(pilot.app.screen, CelebrationScreen)  # nor the dashboard
