"""The Skills screen with Pilot: start, pause, resume, complete, leave and come back (injected clock).

No async pytest plugin is installed, so each test runs its Pilot coroutine with asyncio.run.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from textual.widgets import Input, OptionList

from recovery_tui.services import skills as svc
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.skills.breathing_guide import BreathingGuide
from recovery_tui.tui.skills.skill_timer import SkillTimerDisplay
from recovery_tui.tui.skills.skills_screen import SkillsScreen, active_run


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


async def _shown(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause(0.15)  # let the 0.1 s redraw run
    assert pilot.app.screen.query_one(SkillTimerDisplay).text == text


def test_start_pause_resume_complete_and_save(store: Store, now: datetime) -> None:
    asyncio.run(_start_pause_resume_complete_and_save(store, now))


async def _start_pause_resume_complete_and_save(store: Store, now: datetime) -> None:
    clock = Clock()
    app = RecoverApp(store, clock=lambda: now, monotonic=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, SkillsScreen)
        assert screen.query_one("#skill-list", OptionList).highlighted == 0  # box breathing
        await pilot.press("enter")  # choose it
        assert screen.mode == "before" and isinstance(app.focused, Input)
        await pilot.press("7", "enter")  # craving before: 7 -> the timer starts
        assert screen.mode == "running"
        await _shown(pilot, "10:00")

        clock.t += 65
        await _shown(pilot, "08:55")
        guide = screen.query_one(BreathingGuide)
        assert guide.display and guide.label == "Breathe in · 3"  # 65 s into 4-4-4-4: 1 s into 'in'
        small = str(guide.render()).count("█")
        clock.t += 4  # now holding with full lungs: the shape is at its largest
        await pilot.pause(0.15)
        assert guide.label == "Hold · 3" and str(guide.render()).count("█") > 4 * small

        await pilot.press("p")  # pause
        clock.t += 1000
        await _shown(pilot, "08:51")
        assert "(paused)" in guide.label
        await pilot.press("p")  # resume
        clock.t += 30
        await _shown(pilot, "08:21")

        clock.t += 501  # the rest of the 10 minutes
        await pilot.pause(0.15)
        assert screen.mode == "after" and isinstance(app.focused, Input)
        await pilot.press("3", "enter")
        await pilot.pause()
        assert screen.mode == "idle"
        assert active_run(app) is None

    [session] = svc.list_sessions(store)
    assert session.skill == "box breathing"
    assert (session.planned_seconds, session.actual_seconds, session.completed) == (600, 600, True)
    assert (session.craving_before, session.craving_after) == (7, 3)
    assert session.started_at == now


def test_timer_stays_right_after_leaving_and_stop_early(store: Store, now: datetime) -> None:
    asyncio.run(_timer_stays_right_after_leaving_and_stop_early(store, now))


async def _timer_stays_right_after_leaving_and_stop_early(store: Store, now: datetime) -> None:
    clock = Clock()
    app = RecoverApp(store, clock=lambda: now, monotonic=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(SkillsScreen(skill="walk"))  # as the SOS screen does
        await pilot.pause()
        assert app.screen.mode == "before"  # type: ignore[attr-defined]
        await pilot.press("minus", "minus")  # not while the rating is asked: typed into the field
        await pilot.press("backspace", "backspace", "enter")  # no rating
        await _shown(pilot, "10:00")
        await pilot.press("escape")  # back to the dashboard; the timer keeps going
        assert not isinstance(app.screen, SkillsScreen)
        clock.t += 125
        await pilot.press("s")
        await _shown(pilot, "07:55")
        assert app.screen.query_one("#skill-list", OptionList).highlighted == 4  # walking
        assert not app.screen.query_one(BreathingGuide).display  # no pattern for walking
        await pilot.press("x")  # stop early
        await pilot.press("enter")  # no rating after
        await pilot.pause()

    [session] = svc.list_sessions(store)
    assert (session.skill, session.actual_seconds, session.completed) == ("walking", 125, False)
    assert session.craving_before is None and session.craving_after is None


def test_length_keys_and_a_bad_rating(store: Store, now: datetime) -> None:
    asyncio.run(_length_keys_and_a_bad_rating(store, now))


async def _length_keys_and_a_bad_rating(store: Store, now: datetime) -> None:
    clock = Clock()
    app = RecoverApp(store, clock=lambda: now, monotonic=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "down", "down")  # paced breathing
        for _ in range(9):
            await pilot.press("minus")
        await pilot.press("minus", "plus", "plus")  # stays within 1-60: 1 -> 3
        assert "paced breathing · 3 min" in str(app.screen.query_one("#skill-title").render())
        await pilot.press("enter", "1", "1", "enter")
        assert app.screen.mode == "before"  # type: ignore[attr-defined]
        assert "0 (none) to 10" in str(app.screen.query_one("#craving-error").render())
        await pilot.press("backspace", "enter")  # 1
        clock.t += 4.5
        await _shown(pilot, "02:56")
        assert app.screen.query_one(BreathingGuide).label == "Breathe out · 6"
        assert active_run(app) is not None and active_run(app).timer.planned_seconds == 180  # type: ignore[union-attr]
    assert store.count("skill_sessions") == 0  # nothing saved until it ends


def test_a_timer_that_ends_elsewhere_says_so_and_waits_for_the_rating(store: Store, now: datetime) -> None:
    asyncio.run(_ends_elsewhere(store, now))


async def _ends_elsewhere(store: Store, now: datetime) -> None:
    clock = Clock()
    app = RecoverApp(store, clock=lambda: now, monotonic=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(SkillsScreen(skill="grounding"))
        await pilot.pause()
        await pilot.press("5", "enter", "escape")
        clock.t += 601
        await pilot.pause(1.2)  # the app-level check runs every second
        assert any("time is up" in n.message for n in app._notifications)
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.mode == "after"  # type: ignore[attr-defined]
        await pilot.press("2", "enter")
        await pilot.pause()
    [session] = svc.list_sessions(store)
    assert (session.skill, session.completed, session.actual_seconds) == ("grounding 5-4-3-2-1", True, 600)
    assert session.craving_drop == 3
