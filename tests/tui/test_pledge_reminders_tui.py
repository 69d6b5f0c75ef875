"""The morning pledge (d) and the reminders screen (n), driven from the dashboard with keys only.

A pledge is made, its words changed, and the Today panel says "✓ Pledged today" (a mark and
words, not a colour); a reminder is added (a refused time shows under its field), removed after
asking, and installed in a stand-in crontab, after a confirmation, in a worker of its own.
"""

from __future__ import annotations

import asyncio
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from recovery_tui.services import pledges as pledge_service
from recovery_tui.services import reminders as reminder_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.pledges.pledge_form import PledgeForm
from recovery_tui.tui.reminders.reminder_form import ReminderForm
from recovery_tui.tui.reminders.reminders_screen import RemindersScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError


async def until(pilot: Pilot[Any], done: Any) -> None:
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.02)
    assert done()


def test_pledge_from_the_dashboard_and_see_it_on_the_today_panel(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("d")
            assert isinstance(app.screen, PledgeForm)
            assert app.screen.query_one("#form-text", Input).value == ""
            await pilot.press("enter")  # no words: still a pledge
            await until(pilot, lambda: not isinstance(app.screen, PledgeForm))
            assert pledge_service.pledge_on(store, now.date()) is not None
            await until(pilot, lambda: "✓ Pledged today" in str(app.screen.query_one("#today-body").render()))
            await pilot.press("d")
            assert isinstance(app.screen, PledgeForm)
            app.screen.query_one("#form-text", Input).value = "one day at a time"
            await pilot.press("enter")
            body = app.screen.query_one("#today-body")
            await until(pilot, lambda: "✓ Pledged today: one day at a time" in str(body.render()))
            (pledge,) = pledge_service.list_pledges(store)
            assert pledge.text == "one day at a time"

    asyncio.run(scenario())


def test_a_pledge_made_by_mistake_is_taken_back_after_asking(store: Store, now: datetime) -> None:
    pledge_service.make_pledge(store, "one day at a time", now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("d")
            assert isinstance(app.screen, PledgeForm)
            assert "ctrl+r takes today's pledge back" in str(app.screen.query_one("#form-hint").render())
            await pilot.press("ctrl+r")
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("n")  # kept: nothing changes
            assert isinstance(app.screen, PledgeForm) and pledge_service.pledge_on(store, now.date()) is not None
            await pilot.press("ctrl+r", "y")
            await until(pilot, lambda: not isinstance(app.screen, (PledgeForm, ConfirmScreen)))
            assert pledge_service.pledge_on(store, now.date()) is None
            body = app.screen.query_one("#today-body")
            await until(pilot, lambda: "Pledged today" not in str(body.render()))
            await pilot.press("d")  # no pledge now: nothing to take back, and the hint does not offer it
            assert "ctrl+r" not in str(app.screen.query_one("#form-hint").render())
            await pilot.press("ctrl+r")
            assert isinstance(app.screen, PledgeForm)

    asyncio.run(scenario())


@pytest.fixture
def stand_in_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    table = tmp_path / "crontab.txt"
    script = folder / "crontab"
    script.write_text(
        "#!/bin/sh\nPATH=/usr/bin:/bin\n"
        f'if [ "$1" = "-l" ]; then cat "{table}" 2>/dev/null || {{ echo "no crontab" >&2; exit 1; }}\n'
        f'else cat > "{table}"; fi\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    os.symlink("/bin/sh", folder / "sh")
    monkeypatch.setenv("PATH", str(folder))
    return table


def test_add_remove_and_install_reminders(store: Store, now: datetime, stand_in_crontab: Path) -> None:
    reminder_service.add_reminder(store, "pledge", "08:00", now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n")
            assert isinstance(app.screen, RemindersScreen)
            rows = app.screen.query_one(OptionList)
            await until(pilot, lambda: rows.option_count == 1)
            assert "08:00  morning pledge" in str(rows.get_option_at_index(0).prompt)
            await pilot.press("a")
            assert isinstance(app.screen, ReminderForm)
            app.screen.query_one("#form-time", Input).value = "25:00"
            await pilot.press("enter")
            assert isinstance(app.screen, ReminderForm)
            assert "not a time of day" in str(app.screen.query_one("#form-time-error", FieldError).render())
            app.screen.query_one("#form-time", Input).value = "21:00"
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, RemindersScreen) and rows.option_count == 2)
            assert [(r.kind, r.time) for r in reminder_service.list_reminders(store)] == [
                ("pledge", "08:00"),
                ("checkin", "21:00"),
            ]
            await pilot.press("i")
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("enter")  # the safe button has the focus: nothing installed
            assert not stand_in_crontab.exists()
            await pilot.press("i", "y")
            result = app.screen.query_one("#reminders-result", Static)
            await until(pilot, lambda: "Installed 2 reminder times in your crontab" in str(result.render()))
            lines = stand_in_crontab.read_text().splitlines()
            assert len(lines) == 2 and all(line.endswith("# recover-remind") for line in lines)
            await pilot.press("d")
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("y")
            await until(pilot, lambda: rows.option_count == 1)
            assert "press i to bring the scheduler up to date" in str(result.render())
            await pilot.press("u", "y")
            await until(pilot, lambda: "Removed recover's reminders from your crontab" in str(result.render()))
            assert stand_in_crontab.read_text() == ""

    asyncio.run(scenario())


def test_a_care_plan_reminder_is_offered_and_shows_its_neutral_words(store: Store, now: datetime) -> None:
    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n")
            assert isinstance(app.screen, RemindersScreen)
            assert "care plan" in str(app.screen.query_one("#reminders-empty", Static).render())
            await pilot.press("a")
            assert isinstance(app.screen, ReminderForm)
            await pilot.press("shift+tab")  # from the time back to what
            await pilot.press("enter", "down", "down", "down", "enter")  # open the choices: the fourth
            app.screen.query_one("#form-time", Input).value = "08:30"
            await pilot.press("tab", "enter")
            rows = app.screen.query_one(OptionList)
            await until(pilot, lambda: isinstance(app.screen, RemindersScreen) and rows.option_count == 1)
            assert [(r.kind, r.time) for r in reminder_service.list_reminders(store)] == [("care", "08:30")]
            row = str(rows.get_option_at_index(0).prompt)
            assert "08:30  care plan" in row and "shows: Time for your daily routine" in row

    asyncio.run(scenario())


def test_insights_screen_counts_the_days_that_began_with_a_pledge(store: Store, now: datetime) -> None:
    pledge_service.make_pledge(store, "gentle day", now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("i")
            await until(pilot, lambda: bool(app.screen.query("#insights-summary")))
            summary = str(app.screen.query_one("#insights-summary", Static).render())
            assert "1 day began with a pledge." in summary

    asyncio.run(scenario())


def test_a_new_reminder_is_confirmed_in_the_words_the_form_offered(store: Store, now: datetime) -> None:
    async def scenario() -> list[str]:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n", "a")
            assert isinstance(app.screen, ReminderForm)
            await pilot.press(*"21:00", "enter")
            await until(pilot, lambda: isinstance(app.screen, RemindersScreen))
            return [str(notification.message) for notification in app._notifications]

    said = asyncio.run(scenario())
    assert "Reminder set: check-in at 21:00." in said, said
