"""FollowUpScreen: a modal asking who answered a help request and whether it helped."""

from __future__ import annotations

from pathlib import Path

import msgspec
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioSet, Static

from recovery_tui.core.help_requests import HelpRequest
from recovery_tui.safetext import truncate
from recovery_tui.tui.safe import markup
from recovery_tui.tui.shared.marked_radio_button import MarkedRadioButton


class FollowUpAnswer(msgspec.Struct, frozen=True):
    """What the form gives back: helpful yes/no, who answered, what helped."""

    helpful: bool
    from_name: str
    note: str


class FollowUpScreen(ModalScreen[FollowUpAnswer | None]):
    """Did it help? Who answered? What helped? Escape cancels."""

    CSS_PATH = Path(__file__).with_name("help_requests.tcss")
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+o", "save", "Save")]

    def __init__(self, request: HelpRequest) -> None:
        super().__init__()
        self.request = request

    def compose(self) -> ComposeResult:
        with Vertical():
            title = (self.request.message.title or self.request.message.body).splitlines()[0]
            short = truncate(title, 42)
            yield Static(markup("[b]Follow-up[/b] · $short", short=short))
            with Horizontal(classes="row"):
                yield Label("Did it help?")
                with RadioSet(id="helpful", compact=True):
                    yield MarkedRadioButton("Yes", id="helpful-yes")
                    yield MarkedRadioButton("No", id="helpful-no")
            with Horizontal(classes="row"):
                yield Label("Who answered")
                yield Input(placeholder="a name, optional", id="followup-from", compact=True)
            with Horizontal(classes="row"):
                yield Label("What helped")
                yield Input(placeholder="a few words, optional", id="followup-note", compact=True)
            yield Static("", id="followup-error")
            with Horizontal(id="followup-buttons"):
                yield Button("Save", id="followup-save", variant="primary", compact=True)
                yield Button("Cancel", id="followup-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#helpful", RadioSet).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "followup-save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Check the answer and hand it back."""
        pressed = self.query_one("#helpful", RadioSet).pressed_button
        if pressed is None:
            self.query_one("#followup-error", Static).update("Did it help? Choose Yes or No.")
            self.query_one("#helpful", RadioSet).focus()
            return
        self.dismiss(
            FollowUpAnswer(
                helpful=pressed.id == "helpful-yes",
                from_name=self.query_one("#followup-from", Input).value,
                note=self.query_one("#followup-note", Input).value,
            )
        )

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
