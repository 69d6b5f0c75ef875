"""TriggersPanel: the latest trigger entries on the dashboard, one line each, refreshed on change.

Each line shows the weekday and time, what happened, the intensity and how it ended; the
width of the text follows the panel (about 35 cells at 80x24).
"""

from __future__ import annotations

from datetime import datetime

from recovery_tui.core.triggers import Trigger
from recovery_tui.safetext import pad, truncate
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel

READ_AHEAD = 40  # entries read at once: more than any terminal shows, so resizing never re-reads
OUTCOME_WORDS = {"resisted": "resisted", "used": "used", "ongoing": "ongoing"}


def trigger_line(trigger: Trigger, width: int) -> str:
    """One entry in `width` cells: 'Fri 20:00 argument with my b…  7 resisted'."""
    when = f"{trigger.at:%a %H:%M}"
    intensity = "" if trigger.intensity is None else str(trigger.intensity)
    outcome = OUTCOME_WORDS.get(trigger.outcome or "", "")
    room = max(6, width - len(when) - 1 - 1 - 2 - (len(outcome) + 1 if outcome else 0))
    what = truncate(shown_line(trigger.what), room)
    tail = f"{intensity:>2}" + (f" {outcome}" if outcome else "")
    return f"{when} {pad(what, room)} {tail}".rstrip()


class TriggersPanel(Panel[list[Trigger]]):
    """The most recent trigger entries (as many as fit)."""

    NAME = "triggers"
    TITLE = "Triggers"
    KEYS = "t log · i insights"
    EMPTY = "No triggers logged yet. Press t when one comes up; i shows patterns once there are a few."
    _asked = 0  # how many entries the last read asked for

    def _rows(self) -> int:
        return max(1, self.content_region.height or 9)

    def read(self, store: Store, now: datetime) -> list[Trigger]:
        """The latest entries: enough for a tall terminal, so a resize need not read again."""
        return trigger_service.latest_triggers(store, limit=self._asked)

    def reload(self, _version: int = 0) -> None:
        """Read the latest entries again (as many as fit, and at least READ_AHEAD)."""
        self._asked = max(self._rows(), READ_AHEAD)
        super().reload()

    def rows(self, read: list[Trigger], width: int) -> list[str]:
        """One line per entry, as many as fit."""
        return [trigger_line(t, max(20, width)) for t in read[: self._rows()]]

    def on_resize(self) -> None:
        """Draw again for the new size; read again only if more rows fit than were read."""
        latest = self.last_read
        if latest is not None and len(latest) == self._asked and self._rows() > self._asked:
            self.reload()
        else:
            self.draw()
