"""TriggersPanel: the latest trigger entries on the dashboard, one line each, refreshed on change.

Each line shows when (the weekday and time this week, the date before it, the month and
year before this year), what happened, the intensity and how it ended, in columns of fixed
width counted in terminal cells, so they line up whatever the words; the width of the text
follows the panel (about 35 cells at 80x24). The week starts on the `week_start` setting.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from recovery_tui.core.meetings import week_of
from recovery_tui.core.triggers import Trigger
from recovery_tui.safetext import cells, pad, truncate
from recovery_tui.services import config as config_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel

READ_AHEAD = 40  # entries read at once: more than any terminal shows, so resizing never re-reads
OUTCOME_WORDS = {"resisted": "resisted", "used": "used", "ongoing": "ongoing"}
WHEN_CELLS = 9  # "Fri 20:00"
INTENSITY_CELLS = 2  # "10"
OUTCOME_CELLS = max(cells(word) for word in OUTCOME_WORDS.values())


class Latest(NamedTuple):
    """What the panel reads: the newest entries and the first day of this week."""

    triggers: list[Trigger]
    week_began: date


def when_text(at: datetime, week_began: date) -> str:
    """'Fri 20:00' this week, '12 Nov' earlier this year, 'Nov 2025' before (WHEN_CELLS at most)."""
    if at.date() >= week_began:
        text = f"{at:%a %H:%M}"
    elif at.year == week_began.year:
        text = f"{at:%d %b}"
    else:
        text = f"{at:%b %Y}"
    return truncate(text, WHEN_CELLS)


def trigger_line(trigger: Trigger, width: int, week_began: date) -> str:
    """One entry in `width` cells: 'Fri 20:00 argument with…  7 resisted', columns fixed."""
    when = pad(when_text(trigger.at, week_began), WHEN_CELLS)
    intensity = "" if trigger.intensity is None else str(trigger.intensity)
    outcome = OUTCOME_WORDS.get(trigger.outcome or "", "")
    room = max(6, width - WHEN_CELLS - 1 - 1 - INTENSITY_CELLS - 1 - OUTCOME_CELLS)
    what = truncate(shown_line(trigger.what), room)
    return f"{when} {pad(what, room)} {intensity:>{INTENSITY_CELLS}} {outcome}".rstrip()


class TriggersPanel(Panel[Latest]):
    """The most recent trigger entries (as many as fit)."""

    NAME = "triggers"
    TITLE = "Triggers"
    KEYS = "t log · i insights"
    EMPTY = "No triggers logged yet. Press t when one comes up; i shows patterns once there are a few."
    _asked = 0  # how many entries the last read asked for

    def _rows(self) -> int:
        return max(1, self.content_region.height or 9)

    def read(self, store: Store, now: datetime) -> Latest:
        """The latest entries (enough for a tall terminal, so a resize need not read again) and
        the first day of this week."""
        week_began = week_of(now.date(), str(config_service.load(store)["week_start"]))
        return Latest(trigger_service.latest_triggers(store, limit=self._asked), week_began)

    def reload(self, _version: int = 0) -> None:
        """Read the latest entries again (as many as fit, and at least READ_AHEAD)."""
        self._asked = max(self._rows(), READ_AHEAD)
        super().reload()

    def rows(self, read: Latest, width: int) -> list[str]:
        """One line per entry, as many as fit."""
        return [trigger_line(t, max(20, width), read.week_began) for t in read.triggers[: self._rows()]]

    def on_resize(self) -> None:
        """Draw again for the new size; read again only if more rows fit than were read."""
        latest = self.last_read
        if latest is not None and len(latest.triggers) == self._asked and self._rows() > self._asked:
            self.reload()
        else:
            self.draw()
