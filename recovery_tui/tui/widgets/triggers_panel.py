"""TriggersPanel: the latest trigger entries on the dashboard, one line each, refreshed on change.

Each line shows the weekday and time, what happened, the intensity and how it ended; the
width of the text follows the panel (about 35 cells at 80x24).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from recovery_tui.core.triggers import Trigger
from recovery_tui.errors import RecoverError
from recovery_tui.services import triggers as trigger_service
from recovery_tui.tui.access import recover_app

EMPTY = "No triggers logged yet. Press t when one comes up; i shows patterns once there are a few."
OUTCOME_WORDS = {"resisted": "resisted", "used": "used", "ongoing": "ongoing"}


def trigger_line(trigger: Trigger, width: int) -> str:
    """One entry in `width` cells: 'Fri 20:00 argument with my b…  7 resisted'."""
    when = f"{trigger.at:%a %H:%M}"
    intensity = "" if trigger.intensity is None else str(trigger.intensity)
    outcome = OUTCOME_WORDS.get(trigger.outcome or "", "")
    room = max(6, width - len(when) - 1 - 1 - 2 - (len(outcome) + 1 if outcome else 0))
    what = trigger.what if len(trigger.what) <= room else trigger.what[: room - 1] + "…"
    tail = f"{intensity:>2}" + (f" {outcome}" if outcome else "")
    return f"{when} {what:<{room}} {tail}".rstrip()


class TriggersPanel(Vertical):
    """The most recent trigger entries (as many as fit)."""

    DEFAULT_CSS = """
    TriggersPanel #triggers-body { height: 1fr; }
    """

    def on_mount(self) -> None:
        self.border_title = "Triggers"
        self.border_subtitle = "t log · i insights"
        self.watch(self.app, "data_version", self.reload, init=True)

    def compose(self) -> ComposeResult:
        yield Static(id="triggers-body", markup=False)

    def on_resize(self) -> None:
        self.reload()

    def reload(self, _version: int = 0) -> None:
        """Read the latest entries again."""
        body = self.query_one("#triggers-body", Static)
        rows = max(1, self.content_region.height or 9)
        width = max(20, self.content_region.width or 35)
        try:
            latest = trigger_service.latest_triggers(recover_app(self).store, limit=rows)
        except RecoverError as error:
            body.update(str(error))
            return
        if not latest:
            body.update(EMPTY)
            return
        body.update("\n".join(trigger_line(t, width) for t in latest))
