"""PledgeForm: today's pledge from the dashboard (`d`): optional words, enter saves.

Saving calls services/pledges.make_pledge, the same call as `recover pledge`: one pledge a
day, so pledging again changes that day's words. The Today panel then shows "✓ Pledged today".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from recovery_tui.core.pledges import TEXT_MAX, Pledge
from recovery_tui.services import pledges as pledge_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.shared.form_screen import Field, FormScreen

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp


class PledgeForm(FormScreen):
    """Today's intention, in the person's own words if they like."""

    TITLE_TEXT = "Today's pledge"
    NOTE = "Your intention for today, in your own words if you like; empty is fine."
    ERROR_FIELDS = {"text": "text"}

    def __init__(self, pledge: Pledge | None) -> None:
        """Args:
        pledge: today's pledge when there is one (its words are shown to change), read by the
            caller in a store worker.
        """
        self.pledge = pledge
        super().__init__()

    def fields(self) -> list[Field]:
        """One line of words."""
        words = self.pledge.text or "" if self.pledge else ""
        return [Field("text", "Words", words, "e.g. one day at a time", max_length=TEXT_MAX)]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Pledge for today (again: change today's words)."""
        now = recover_app(self).now()
        words = values["text"]

        def save(store: Store) -> str:
            done = pledge_service.make_pledge(store, words, now=now)
            return "Today's pledge is updated." if done.again else "Pledged for today. Well done."

        return save


def open_pledge(app: RecoverApp) -> None:
    """Read today's pledge in a worker, then open the form; reload the dashboard once saved."""
    day = app.now().date()

    def saved(changed: bool | None) -> None:
        if changed:
            app.post_message(DataChanged())

    def show(pledge: Pledge | None) -> None:
        if not any(isinstance(screen, PledgeForm) for screen in app.screen_stack):
            app.push_screen(PledgeForm(pledge), saved)

    app.store_work(lambda store: pledge_service.pledge_on(store, day), show, group="pledge-open")
