"""MessagePreview: the live, editable preview of a help request with its format choice."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Select, Static, TextArea

from recovery_tui.core.help_requests import DEFAULT_FORMAT, FORMATS


class MessagePreview(Vertical):
    """A format selector, the message in an editable TextArea, and a one-line status."""

    def compose(self) -> ComposeResult:
        yield Select(
            [(label, key) for key, label in FORMATS.items()],
            value=DEFAULT_FORMAT,
            allow_blank=False,
            id="format",
            compact=True,
        )
        yield TextArea(id="preview", soft_wrap=True, compact=True)
        yield Static("", id="preview-status")

    @property
    def format(self) -> str:
        """The chosen format: forum, text or chat."""
        value = self.query_one("#format", Select).value
        return value if isinstance(value, str) else DEFAULT_FORMAT

    @format.setter
    def format(self, value: str) -> None:
        self.query_one("#format", Select).value = value

    @property
    def text(self) -> str:
        """The message as it stands (edited or not)."""
        return self.query_one("#preview", TextArea).text

    def show(self, text: str) -> None:
        """Replace the message."""
        self.query_one("#preview", TextArea).load_text(text)

    def status(self, text: str) -> None:
        """Set the status line."""
        self.query_one("#preview-status", Static).update(text)
