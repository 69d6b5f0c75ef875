"""JournalEditor: write or edit a journal entry in a TextArea, optionally from a template.

Choosing a template fills the text while it is empty or still the previous template. Tags are
comma-separated; "sensitive" collapses the entry in lists. ctrl+o saves (ctrl+s is the SOS
key), escape cancels (asking first when there are unsaved words: ConfirmScreen). An empty
entry, or a template left as it was, is not saved.
A refused text or tag shows under the text or the tags (shared/field_error.py).

`open_editor(app, entry_id)` reads the entry and the templates in a store worker, then opens
the editor. Saving runs in a worker and passes the entry as it was opened (`expected`): if it
was changed or removed elsewhere meanwhile, nothing is overwritten, the words stay in the
editor, and ConflictScreen offers to save them as a new entry or show the newer one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Select, TextArea

from recovery_tui import wording
from recovery_tui.core.journal import JournalEntry
from recovery_tui.core.templates import Template, untouched
from recovery_tui.errors import Conflict, RecoverError
from recovery_tui.services import journal as journal_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import plain, shown
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.conflict_screen import ConflictChoice, ConflictScreen
from recovery_tui.tui.shared.field_error import FieldError, clear_errors, place_error
from recovery_tui.tui.shared.marked_checkbox import MarkedCheckbox

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp


def first_answer_spot(text: str) -> tuple[int, int]:
    """Where to start typing in a template: the end of the line after its first prompt (a line ending ':')."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip().endswith(":") and index + 1 < len(lines):
            return (index + 1, len(lines[index + 1]))
    return (len(lines) - 1, len(lines[-1]))


class JournalEditor(Screen[JournalEntry | None]):
    """Write a new entry (entry_id None) or edit an existing one."""

    CSS_PATH = Path(__file__).with_name("journal.tcss")
    ERROR_FIELDS = {"text": "editor-text", "tag": "editor-tags", "tags": "editor-tags"}
    """Domain field of a refusal -> the field it is shown under (others: the line above the buttons)."""
    BINDINGS = [
        Binding("ctrl+o", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, entry: JournalEntry | None, templates: list[Template]) -> None:
        """Args:
        entry: the entry to edit, as read (None writes a new one).
        templates: the templates offered for a new entry.
        """
        super().__init__()
        self._entry = entry
        self.entry_id = entry.id if entry else None
        self._templates = templates
        self._template: Template | None = None
        self._saving = False
        self._finished: JournalEntry | None = None

    def compose(self) -> ComposeResult:
        entry = self._entry
        yield Header()
        with Horizontal(id="editor-top"):
            if entry is None:
                yield Label("Template")
                yield Select(
                    [(plain(f"{t.title} ({t.name})"), t.name) for t in self._templates],
                    prompt="none",
                    id="editor-template",
                    compact=True,
                )
            else:
                yield Label(f"Editing the entry of {entry.at:%a %d %b %H:%M}", markup=False)
        yield TextArea(shown(entry.text) if entry else "", id="editor-text")  # what it holds, visibly
        yield FieldError(id="editor-text-error")
        with Horizontal(id="editor-bottom"):
            yield Label("Tags")
            yield Input(
                shown(", ".join(entry.tags)) if entry else "", id="editor-tags", placeholder="sleep, work", compact=True
            )
            yield MarkedCheckbox("Sensitive", entry.sensitive if entry else False, id="editor-sensitive", compact=True)
        yield FieldError(id="editor-tags-error")
        yield Label("", id="editor-error")
        with Horizontal(id="editor-buttons"):
            yield Button("Save (ctrl+o)", id="editor-save", variant="primary", compact=True)
            yield Button("Cancel", id="editor-cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one("#editor-text", TextArea)
        self._opened_text = area.text
        area.focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Fill the text from the chosen template while nothing else was written."""
        event.stop()
        area = self.query_one("#editor-text", TextArea)
        chosen = next((t for t in self._templates if t.name == event.value), None)
        if not untouched(area.text, self._template):
            self.query_one("#editor-error", Label).update(
                "The text was changed, so the template was not applied; clear it first to use one."
            )
            return
        self._template = chosen
        area.text = shown(chosen.body) if chosen else ""
        area.move_cursor(first_answer_spot(area.text))
        area.focus()

    def action_save(self) -> None:
        """Validate and save the entry."""
        text = self.query_one("#editor-text", TextArea).text
        error = self.query_one("#editor-error", Label)
        if untouched(text, self._template):
            error.update("Write something first: an empty entry (or an untouched template) is not saved.")
            self.query_one("#editor-text", TextArea).focus()
            return
        self._save(text, as_new=False)

    def _save(self, text: str, *, as_new: bool) -> None:
        """Save in a worker: a new entry, or the opened one if nobody changed it meanwhile."""
        if self._saving:
            return
        tags = [self.query_one("#editor-tags", Input).value]
        sensitive = self.query_one("#editor-sensitive", Checkbox).value
        app = recover_app(self)
        now = app.now()
        entry = None if as_new else self._entry
        template = self._template.name if self._template else None

        def save(store: Store) -> JournalEntry:
            if entry is None:
                return journal_service.add_entry(
                    store, text, tags=tags, sensitive=sensitive, template=template, now=now
                )
            return journal_service.edit_entry(
                store, entry.id, text=text, tags=tags, sensitive=sensitive, now=now, expected=entry
            )

        self._saving = True
        self.query_one("#editor-error", Label).update("Saving...")
        app.store_work(save, self._saved, group="journal-save", failed=self._failed)

    def _saved(self, saved: JournalEntry) -> None:
        self._saving = False
        app = recover_app(self)
        app.notify("Journal entry saved.")
        app.post_message(DataChanged())
        self._finished = saved
        if app.screen is self:  # else SOS is on top: close once back
            self.dismiss(saved)

    def on_screen_resume(self) -> None:
        """A save that finished while SOS was open closes the editor once it is back on top."""
        if self._finished is not None:
            self.dismiss(self._finished)

    def _failed(self, error: RecoverError) -> None:
        self._saving = False
        status = self.query_one("#editor-error", Label)
        status.update("")
        clear_errors(self)
        if not isinstance(error, Conflict):
            place_error(self, error, self.ERROR_FIELDS, lambda message: status.update(shown(message)))
            return
        what = "journal entry"
        message = wording.CONFLICT["removed" if error.removed else "changed"].format(what=what)
        self.app.push_screen(ConflictScreen(message, what=what, can_reload=not error.removed), self._resolve)

    def _resolve(self, choice: ConflictChoice | None) -> None:
        """After a conflict: save the words as a new entry, or show the newer one."""
        if choice == "new":
            self._save(self.query_one("#editor-text", TextArea).text, as_new=True)
        elif choice == "reload" and self._entry is not None:
            entry_id = self._entry.id
            recover_app(self).store_work(
                lambda store: journal_service.find_entry(store, entry_id), self._show_newer, group="journal-load"
            )

    def _show_newer(self, newer: JournalEntry) -> None:
        """Replace the words with the entry as stored now; a save now updates that."""
        self._entry = newer
        area = self.query_one("#editor-text", TextArea)
        area.text = shown(newer.text)  # what it holds, visibly (as when the editor opens)
        self._opened_text = area.text
        self.query_one("#editor-tags", Input).value = shown(", ".join(newer.tags))
        self.query_one("#editor-sensitive", Checkbox).value = newer.sensitive
        area.focus()
        self.notify("Showing the newer entry; saving now updates it.")

    def action_cancel(self) -> None:
        """Close without saving; with unsaved words, only after asking (the safe answer keeps writing)."""
        if self._saving:
            self.notify("Saving; one moment. ctrl+s opens SOS meanwhile.")
            return
        text = self.query_one("#editor-text", TextArea).text
        if text == self._opened_text or untouched(text, self._template):
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        question = "Close without saving this entry?"
        detail = "What you wrote since opening it is not kept. To keep it, go back and press ctrl+o."
        self.app.push_screen(
            ConfirmScreen(question, detail=detail, yes="Close without saving", no="Keep writing"), answered
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        if event.button.id == "editor-save":
            self.action_save()
        else:
            self.action_cancel()


def open_editor(app: RecoverApp, entry_id: str | None = None) -> None:
    """Read the entry (when editing) and the templates in a store worker, then open the editor."""

    def load(store: Store) -> tuple[JournalEntry | None, list[Template]]:
        entry = journal_service.find_entry(store, entry_id) if entry_id is not None else None
        return entry, journal_service.list_templates(store)

    def show(loaded: tuple[JournalEntry | None, list[Template]]) -> None:
        if not any(isinstance(screen, JournalEditor) for screen in app.screen_stack):
            app.push_screen(JournalEditor(*loaded))

    app.store_work(load, show, group="journal-open")
