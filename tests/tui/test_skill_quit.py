"""`q` while a skill timer runs asks first and keeps the session; the header shows the timer (issue 16)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from textual.widgets import Header

from recovery_tui.services import skills as svc
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.skills.skill_quit_screen import SkillQuitScreen
from recovery_tui.tui.skills.skills_screen import SkillsScreen, active_run


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


async def start_walking(pilot, settled, craving: str = "8") -> None:  # type: ignore[no-untyped-def]
    pilot.app.push_screen(SkillsScreen(skill="walk"))
    await settled(pilot)
    await pilot.press(*craving, "enter")
    await settled(pilot)
    assert pilot.app.screen.mode == "running"


def header_text(app: RecoverApp) -> str:
    header = app.screen.query_one(Header)
    return " ".join(str(child.render()) for child in header.children)


def footer_keys(app: RecoverApp) -> set[str]:
    return {binding.key for (_node, binding, enabled, _tip) in app.screen.active_bindings.values() if binding.show}


def test_q_asks_and_no_keeps_the_skill_running(store: Store, now: datetime, settled) -> None:  # type: ignore[no-untyped-def]
    async def run() -> None:
        clock = Clock()
        app = RecoverApp(store, clock=lambda: now, monotonic=clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await start_walking(pilot, settled)
            assert "q" not in footer_keys(app)  # the timer screen offers no bare q
            await pilot.press("q")
            await settled(pilot)
            assert isinstance(app.screen, SkillQuitScreen)
            assert "A skill is running. Stop it and quit?" in str(app.screen.query_one("#confirm-question").render())
            await pilot.press("n")
            await settled(pilot)
            assert isinstance(app.screen, SkillsScreen) and app.is_running
            await pilot.press("ctrl+q")  # Textual's own quit key asks too
            assert isinstance(app.screen, SkillQuitScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, SkillsScreen) and app.is_running
            run_now = active_run(app)
            assert run_now is not None and not run_now.timer.done
        assert store.count("skill_sessions") == 0

    asyncio.run(run())


def test_q_then_yes_saves_the_session_stopped_early_and_quits(store: Store, now: datetime, settled) -> None:  # type: ignore[no-untyped-def]
    async def run() -> None:
        clock = Clock()
        app = RecoverApp(store, clock=lambda: now, monotonic=clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await start_walking(pilot, settled, craving="8")
            clock.t += 95
            await pilot.press("escape")  # back on the dashboard, the timer still runs
            await pilot.pause(1.1)  # the header line is redrawn each second
            assert isinstance(app.screen, DashboardScreen)
            assert "skill running: walking, 08:25 left" in header_text(app)
            await pilot.press("q")
            await settled(pilot)
            assert isinstance(app.screen, SkillQuitScreen)
            await pilot.press("y")
            await settled(pilot)
            assert not app.is_running
        [session] = svc.list_sessions(Store(store.path))
        assert (session.skill, session.completed, session.actual_seconds) == ("walking", False, 95)
        assert session.craving_before == 8 and session.craving_after is None

    asyncio.run(run())


def test_q_without_a_skill_quits_at_once(store: Store, now: datetime, settled) -> None:  # type: ignore[no-untyped-def]
    async def run() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            assert "recover.json" in header_text(app)
            await pilot.press("q")
            await pilot.pause()
            assert not app.is_running

    asyncio.run(run())


def test_q_after_the_time_is_up_saves_it_as_done(store: Store, now: datetime, settled) -> None:  # type: ignore[no-untyped-def]
    async def run() -> None:
        clock = Clock()
        app = RecoverApp(store, clock=lambda: now, monotonic=clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await start_walking(pilot, settled, craving="6")
            clock.t += 601
            await pilot.pause(0.2)  # the screen notices the time is up and asks the craving after
            assert app.screen.mode == "after"  # type: ignore[attr-defined]
            await pilot.press("escape")
            await pilot.press("q")
            assert isinstance(app.screen, SkillQuitScreen)
            assert "time is up" in str(app.screen.query_one("#confirm-question").render())
            await pilot.press("y")
            assert not app.is_running
        [session] = svc.list_sessions(Store(store.path))
        assert (session.completed, session.actual_seconds, session.craving_before) == (True, 600, 6)

    asyncio.run(run())
