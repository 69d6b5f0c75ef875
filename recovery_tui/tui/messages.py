"""Messages widgets and screens send each other through the app."""

from __future__ import annotations

from textual.message import Message


class DataChanged(Message):
    """Something was written to the data file; panels should reload what they show."""


class Restarted(Message):
    """A counter was restarted from a dashboard form (relapse, check-in, trigger): the
    dashboard offers to undo it for a while.

    Attributes:
        restarts: (counter name, event id) of each restart recorded by that one action.
    """

    def __init__(self, restarts: list[tuple[str, str]]) -> None:
        super().__init__()
        self.restarts = restarts
