"""DashboardScreen: the main screen, a grid of panels with one key per action."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Footer, Header

from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.widgets.counters_panel import CountersPanel
from recovery_tui.tui.widgets.meetings_panel import MeetingsPanel
from recovery_tui.tui.widgets.today_panel import TodayPanel
from recovery_tui.tui.widgets.triggers_panel import TriggersPanel


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and meetings, each in a panel; one key per action."""

    BINDINGS = [
        SOS_FOOTER_BINDING,  # keep first: SOS stays visible in the footer at 80 columns
        Binding("question_mark", "app.help", "Keys", key_display="?"),  # then how to find every key
        Binding("a", "add_counter", "Add"),
        Binding("r", "relapse", "Relapse"),
        Binding("c", "checkin", "Check-in"),
        Binding("j", "journal", "Journal"),
        Binding("t", "log_trigger", "Trigger"),
        Binding("i", "insights", "Insights"),
        Binding("h", "compose_help", "Ask for help"),
        Binding("s", "skills", "Skills"),
        Binding("m", "log_meeting", "Meeting"),
        Binding("p", "rewards", "Points"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panels"):
            yield CountersPanel(classes="panel")
            yield TodayPanel(classes="panel")
            yield TriggersPanel(classes="panel", id="triggers-panel")
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
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.screens.checkin_form import open_checkin

        open_checkin(recover_app(self))

    def action_journal(self) -> None:
        """Open the journal."""
        from recovery_tui.tui.screens.journal_screen import JournalScreen

        self.app.push_screen(JournalScreen())

    def action_log_trigger(self) -> None:
        """Open the form to log a trigger."""
        from recovery_tui.tui.screens.trigger_form import TriggerForm

        self.app.push_screen(TriggerForm())

    def action_insights(self) -> None:
        """Open the Insights screen."""
        from recovery_tui.tui.screens.insights_screen import InsightsScreen

        self.app.push_screen(InsightsScreen())

    def action_compose_help(self) -> None:
        """Open the 3-step help-request composer."""
        from recovery_tui.tui.screens.composer_screen import ComposerScreen

        self.app.push_screen(ComposerScreen())

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
