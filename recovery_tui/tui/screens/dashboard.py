"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.screens.sos_screen import SOS_FOOTER_BINDING
from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [
        SOS_FOOTER_BINDING,  # keep first: SOS stays visible in the footer at 80 columns
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
        yield Footer()
