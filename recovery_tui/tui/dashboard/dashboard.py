"""DashboardScreen: the main screen, a grid of panels with one key per action.

After any restart made on the dashboard (the relapse form, a check-in, a trigger), the app
passes the `Restarted` message here: a notice says "Press u to undo" and the footer shows
`u Undo restart` for UNDO_SECONDS; u removes those restarts through the same service as
`recover relapse undo`. Enter on the counters panel opens a counter's history. `k` opens the
kit (contacts, first-aid messages, own crisis lines), `g` the weekly meeting goal, `e` the
care plan, `w` your reasons, `d` today's pledge and `n` the reminders.

On start (in a worker) the dashboard looks for conflict copies that file sync left beside the
data file; when there are some, a one-line notice above the panels says so and that `b` opens
them (tui/merge/copies_screen.py: enter merges one).

Each key is declared once, here: its description names it (footer, command palette), its
tooltip says in a few words what it does (the `?` screen, the palette's help line); see
tui/commands.py.

First paint (issue 22): the screen composes the header, the counters panel and the footer; the
today, triggers and meetings panels are imported and mounted into the grid only once the
counters panel has drawn (each then reads in its own store worker), so the first frames lay out
and draw one panel, not four; `m`, `p` and `g` need no panel (meetings_panel.py's functions).
The app pushes this screen after Textual's start-up batch (tui/app.py on_mount): pushed inside
it, the screen was laid out and drawn while repaints were held, that frame was thrown away and
the whole screen drawn again. The garbage collector is off from the start of the dashboard
(cli/dashboard_run.py) until the counters have drawn, then on again: start-up allocates enough
(Textual's classes, the file) for a full collection, about 12 ms, to fall just before the
counters' frame; peak memory stays the same (63 MB at 10 years, 79 at 30). Time to the first
frame showing a counter, in a real 100x30 pseudo-terminal, paired alternating runs on the
project's 2-core machine (busy), 2026-12-06: pushing after the batch 0.89 of before (15 pairs,
10 years, 290 against 329 ms); then mounting three panels after the counters' paint 0.88 (21
pairs, 248 against 279 ms); then the collector off 0.89 at 10 years and 0.92 at 30 (25 pairs
each). All three against the code before, 25 pairs: 0.73 at 10 years (228 against 313 ms) and
0.78 at 30 (248 against 314 ms). Against the smallest Textual app, two rounds of 25 pairs:
1.31x and 1.36x at 10 years, 1.41x and 1.39x at 30 (the code before: 1.79x and 1.85x in the
same session; issue 22 asks at most 1.5x and 1.7x). Tried and dropped, no measurable gain: the
counters read before Textual starts and drawn at mount (1.01), the file read in a thread while
Textual is imported (0.99), gc.freeze() before the app runs (0.995 at 10 years).
"""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static

from recovery_tui import messages, wording
from recovery_tui.errors import RecoverError
from recovery_tui.store import Store
from recovery_tui.tui.bindings import HELP_TOOLTIP, SOS_FOOTER_BINDING
from recovery_tui.tui.counters.counters_panel import CountersPanel
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.shared.panel import Panel

TUI = Path(__file__).parent.parent


class DashboardScreen(Screen[None]):
    """Counters, today, triggers and meetings, each in a panel; one key per action."""

    CSS_PATH = [  # the grid, then the panels' own (each beside its panel; the meetings panel needs none)
        TUI / "dashboard" / "dashboard.tcss",
        TUI / "counters" / "counters_panel.tcss",
        TUI / "checkins" / "today_panel.tcss",
        TUI / "triggers" / "triggers_panel.tcss",
    ]
    BINDINGS = [
        SOS_FOOTER_BINDING,  # keep first: SOS stays visible in the footer at 80 columns
        # then how to find every key
        Binding("question_mark", "app.help", "Keys", key_display="?", tooltip=HELP_TOOLTIP),
        # shown only while a restart can be undone
        Binding("u", "undo_restart", "Undo restart", tooltip="undo a restart just made"),
        Binding("a", "add_counter", "Add", tooltip="add a counter"),
        Binding("r", "relapse", "Relapse", tooltip="record a relapse"),
        Binding("c", "checkin", "Check-in", tooltip="today's check-in"),
        Binding("j", "journal", "Journal", tooltip="your journal"),
        Binding("t", "log_trigger", "Trigger", tooltip="log a trigger"),
        Binding("i", "insights", "Insights", tooltip="insights"),
        Binding("h", "compose_help", "Ask for help", tooltip="ask for help (3 steps)"),
        Binding("s", "skills", "Skills", tooltip="10-minute skills"),
        Binding("m", "log_meeting", "Meeting", tooltip="log a meeting"),
        Binding("p", "rewards", "Points", tooltip="points and rewards"),
        Binding("o", "settings", "Settings", tooltip="settings: country, currency, theme, points ..."),
        Binding("k", "kit", "Kit", tooltip="your kit: contacts, first-aid messages, own crisis lines"),
        Binding("g", "meeting_goal", "Goal", tooltip="weekly meeting goal"),
        Binding("w", "reasons", "Why", tooltip="why you are doing this: your reasons"),
        Binding("e", "care", "Care plan", tooltip="your care plan"),
        Binding("d", "pledge", "Pledge", tooltip="today's pledge: your intention for the day"),
        Binding("n", "reminders", "Reminders", tooltip="reminders, shown only when not done yet that day"),
        Binding("b", "copies", "Copies", show=False, tooltip="conflict copies from file sync: merge them"),
        Binding("y", "sync", "Sync", tooltip="sync with your other devices (only when you press enter)"),
    ]

    UNDO_SECONDS = 15
    """How long after a restart u undoes it (at least 10 seconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.undoable: list[tuple[str, str]] = []
        self._undo_timer: Timer | None = None
        self.filled = False
        """True once all four panels are mounted (the counters panel first, the others after it drew)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="copies-notice", markup=False)
        with Container(id="panels"):
            yield CountersPanel(classes="panel")  # the others follow once it has drawn (module docstring)
        yield Footer()

    def on_panel_first_drawn(self, event: Panel.FirstDrawn) -> None:
        """Once the counters are painted, the other panels are mounted (each then reads in its
        store worker) and the conflict copies are looked for, after the next refresh, so that
        none of this work delays the counters' paint."""
        if isinstance(event.panel, CountersPanel):
            self.call_after_refresh(gc.enable)  # off since start-up (cli/dashboard_run.py)
            self.call_after_refresh(self._fill)

    async def _fill(self) -> None:
        from recovery_tui.tui.checkins.today_panel import TodayPanel
        from recovery_tui.tui.meetings.meetings_panel import MeetingsPanel
        from recovery_tui.tui.triggers.triggers_panel import TriggersPanel

        self.check_copies()
        # into the 2 x 2 grid after the counters, in reading order; each cell's size is fixed
        # by the grid, so the counters panel does not move
        await self.query_one("#panels", Container).mount(
            TodayPanel(classes="panel"), TriggersPanel(classes="panel"), MeetingsPanel(classes="panel")
        )
        self.filled = True

    def check_copies(self) -> None:
        """Show the conflict-copies notice when file sync left copies beside the data file."""
        from recovery_tui.tui.access import recover_app

        def count(store: Store) -> int:
            from recovery_tui.store.conflicts import conflict_copies  # in the worker, off the first paint

            return len(conflict_copies(store.path))

        recover_app(self).store_work(count, self._show_copies, group="copies-notice", owner=self)

    def _show_copies(self, count: int) -> None:
        notice = self.query_one("#copies-notice", Static)
        notice.update(messages.copies_notice(count) if count else "")
        notice.display = bool(count)

    def action_copies(self) -> None:
        """Open the conflict copies: enter merges one."""
        from recovery_tui.tui.merge.copies_screen import CopiesScreen

        def closed(merged: bool | None) -> None:
            self.check_copies()
            if merged:
                self.app.post_message(DataChanged())

        self.app.push_screen(CopiesScreen(), closed)

    def action_add_counter(self) -> None:
        """Open the add-counter form."""
        self.query_one(CountersPanel).open_add()

    def action_relapse(self) -> None:
        """Open the relapse form."""
        self.query_one(CountersPanel).open_relapse()

    def action_checkin(self) -> None:
        """Open today's check-in form."""
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.checkins.checkin_form import open_checkin

        open_checkin(recover_app(self))

    def action_pledge(self) -> None:
        """Open today's pledge."""
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.pledges.pledge_form import open_pledge

        open_pledge(recover_app(self))

    def action_journal(self) -> None:
        """Open the journal."""
        from recovery_tui.tui.journal.journal_screen import JournalScreen

        self.app.push_screen(JournalScreen())

    def action_log_trigger(self) -> None:
        """Open the form to log a trigger."""
        from recovery_tui.tui.triggers.trigger_form import TriggerForm

        self.app.push_screen(TriggerForm())

    def action_insights(self) -> None:
        """Open the Insights screen."""
        from recovery_tui.tui.insights.insights_screen import InsightsScreen

        self.app.push_screen(InsightsScreen())

    def action_compose_help(self) -> None:
        """Open the 3-step help-request composer."""
        from recovery_tui.tui.help_requests.composer_screen import ComposerScreen

        self.app.push_screen(ComposerScreen())

    def action_skills(self) -> None:
        """Open the 10-minute skills (a running timer shows where it is)."""
        from recovery_tui.tui.skills.skills_screen import SkillsScreen

        self.app.push_screen(SkillsScreen())

    def action_log_meeting(self) -> None:
        """Log a meeting."""
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.meetings.meetings_panel import open_meeting_form

        open_meeting_form(recover_app(self))

    def action_rewards(self) -> None:
        """Points and rewards."""
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.meetings.meetings_panel import open_rewards

        open_rewards(recover_app(self))

    def action_settings(self) -> None:
        """Open the settings: country, pseudonym, currency, week start, theme, points."""
        from recovery_tui.tui.settings.settings_screen import SettingsScreen

        self.app.push_screen(SettingsScreen())

    def action_sync(self) -> None:
        """Sync status, and a sync when the person presses enter."""
        from recovery_tui.tui.sync.sync_screen import SyncScreen

        self.app.push_screen(SyncScreen())

    def action_kit(self) -> None:
        """The kit: contacts, first-aid messages, your own crisis lines."""
        from recovery_tui.tui.contacts.contacts_screen import ContactsScreen

        self.app.push_screen(ContactsScreen())

    def action_reasons(self) -> None:
        """Your reasons: why you are doing this (add, edit, remove)."""
        from recovery_tui.tui.reasons.reasons_screen import ReasonsScreen

        def closed(changed: bool | None) -> None:
            if changed:
                self.app.post_message(DataChanged())

        self.app.push_screen(ReasonsScreen(), closed)

    def action_meeting_goal(self) -> None:
        """Set or clear the weekly meeting goal."""
        from recovery_tui.tui.access import recover_app
        from recovery_tui.tui.meetings.meetings_panel import open_goal

        open_goal(recover_app(self))

    def action_care(self) -> None:
        """The care plan: items with this week's adherence; log, add, change, remove."""
        from recovery_tui.tui.care.care_screen import CareScreen

        self.app.push_screen(CareScreen())

    def action_reminders(self) -> None:
        """Open the reminders."""
        from recovery_tui.tui.reminders.reminders_screen import RemindersScreen

        self.app.push_screen(RemindersScreen())

    # -- undo a restart ------------------------------------------------------------------
    def offer_undo(self, restarts: list[tuple[str, str]]) -> None:
        """Offer, for UNDO_SECONDS, to undo the restarts just recorded (counter name, event id)."""
        if not restarts:
            return
        if self._undo_timer is not None:
            self._undo_timer.stop()
        self.undoable = list(restarts)
        names = ", ".join(name for name, _ in restarts)
        self.notify(
            wording.RELAPSE_UNDO_NOTICE.format(name=names, seconds=self.UNDO_SECONDS), timeout=self.UNDO_SECONDS
        )
        self._undo_timer = self.set_timer(self.UNDO_SECONDS, self.end_undo)
        self.refresh_bindings()

    def end_undo(self) -> None:
        """The undo offer is over."""
        self.undoable = []
        self._undo_timer = None
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`u` exists only while a restart can be undone."""
        if action == "undo_restart":
            return bool(self.undoable)
        return True

    def action_undo_restart(self) -> None:
        """Remove the restarts just recorded; each earlier streak continues."""
        from recovery_tui.services import counters as service
        from recovery_tui.tui.access import recover_app

        app = recover_app(self)
        restarts, self.undoable = self.undoable, []
        if self._undo_timer is not None:
            self._undo_timer.stop()
            self._undo_timer = None
        self.refresh_bindings()
        now = app.now()

        def undo(store: Store) -> list[tuple[str, str | RecoverError]]:
            told: list[tuple[str, str | RecoverError]] = []
            for name, event_id in restarts:
                try:
                    counter, _removed = service.undo_relapse(store, name, now=now, event_id=event_id)
                except RecoverError as error:
                    told.append((name, error))
                    continue
                told.append((counter.name, f"{counter.current_start.astimezone():%Y-%m-%d %H:%M}"))
            return told

        def undone(told: list[tuple[str, str | RecoverError]]) -> None:
            for name, since in told:
                if isinstance(since, RecoverError):
                    app.report(since)
                else:
                    app.notify(wording.RELAPSE_UNDONE.format(name=name, since=since), timeout=8)
            app.post_message(DataChanged())

        app.store_work(undo, undone, group="restart-undo")
