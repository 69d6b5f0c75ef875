"""ReasonsScreen ("Why", key w): the person's reasons, numbered as `recover reason list`
numbers them, with keys to add (a), edit (e or enter) and remove (d, after asking) one.

Every change goes through services/reasons, the same calls as `recover reason`; the list is
read in a store worker and read again after each change. Dismisses with True when something
changed.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.reasons import Reason
from recovery_tui.services import reasons as reason_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.reasons.reason_form import ReasonForm
from recovery_tui.tui.safe import plain, shown, shown_line
from recovery_tui.tui.said import said
from recovery_tui.tui.shared.confirm import ConfirmScreen

INTRO = "Why you are doing this, in your own words. SOS shows these, and so do hard moments."
EMPTY = "No reasons yet. Press a to write one, e.g. 'I want to be there for my kids'."
KEYS = {True: "a adds · e edits · d removes · esc closes", False: "a adds · esc closes"}
"""The box's bottom line, with reasons and without."""


class ReasonsScreen(ModalScreen[bool]):
    """The person's reasons."""

    CSS_PATH = Path(__file__).with_name("reasons.tcss")
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "remove", "Remove"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._changed = False
        self._reasons: list[Reason] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Why"
            box.border_subtitle = KEYS[False]
            yield Static(INTRO, classes="muted", markup=False)
            yield OptionList(id="reasons-list")
            yield Static("", id="reasons-status", markup=False)

    def on_mount(self) -> None:
        self.query_one("#reasons-list", OptionList).focus()
        self.reload()

    def reload(self) -> None:
        """Read the reasons again."""
        recover_app(self).store_work(
            reason_service.list_reasons,
            self._show,
            group="reasons-load",
            failed=lambda error: self.query_one("#reasons-status", Static).update(shown(said(error))),
            owner=self,
        )

    def _show(self, reasons: list[Reason]) -> None:
        """Show the reasons the store worker read, numbered."""
        self._reasons = reasons
        options = self.query_one("#reasons-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for number, reason in enumerate(reasons, 1):
            options.add_option(Option(plain(f"{number}. {' '.join(reason.text.split())}"), id=reason.id))
        options.display = bool(reasons)
        self.query_one(Vertical).border_subtitle = KEYS[bool(reasons)]
        status = self.query_one("#reasons-status", Static)
        if reasons:
            options.highlighted = min(highlighted or 0, len(reasons) - 1)
            options.focus()
            if status.has_class("empty"):
                status.remove_class("empty").update("")
        else:
            status.add_class("empty").update(EMPTY)

    def _highlighted(self) -> Reason | None:
        options = self.query_one("#reasons-list", OptionList)
        if not self._reasons or options.highlighted is None:
            return None
        wanted = options.get_option_at_index(options.highlighted).id
        return next((r for r in self._reasons if r.id == wanted), None)

    def _after_form(self, saved: bool | None) -> None:
        if saved:
            self._changed = True
            self.query_one("#reasons-status", Static).update("")
            self.reload()

    def action_add(self) -> None:
        """Write a new reason."""
        self.app.push_screen(ReasonForm(), self._after_form)

    def action_edit(self) -> None:
        """Change the words of the highlighted reason."""
        reason = self._highlighted()
        if reason is not None:
            self.app.push_screen(ReasonForm(reason), self._after_form)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a reason edits it."""
        event.stop()
        self.action_edit()

    def action_remove(self) -> None:
        """Remove the highlighted reason after asking."""
        reason = self._highlighted()
        if reason is None:
            return
        status = self.query_one("#reasons-status", Static)
        app = recover_app(self)

        def removed(gone: Reason) -> None:
            self._changed = True
            status.update(shown_line(f"Removed: {gone.text}"))
            self.reload()

        def answered(yes: bool | None) -> None:
            if yes:
                app.store_work(
                    lambda store: reason_service.remove_reason(store, reason.id),
                    removed,
                    group="reason-remove",
                    owner=self,
                )

        words = " ".join(reason.text.split())
        question = f"Remove the reason '{words[:50]}{'...' if len(words) > 50 else ''}'?"
        self.app.push_screen(ConfirmScreen(question, yes="Remove", no="Keep it"), answered)

    def action_close(self) -> None:
        """Back to the dashboard."""
        self.dismiss(self._changed)
