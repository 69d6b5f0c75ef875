"""FieldError: the line under a form field saying why its value was refused; and `place_error`.

Core and services raise `InvalidInput(field, message)` with a domain field (`at`, `cost`);
a form maps those fields to its own widgets and `place_error` puts the message under the
right one and moves the focus there. A field the form does not have goes to the form's
general status line. No form reads a field out of the error's text.

The line starts with "! ", so it reads as an error without colour (NO_COLOR), and shows the
message through tui/safe.py (it may quote what was typed). Hidden while empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from textual.widget import Widget
from textual.widgets import Label

from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.tui.safe import shown, shown_line
from recovery_tui.tui.said import said

MARK = "! "
"""What starts every shown error, so it is one without colour too."""


class FieldError(Label):
    """One line under a field with the reason its value was refused; hidden when empty."""

    DEFAULT_CSS = """
    FieldError { color: $error; height: auto; width: 1fr; display: none; }
    FieldError.-shown { display: block; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__("", id=id, classes=classes, markup=False)

    def show(self, message: str | None) -> None:
        """Show `message` (stored text allowed), or hide the line when it is None or empty.

        The sentence is shown as written (it may start with a name, kept as typed).
        """
        self.update(MARK + shown_line(message) if message else "")
        self.set_class(bool(message), "-shown")


def clear_errors(form: Widget) -> None:
    """Hide every FieldError of `form` (before a new check or save)."""
    for line in form.query(FieldError):
        line.show(None)


def place_error(
    form: Widget,
    error: RecoverError,
    fields: Mapping[str, str],
    general: Callable[[str], object] | None = None,
    *,
    field_id: str = "{key}",
    error_id: str = "{key}-error",
) -> str | None:
    """Show an InvalidInput's message under the widget of its field and focus that widget.

    Args:
        form: the screen or container holding the fields.
        error: the refusal; an InvalidInput names its domain field.
        fields: domain field -> the key of this form's widget for it; the widget has the
            id `field_id` and the FieldError under it `error_id`, with the key filled in.
        general: shows a message on the form's status line, for a field it does not have
            or any other error (default: an error notification).

    Returns:
        The key of the field shown, or None when the message went to the status line.
    """
    key = fields.get(error.field) if isinstance(error, InvalidInput) and error.field is not None else None
    if key is None:
        message = said(error)
        if general is None:
            form.app.notify(shown(message), markup=False, severity="error", timeout=8)
        else:
            general(message)
        return None
    assert isinstance(error, InvalidInput)
    form.query_one("#" + error_id.format(key=key), FieldError).show(error.message)
    for widget in form.query("#" + field_id.format(key=key)):
        if widget.focusable:
            widget.focus()
        break
    return key
