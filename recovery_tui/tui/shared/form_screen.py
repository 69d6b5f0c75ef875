"""FormScreen: a small modal form of labelled fields that one service call saves.

The kit's forms (a contact, a first-aid message, a crisis line), the weekly meeting goal and
the report form are each a few fields (text, a choice, a check box) and one save. A subclass
gives its title, its `Field`s, a map from the domain field of a refusal to its own field
keys, and `job(values)`: the store call, run in a store worker, which validates through the
same service as the CLI and returns the notice shown once it is saved. A refusal
(`InvalidInput(field, ...)`) is shown under its field (FieldError, place_error); any other
goes to the status line. Enter in any field saves, escape cancels. Dismisses with True once saved, False when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar, NamedTuple

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from recovery_tui.errors import RecoverError
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.safe import shown
from recovery_tui.tui.shared.field_error import FieldError, clear_errors, place_error
from recovery_tui.tui.shared.marked_checkbox import MarkedCheckbox


class Field(NamedTuple):
    """One row of a form: an Input, a Select when `options` (label, value) are given, or a
    check box when `checkbox` (its value: CHECKED when ticked, "" when not). A label holding
    stored text is a rich Text (never read as markup; made with tui/safe.py)."""

    key: str
    label: str
    value: str = ""
    placeholder: str = ""
    options: tuple[tuple[str | Text, str], ...] = ()
    integer: bool = False
    max_length: int = 0
    checkbox: bool = False


CHECKED = "yes"
"""The value of a ticked check box in `FormScreen.values()` (an unticked one is "")."""


class FormScreen(ModalScreen[bool]):
    """A titled form: one row per Field, its error under it, enter saves."""

    DEFAULT_CSS = """
    FormScreen { align: center middle; }
    FormScreen > Vertical {
        width: 78; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; padding: 0 1; background: $surface;
    }
    FormScreen .form-row { height: auto; }
    FormScreen .form-row Label { width: 12; padding: 0 1 0 0; }
    FormScreen .form-row Input, FormScreen .form-row Select { width: 1fr; }
    FormScreen .form-row Checkbox { width: 1fr; border: none; padding: 0; }
    FormScreen FieldError { padding: 0 0 0 12; }
    FormScreen #form-status { padding: 0; }
    FormScreen .form-note { color: $text-muted; height: auto; }
    FormScreen #form-hint { color: $text-muted; height: 1; margin: 1 0 0 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    TITLE_TEXT: ClassVar[str] = ""
    """The border title."""
    NOTE: ClassVar[str] = ""
    """A muted line under the fields (what a value may look like)."""
    ERROR_FIELDS: ClassVar[Mapping[str, str]] = {}
    """Domain field of a refusal -> the key of the field it is shown under (others: the status line)."""
    HINT: ClassVar[str] = "enter saves · esc cancels"
    """The keys line at the bottom of the form."""

    def __init__(self) -> None:
        super().__init__()
        self._saving = False

    def form_title(self) -> str | Content:
        """The border title (TITLE_TEXT unless a subclass says more; a title quoting stored
        text is a Content, such as `safe.plain(...)`, never read as markup)."""
        return self.TITLE_TEXT

    def fields(self) -> list[Field]:
        """The form's rows, with their current values."""
        raise NotImplementedError

    def hint(self) -> str:
        """The keys line (HINT unless a subclass has a key of its own to name)."""
        return self.HINT

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """The save (run in a store worker) for what was typed; it returns the notice to show."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.form_title()
            for field in self.fields():
                with Horizontal(classes="form-row"):
                    yield Label(field.label)
                    if field.checkbox:
                        yield MarkedCheckbox(field.placeholder, field.value == CHECKED, id=f"form-{field.key}")
                    elif field.options:
                        yield Select(
                            field.options, value=field.value, allow_blank=False, id=f"form-{field.key}", compact=True
                        )
                    else:
                        yield Input(
                            value=shown(field.value),
                            placeholder=field.placeholder,
                            id=f"form-{field.key}",
                            compact=True,
                            type="integer" if field.integer else "text",
                            max_length=field.max_length,
                        )
                yield FieldError(id=f"form-{field.key}-error")
            if self.NOTE:
                yield Static(self.NOTE, classes="form-note", markup=False)
            yield FieldError(id="form-status")
            yield Static(self.hint(), id="form-hint", markup=False)

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def values(self) -> dict[str, str]:
        """What each field holds now."""
        found: dict[str, str] = {}
        for widget in self.query("Input, Select, Checkbox"):
            key = (widget.id or "").removeprefix("form-")
            if isinstance(widget, Input):
                found[key] = widget.value
            elif isinstance(widget, Checkbox):
                found[key] = CHECKED if widget.value else ""
            elif isinstance(widget, Select):
                found[key] = str(widget.value)
        return found

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any field saves."""
        event.stop()
        self.save()

    def save(self) -> None:
        """Save through the subclass's job; show a refusal under its field."""
        if self._saving:
            return
        app = recover_app(self)
        clear_errors(self)
        try:
            job = self.job(self.values())
        except RecoverError as error:
            self.refused(error)
            return

        def saved(notice: str) -> None:
            self._saving = False
            app.notify(shown(notice), markup=False, timeout=4)
            dismiss_on_top(self, True)

        def failed(error: RecoverError) -> None:
            self._saving = False
            self.refused(error)

        self._saving = True
        app.store_work(job, saved, group=f"form-save-{type(self).__name__}", failed=failed, owner=self)

    def refused(self, error: RecoverError) -> None:
        """Show why the save was refused: under its field, else on the status line."""
        status = self.query_one("#form-status", FieldError)
        place_error(
            self,
            error,
            self.ERROR_FIELDS,
            status.show,
            field_id="form-{key}",
            error_id="form-{key}-error",
        )

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(False)
