"""RequestStep: step 3 of the composer: what would help (a kind of request, or own words)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, RadioButton, RadioSet

from recovery_tui.core.help_requests import REQUEST_KINDS
from recovery_tui.tui.shared.field_error import FieldError
from recovery_tui.tui.shared.marked_radio_button import MarkedRadioButton


class RequestStep(Vertical):
    """Five kinds of request; typing own words selects "in my own words"."""

    def compose(self) -> ComposeResult:
        with RadioSet(id="request-kind", compact=True):
            for index, (kind, label) in enumerate(REQUEST_KINDS.items()):
                yield MarkedRadioButton(label, value=index == 0, id=f"kind-{kind}")
        yield Label("Your own words")
        yield Input(placeholder="e.g. Can someone call me at 9?", id="request-text", compact=True)
        yield FieldError(id="request-text-error")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Own words typed: select "in my own words" (the event still reaches the screen)."""
        if event.input.id == "request-text" and event.value.strip():
            own = self.query_one("#kind-own", RadioButton)
            if not own.value:
                own.value = True

    def values(self) -> tuple[str, str]:
        """(kind, own words)."""
        pressed = self.query_one("#request-kind", RadioSet).pressed_button
        kind = pressed.id.removeprefix("kind-") if pressed is not None and pressed.id else "advice"
        return kind, self.query_one("#request-text", Input).value

    def clear(self) -> None:
        """Back to advice, no own words."""
        self.query_one("#request-text", Input).value = ""
        self.query_one("#kind-advice", RadioButton).value = True
