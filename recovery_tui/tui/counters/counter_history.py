"""CounterHistoryScreen: one counter's every start and restart, to correct or remove.

Opened with enter on the counters panel. ←/→ move between counters (when there are
several), ↑/↓ through the history; e edits the highlighted event's time and note
(EventEditScreen), x removes a restart after asking (ConfirmScreen). Every change goes
through the same services as `recover counter event edit|remove`, which keep a line for it
under "Corrections"; refusals (the start, a time before the start) show as a notification.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.counters import Counter, CounterEvent, describe_edit, remove_event
from recovery_tui.errors import RecoverError
from recovery_tui.safetext import visible_line
from recovery_tui.services import counters as service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines, plain
from recovery_tui.tui.shared.confirm import ConfirmScreen


def event_line(event: CounterEvent) -> str:
    """`2026-11-19 22:00  restart  work party` (plain text)."""
    note = f"  {visible_line(event.note)}" if event.note else ""
    return f"{event.at.astimezone():%Y-%m-%d %H:%M}  {event.what:<7}{note}"


OTHER_COUNTER_BINDINGS = [
    Binding("left", "other(-1)", "Previous counter", show=False),
    Binding("right", "other(1)", "Next counter", show=False),
]
"""←/→ between counters, on the screens that show one counter of several (`action_other`)."""


class CounterHistoryScreen(ModalScreen[None]):
    """A counter's history with edit and remove."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("e", "edit", "Edit"),
        Binding("x,delete", "remove", "Remove"),
        *OTHER_COUNTER_BINDINGS,
    ]

    def __init__(self, names: list[str], index: int = 0) -> None:
        super().__init__()
        self.names = names
        self.index = index
        self.counter: Counter | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="history-title")
            yield OptionList(id="history-events", compact=True)
            yield Static(id="history-edits")
            hint = "↑↓ choose · e edit time or note · x remove · escape close"
            if len(self.names) > 1:
                hint = "←→ counter · " + hint
            yield Static(hint, id="history-hint")

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#history-events", OptionList).focus()

    def reload(self, keep: str | None = None) -> None:
        """Read the counter again and redraw its history (highlighting `keep` if it is there)."""
        app = recover_app(self)
        name = self.names[self.index]

        def failed(error: RecoverError) -> None:
            app.report(error)
            dismiss_on_top(self, None)

        app.store_work(
            lambda store: service.find_counter(store, name),
            lambda counter: self._show(counter, keep),
            group="counter-history-load",
            failed=failed,
            owner=self,
        )

    def _show(self, counter: Counter, keep: str | None) -> None:
        """Draw the history the store worker read."""
        self.counter = counter
        where = f" ({self.index + 1}/{len(self.names)})" if len(self.names) > 1 else ""
        self.query_one("#history-title", Static).update(plain(f"{counter.name}{where}: every start and restart"))
        events = self.query_one("#history-events", OptionList)
        ordered = counter.ordered_events
        events.clear_options()
        events.add_options([Option(plain(event_line(e)), id=e.id) for e in ordered])
        ids = [e.id for e in ordered]
        events.highlighted = ids.index(keep) if keep in ids else len(ids) - 1
        edits = "\n".join(describe_edit(e) for e in counter.edits[-5:])
        self.query_one("#history-edits", Static).update(lines([f"Corrections\n{edits}" if edits else ""]))

    @property
    def highlighted(self) -> CounterEvent | None:
        """The event under the cursor."""
        events = self.query_one("#history-events", OptionList)
        if self.counter is None or events.highlighted is None:
            return None
        return self.counter.ordered_events[events.highlighted]

    def action_other(self, step: int) -> None:
        """Show the previous or next counter."""
        if len(self.names) > 1:
            self.index = (self.index + step) % len(self.names)
            self.reload()

    def action_edit(self) -> None:
        """Edit the highlighted event's time and note."""
        from recovery_tui.tui.counters.event_edit import EventEditScreen

        event = self.highlighted
        if self.counter is None or event is None:
            return

        def edited(saved: bool | None) -> None:
            if saved:
                self.reload(keep=event.id)

        self.app.push_screen(EventEditScreen(self.counter.name, event), edited)

    def action_remove(self) -> None:
        """Remove the highlighted restart, after asking (the start stays)."""
        event, counter = self.highlighted, self.counter
        if counter is None or event is None:
            return
        app = recover_app(self)
        try:
            remove_event(counter, event.id, now=app.now())  # refused before anything is asked
        except RecoverError as error:
            app.report(error)  # the whole event is refused: no field of a form to put it under
            return
        question = f"Remove the {event.what} of {counter.name} on {event.at.astimezone():%Y-%m-%d %H:%M}?"

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            now = app.now()

            def removed(_result: object) -> None:
                app.post_message(DataChanged())
                app.notify(f"Removed the {event.what}; it stays listed under corrections.", timeout=6)
                self.reload()

            app.store_work(
                lambda store: service.remove_event(store, counter.name, event.id, now=now),
                removed,
                group="counter-event-remove",
                owner=self,
            )

        kept = "It stays listed under corrections, so you can see it was there."
        app.push_screen(ConfirmScreen(question, detail=kept, yes="Remove it", no="Keep it"), answered)

    def action_close(self) -> None:
        """Close."""
        self.dismiss(None)
