"""SkillQuitScreen: asks before quitting while a 10-minute skill runs (or waits for its rating).

Dismisses True to stop the skill, save it (stopped early, with the time done and the craving
before) and quit; False to stay. Keys: y or enter quit, n or escape stay.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from recovery_tui import wording


class SkillQuitScreen(ModalScreen[bool]):
    """A skill is running. Stop it and quit?"""

    CSS_PATH = "skills.tcss"
    BINDINGS = [
        Binding("y", "answer(True)", "Stop and quit"),
        Binding("n,escape", "answer(False)", "Keep going"),
    ]

    def __init__(self, *, ended: bool = False) -> None:
        """Args:
        ended: the skill's time is up and only its craving-after rating is missing.
        """
        super().__init__()
        self.ended = ended

    def compose(self) -> ComposeResult:
        ask = wording.SKILL_QUIT_ENDED if self.ended else wording.SKILL_QUIT_ASK
        detail = wording.SKILL_QUIT_ENDED_DETAIL if self.ended else wording.SKILL_QUIT_DETAIL
        with Vertical():
            yield Static(ask, id="skill-quit-ask")
            yield Static(detail, id="skill-quit-detail")
            yield Button(
                "y  Save it and quit" if self.ended else "y  Stop it and quit", id="skill-quit-yes", compact=True
            )
            yield Button("n  Keep going", id="skill-quit-no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#skill-quit-no", Button).focus()

    def action_answer(self, quit_now: bool) -> None:
        """Close with the answer."""
        self.dismiss(quit_now)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button stands for its key."""
        event.stop()
        self.dismiss(event.button.id == "skill-quit-yes")
