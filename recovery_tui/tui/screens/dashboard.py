"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.overview_panel import OverviewPanel
from recovery_tui.tui.widgets.today_panel import TodayPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        Binding("c", "checkin", "Check-in"),  # issue 4
        Binding("j", "journal", "Journal"),  # issue 4
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
            yield TodayPanel(classes="panel")
        yield Footer()

    def action_checkin(self) -> None:
        """Open today's check-in form (issue 4)."""
        from recovery_tui.tui.screens.checkin_form import CheckinForm

        self.app.push_screen(CheckinForm())

    def action_journal(self) -> None:
        """Open the journal (issue 4)."""
        from recovery_tui.tui.screens.journal_screen import JournalScreen

        self.app.push_screen(JournalScreen())
