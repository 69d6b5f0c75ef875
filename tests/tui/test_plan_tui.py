"""The contingency plan on the points screen (p), driven by Pilot: the plan with what the next
success earns, logging with one key, and adding, changing and removing behaviours by form."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from textual.widgets import OptionList, Static

from recovery_tui.services import plan as plan_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.rewards.behaviour_form import BehaviourForm
from recovery_tui.tui.rewards.rewards_screen import RewardsScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError


def plan_lines(screen: RewardsScreen) -> list[str]:
    options = screen.query_one("#plan-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def status(screen: RewardsScreen) -> str:
    return str(screen.query_one("#rewards-status", Static).render())


async def points_screen(app: RecoverApp, pilot: Any) -> RewardsScreen:
    """Open the points screen (p) and put the cursor on the plan list."""
    await pilot.press("p")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, RewardsScreen)
    screen.query_one("#plan-list", OptionList).focus()
    await pilot.pause()
    return screen


def test_log_with_one_key_and_the_step_goes_up(store: Store, now: datetime) -> None:
    asyncio.run(_log_with_one_key_and_the_step_goes_up(store, now))


async def _log_with_one_key_and_the_step_goes_up(store: Store, now: datetime) -> None:
    plan_service.add_behaviour(store, "negative test", points=5, step=1, cap=7, every="day", now=now)
    plan_service.log_behaviour(store, "negative test", at=now - timedelta(days=1), now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await points_screen(app, pilot)
        lines = plan_lines(screen)
        assert any(line.startswith("check-in days") for line in lines)
        mine = next(line for line in lines if line.startswith("negative test"))
        assert "next +6 (1 in a row) · yours" in mine
        assert str(screen.query_one("Vertical").border_subtitle).startswith("l logs")
        await pilot.press("end", "l")
        await pilot.pause()
        assert store.count("plan_logs") == 2
        assert "Logged: negative test. The next one earns 6 points." in status(screen)
        assert "Points balance: 11" in str(screen.query_one("#rewards-balance", Static).render())
        await pilot.press("m")
        await pilot.pause()
        assert "Logged as missed: negative test. The next one earns 5 points." in status(screen)
        await pilot.press("home", "l")  # check-in days: counted from check-ins, not by hand
        await pilot.pause()
        assert "counts by itself from your check-ins" in status(screen)
        assert store.count("plan_logs") == 3


def test_add_change_and_remove_by_form(store: Store, now: datetime) -> None:
    asyncio.run(_add_change_and_remove_by_form(store, now))


async def _add_change_and_remove_by_form(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await points_screen(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, BehaviourForm)
        await pilot.press(*"therapy attended", "tab", *"4", "tab", *"1", "tab", *"2", "enter")
        await pilot.pause()
        error = app.screen.query_one("#form-cap-error", FieldError)
        assert "cannot be below the points (4)" in str(error.render())
        assert app.focused is app.screen.query_one("#form-cap")  # the refused field has the cursor
        await pilot.press("backspace", *"8", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RewardsScreen)
        made = plan_service.find_behaviour(store, "therapy attended")
        assert (made.points, made.step, made.cap) == (4, 1, 8)
        assert any(line.startswith("therapy attended") for line in plan_lines(screen))
        await pilot.press("end", "e")
        await pilot.pause()
        assert isinstance(app.screen, BehaviourForm)
        await pilot.press("tab", "backspace", *"6", "enter")
        await pilot.pause()
        assert plan_service.find_behaviour(store, "therapy attended").points == 6
        await pilot.press("end", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert store.count("plan_behaviours") == 0
        assert "Removed: therapy attended and 0 logs." in status(screen)
        await pilot.press("home", "d")  # a built-in stays
        await pilot.pause()
        assert isinstance(app.screen, RewardsScreen)
        assert "is built in and stays in the plan" in status(screen)


def test_the_form_offers_a_care_plan_item_to_count(store: Store, now: datetime) -> None:
    asyncio.run(_the_form_offers_a_care_plan_item_to_count(store, now))


async def _the_form_offers_a_care_plan_item_to_count(store: Store, now: datetime) -> None:
    from recovery_tui.services import care as care_service

    care_service.add_care_item(store, "test", "urine [b]test[/b]", schedule="weekly", now=now - timedelta(days=30))
    care_service.log_care(store, "urine", status="negative", at=now - timedelta(days=8), now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await points_screen(app, pilot)
        await pilot.press("a")
        for _ in range(100):
            if isinstance(app.screen, BehaviourForm):
                break
            await pilot.pause(0.02)
        assert isinstance(app.screen, BehaviourForm)
        await pilot.press(*"negative test", "tab")  # to Counts
        assert app.focused is app.screen.query_one("#form-counts")
        await pilot.press("enter", "down", "enter")  # the care item, shown as text, never as markup
        chosen = app.screen.query_one("#form-counts #label", Static)
        assert "care plan: urine [b]test[/b]" in str(chosen.render())
        await pilot.press("tab", *"5", "tab", *"1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RewardsScreen)
        made = plan_service.find_behaviour(store, "negative test")
        assert made.source == "care" and plan_service.care_item_of(store, made) is not None
        mine = next(line for line in plan_lines(screen) if line.startswith("negative test"))
        assert "1×" in mine and "· care plan" in mine
        await pilot.press("end", "l")  # counted from the care plan, not by hand
        await pilot.pause()
        assert "counts what you log for 'urine [b]test[/b]' in your care plan" in status(screen)
        assert store.count("plan_logs") == 0
