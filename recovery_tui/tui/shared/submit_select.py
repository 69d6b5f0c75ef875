"""SubmitSelect: a Select on which enter submits the form (as in a text field) while it is closed.

Textual's Select opens its list on enter, so a person who fills a form with tab and enter got
the list again instead of a save. Here enter posts `SubmitSelect.Submitted` (the form saves);
space, up and down still open the list, and enter inside the open list still chooses.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Select

T = TypeVar("T")


class SubmitSelect(Select[T], Generic[T]):
    """A Select whose enter, while closed, submits the form it is in."""

    BINDINGS = [
        Binding("enter", "submit", "Save", show=False),
        Binding("down,space,up", "show_overlay", "Show menu", show=False),
    ]

    class Submitted(Message):
        """Enter on a closed SubmitSelect."""

    def action_submit(self) -> None:
        """Ask the form to save (the list is closed: an open list has the focus itself)."""
        self.post_message(self.Submitted())
