"""The Care plan screen (e), driven from the dashboard with keys only, at 80x24 and the frozen
time (Friday 2026-11-20 20:00 UTC): add an item (refusals under their field, as `recover care
add`), change it, log it with one key (taken), log it missed, log a test's result with the log
form, remove it after asking; the Today panel shows the plan's week."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select

from recovery_tui.services import care as care_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.care.care_form import CareForm
from recovery_tui.tui.care.care_screen import CareScreen
from recovery_tui.tui.care.log_form import CareLogForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError


async def settle(pilot: Pilot[Any], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
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


def listed(app: RecoverApp) -> list[str]:
    return [str(option.prompt) for option in app.screen.query_one("#care-list", OptionList).options]


def add_plan(store: Store, now: datetime) -> None:
    care_service.add_care_item(
        store, "medication", "naltrexone", now=now, dose="50 mg", schedule="daily 08:00", starts_on=date(2026, 11, 16)
    )
    care_service.add_care_item(store, "test", "urine test", now=now, schedule="weekly", starts_on=date(2026, 11, 2))


def test_add_an_item_with_refusals_under_their_fields(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "e")
            assert isinstance(app.screen, CareScreen)
            assert "No care items yet. Press a" in str(app.screen.query_one("#care-empty").render())
            assert "no medical advice" in str(app.screen.query_one("#care-intro").render())
            await settle(pilot, "a")
            assert isinstance(app.screen, CareForm)
            fill(app, name="naltrexone", dose="50 mg", schedule="daily 25:00")
            await settle(pilot, "enter")
            assert isinstance(app.screen, CareForm)  # refused: the same rule as recover care add
            assert "'25:00' is not a time of day" in error_under(app, "schedule")
            assert app.screen.focused is app.screen.query_one("#form-schedule")
            fill(app, schedule="")
            await settle(pilot, "enter")
            assert "a medication needs a schedule" in error_under(app, "schedule")
            fill(app, schedule="twice daily 08:00 20:00")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, CareScreen) and listed(app))
            assert "naltrexone (medication, 50 mg)" in listed(app)[0]
            assert "daily 08:00 20:00 · 0 of 2 this week · 0 of 2 logged today" in listed(app)[0]
            (saved,) = care_service.list_care_items(store)
            assert (saved.schedule, saved.dose, saved.starts_on) == ("daily 08:00 20:00", "50 mg", now.date())
            await settle(pilot, "l")  # the list, hidden while empty, has the focus again: one key logs
            await until(pilot, lambda: "1 of 2 this week" in listed(app)[0])

    asyncio.run(scenario())


def test_a_one_off_appointment_and_the_dose_rule(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "e", "a")
            app.screen.query_one("#form-kind", Select).value = "appointment"
            fill(app, name="GP review", dose="5 mg", at="2026-11-25 14:00")
            await settle(pilot, "enter")
            assert "only a medication has a dose" in error_under(app, "dose")
            fill(app, dose="", at="next week")
            await settle(pilot, "enter")
            assert "'next week' is not a time I understand" in error_under(app, "at")
            fill(app, at="2026-11-25 14:00")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, CareScreen) and listed(app))
            assert "once, Wed 25 Nov 2026 14:00 · none planned this week" in listed(app)[0]

    asyncio.run(scenario())


def test_log_with_one_key_missed_and_a_test_result(store: Store, now: datetime) -> None:
    add_plan(store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "e")
            await until(pilot, lambda: len(listed(app)) == 2)
            assert "0 of 5 this week" in listed(app)[0]
            await settle(pilot, "l")  # naltrexone taken, now
            await until(pilot, lambda: "1 of 5 this week" in listed(app)[0])
            await settle(pilot, "x")
            await until(pilot, lambda: "1 of 5 this week, 1 marked missed" in listed(app)[0])
            assert sorted(log.status for log in care_service.list_care_logs(store)) == ["missed", "taken"]
            await settle(pilot, "down", "l")  # a test: its result is asked for
            assert isinstance(app.screen, CareLogForm)
            app.screen.query_one("#form-outcome", Select).value = "negative"
            fill(app, note="clinic")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, CareScreen) and "1 of 1 this week" in listed(app)[1])
            (test,) = care_service.list_care_logs(store, item=care_service.find_care_item(store, "urine test"))
            assert (test.status, test.note, test.at) == ("negative", "clinic", now)

    asyncio.run(scenario())


def test_edit_and_remove_after_asking(store: Store, now: datetime) -> None:
    add_plan(store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "e")
            await until(pilot, lambda: len(listed(app)) == 2)
            await settle(pilot, "enter")  # enter changes the highlighted item
            assert isinstance(app.screen, CareForm)
            assert app.screen.query_one("#form-name", Input).value == "naltrexone"
            assert not app.screen.query("#form-kind")  # the kind stays as it is
            fill(app, dose="25 mg")
            await settle(pilot, "enter")
            await until(pilot, lambda: isinstance(app.screen, CareScreen) and "25 mg" in listed(app)[0])
            await settle(pilot, "d")
            assert isinstance(app.screen, ConfirmScreen)
            await settle(pilot, "enter")  # the safe button has the focus: nothing removed
            assert len(care_service.list_care_items(store)) == 2
            await settle(pilot, "d", "y")
            await until(pilot, lambda: len(listed(app)) == 1)
            assert [i.name for i in care_service.list_care_items(store)] == ["urine test"]
            await settle(pilot, "escape")
            assert isinstance(app.screen, DashboardScreen)

    asyncio.run(scenario())


def test_today_panel_shows_the_plans_week(store: Store, now: datetime) -> None:
    async def scenario(with_plan: bool) -> str:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            body = app.screen.query_one("#today-body")
            await until(pilot, lambda: "Journal" in str(body.render()))
            if with_plan:
                assert "Care plan 1 of 6 this week · 1 due · e" in str(body.render())
                await settle(pilot, "e", "down", "x", "escape")  # the weekly test: missed
                await until(pilot, lambda: "Care plan 1 of 6 this week · e" in str(body.render()))
            return str(body.render())

    assert "Care plan" not in asyncio.run(scenario(False))  # no plan, no line
    add_plan(store, now)
    care_service.log_care(store, "naltrexone", now=now)
    asyncio.run(scenario(True))


def test_insights_screen_shows_the_care_plan(store: Store, now: datetime) -> None:
    add_plan(store, now)
    care_service.log_care(store, "naltrexone", now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, "i")
            await until(pilot, lambda: bool(app.screen.query("#insights-care")))
            text = str(app.screen.query_one("#insights-care").render())
            assert "naltrexone: 1 of 5 this week" in text
            assert "urine test: 0 of 1 this week; 0 of 3 over 3 weeks" in text

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("schedule", "said"),
    [("daily 23:00", "Care plan: 1 due · e"), ("weekly sat 10:00", "Care plan: nothing yet this week · e")],
)
def test_today_panel_says_a_new_plan_has_nothing_planned_yet_not_0_of_0(
    store: Store, now: datetime, schedule: str, said: str
) -> None:
    care_service.add_care_item(store, "medication", "naltrexone", now=now, dose="50 mg", schedule=schedule)

    async def scenario() -> str:
        app = RecoverApp(store, clock=lambda: now)  # Friday 20:00: its first time is still to come
        async with app.run_test(size=(80, 24)) as pilot:
            body = app.screen.query_one("#today-body")
            await until(pilot, lambda: "Care plan" in str(body.render()))
            return str(body.render())

    text = asyncio.run(scenario())
    assert "0 of 0" not in text
    assert said in text  # today's 23:00 still to come; Saturday's not yet
