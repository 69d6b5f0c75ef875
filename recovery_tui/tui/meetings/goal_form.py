"""GoalForm: set or clear the weekly meeting goal from the dashboard (`g`).

Saving calls services/meetings.set_goal, the same call as `recover meeting goal`; 0 or an
empty field removes the goal. The meetings panel shows the week against it.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui import messages
from recovery_tui.core.meetings import GOAL_MAX
from recovery_tui.errors import InvalidInput
from recovery_tui.services import meetings as meeting_service
from recovery_tui.store import Store
from recovery_tui.tui.shared.form_screen import Field, FormScreen


class GoalForm(FormScreen):
    """Meetings per week to aim for."""

    TITLE_TEXT = "Weekly meeting goal"
    NOTE = f"Meetings per week to aim for, 1 to {GOAL_MAX}. 0 or empty: no goal."
    ERROR_FIELDS = {"goal": "goal"}

    def __init__(self, goal: int) -> None:
        """Args:
        goal: the goal now (0: none), read by the caller in a store worker.
        """
        self.goal = goal
        super().__init__()

    def fields(self) -> list[Field]:
        """One number."""
        return [Field("goal", "Per week", str(self.goal) if self.goal else "", "e.g. 2", integer=True, max_length=3)]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Set the goal (0 clears it)."""
        text = values["goal"].strip() or "0"
        if not text.isdigit():
            raise InvalidInput("goal", messages.WEEKLY_GOAL.format(most=GOAL_MAX))
        wanted = int(text)

        def save(store: Store) -> str:
            goal = meeting_service.set_goal(store, wanted)
            return (
                f"Weekly goal: {goal} {'meeting' if goal == 1 else 'meetings'} a week."
                if goal
                else "Weekly goal removed."
            )

        return save
