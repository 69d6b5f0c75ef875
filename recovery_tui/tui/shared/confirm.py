"""ConfirmScreen: the one yes-or-no question the dashboard asks before a step that is hard to undo.

Restarting a counter, removing a restart, claiming a reward (it spends points), closing a
journal entry or a help request with unsaved words, quitting while a skill runs: each asks
here, so each works the same way. Two buttons that say what they do ("y  Restart it",
"n  Go back"); the safe one has focus, so a stray enter changes nothing. y answers yes and n or
escape no, from anywhere in the dialog; tab or the arrow keys move between the buttons and
enter presses the one with focus (shown in reverse, readable without colour). The question is
plain text, never markup (stored names in it are shown through `plain`). Dismisses with True
for yes, False for no.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from recovery_tui.tui.safe import plain


class ConfirmScreen(ModalScreen[bool]):
    """Ask one question; True for yes."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 100%; height: auto;
        border: round $warning; padding: 0 1; background: $surface;
    }
    ConfirmScreen #confirm-text { height: auto; margin-bottom: 1; }
    ConfirmScreen #confirm-question { text-style: bold; }
    ConfirmScreen Button { width: 1fr; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n,escape", "answer(False)", "No", show=False),
        Binding("up,left", "app.focus_previous", "Previous", show=False),
        Binding("down,right", "app.focus_next", "Next", show=False),
    ]

    def __init__(self, question: str, *, yes: str, no: str, detail: str = "") -> None:
        """Args:
        question: what is asked, one short line ("Restart alcohol? ...").
        yes: what the yes button does ("Restart it").
        no: what the no button does, the safe choice ("Go back").
        detail: a plain line under the question: what happens either way.
        """
        super().__init__()
        self.question, self.detail = question, detail
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical():
            with Vertical(id="confirm-text"):
                yield Static(plain(self.question), id="confirm-question")
                if self.detail:
                    yield Static(plain(self.detail), id="confirm-detail")
            yield Button(f"y  {self.yes}", id="confirm-yes", compact=True)
            yield Button(f"n  {self.no}", id="confirm-no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button stands for its key."""
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, answer: bool) -> None:
        """Close with the answer."""
        self.dismiss(answer)
