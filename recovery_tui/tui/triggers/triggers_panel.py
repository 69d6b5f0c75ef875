"""TriggersPanel: the latest trigger entries on the dashboard, one line each, refreshed on change.

Each line shows the weekday and time, what happened, the intensity and how it ended; the
width of the text follows the panel (about 35 cells at 80x24).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from recovery_tui.core.triggers import Trigger
from recovery_tui.safetext import pad, truncate
from recovery_tui.services import triggers as trigger_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import shown_line

EMPTY = "No triggers logged yet. Press t when one comes up; i shows patterns once there are a few."
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


class TriggersPanel(Vertical):
    """The most recent trigger entries (as many as fit)."""

    _latest: list[Trigger] | str | None = None  # what was read last (or why not)
    _asked = 0

    def on_mount(self) -> None:
        self.border_title = "Triggers"
        self.border_subtitle = "t log · i insights"
        self.watch(self.app, "data_version", self.reload, init=True)

    def compose(self) -> ComposeResult:
        yield Static(id="triggers-body", markup=False)

    def on_resize(self) -> None:
        """Draw again for the new size; read again only if more rows fit than were read."""
        if isinstance(self._latest, list) and len(self._latest) == self._asked and self._rows() > self._asked:
            self.reload()
        else:
            self._draw()

    def _rows(self) -> int:
        return max(1, self.content_region.height or 9)

    def reload(self, _version: int = 0) -> None:
        """Read the latest entries again (enough for a tall terminal, so a resize need not)."""
        self._asked = asked = max(self._rows(), READ_AHEAD)
        recover_app(self).store_work(
            lambda store: trigger_service.latest_triggers(store, limit=asked),
            self._loaded,
            group="triggers-load",
            failed=lambda error: self._loaded(str(error)),
            owner=self,
        )

    def _loaded(self, latest: list[Trigger] | str) -> None:
        """What the store worker read (or why it could not): draw it."""
        self._latest = latest
        self._draw()

    def _draw(self) -> None:
        latest = self._latest
        if latest is None:
            return
        body = self.query_one("#triggers-body", Static)
        if isinstance(latest, str):
            body.update(latest)
            return
        if not latest:
            body.update(EMPTY)
            return
        width = max(20, self.content_region.width or 35)
        body.update("\n".join(trigger_line(t, width) for t in latest[: self._rows()]))
