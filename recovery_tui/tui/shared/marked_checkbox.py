"""MarkedCheckbox: a Checkbox whose mark is visible without colour (X when on, blank when off).

Textual's Checkbox shows its state by colour alone, which cannot be read with NO_COLOR or on
some themes; the trigger form's HALT boxes use this instead.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class MarkedCheckbox(Checkbox):
    """A Checkbox showing X when checked and a blank when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        button: Content = super()._button
        return button
