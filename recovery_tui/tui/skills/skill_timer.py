"""SkillTimerDisplay: the big time left (Digits), a progress bar and a one-line state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, ProgressBar, Static

from recovery_tui.core.timer import PAUSED, SkillTimer, clock_text


class SkillTimerDisplay(Vertical):
    """Shows a SkillTimer; the screen calls `show(timer)` (the timer keeps time, not this)."""

    def compose(self) -> ComposeResult:
        yield Digits("10:00", id="timer-digits")
        yield ProgressBar(total=600, show_eta=False, id="timer-bar")
        yield Static("", id="timer-state")

    @property
    def text(self) -> str:
        """The time shown, e.g. '09:59'."""
        return str(self.query_one("#timer-digits", Digits).value)

    def show(self, timer: SkillTimer, state_line: str = "") -> None:
        """Draw the time left, the share done and a line about the state."""
        self.query_one("#timer-digits", Digits).update(clock_text(timer.remaining))
        self.query_one("#timer-bar", ProgressBar).update(total=timer.planned_seconds, progress=timer.elapsed)
        line = state_line or ("Paused. p resumes, x stops." if timer.state == PAUSED else "")
        self.query_one("#timer-state", Static).update(line)
