"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.counters_panel import CountersPanel
from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        Binding("a", "add_counter", "Add counter"),
        Binding("r", "relapse", "Relapse"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield CountersPanel(classes="panel")
            yield OverviewPanel(classes="panel")
        yield Footer()

    def action_add_counter(self) -> None:
        """Open the add-counter form (issue 3)."""
        self.query_one(CountersPanel).open_add()

    def action_relapse(self) -> None:
        """Open the relapse form (issue 3)."""
        self.query_one(CountersPanel).open_relapse()
