"""AddCounterScreen: a modal form to start a counter (name, since, cost and hours per day).

Each field is checked when the form is sent and its error shows on the line under it; a
refusal from the service (a name already in use) goes under the field it names
(shared/field_error.py). Enter sends, escape
closes. Dismisses with the new counter's name, or None. A counter for alcohol,
benzodiazepines or opioids gets the withdrawal-safety line (core/withdrawal.py) under the
name while it is typed, and again as a notification that stays 20 seconds once it is added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from recovery_tui import wording
from recovery_tui.core.counters import Counter, clean_name, parse_rate, parse_start
from recovery_tui.core.withdrawal import risky_to_stop_suddenly
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import counters as service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown
from recovery_tui.tui.shared.field_error import FieldError, place_error

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp

T = TypeVar("T")


FIELDS = (
    ("name", "Name", "alcohol, gambling, any habit"),
    ("since", "Since", "now, 90d, yesterday 21:00, 2026-01-01"),
    ("cost", "Cost per day", "optional, e.g. 12.50"),
    ("hours", "Hours per day", "optional, 0-24"),
)
"""The form's fields: id, label, placeholder."""
ERROR_FIELDS = {"name": "name", "since": "since", "cost_per_day": "cost", "hours_per_day": "hours"}
"""Domain field of a refusal -> the field of this form it is shown under."""


def show_error(form: Widget, field: str, message: str | None) -> None:
    """Show (or clear) the error under one field of a form."""
    form.query_one(f"#{field}-error", FieldError).show(message)


def counter_rows() -> ComposeResult:
    """The counter fields (name, since, cost, hours), each with its error line, and the
    withdrawal-safety line under the name. The welcome's counter step uses them too."""
    for key, label, placeholder in FIELDS:
        with Horizontal(classes="row"):
            yield Label(label)
            yield Input(value="now" if key == "since" else "", placeholder=placeholder, id=key, compact=True)
        yield FieldError(id=f"{key}-error")
        if key == "name":
            yield Static(wording.WITHDRAWAL_SAFETY, classes="care", id="withdrawal")


def show_withdrawal(form: Widget, event: Input.Changed) -> None:
    """While the name field says alcohol, a benzodiazepine or an opioid, show the safety line."""
    if event.input.id == "name":
        form.query_one("#withdrawal", Static).set_class(risky_to_stop_suddenly(event.value), "-shown")


def read_counter(form: Widget, now: datetime) -> Callable[[Store], Counter] | None:
    """Check every field of `counter_rows()` in `form`, showing each error under its field.

    Returns:
        The store job that adds the counter, or None when a field was refused.
    """
    errors = 0

    def check(key: str, parse: Callable[[str], T]) -> T | None:
        nonlocal errors
        try:
            value = parse(form.query_one(f"#{key}", Input).value)
        except InvalidInput as error:
            errors += 1
            show_error(form, key, error.message)
            return None
        show_error(form, key, None)
        return value

    name = check("name", clean_name)
    since = check("since", lambda text: parse_start(text, now, field="since"))
    cost = check("cost", lambda text: parse_rate(text, field="cost_per_day"))
    hours = check("hours", lambda text: parse_rate(text, field="hours_per_day", maximum=24))
    if errors or name is None or since is None:
        return None

    def add(store: Store) -> Counter:
        return service.add_counter(store, name, since=since, now=now, cost_per_day=cost, hours_per_day=hours)

    return add


def counter_added(app: RecoverApp, counter: Counter) -> None:
    """After a counter was added: reload the panels, say so, and point to care where stopping
    suddenly can be dangerous."""
    app.post_message(DataChanged())
    app.notify(shown(f"Started {counter.name}."), markup=False)
    if risky_to_stop_suddenly(counter.name):
        app.notify(wording.WITHDRAWAL_SAFETY, title="Stopping safely", timeout=20)


class AddCounterScreen(ModalScreen[str | None]):
    """Start a counter."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [Binding("escape", "cancel", "Close")]

    ERROR_FIELDS = ERROR_FIELDS
    _saving = False  # a store worker is adding the counter

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Add a counter", classes="title")
            yield from counter_rows()
            yield Static("enter add · tab next field · escape close", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Show the withdrawal-safety line while the name is alcohol, a benzodiazepine or an opioid."""
        show_withdrawal(self, event)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any field sends the form."""
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Check every field, then add the counter."""
        app = recover_app(self)
        now = app.now()
        add = read_counter(self, now)
        if add is None or self._saving:
            return
        self._saving = True

        def added(counter: Counter) -> None:
            self._saving = False
            counter_added(app, counter)
            dismiss_on_top(self, counter.name)

        def failed(error: RecoverError) -> None:
            self._saving = False
            place_error(self, error, self.ERROR_FIELDS)

        app.store_work(add, added, group="counter-add", failed=failed)

    def action_cancel(self) -> None:
        """Close without adding."""
        self.dismiss(None)
