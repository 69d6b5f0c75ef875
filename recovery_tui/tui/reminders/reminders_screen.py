"""RemindersScreen (`n` on the dashboard): your reminders, each shown only on days its thing
is not done by then; add one (`a`, ReminderForm), remove one (`d`), put them in this machine's
scheduler (`i`) or take them out (`u`), each after a confirmation, and see what is installed
(`s`). The list is read in a store worker; install, uninstall and status talk to the scheduler
in a thread worker of their own (not holding the store), and their one-line result shows
under the list. Everything goes through services/reminders.py and reminder_schedule.py, as
`recover remind` does.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.reminders import Reminder
from recovery_tui.errors import RecoverError
from recovery_tui.services import reminder_schedule as schedule
from recovery_tui.services import reminders as reminder_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.reminders.reminder_form import WORDS
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.said import said
from recovery_tui.tui.shared.confirm import ConfirmScreen

EMPTY = (
    "No reminders yet. Press a to add one: a check-in, the morning pledge, the evening review "
    "or your care plan (what is due today)."
)
HINT = "i puts them in this machine's scheduler, u takes them out, s shows what is installed."


def reminder_row(reminder: Reminder, text: str) -> str:
    """One reminder: time, what, and the words it shows."""
    return f"{reminder.time}  {WORDS.get(reminder.kind, reminder.kind):<15} shows: {text}"


class RemindersScreen(Screen[None]):
    """Your reminders, and their place in the machine's scheduler."""

    CSS_PATH = Path(__file__).with_name("reminders.tcss")
    BINDINGS = [
        SOS_FOOTER_BINDING,
        Binding("a", "add", "Add"),
        Binding("d,delete", "remove", "Remove", key_display="d"),
        Binding("i", "install", "Install"),
        Binding("u", "uninstall", "Uninstall"),
        Binding("s", "status", "Status"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.reminders: list[Reminder] = []
        self.path: Path | None = None

    def compose(self) -> ComposeResult:
        yield Static("Reminders, shown only when the thing is not done yet that day", id="reminders-title")
        yield Static(EMPTY, id="reminders-empty", markup=False)
        yield OptionList(id="reminders-list")
        yield Static(HINT, id="reminders-hint", markup=False)
        yield Static("", id="reminders-result", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self.reload, init=True)
        self.query_one(OptionList).focus()

    def reload(self, _version: int = 0) -> None:
        """Read the reminders and their words (in a store worker)."""

        def read(store: Store) -> tuple[list[tuple[Reminder, str]], Path]:
            return [(r, reminder_service.text_for(store, r.kind)) for r in reminder_service.list_reminders(store)], (
                store.path
            )

        recover_app(self).store_work(read, self._show, group="reminders-load", owner=self)

    def _show(self, read: tuple[list[tuple[Reminder, str]], Path]) -> None:
        rows, self.path = read
        self.reminders = [r for r, _ in rows]
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options([Option(shown_line(reminder_row(r, text)), id=r.id) for r, text in rows])
        options.display = bool(rows)
        self.query_one("#reminders-empty").display = not rows
        if rows:
            options.highlighted = min(highlighted or 0, len(rows) - 1)
        self.refresh_bindings()

    def _current(self) -> Reminder | None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.reminders or not options.option_count:
            return None
        wanted = options.get_option_at_index(options.highlighted).id
        return next((r for r in self.reminders if r.id == wanted), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Remove needs a highlighted reminder."""
        if action == "remove":
            return self.is_mounted and self._current() is not None
        return True

    def _said(self, text: str) -> None:
        self.query_one("#reminders-result", Static).update(shown_line(text))

    def _written(self, saved: bool | None) -> None:
        if saved:
            self.app.post_message(DataChanged())
        self.query_one(OptionList).focus()

    def action_add(self) -> None:
        """Add a reminder."""
        from recovery_tui.tui.reminders.reminder_form import ReminderForm

        self.app.push_screen(ReminderForm(), self._written)

    def action_remove(self) -> None:
        """Remove the highlighted reminder, after asking."""
        reminder = self._current()
        if reminder is None:
            return

        def job(store: Store) -> str:
            gone = reminder_service.remove_reminders(store, reminder.kind, reminder.time)
            return f"Removed the {WORDS.get(gone[0].kind, gone[0].kind)} reminder at {gone[0].time}."

        def removed(text: str) -> None:
            self._said(text + " If it was installed, press i to bring the scheduler up to date.")
            self.app.post_message(DataChanged())

        def answered(yes: bool | None) -> None:
            if yes:
                recover_app(self).store_work(job, removed, group="reminders-write", failed=self._failed)

        question = f"Remove the {WORDS.get(reminder.kind, reminder.kind)} reminder at {reminder.time}?"
        self.app.push_screen(ConfirmScreen(question, yes="Remove", no="Keep it"), answered)

    def _failed(self, error: RecoverError) -> None:
        self._said(said(error))
        self.reload()

    def action_install(self) -> None:
        """Put the reminders in this machine's scheduler, after asking."""

        def answered(yes: bool | None) -> None:
            if yes:
                self._said("Installing ...")
                self._schedule("install")

        count = len(self.reminders)
        self.app.push_screen(
            ConfirmScreen(
                f"Put your {count} reminder{'s' if count != 1 else ''} in this machine's scheduler?",
                detail="recover writes only its own entries, and replaces the ones it wrote before.",
                yes="Install",
                no="Not now",
            ),
            answered,
        )

    def action_uninstall(self) -> None:
        """Take the reminders out of the scheduler, after asking."""

        def answered(yes: bool | None) -> None:
            if yes:
                self._said("Removing ...")
                self._schedule("uninstall")

        self.app.push_screen(
            ConfirmScreen(
                "Take your reminders out of this machine's scheduler?",
                detail="Your reminders stay here; only recover's own scheduler entries are removed.",
                yes="Take them out",
                no="Keep them",
            ),
            answered,
        )

    def action_status(self) -> None:
        """Say what is installed where."""
        self._said("Looking ...")
        self._schedule("status")

    @work(thread=True, exclusive=True, group="reminders-schedule")
    def _schedule(self, what: str) -> None:
        """Install, uninstall or look, away from the event loop and from the store's lock."""
        app = recover_app(self)
        path = self.path or app.store.path
        try:
            if what == "install":
                text = schedule.install(self.reminders, path)
            elif what == "uninstall":
                text = schedule.uninstall()
            else:
                text = " ".join(schedule.status(self.reminders, path))
        except RecoverError as error:
            text = said(error)
        app.deliver(self._said, text)

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.dismiss(None)
