"""SavedRequests: saved help requests (newest first) with their follow-ups; `f` records one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui import wording
from recovery_tui.core.help_requests import FORMATS, HelpRequest
from recovery_tui.errors import NotFound, RecoverError
from recovery_tui.safetext import truncate
from recovery_tui.services import help_requests as service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.help_requests.followup_screen import FollowUpAnswer, FollowUpScreen
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines, markup, shown_line
from recovery_tui.tui.said import said

EMPTY = "No help requests saved yet. Compose one in the Compose tab, then save it with ctrl+o."


def help_label(request: HelpRequest) -> str:
    """Who helped, answered, or not yet: the same words as `recover ask list`."""
    if request.got_help:
        return "helped" + (f" ({', '.join(request.helpers)})" if request.helpers else "")
    return "answered" if request.followups else "not yet"


class SavedRequests(Horizontal):
    """A list of saved requests and the selected one's message and follow-ups."""

    BINDINGS = [Binding("f", "followup", "Follow-up")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._requests: list[HelpRequest] = []

    def compose(self) -> ComposeResult:
        yield OptionList(id="saved-list")
        with VerticalScroll(id="saved-detail"):
            yield Static(EMPTY, id="saved-body")

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self._data_changed, init=True)

    def _data_changed(self, _version: int) -> None:
        self.reload()

    def reload(self, *, select: str | None = None) -> None:
        """Read the saved requests again, keeping (or moving to) the selected one."""
        keep = select or self.selected_id
        recover_app(self).store_work(
            service.list_help_requests,
            lambda requests: self._show(requests, keep),
            group="saved-requests-load",
            failed=lambda error: self.query_one("#saved-body", Static).update(lines([said(error)])),
            owner=self,
        )

    def _show(self, requests: list[HelpRequest], keep: str | None) -> None:
        """Show what the store worker read, keeping (or moving to) the selected request."""
        listing = self.query_one("#saved-list", OptionList)
        self._requests = requests
        listing.clear_options()
        for r in self._requests:
            day = f"{r.created_at:%m-%d}" if r.created_at else ""
            label = shown_line(f"{day} {truncate(r.draft.emotion, 14)} · {help_label(r)}")
            listing.add_option(Option(Content(truncate(label, 32)), id=r.id))
        if not self._requests:
            self.query_one("#saved-body", Static).update(EMPTY)
            return
        ids = [r.id for r in self._requests]
        listing.highlighted = ids.index(keep) if keep in ids else 0
        self._show_detail()

    @property
    def selected(self) -> HelpRequest | None:
        """The highlighted request."""
        index = self.query_one("#saved-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self._requests):
            return None
        return self._requests[index]

    @property
    def selected_id(self) -> str | None:
        """The highlighted request's id."""
        chosen = self.selected
        return chosen.id if chosen else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_detail()

    def _show_detail(self) -> None:
        request = self.selected
        body = self.query_one("#saved-body", Static)
        if request is None:
            body.update(EMPTY)
            return
        rows: list[Content | str] = [
            markup("[b]$id[/b] · $format", id=request.id[:8], format=FORMATS[request.format])
            + (" · edited" if request.edited else ""),
            "",
            request.message.text,
            "",
        ]
        if request.followups:
            rows.append(markup("[b]Follow-ups[/b]"))
            for f in request.followups:
                who = f" from {f.from_name}" if f.from_name else ""
                note = f": {f.note}" if f.note else ""
                rows.append(f"{f.at:%m-%d %H:%M} {'helped' if f.helpful else 'did not help'}{who}{note}")
        else:
            rows.append("No follow-ups yet. Press f when someone answers.")
        body.update(lines(rows))

    def action_followup(self) -> None:
        """Record who answered the selected request and whether it helped."""
        request = self.selected
        if request is None:
            self.notify("Save a request first; then record who answered it.")
            return

        def record(answer: FollowUpAnswer | None) -> None:
            if answer is None:
                return
            app = recover_app(self)
            now = app.now()

            def save(store: Store) -> HelpRequest:
                # Follow-ups are appended under the lock, so nothing saved meanwhile is lost.
                return service.add_followup(
                    store,
                    request.id,
                    helpful=answer.helpful,
                    from_name=answer.from_name,
                    note=answer.note,
                    now=now,
                )

            def saved(_request: HelpRequest) -> None:
                app.post_message(DataChanged())
                if answer.helpful:
                    app.notify(wording.HELP_GRATITUDE, title="Follow-up saved")
                else:
                    app.notify("Follow-up saved.")

            def failed(error: RecoverError) -> None:
                if isinstance(error, NotFound):  # removed elsewhere while the form was open
                    app.notify(wording.FOLLOWUP_REQUEST_GONE, severity="warning", timeout=10)
                    app.post_message(DataChanged())
                else:
                    app.report(error)

            app.store_work(save, saved, group="followup-save", failed=failed)

        self.app.push_screen(FollowUpScreen(request), record)
