"""CelebrationScreen: a milestone reached, congratulated on a screen of its own, once.

The counters panel opens it for each milestone that `take_celebrations` gives (the memory the
CLI's congratulations use too, so neither says the same one twice). It shows the
congratulation and the anonymous share text (the same as `recover share`, signed with the
pseudonym when one is set), read in a store worker, as plain text to select with the mouse:
nothing is sent to the terminal's clipboard. Enter or escape closes it.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from recovery_tui.services import counters as service
from recovery_tui.services.counters import Celebration
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import plain

COPY_HINT = "To copy it, select it with the mouse (in most terminals hold shift while you drag)."


class CelebrationScreen(ModalScreen[None]):
    """One milestone, with the share text ready to copy."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [Binding("escape,enter", "close", "Close")]

    def __init__(self, celebration: Celebration) -> None:
        super().__init__()
        self.celebration = celebration

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(f"★ {self.celebration.label} ★"), id="celebration-title")
            yield Static(plain(self.celebration.message), id="celebration-message")
            yield Static("Share it, anonymously:", id="celebration-share-label", markup=False)
            yield Static(id="celebration-share", markup=False)
            yield Static(COPY_HINT, id="celebration-hint", markup=False)
            yield Static("enter or escape: back to the dashboard", id="celebration-keys", markup=False)

    def on_mount(self) -> None:
        app = recover_app(self)
        now, name = app.now(), self.celebration.counter
        app.store_work(
            lambda store: service.share_text(store, name, now),
            self._shared,
            group="celebration-share",
            failed=lambda _error: self._shared(self.celebration.message),
            owner=self,
        )

    def _shared(self, text: str) -> None:
        """Show the share text."""
        self.query_one("#celebration-share", Static).update(plain(text))

    def action_close(self) -> None:
        """Close."""
        self.dismiss(None)
