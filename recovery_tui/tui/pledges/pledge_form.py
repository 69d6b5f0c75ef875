"""PledgeForm: today's pledge from the dashboard (`d`): optional words, enter saves.

Saving calls services/pledges.make_pledge, the same call as `recover pledge`: one pledge a
day, so pledging again changes that day's words. The Today panel then shows "✓ Pledged today".
Once there is one, ctrl+r takes it back (after asking), through services/pledges.remove_pledge
as `recover pledge remove today` does: a pledge made by mistake can be undone here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.binding import Binding

from recovery_tui.core.pledges import TEXT_MAX, Pledge
from recovery_tui.services import pledges as pledge_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.form_screen import Field, FormScreen

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp


class PledgeForm(FormScreen):
    """Today's intention, in the person's own words if they like."""

    TITLE_TEXT = "Today's pledge"
    NOTE = "Your intention for today, in your own words if you like; empty is fine."
    ERROR_FIELDS = {"text": "text"}
    BINDINGS = [Binding("ctrl+r", "take_back", "Take back today's pledge", show=False)]
    TAKE_BACK_HINT = "enter saves · ctrl+r takes today's pledge back · esc cancels"

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

    def hint(self) -> str:
        """Name ctrl+r once there is a pledge to take back."""
        return self.TAKE_BACK_HINT if self.pledge else self.HINT

    def action_take_back(self) -> None:
        """Ask, then remove today's pledge (the same service as `recover pledge remove`)."""
        pledge = self.pledge
        if pledge is None:
            return
        app = recover_app(self)

        def removed(_gone: Pledge) -> None:
            app.notify("Today's pledge is taken back. You can pledge again any time.", markup=False, timeout=4)
            dismiss_on_top(self, True)

        def answered(yes: bool | None) -> None:
            if yes:
                now = app.now()
                app.store_work(
                    lambda store: pledge_service.remove_pledge(store, pledge.id, now=now),
                    removed,
                    group="pledge-take-back",
                    failed=lambda error: self.refused(error),
                    owner=self,
                )

        detail = f"Its words go too: {shown(pledge.text)}" if pledge.text else "You can pledge again any time."
        question = ConfirmScreen("Take back today's pledge?", detail=detail, yes="Take it back", no="Keep it")
        app.push_screen(question, answered)

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
