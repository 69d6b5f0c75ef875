"""JournalEditor: write or edit a journal entry in a TextArea, optionally from a template.

Choosing a template fills the text while it is empty or still the previous template. Tags are
comma-separated; "sensitive" collapses the entry in lists. ctrl+o saves (ctrl+s is the SOS
key), escape cancels (twice when there are unsaved words). An empty entry, or a template left as it was, is not saved.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Select, TextArea

from recovery_tui.core.journal import JournalEntry
from recovery_tui.core.templates import Template, untouched
from recovery_tui.errors import RecoverError
from recovery_tui.services import journal as journal_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import plain, shown


def first_answer_spot(text: str) -> tuple[int, int]:
    """Where to start typing in a template: the end of the line after its first prompt (a line ending ':')."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip().endswith(":") and index + 1 < len(lines):
            return (index + 1, len(lines[index + 1]))
    return (len(lines) - 1, len(lines[-1]))


class JournalEditor(Screen[JournalEntry | None]):
    """Write a new entry (entry_id None) or edit an existing one."""

    DEFAULT_CSS = """
    JournalEditor #editor-top { height: 1; padding: 0 1; }
    JournalEditor #editor-top Label { width: auto; padding-right: 1; }
    JournalEditor #editor-template { width: 40; }
    JournalEditor #editor-text { height: 1fr; }
    JournalEditor #editor-bottom { height: 1; padding: 0 1; }
    JournalEditor #editor-bottom Label { width: auto; padding-right: 1; }
    JournalEditor #editor-tags { width: 1fr; }
    JournalEditor #editor-sensitive { margin-left: 2; }
    JournalEditor #editor-error { color: $error; height: auto; padding: 0 1; }
    JournalEditor #editor-buttons { height: 1; padding: 0 1; }
    JournalEditor #editor-buttons Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("ctrl+o", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, entry_id: str | None = None) -> None:
        super().__init__()
        self.entry_id = entry_id
        self._entry: JournalEntry | None = None
        self._templates: list[Template] = []
        self._template: Template | None = None

    def compose(self) -> ComposeResult:
        store = recover_app(self).store
        if self.entry_id is not None:
            self._entry = journal_service.get_entry(store, self.entry_id)
        self._templates = journal_service.list_templates(store)
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
        with Horizontal(id="editor-bottom"):
            yield Label("Tags")
            yield Input(
                shown(", ".join(entry.tags)) if entry else "", id="editor-tags", placeholder="sleep, work", compact=True
            )
            yield Checkbox("Sensitive", entry.sensitive if entry else False, id="editor-sensitive", compact=True)
        yield Label("", id="editor-error")
        with Horizontal(id="editor-buttons"):
            yield Button("Save (ctrl+o)", id="editor-save", variant="primary", compact=True)
            yield Button("Cancel", id="editor-cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one("#editor-text", TextArea)
        self._opened_text = area.text
        self._warned = False
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
        tags = [self.query_one("#editor-tags", Input).value]
        sensitive = self.query_one("#editor-sensitive", Checkbox).value
        app = recover_app(self)
        try:
            if self._entry is None:
                saved = journal_service.add_entry(
                    app.store,
                    text,
                    tags=tags,
                    sensitive=sensitive,
                    template=self._template.name if self._template else None,
                    now=app.now(),
                )
            else:
                saved = journal_service.edit_entry(
                    app.store, self._entry.id, text=text, tags=tags, sensitive=sensitive, now=app.now()
                )
        except RecoverError as err:
            error.update(str(err))
            app.report(err)
            return
        app.notify("Journal entry saved.")
        app.post_message(DataChanged())
        self.dismiss(saved)

    def action_cancel(self) -> None:
        """Close without saving; with unsaved words, only on a second escape."""
        text = self.query_one("#editor-text", TextArea).text
        changed = text != self._opened_text and not untouched(text, self._template)
        if changed and not self._warned:
            self._warned = True
            self.notify("Not saved yet: escape again to discard it, or ctrl+o to save.", timeout=6)
            return
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        if event.button.id == "editor-save":
            self.action_save()
        else:
            self.action_cancel()
