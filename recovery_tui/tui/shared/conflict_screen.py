"""ConflictScreen: a modal shown when a form's record was saved or removed elsewhere meanwhile.

Dismisses with what the person chose: "new" (save what they typed as a new record),
"reload" (show the newer record, dropping what they typed; not offered when it was removed),
or "keep" (back to the form, still holding what they typed). Keys n, r and escape; the
buttons work with tab and enter too.
"""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from recovery_tui import wording

ConflictChoice = Literal["new", "reload", "keep"]


class ConflictScreen(ModalScreen[ConflictChoice]):
    """Someone else saved this record first: save as new, show theirs, or keep editing."""

    DEFAULT_CSS = """
    ConflictScreen { align: center middle; }
    ConflictScreen > Vertical {
        width: 64; max-width: 100%; height: auto; border: round $warning; background: $surface; padding: 0 1;
    }
    ConflictScreen #conflict-title { text-style: bold; }
    ConflictScreen #conflict-message { margin: 1 0; }
    ConflictScreen Horizontal { height: auto; }
    ConflictScreen Button { width: 1fr; margin-right: 1; }
    """
    BINDINGS = [
        Binding("n", "choose('new')", "Save as new"),
        Binding("r", "choose('reload')", "Show newer"),
        Binding("escape", "choose('keep')", "Keep editing"),
    ]

    def __init__(self, message: str, *, what: str, can_reload: bool) -> None:
        """Args:
        message: what happened, from wording.CONFLICT.
        what: the record in words ("check-in", "journal entry").
        can_reload: False when the record was removed (there is nothing newer to show).
        """
        super().__init__()
        self.message = message
        self.what = what
        self.can_reload = can_reload

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Saved elsewhere meanwhile", id="conflict-title")
            yield Static(self.message, id="conflict-message", markup=False)
            yield Button(f"n  {wording.CONFLICT['save_new'].format(what=self.what)}", id="new", compact=True)
            if self.can_reload:
                yield Button(f"r  {wording.CONFLICT['reload']}", id="reload", compact=True)
            yield Button(f"escape  {wording.CONFLICT['keep']}", id="keep", compact=True)

    def on_mount(self) -> None:
        self.query_one("#new", Button).focus()

    def action_choose(self, choice: ConflictChoice) -> None:
        """Close with the person's choice (r does nothing when the record is gone)."""
        if choice == "reload" and not self.can_reload:
            return
        self.dismiss(choice)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button stands for its key."""
        event.stop()
        choice = event.button.id
        if choice in ("new", "reload", "keep"):
            self.action_choose(choice)  # type: ignore[arg-type]
