"""Dashboard: the Journal screen (list, search, view, add and edit in a TextArea, templates)."""

from __future__ import annotations

import asyncio
import functools

from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static, TextArea

from recovery_tui.services import journal as journal_service
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.journal.journal_editor import JournalEditor
from recovery_tui.tui.journal.journal_screen import JournalScreen
from recovery_tui.tui.journal.journal_view import JournalView
from recovery_tui.tui.shared.confirm import ConfirmScreen


def sync(test):  # type: ignore[no-untyped-def]
    """Run an async Pilot test with asyncio.run (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        asyncio.run(test(*args, **kwargs))

    return run


def rows(app: RecoverApp) -> list[str]:
    options = app.screen.query_one("#journal-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@sync
async def test_add_an_entry_from_the_dashboard(store, now):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert "No entries yet" in str(app.screen.query_one("#journal-status", Static).render())
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, JournalEditor)
        await pilot.press(*"Walked.")
        app.screen.query_one("#editor-tags", Input).value = "walk, evening"
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        [record] = store.all("journal")
        assert record["text"] == "Walked."
        assert record["tags"] == ["walk", "evening"]
        assert "Walked." in rows(app)[0]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "Journal 1" in str(app.screen.query_one("#today-body", Static).render())


@sync
async def test_template_fills_the_text_and_untouched_is_refused(store, now):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#editor-template", Select).value = "abcde"
        await pilot.pause()
        area = app.screen.query_one("#editor-text", TextArea)
        assert "Activating event" in area.text
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, JournalEditor)
        assert "Write something first" in str(app.screen.query_one("#editor-error", Label).render())
        assert store.all("journal") == []
        area.insert("My boss criticised my report.")
        await pilot.press("ctrl+o")
        await pilot.pause()
        [record] = store.all("journal")
        assert record["template"] == "abcde" and "criticised" in record["text"]


@sync
async def test_sensitive_entries_collapsed_until_opened_and_search(store, now):
    journal_service.add_entry(store, "A hard night, the details", sensitive=True, now=now)
    journal_service.add_entry(store, "Meeting at seven, felt welcome", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        listed = "\n".join(rows(app))
        assert "Meeting at seven" in listed
        assert "hard night" not in listed and "hidden until opened" in listed
        await pilot.press("slash", *"seven")
        await pilot.pause()
        assert len(rows(app)) == 1 and "Meeting" in rows(app)[0]
        app.screen.query_one("#journal-search", Input).value = ""
        await pilot.press("enter")  # back to the list
        await pilot.pause()
        sensitive_index = next(i for i, row in enumerate(rows(app)) if "hidden" in row)
        app.screen.query_one("#journal-list", OptionList).highlighted = sensitive_index
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JournalView)
        assert "Content warning" in str(app.screen.query_one("#view-warning", Static).render())
        assert "A hard night, the details" in str(app.screen.query_one("#view-text", Static).render())


@sync
async def test_edit_an_entry(store, now):
    entry = journal_service.add_entry(store, "first draft", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, JournalEditor)
        area = editor.query_one("#editor-text", TextArea)
        assert area.text == "first draft"
        area.text = "second draft"
        editor.query_one("#editor-sensitive", Checkbox).value = True
        await pilot.click("#editor-save")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert "second draft" not in rows(app)[0] and "hidden" in rows(app)[0]
    stored = journal_service.find_entry(store, entry.id)
    assert stored.text == "second draft" and stored.sensitive


@sync
async def test_escape_with_unsaved_words_asks_first(store, now):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        editor = app.screen
        await pilot.press(*"Half a thought")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # no: back to the editor
        await pilot.pause()
        assert app.screen is editor and isinstance(editor, JournalEditor)  # still there, words kept
        assert editor.query_one("#editor-text", TextArea).text == "Half a thought"
        await pilot.press("escape", "enter")  # enter presses the focused, safe "Keep writing"
        await pilot.pause()
        assert app.screen is editor
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert store.all("journal") == []
