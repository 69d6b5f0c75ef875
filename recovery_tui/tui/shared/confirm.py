"""ConfirmScreen: a small yes/no question; enter or y answers yes, escape or n answers no.

Used before a change that is hard to see undone (a restart, removing a restart). The
question is plain text (stored names pass through `visible_line`); dismisses with True or
False.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from recovery_tui.tui.safe import plain


class ConfirmScreen(ModalScreen[bool]):
    """Ask one question; True for yes."""

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 100%; height: auto;
        border: round $warning; padding: 0 1; background: $surface;
    }
    ConfirmScreen #confirm-question { text-style: bold; margin-bottom: 1; }
    ConfirmScreen #confirm-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter,y", "answer(True)", "Yes", show=False),
        Binding("escape,n", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str, *, yes: str = "yes", no: str = "no") -> None:
        super().__init__()
        self.question = question
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.question), id="confirm-question")
            yield Static(f"enter or y {self.yes} · escape or n {self.no}", id="confirm-hint")

    def action_answer(self, answer: bool) -> None:
        """Close with the answer."""
        self.dismiss(answer)
