"""MarkedRadioButton: a RadioButton whose state reads without colour: `(•)` chosen, `( )` not.

Textual's RadioButton draws the same dot on and off and tells them apart by colour alone (see
marked_checkbox.py, whose `mark` draws both).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import RadioButton

from recovery_tui.tui.shared.marked_checkbox import mark


class MarkedRadioButton(RadioButton):
    """A RadioButton showing `(•)` when chosen and `( )` when not."""

    @property
    def _button(self) -> Content:
        return mark(self, "(", "•", ")")
