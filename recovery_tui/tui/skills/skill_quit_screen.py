"""SkillQuitScreen: asks before quitting while a 10-minute skill runs (or waits for its rating).

The dashboard's one confirmation dialog (ConfirmScreen) with the skill's words; a type of its
own so `q` pressed again while it is open does not ask twice. Dismisses True to stop the skill,
save it (stopped early, with the time done and the craving before) and quit; False to stay.
Keys: y quits, n or escape stays; "Keep going" has focus.
"""

from __future__ import annotations

from recovery_tui import wording
from recovery_tui.tui.shared.confirm import ConfirmScreen


class SkillQuitScreen(ConfirmScreen):
    """A skill is running. Stop it and quit?"""

    def __init__(self, *, ended: bool = False) -> None:
        """Args:
        ended: the skill's time is up and only its craving-after rating is missing.
        """
        if ended:
            ask, detail, yes = wording.SKILL_QUIT_ENDED, wording.SKILL_QUIT_ENDED_DETAIL, "Save it and quit"
        else:
            ask, detail, yes = wording.SKILL_QUIT_ASK, wording.SKILL_QUIT_DETAIL, "Stop it and quit"
        super().__init__(ask, detail=detail, yes=yes, no="Keep going")
        self.ended = ended
