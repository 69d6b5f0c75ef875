"""RelapseScreen: a modal to record a relapse, then the kind words that come with it.

Step one asks which counter (a list, when there are several), when (default now) and an
optional note; enter records it through the same service as `recover relapse`. Step two
shows that the history is kept and points to the skills (s) and SOS (ctrl+s) keys;
enter or escape closes. Dismisses with the counter's name, or None when nothing was recorded.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static

from recovery_tui import wording
from recovery_tui.core.timeparse import parse_time
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import counters as service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines, plain
from recovery_tui.tui.screens.add_counter import FORM_CSS, show_error


class RelapseScreen(ModalScreen[str | None]):
    """Record a relapse: the counter restarts, its history stays."""

    DEFAULT_CSS = (
        FORM_CSS.format(screen="RelapseScreen")
        + """
    RelapseScreen OptionList { height: auto; max-height: 5; margin-bottom: 1; }
    RelapseScreen #relapse-form, RelapseScreen #relapse-done { height: auto; }
    RelapseScreen #relapse-done { display: none; }
    RelapseScreen.-done #relapse-form { display: none; }
    RelapseScreen.-done #relapse-done { display: block; }
    RelapseScreen #relapse-message { margin-bottom: 1; }
    """
    )
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        self.recorded: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            with Vertical(id="relapse-form"):
                yield Static("Record a relapse", classes="title")
                yield Static(wording.RELAPSE_FORM_INTRO, classes="hint")
                yield OptionList(*(plain(name) for name in self.names), id="which", compact=True)
                with Horizontal(classes="row"):
                    yield Label("When")
                    yield Input(value="now", placeholder="now, -2h, yesterday 21:00", id="when", compact=True)
                yield Static(classes="error", id="when-error")
                with Horizontal(classes="row"):
                    yield Label("Note")
                    yield Input(placeholder="optional: what led up to it", id="note", compact=True)
                yield Static(classes="hint", id="relapse-hint")
            with Vertical(id="relapse-done"):
                yield Static(classes="title", id="relapse-title")
                yield Static(id="relapse-message")
                yield Static("enter or escape close", classes="hint")

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
        """Up and down in the text fields move through the counter list."""
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
        """Record the relapse and show the kind message."""
        app = recover_app(self)
        now = app.now()
        try:
            at = parse_time(self.query_one("#when", Input).value, now, field="when", allow_future=True)
        except InvalidInput as error:
            show_error(self, "when", str(error).split(": ", 1)[-1])
            return
        show_error(self, "when", None)
        note = self.query_one("#note", Input).value
        try:
            counter = service.record_relapse(app.store, self.chosen, at=at, note=note, now=now)
        except RecoverError as error:
            app.report(error)
            return
        self.recorded = counter.name
        self.post_message(DataChanged())
        self.query_one("#relapse-title", Static).update(plain(f"{counter.name}: restarted"))
        self.query_one("#relapse-message", Static).update(
            lines([service.relapse_message(counter, at=at, now=now, dashboard=True)])
        )
        self.add_class("-done")
        self.set_focus(None)

    def key_enter(self) -> None:
        """Enter on the message closes it."""
        if self.recorded is not None:
            self.dismiss(self.recorded)

    def action_close(self) -> None:
        """Close (after recording: the name; before: None, nothing recorded)."""
        self.dismiss(self.recorded)
