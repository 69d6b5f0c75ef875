"""Messages widgets and screens send each other through the app."""

from __future__ import annotations

from textual.message import Message


class DataChanged(Message):
    """Something was written to the data file; panels should reload what they show."""
