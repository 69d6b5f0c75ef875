"""RelapseScreen: a modal to record a relapse, then the kind words that come with it.

Step one asks which counter (a list, when there are several), when (default now) and an
optional note; enter asks first ("Restart alcohol? Your 368 days stay in your history.", a
ConfirmScreen: y restarts; n, escape or enter on "Go back" records nothing), then records it
through the same service as `recover relapse`. Step two shows that the history is kept and
points to the skills (s) and SOS (ctrl+s) keys; u undoes the restart at once, enter or escape
closes and posts `Restarted`, so the dashboard offers undo (u) for a while longer. Dismisses
with the counter's name, or None when nothing was recorded (or it was undone).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static

from recovery_tui import wording
from recovery_tui.core.counters import Counter, CounterEvent, check_relapse
from recovery_tui.core.streaks import phrase
from recovery_tui.core.timeparse import parse_time
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.counters.add_counter import show_error
from recovery_tui.tui.messages import DataChanged, Restarted
from recovery_tui.tui.safe import lines, plain
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError, place_error


class RelapseScreen(ModalScreen[str | None]):
    """Record a relapse: the counter restarts, its history stays."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        self.recorded: str | None = None
        self.event_id = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            with Vertical(id="relapse-form"):
                yield Static("Record a relapse", classes="title")
                yield Static(wording.RELAPSE_FORM_INTRO, classes="hint")
                yield OptionList(*(plain(name) for name in self.names), id="which", compact=True)
                with Horizontal(classes="row"):
                    yield Label("When")
                    yield Input(value="now", placeholder="now, -2h, yesterday 21:00", id="when", compact=True)
                yield FieldError(id="when-error")
                with Horizontal(classes="row"):
                    yield Label("Note")
                    yield Input(placeholder="optional: what led up to it", id="note", compact=True)
                yield Static(classes="hint", id="relapse-hint")
            with Vertical(id="relapse-done"):
                yield Static(classes="title", id="relapse-title")
                yield Static(id="relapse-message")
                yield Static("enter or escape close · u undo this restart", classes="hint")

    def on_mount(self) -> None:
        which = self.query_one("#which", OptionList)
        which.highlighted = 0
        which.display = len(self.names) > 1
        hint = "enter record · escape cancel"
        if len(self.names) > 1:
            hint = "↑↓ counter · " + hint
        self.query_one("#relapse-hint", Static).update(hint)
        self.query_one("#when", Input).focus()

    @property
    def chosen(self) -> str:
        """The counter picked in the list (the only one when there is one)."""
        index = self.query_one("#which", OptionList).highlighted or 0
        return self.names[index]

    def on_key(self, event: events.Key) -> None:
        """On the message: enter closes, u undoes (the key goes no further, so it cannot reach
        the dashboard underneath). In the form: up and down in the text fields move through
        the counter list."""
        if self.recorded is not None and event.key in ("enter", "u"):
            event.stop()
            event.prevent_default()
            self.undo() if event.key == "u" else self.action_close()
            return
        if self.recorded is not None or len(self.names) < 2:
            return
        if event.key in ("up", "down") and isinstance(self.focused, Input):
            which = self.query_one("#which", OptionList)
            step = -1 if event.key == "up" else 1
            which.highlighted = ((which.highlighted or 0) + step) % len(self.names)
            event.stop()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a counter moves on to the time."""
        event.stop()
        self.query_one("#when", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field records the relapse; on the message it closes."""
        event.stop()
        if self.recorded is None:
            self.record()

    def record(self) -> None:
        """Check the time, then ask before restarting (the history stays either way)."""
        app = recover_app(self)
        now = app.now()
        try:
            at = parse_time(self.query_one("#when", Input).value, now, field="at", allow_future=True)
        except InvalidInput as error:
            show_error(self, "when", error.message)
            return
        show_error(self, "when", None)
        note = self.query_one("#note", Input).value
        chosen = self.chosen

        def find(store: Store) -> Counter:
            counter = service.find_counter(store, chosen)
            check_relapse(counter, at, now)
            return counter

        def ask(counter: Counter) -> None:
            kept = phrase(service.summarize(counter, now).stats.current)
            question = wording.RELAPSE_CONFIRM.format(name=counter.name, kept=kept)

            def answered(yes: bool | None) -> None:
                if yes:
                    self.restart(counter.name, at, note)
                else:
                    self.query_one("#when", Input).focus()

            app.push_screen(ConfirmScreen(question, yes="Restart it", no="Go back"), answered)

        def refused(error: RecoverError) -> None:
            place_error(self, error, {"at": "when"})

        app.store_work(find, ask, group="relapse-check", failed=refused, owner=self)

    def restart(self, name: str, at: datetime, note: str) -> None:
        """Record the relapse (in a store worker) and show the kind message."""
        app = recover_app(self)
        now = app.now()

        def recorded(counter: Counter) -> None:
            self.recorded = counter.name
            self.event_id = counter.events[-1].id
            app.post_message(DataChanged())
            self.query_one("#relapse-title", Static).update(plain(f"{counter.name}: restarted"))
            self.query_one("#relapse-message", Static).update(
                lines([service.relapse_message(counter, at=at, now=now, dashboard=True)])
            )
            self.add_class("-done")
            self.set_focus(None)

        app.store_work(
            lambda store: service.record_relapse(store, name, at=at, note=note, now=now),
            recorded,
            group="relapse-save",
        )

    def undo(self) -> None:
        """Undo the restart just recorded (u on the message), in a store worker."""
        if self.recorded is None:
            return
        app = recover_app(self)
        name, event_id, now = self.recorded, self.event_id, app.now()

        def undone(done: tuple[Counter, CounterEvent]) -> None:
            counter = done[0]
            app.post_message(DataChanged())
            since = f"{counter.current_start.astimezone():%Y-%m-%d %H:%M}"
            app.notify(wording.RELAPSE_UNDONE.format(name=counter.name, since=since), timeout=8)
            self.recorded = None
            dismiss_on_top(self, None)

        app.store_work(
            lambda store: service.undo_relapse(store, name, now=now, event_id=event_id),
            undone,
            group="relapse-undo",
        )

    def action_close(self) -> None:
        """Close (after recording: the name, and the dashboard offers undo; before: None)."""
        if self.recorded is not None:
            self.post_message(Restarted([(self.recorded, self.event_id)]))
        self.dismiss(self.recorded)
