"""The meetings & points panel, the meeting form (m) and the rewards screen (p), driven by Pilot.

Pilot scenarios are coroutines run with asyncio.run, so no async pytest plugin is needed.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from textual.widgets import Static

from recovery_tui.safetext import cells
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.meetings.meeting_form import MeetingForm
from recovery_tui.tui.meetings.meetings_panel import goal_dots, panel_lines
from recovery_tui.tui.rewards.rewards_screen import RewardsScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen


def panel_text(app: RecoverApp) -> str:
    return str(app.screen.query_one("#meetings-body", Static).render())


def test_log_a_meeting_from_the_dashboard_moves_goal_and_balance(store: Store, now: datetime) -> None:
    asyncio.run(_log_a_meeting_from_the_dashboard_moves_goal_and_balance(store, now))


async def _log_a_meeting_from_the_dashboard_moves_goal_and_balance(store: Store, now: datetime) -> None:
    meeting_service.set_goal(store, 2)
    meeting_service.log_meeting(store, at=now - timedelta(days=1), format="online", now=now)
    reward_service.add_reward(store, "new book", cost=10, now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = panel_text(app)
        assert "This week  1 of 2 meetings" in before
        assert "Points     3" in before
        assert "Next       7 to go: new book" in before

        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingForm)
        await pilot.press(*"Home group")
        # name -> format -> fellowship -> greeter: tick greeter
        await pilot.press("tab", "tab", "tab", "space")
        await pilot.click("#save")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingForm)
        after = panel_text(app)
        assert "This week  2 of 2 meetings" in after
        assert "goal met" in after
        assert "Run        1 week (best 1)" in after
        assert "Points     8" in after  # 3 + meeting 3 + greeter 2
        assert "Ready      new book (10)" not in after
        assert "Next       2 to go: new book" in after

    [_, logged] = meeting_service.list_meetings(store)
    assert logged.name == "Home group"
    assert logged.format == "online"  # the form starts from the last meeting's format
    assert logged.roles == ("greeter",)
    assert logged.at == now


def test_form_shows_errors_next_to_fields_and_stores_nothing(store: Store, now: datetime) -> None:
    asyncio.run(_form_shows_errors_next_to_fields_and_stores_nothing(store, now))


async def _form_shows_errors_next_to_fields_and_stores_nothing(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeetingForm)
        form.query_one("#when").focus()
        await pilot.press("ctrl+u", *"tomorrow", "enter")
        await pilot.pause()
        error = form.query_one("#when-error", Static)
        assert "'tomorrow' is not a time I understand" in str(error.render())
        assert not error.has_class("-empty")
        assert isinstance(app.screen, MeetingForm)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingForm)
    assert store.count("meetings") == 0


def test_rewards_screen_claims_after_asking_and_refuses_short(store: Store, now: datetime) -> None:
    asyncio.run(_rewards_screen_claims_after_asking_and_refuses_short(store, now))


async def _rewards_screen_claims_after_asking_and_refuses_short(store: Store, now: datetime) -> None:
    for hours in (1, 2):
        meeting_service.log_meeting(store, at=now - timedelta(hours=hours), format="in-person", now=now)
    reward_service.add_reward(store, "coffee out", cost=5, now=now)
    reward_service.add_reward(store, "new book", cost=30, now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RewardsScreen)
        assert "Points balance: 6" in str(screen.query_one("#rewards-balance", Static).render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Claim 'coffee out' for 5 points?" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("enter")  # the focused, safe "Not now"
        await pilot.pause()
        assert app.screen is screen
        assert store.count("reward_claims") == 0
        await pilot.press("enter", "y")
        await pilot.pause()
        status = screen.query_one("#rewards-status", Static)
        assert store.count("reward_claims") == 1
        assert "Claimed: coffee out" in str(status.render())
        assert "Points balance: 1" in str(screen.query_one("#rewards-balance", Static).render())
        await pilot.press("down", "enter")  # out of reach: not asked, refused at once
        await pilot.pause()
        assert app.screen is screen
        assert "29 more to go" in str(status.render())
        assert store.count("reward_claims") == 1
        await pilot.press("escape")
        await pilot.pause()
        assert "Points     1" in panel_text(app)


def test_panel_lines_fit_the_dashboard_cell(store: Store, now: datetime) -> None:
    meeting_service.set_goal(store, 3)
    meeting_service.log_meeting(store, at=now, format="online", roles=["chair", "shared"], now=now)
    reward_service.add_reward(store, "x" * 60, cost=4, now=now)
    reward_service.add_reward(store, "y" * 60, cost=400, now=now)
    reward_service.add_reward(store, "ご褒美" * 20, cost=40, now=now)
    lines = panel_lines(meeting_service.progress(store, now=now, weeks=1), reward_service.points_view(store, now=now))
    assert len(lines) <= 9  # 11 rows minus the border
    assert max(cells(line) for line in lines) <= 35  # terminal cells: a wide name counts double
    assert lines[1].strip().startswith("●○○ 2 to go")
    assert goal_dots(4, 3) == "●●●+"
    assert goal_dots(10, 20) == "███████░░░░░░░"


def test_add_a_reward_from_the_rewards_screen(store: Store, now: datetime) -> None:
    asyncio.run(_add_a_reward_from_the_rewards_screen(store, now))


async def _add_a_reward_from_the_rewards_screen(store: Store, now: datetime) -> None:
    meeting_service.log_meeting(store, at=now, format="online", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "none yet: press p" in panel_text(app)
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RewardsScreen)
        screen.query_one("#reward-name").focus()
        await pilot.press(*"cinema", "enter", *"2", "enter")
        await pilot.pause()
        status = str(screen.query_one("#rewards-status", Static).render())
        assert status == "Added: cinema for 2 points."
        await pilot.press("escape")
        await pilot.pause()
        assert "Ready      cinema (2)" in panel_text(app)
    assert [r.name for r in reward_service.list_rewards(store)] == ["cinema"]


def test_meeting_keys_need_no_meetings_panel(store: Store, now: datetime) -> None:
    asyncio.run(_meeting_keys_need_no_meetings_panel(store, now))


async def _meeting_keys_need_no_meetings_panel(store: Store, now: datetime) -> None:
    # the dashboard mounts the meetings panel only after the counters' first paint: a key typed
    # before it is there must still open its form or screen
    from recovery_tui.tui.meetings.goal_form import GoalForm
    from recovery_tui.tui.meetings.meetings_panel import MeetingsPanel

    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.screen.query_one(MeetingsPanel).remove()
        for key, opened in (("m", MeetingForm), ("p", RewardsScreen), ("g", GoalForm)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, opened)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, opened)
