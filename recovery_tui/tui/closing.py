"""`dismiss_on_top(screen, value)`: close a form whose save finished in a store worker.

A save may finish while another screen is over the form (ctrl+s opened SOS while it waited
for the data file): dismissing then would close the wrong screen. This closes the form at
once when it is on top, else as soon as it is on top again.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual.screen import Screen

T = TypeVar("T")

CHECK_SECONDS = 0.1


def dismiss_on_top(screen: Screen[Any], value: object) -> None:
    """Dismiss `screen` with `value` now if it is the active screen, else once it is again."""
    if not screen.is_attached:
        return
    if screen.app.screen is screen:
        screen.dismiss(value)
        return

    def check() -> None:
        if not screen.is_attached:
            timer.stop()
        elif screen.app.screen is screen:
            timer.stop()
            screen.dismiss(value)

    timer = screen.set_interval(CHECK_SECONDS, check)
