"""JournalView: one journal entry in full (opening a sensitive one shows its content warning)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from recovery_tui.core.journal import JournalEntry
from recovery_tui.errors import RecoverError
from recovery_tui.services import journal as journal_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.journal.journal_editor import open_editor
from recovery_tui.tui.safe import shown, shown_line
from recovery_tui.tui.said import said


class JournalView(Screen[None]):
    """Read one entry; `e` edits it, escape goes back."""

    CSS_PATH = Path(__file__).with_name("journal.tcss")
    BINDINGS = [Binding("escape", "back", "Back"), Binding("e", "edit", "Edit")]

    def __init__(self, entry_id: str) -> None:
        super().__init__()
        self.entry_id = entry_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="view-head", markup=False)
        yield Static("", id="view-warning", markup=False)
        with VerticalScroll():
            yield Static("", id="view-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self.reload, init=True)
        self.query_one(VerticalScroll).focus()

    def reload(self, _version: int = 0) -> None:
        """Show the entry as stored now (read in a store worker)."""
        entry_id = self.entry_id
        recover_app(self).store_work(
            lambda store: journal_service.find_entry(store, entry_id),
            self._show,
            group="journal-view",
            failed=self._show_error,
            owner=self,
        )

    def _show_error(self, error: RecoverError) -> None:
        self.query_one("#view-head", Static).update(said(error))

    def _show(self, entry: JournalEntry) -> None:
        details = [f"{entry.at:%A %d %B %Y, %H:%M}"]
        if entry.tags:
            details.append("tags: " + ", ".join(entry.tags))
        if entry.template:
            details.append(f"template: {entry.template}")
        self.query_one("#view-head", Static).update(shown_line(" · ".join(details)))
        warning = self.query_one("#view-warning", Static)
        warning.update("⚠ Content warning: you marked this entry sensitive." if entry.sensitive else "")
        warning.display = entry.sensitive
        self.query_one("#view-text", Static).update(shown(entry.text))

    def action_back(self) -> None:
        """Back to the list."""
        self.app.pop_screen()

    def action_edit(self) -> None:
        """Edit this entry."""
        open_editor(recover_app(self), self.entry_id)
