"""MeetingForm: a modal to log a meeting (name, format, fellowship, roles, when, note).

Each field is checked on save and its error is shown under it, as is a refusal from the
service (by the field it names); nothing is written until every field is accepted. The
format and fellowship start as those of the last meeting logged, since
most people go to the same few meetings. Saving calls services/meetings.log_meeting, the same
call as `recover meeting log`, and dismisses with the stored Meeting (None on escape).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from recovery_tui.core.meetings import FORMATS, NAME_MAX, NOTE_MAX, ROLES, Meeting, clean_fellowship, clean_text
from recovery_tui.core.timeparse import parse_time
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import meetings as meeting_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.safe import shown
from recovery_tui.tui.shared.field_error import FieldError, place_error
from recovery_tui.tui.shared.marked_checkbox import MarkedCheckbox
from recovery_tui.tui.shared.submit_select import SubmitSelect

T = TypeVar("T")


class MeetingForm(ModalScreen[Meeting | None]):
    """Log a meeting from the dashboard."""

    CSS_PATH = Path(__file__).with_name("meetings.tcss")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    ERROR_FIELDS = {"name": "name", "fellowship": "fellowship", "at": "when", "note": "note"}
    """Domain field of a refusal -> the field of this form it is shown under (others: a notice)."""

    def __init__(self, last: Meeting | None = None) -> None:
        """Args:
        last: the last meeting logged (its format and fellowship are the defaults), read by
            the caller in a store worker.
        """
        super().__init__()
        self.last = last
        self._saving = False

    def compose(self) -> ComposeResult:
        last = self.last
        with Vertical() as box:
            box.border_title = "Log a meeting"
            with Horizontal(classes="row"):
                yield Label("Name")
                yield Input(placeholder="optional, e.g. Tuesday step group", id="name", compact=True)
            yield FieldError(id="name-error")
            with Horizontal(classes="row"):
                yield Label("Format")
                yield SubmitSelect(
                    [(f.replace("-", " "), f) for f in FORMATS],
                    value=last.format if last else "in-person",
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
            with Horizontal(classes="row"):
                yield Label("Fellowship")
                yield Input(
                    value=shown(last.fellowship or "") if last else "",
                    placeholder="optional: AA, NA, SMART, ...",
                    id="fellowship",
                    compact=True,
                )
            yield FieldError(id="fellowship-error")
            with Horizontal(classes="row", id="roles"):
                yield Label("Roles")
                for role in ROLES:
                    yield MarkedCheckbox(role, id=f"role-{role}", compact=True)
            with Horizontal(classes="row"):
                yield Label("When")
                yield Input(value="now", placeholder="now, 19:00, yesterday 19:00, -2h", id="when", compact=True)
            yield FieldError(id="when-error")
            with Horizontal(classes="row"):
                yield Label("Note")
                yield Input(placeholder="optional", id="note", compact=True)
            yield FieldError(id="note-error")
            with Horizontal(id="form-buttons"):
                yield Static("enter saves · esc cancels", id="form-hint")
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def _show_error(self, field: str, message: str | None) -> None:
        self.query_one(f"#{field}-error", FieldError).show(message)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any text field saves the form."""
        event.stop()
        self.save()

    def on_submit_select_submitted(self, event: SubmitSelect.Submitted) -> None:
        """Enter on the closed format choice saves too."""
        event.stop()
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        if event.button.id == "save":
            self.save()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without logging anything."""
        self.dismiss(None)

    def _check(self, field: str, check: Callable[[str], T]) -> tuple[T | None, bool]:
        """Run one field's check; show its error under it. Returns (value, accepted)."""
        try:
            value = check(self.query_one(f"#{field}", Input).value)
        except InvalidInput as error:
            self._show_error(field, error.message)
            return None, False
        self._show_error(field, None)
        return value, True

    def save(self) -> None:
        """Check every field, show errors next to them, and log the meeting when all are fine."""
        app = recover_app(self)
        now = app.now()
        name, name_ok = self._check("name", lambda text: clean_text(text, field="name", limit=NAME_MAX))
        fellowship, fellowship_ok = self._check("fellowship", clean_fellowship)
        when, when_ok = self._check("when", lambda text: parse_time(text or "now", now, field="at"))
        note, note_ok = self._check("note", lambda text: clean_text(text, field="note", limit=NOTE_MAX))
        if not (name_ok and fellowship_ok and when_ok and note_ok) or when is None:
            return
        roles = [role for role in ROLES if self.query_one(f"#role-{role}", Checkbox).value]
        chosen = self.query_one("#format", Select).value
        if self._saving:
            return

        def log(store: Store) -> Meeting:
            return meeting_service.log_meeting(
                store,
                at=when,
                format=str(chosen),
                now=now,
                name=name,
                fellowship=fellowship,
                roles=roles,
                note=note,
            )

        def logged(meeting: Meeting) -> None:
            self._saving = False
            app.notify(shown(f"Logged: {meeting.title}. Thank you for showing up."), markup=False, timeout=4)
            dismiss_on_top(self, meeting)

        def failed(error: RecoverError) -> None:
            self._saving = False
            place_error(self, error, self.ERROR_FIELDS)

        self._saving = True
        app.store_work(log, logged, group="meeting-save", failed=failed)
