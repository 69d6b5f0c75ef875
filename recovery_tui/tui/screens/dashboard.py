"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        Binding("h", "compose_help", "Ask for help"),  # issue 6
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
        yield Footer()

    def action_compose_help(self) -> None:
        """Open the 3-step help-request composer (issue 6)."""
        from recovery_tui.tui.screens.composer_screen import ComposerScreen

        self.app.push_screen(ComposerScreen())
