"""MarkedCheckbox: a Checkbox whose state reads without colour: `[x]` when ticked, `[ ]` when not.

Textual's Checkbox draws the same X on and off and tells them apart by colour alone, which
cannot be read with NO_COLOR, on some themes or by a person who does not see the colours.
Every check box on the dashboard is a MarkedCheckbox (`mark(on, "[", "x", "]")` is shared with
MarkedRadioButton): the brackets take the label's colour, the mark the theme's "on" colour.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Checkbox, RadioButton


def mark(button: Checkbox | RadioButton, left: str, inner: str, right: str) -> Content:
    """`left inner right` when `button` is on, `left ␠ right` when off (3 cells, like Textual's)."""
    inner_style = button.get_visual_style("toggle--button")
    glyph = inner if button.value else " "
    return Content.assemble(left, (glyph, Style(foreground=inner_style.foreground, bold=True)), right)


class MarkedCheckbox(Checkbox):
    """A Checkbox showing `[x]` when ticked and `[ ]` when not."""

    @property
    def _button(self) -> Content:
        return mark(self, "[", "x", "]")
