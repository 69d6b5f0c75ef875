"""EventEditScreen: correct the time and note of one start or restart of a counter.

Opened with e on a counter's history. The fields come filled in; enter saves through the
same service as `recover counter event edit` (the change is kept under "Corrections"),
escape closes. A time that is not understood shows under the field; a refusal (before the
start, in the future, nothing changed) shows as a notification. Dismisses with True when
saved.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from recovery_tui.core.counters import Counter, CounterEvent
from recovery_tui.core.timeparse import parse_time
from recovery_tui.errors import Conflict, InvalidInput, RecoverError
from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import plain
from recovery_tui.tui.shared.field_error import FieldError, place_error

TIME_FORMAT = "%Y-%m-%d %H:%M"


class EventEditScreen(ModalScreen[bool]):
    """Correct one event's time and note."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [Binding("escape", "cancel", "Close")]
    ERROR_FIELDS = {"at": "when"}
    """Domain field of a refusal -> the field of this form it is shown under (others: a notice)."""

    def __init__(self, counter_name: str, event: CounterEvent) -> None:
        super().__init__()
        self.counter_name = counter_name
        self.event = event
        self.shown_time = f"{event.at.astimezone():{TIME_FORMAT}}"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(f"{self.counter_name}: correct this {self.event.what}"), classes="title")
            with Horizontal(classes="row"):
                yield Label("When")
                yield Input(
                    value=self.shown_time, placeholder="yesterday 22:00, 2026-11-19 21:30", id="when", compact=True
                )
            yield FieldError(id="when-error")
            with Horizontal(classes="row"):
                yield Label("Note")
                yield Input(value=self.event.note or "", placeholder="optional", id="note", compact=True)
            yield Static("enter save · escape close (the change is kept under corrections)", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#when", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in either field saves."""
        event.stop()
        self.save()

    def save(self) -> None:
        """Check and save the correction."""
        app = recover_app(self)
        now = app.now()
        text = self.query_one("#when", Input).value.strip()
        try:
            if not text:
                raise InvalidInput("at", "give a time, such as yesterday 22:00.")
            at = None if text == self.shown_time else parse_time(text, now, field="at", allow_future=True)
        except InvalidInput as problem:
            place_error(self, problem, self.ERROR_FIELDS)
            return
        note = self.query_one("#note", Input).value
        name, event = self.counter_name, self.event

        def save(store: Store) -> Counter:
            return service.edit_event(
                store, name, event.id, at=at, note=note, change_note=True, now=now, field="at", expected=event
            )

        def saved(_counter: Counter) -> None:
            self.show_error(None)
            app.post_message(DataChanged())
            app.notify(f"Corrected the {event.what}; the change is kept under corrections.", timeout=6)
            dismiss_on_top(self, True)

        def failed(problem: RecoverError) -> None:
            if isinstance(problem, Conflict):
                gone = "removed" if problem.removed else "changed"
                self.show_error(
                    f"This {event.what} was {gone} elsewhere meanwhile; nothing was saved. Escape, then look again."
                )
                return
            place_error(self, problem, self.ERROR_FIELDS)

        app.store_work(save, saved, group="counter-event-edit", failed=failed, owner=self)

    def show_error(self, message: str | None) -> None:
        """Show (or clear) the line under the time."""
        self.query_one("#when-error", FieldError).show(message)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(False)
