"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.widgets.overview_panel import OverviewPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and the rest, each in a panel."""

    BINDINGS = [("s", "skills", "Skills")]

    def action_skills(self) -> None:
        """Open the 10-minute skills (a running timer shows where it is)."""
        from recovery_tui.tui.screens.skills_screen import SkillsScreen

        self.app.push_screen(SkillsScreen())

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield OverviewPanel(classes="panel")
        yield Footer()
