"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.meetings_panel import MeetingsPanel
from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        Binding("s", "skills", "Skills"),
        Binding("m", "log_meeting", "Meeting"),
        Binding("p", "rewards", "Points"),
    ]

    def action_skills(self) -> None:
        """Open the 10-minute skills (a running timer shows where it is)."""
        from recovery_tui.tui.screens.skills_screen import SkillsScreen

        self.app.push_screen(SkillsScreen())

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
            yield MeetingsPanel(classes="panel")
        yield Footer()

    def action_log_meeting(self) -> None:
        """Log a meeting (issue 9)."""
        self.query_one(MeetingsPanel).open_form()

    def action_rewards(self) -> None:
        """Points and rewards (issue 9)."""
        self.query_one(MeetingsPanel).open_rewards()
