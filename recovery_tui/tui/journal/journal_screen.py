"""JournalScreen: journal entries newest first, with search; open, add and edit from here.

Sensitive entries appear collapsed (a content warning) in the list; enter opens one in
JournalView. `n` writes a new entry (JournalEditor, with templates), `e` edits the
highlighted one, `/` jumps to the search box, escape goes back to the dashboard.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.journal import JournalEntry
from recovery_tui.core.words import counted
from recovery_tui.errors import RecoverError
from recovery_tui.safetext import truncate
from recovery_tui.services import journal as journal_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.journal.journal_editor import open_editor
from recovery_tui.tui.journal.journal_view import JournalView
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.said import said


def row_room(options: OptionList) -> int | None:
    """The cells one option's text has in `options` (a scroll bar counted as shown, and a cell
    kept free before it), or None before it is laid out."""
    region = options.scrollable_content_region.width
    if not region:
        return None
    padding = options.get_component_styles("option-list--option").padding.width
    scrollbar = 0 if options.show_vertical_scrollbar else options.styles.scrollbar_size_vertical
    return max(20, region - padding - scrollbar - 1)


def entry_label(entry: JournalEntry, width: int) -> str:
    """One list row of at most `width` cells: when, a preview (collapsed when sensitive), tags."""
    tags = f"  #{' #'.join(entry.tags)}" if entry.tags else ""
    marker = "⚠ " if entry.sensitive else ""
    label = shown_line(f"{entry.at:%a %d %b %H:%M}  {marker}{entry.preview(200)}{tags}")
    return truncate(label, width)


class JournalScreen(Screen[None]):
    """The journal: search, list, open, write and edit entries."""

    CSS_PATH = Path(__file__).with_name("journal.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "new", "New entry"),
        Binding("e", "edit", "Edit"),
        Binding("slash", "search", "Search", key_display="/"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[JournalEntry] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search words (/ to jump here, enter to list)", id="journal-search", compact=True)
        yield OptionList(id="journal-list")
        yield Static("", id="journal-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self.reload, init=True)
        self.query_one("#journal-list", OptionList).focus()

    def reload(self, _version: int = 0) -> None:
        """Read the entries again, keeping the search."""
        query = self.query_one("#journal-search", Input).value.strip()
        recover_app(self).store_work(
            lambda store: journal_service.list_entries(store, query=query or None),
            lambda entries: self._show(entries, query),
            group="journal-list",
            failed=self._show_error,
            owner=self,
        )

    def _show_error(self, error: RecoverError) -> None:
        self.query_one("#journal-status", Static).update(said(error))

    def _show(self, entries: list[JournalEntry], query: str) -> None:
        """Show the entries read (newest first)."""
        status = self.query_one("#journal-status", Static)
        self._entries = list(reversed(entries))
        self._fill()
        if not self._entries:
            status.update(f"Nothing matches '{query}'." if query else "No entries yet. Press n to write one.")
        else:
            found = f" matching '{query}'" if query else ""
            status.update(f"{counted(len(self._entries), 'entry', 'entries')}{found} · enter opens")

    def _fill(self) -> None:
        """One row per entry, cut to the room the list has now (again once it is laid out)."""
        options = self.query_one("#journal-list", OptionList)
        room = row_room(options)
        if room is None:  # not laid out yet: fill once it is, so rows never wrap
            self.call_after_refresh(self._fill)
            return
        highlighted = options.highlighted
        options.clear_options()
        options.add_options([Option(Content(entry_label(e, room)), id=e.id) for e in self._entries])
        if self._entries:
            options.highlighted = min(highlighted or 0, len(self._entries) - 1)

    def on_resize(self) -> None:
        """Cut the rows again for the new width."""
        if self._entries:
            self._fill()

    def _highlighted(self) -> JournalEntry | None:
        index = self.query_one("#journal-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self._entries):
            return None
        return self._entries[index]

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as you type."""
        event.stop()
        self.reload()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box moves to the list."""
        event.stop()
        self.query_one("#journal-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen entry."""
        event.stop()
        entry = self._highlighted()
        if entry is not None:
            self.app.push_screen(JournalView(entry.id))

    def action_back(self) -> None:
        """Back to the dashboard (or out of the search box)."""
        search = self.query_one("#journal-search", Input)
        if search.has_focus:
            self.query_one("#journal-list", OptionList).focus()
            return
        self.app.pop_screen()

    def action_new(self) -> None:
        """Write a new entry."""
        open_editor(recover_app(self))

    def action_edit(self) -> None:
        """Edit the highlighted entry."""
        entry = self._highlighted()
        if entry is not None:
            open_editor(recover_app(self), entry.id)

    def action_search(self) -> None:
        """Jump to the search box."""
        self.query_one("#journal-search", Input).focus()
