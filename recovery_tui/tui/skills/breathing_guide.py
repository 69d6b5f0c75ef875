"""BreathingGuide: a block that grows while you breathe in and shrinks while you breathe out.

It draws `core.breathing.lung_level` (0 empty .. 1 full) as a centred block of characters, so it
reads the same without colour, and names the phase with its own countdown underneath.
The screen calls `show(pattern, t)` with the seconds counted so far; nothing here keeps time.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from recovery_tui.core.breathing import BreathPattern, lung_level, phase_at

MIN_WIDTH, MAX_WIDTH = 4, 36
MAX_ROWS = 7


class BreathingGuide(Widget):
    """The breathing shape and 'Breathe in 3' for a pattern at a moment."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._pattern: BreathPattern | None = None
        self._t = 0.0
        self.paused = False

    @property
    def level(self) -> float:
        """How full the shape is drawn now, 0.0 to 1.0."""
        return lung_level(self._pattern, self._t) if self._pattern else 0.0

    @property
    def label(self) -> str:
        """The phase and its countdown, e.g. 'Breathe in · 3'."""
        if self._pattern is None:
            return ""
        phase = phase_at(self._pattern, self._t)
        text = f"{phase.words} · {phase.count}"
        return f"{text}  (paused)" if self.paused else text

    def show(self, pattern: BreathPattern | None, t: float, *, paused: bool = False) -> None:
        """Draw `pattern` at `t` seconds into the skill."""
        self._pattern, self._t, self.paused = pattern, t, paused
        self.refresh()

    def render(self) -> Text:
        """The shape, centred, then the label."""
        width = max(self.size.width, MIN_WIDTH)
        level = self.level
        rows = 1 + round(level * (MAX_ROWS - 1))
        block = MIN_WIDTH + round(level * (min(MAX_WIDTH, width) - MIN_WIDTH))
        block -= (width - block) % 2  # keep it centred on even and odd widths
        pad = max(0, (width - block) // 2)
        blank = (MAX_ROWS - rows) // 2
        lines = [""] * blank + [" " * pad + "█" * block] * rows
        lines += [""] * (MAX_ROWS - len(lines)) + ["", self.label.center(width).rstrip()]
        return Text("\n".join(lines), style="bold" if not self.paused else "dim")
