"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.counters_panel import CountersPanel
from recovery_tui.tui.widgets.meetings_panel import MeetingsPanel
from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and meetings, each in a panel; one key per action."""

    BINDINGS = [
        Binding("a", "add_counter", "Add counter"),
        Binding("r", "relapse", "Relapse"),
        Binding("s", "skills", "Skills"),
        Binding("m", "log_meeting", "Meeting"),
        Binding("p", "rewards", "Points"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield CountersPanel(classes="panel")
            yield OverviewPanel(classes="panel")
            yield MeetingsPanel(classes="panel")
        yield Footer()

    def action_add_counter(self) -> None:
        """Open the add-counter form."""
        self.query_one(CountersPanel).open_add()

    def action_relapse(self) -> None:
        """Open the relapse form."""
        self.query_one(CountersPanel).open_relapse()

    def action_skills(self) -> None:
        """Open the 10-minute skills (a running timer shows where it is)."""
        from recovery_tui.tui.screens.skills_screen import SkillsScreen

        self.app.push_screen(SkillsScreen())

    def action_log_meeting(self) -> None:
        """Log a meeting."""
        self.query_one(MeetingsPanel).open_form()

    def action_rewards(self) -> None:
        """Points and rewards."""
        self.query_one(MeetingsPanel).open_rewards()
