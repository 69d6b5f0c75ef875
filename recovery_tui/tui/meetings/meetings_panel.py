"""MeetingsPanel: this week's meetings against the goal, the run of weeks, and points with the next reward.

The panel only reads (services/meetings.py and services/rewards.py). `open_meeting_form(app)`
and `open_rewards(app)` are what the dashboard's `m` and `p` keys call (`open_goal(app)` is
`g`); they need no panel (the dashboard mounts this one after its first paint); after a write
they post DataChanged so every panel reloads. Lines are cut to the panel width, so it fits the
~39 x 11 cell of an 80 x 24 dashboard.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recovery_tui.core.meetings import Meeting, WeeklyProgress
from recovery_tui.core.words import counted
from recovery_tui.safetext import truncate
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.services.rewards import PointsView
from recovery_tui.store import Store
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp

DOTS_MAX = 14


def goal_dots(meetings: int, goal: int) -> str:
    """'●●○' for 2 of 3 (a bar of 14 when the goal is larger); NO_COLOR friendly."""
    if goal <= 0:
        return ""
    if goal <= DOTS_MAX:
        return "●" * min(meetings, goal) + "○" * max(goal - meetings, 0) + ("+" if meetings > goal else "")
    filled = min(round(DOTS_MAX * meetings / goal), DOTS_MAX)
    return "█" * filled + "░" * (DOTS_MAX - filled)


def panel_lines(progress: WeeklyProgress, view: PointsView, width: int = 35) -> list[str]:
    """The panel's text, one string per line (at most 8 lines)."""
    week = progress.this_week
    lines: list[str] = []
    if progress.goal:
        lines.append(f"This week  {week.meetings} of {counted(progress.goal, 'meeting')}")
        status = "goal met" if week.met else f"{week.to_go} to go"
        lines.append(f"           {goal_dots(week.meetings, progress.goal)} {status}")
        unit = "week" if progress.current_run == 1 else "weeks"
        lines.append(f"Run        {progress.current_run} {unit} (best {progress.best_run})")
    else:
        lines.append(f"This week  {counted(week.meetings, 'meeting')}")
        lines.append("           no weekly goal yet:")
        lines.append("           press g to set one")
    if week.helper_roles:
        lines.append(f"Helping    {counted(week.helper_roles, 'role')} this week")
    lines.append(f"Points     {view.balance.balance}")
    outlook = view.outlook
    if outlook.ready:
        lines.append(f"Ready      {outlook.ready.name} ({outlook.ready.cost})")
    if outlook.next:
        lines.append(f"Next       {outlook.to_go} to go: {outlook.next.name}")
    if not view.rewards:
        lines.append("Rewards    none yet: press p")
    return [truncate(shown_line(line), width) for line in lines]


class MeetingsPanel(Panel[tuple[WeeklyProgress, PointsView]]):
    """Meetings this week against the goal, and the points balance with the next reward."""

    NAME = "meetings"
    TITLE = "Meetings & points"
    KEYS = "m log · p rewards"

    def read(self, store: Store, now: datetime) -> tuple[WeeklyProgress, PointsView]:
        """This week's meetings and the points balance."""
        return meeting_service.progress(store, now=now, weeks=1), reward_service.points_view(store, now=now)

    def rows(self, read: tuple[WeeklyProgress, PointsView], width: int) -> list[str]:
        """The week, the run, the points and the next reward, cut to the width."""
        return panel_lines(*read, max(width, 20))


def open_meeting_form(app: RecoverApp) -> None:
    """Open the meeting form (the last meeting read in a worker); reload everything after a
    meeting is logged."""
    from recovery_tui.tui.meetings.meeting_form import MeetingForm

    def logged(meeting: Meeting | None) -> None:
        if meeting is not None:
            app.post_message(DataChanged())

    def last(store: Store) -> Meeting | None:
        meetings = meeting_service.list_meetings(store)
        return meetings[-1] if meetings else None

    def show(meeting: Meeting | None) -> None:
        if not any(isinstance(screen, MeetingForm) for screen in app.screen_stack):
            app.push_screen(MeetingForm(meeting), logged)

    app.store_work(last, show, group="meeting-open", failed=lambda _error: show(None))


def open_goal(app: RecoverApp) -> None:
    """Open the weekly goal form (with the goal now); reload after it is saved."""
    from recovery_tui.tui.meetings.goal_form import GoalForm

    def saved(changed: bool | None) -> None:
        if changed:
            app.post_message(DataChanged())

    def show(goal: int) -> None:
        if not any(isinstance(screen, GoalForm) for screen in app.screen_stack):
            app.push_screen(GoalForm(goal), saved)

    app.store_work(meeting_service.goal, show, group="goal-open")


def open_rewards(app: RecoverApp) -> None:
    """Open the points and rewards screen; reload after a claim or a new reward."""
    from recovery_tui.tui.rewards.rewards_screen import RewardsScreen

    def closed(changed: bool | None) -> None:
        if changed:
            app.post_message(DataChanged())

    app.push_screen(RewardsScreen(), closed)
