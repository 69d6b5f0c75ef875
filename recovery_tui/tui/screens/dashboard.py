"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.screens.insights_screen import InsightsScreen
from recovery_tui.tui.screens.trigger_form import TriggerForm
from recovery_tui.tui.widgets.overview_panel import OverviewPanel
from recovery_tui.tui.widgets.triggers_panel import TriggersPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        Binding("t", "log_trigger", "Trigger"),
        Binding("i", "insights", "Insights"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
            yield TriggersPanel(classes="panel", id="triggers-panel")
        yield Footer()

    def action_log_trigger(self) -> None:
        """Open the form to log a trigger (issue 5)."""
        self.app.push_screen(TriggerForm())

    def action_insights(self) -> None:
        """Open the Insights screen (issue 5)."""
        self.app.push_screen(InsightsScreen())
