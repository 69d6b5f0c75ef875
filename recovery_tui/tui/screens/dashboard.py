"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.screens.sos_screen import SOS_FOOTER_BINDING
from recovery_tui.tui.widgets.counters_panel import CountersPanel
from recovery_tui.tui.widgets.meetings_panel import MeetingsPanel
from recovery_tui.tui.widgets.today_panel import TodayPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and meetings, each in a panel; one key per action."""

    BINDINGS = [
        SOS_FOOTER_BINDING,  # keep first: SOS stays visible in the footer at 80 columns
        Binding("a", "add_counter", "Add"),
        Binding("r", "relapse", "Relapse"),
        Binding("c", "checkin", "Check-in"),
        Binding("j", "journal", "Journal"),
        Binding("s", "skills", "Skills"),
        Binding("m", "log_meeting", "Meeting"),
        Binding("p", "rewards", "Points"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield CountersPanel(classes="panel")
            yield TodayPanel(classes="panel")
            yield MeetingsPanel(classes="panel")
        yield Footer()

    def action_add_counter(self) -> None:
        """Open the add-counter form."""
        self.query_one(CountersPanel).open_add()

    def action_relapse(self) -> None:
        """Open the relapse form."""
        self.query_one(CountersPanel).open_relapse()

    def action_checkin(self) -> None:
        """Open today's check-in form."""
        from recovery_tui.tui.screens.checkin_form import CheckinForm

        self.app.push_screen(CheckinForm())

    def action_journal(self) -> None:
        """Open the journal."""
        from recovery_tui.tui.screens.journal_screen import JournalScreen

        self.app.push_screen(JournalScreen())

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
