"""Journal and template rules (pure) and the journal service."""

from __future__ import annotations

from datetime import timedelta

import pytest

from recovery_tui.core import templates as tpl
from recovery_tui.core.journal import JournalEntry, clean_tags, clean_text, filter_entries
from recovery_tui.errors import InvalidInput
from recovery_tui.services import journal as journal_service


def test_clean_text_and_tags():
    assert clean_text("  hi \n") == "hi"
    with pytest.raises(InvalidInput, match="^text: "):
        clean_text(" \n\t")
    assert clean_tags(["a, b", "A", "  c  d "]) == ("a", "b", "c d")
    with pytest.raises(InvalidInput, match="^tag: "):
        clean_tags(["x" * 41])


def test_preview_collapses_sensitive(now):
    entry = JournalEntry("1", now, "\n  secret stuff\nmore", sensitive=True)
    assert "secret" not in entry.preview()
    assert JournalEntry("2", now, "\nTitle line\nmore").preview() == "Title line"
    assert JournalEntry("3", now, "x" * 100).preview(10).endswith("…")


def test_filter_entries(now):
    entries = [
        JournalEntry("1", now - timedelta(days=3), "Meeting went well", ("group",)),
        JournalEntry("2", now, "slept badly", ("Sleep",)),
    ]
    assert [e.id for e in filter_entries(entries, tag="sleep")] == ["2"]
    assert [e.id for e in filter_entries(entries, since=now - timedelta(days=1))] == ["2"]
    assert [e.id for e in filter_entries(entries, query="MEETING well")] == ["1"]
    assert [e.id for e in filter_entries(entries, query="group")] == ["1"]


def test_template_resolution_and_untouched():
    assert tpl.resolve(" CBA ", []).title == "SMART cost-benefit analysis"
    with pytest.raises(InvalidInput, match="daily, halt, cba, abcde"):
        tpl.resolve("nope", [])
    daily = tpl.resolve("daily", [])
    assert tpl.untouched(daily.body, daily)
    assert tpl.untouched(daily.body.replace("- \n", "-\n"), daily)
    assert not tpl.untouched(daily.body + "ate well", daily)
    assert tpl.untouched("  ", None)


def test_service_round_trip(store, now):
    entry = journal_service.add_entry(store, "hello", tags=["t"], now=now)
    assert journal_service.find_entry(store, entry.id[:5]).text == "hello"
    with pytest.raises(InvalidInput, match="future"):
        journal_service.add_entry(store, "later", at=now + timedelta(hours=1), now=now)
    edited = journal_service.edit_entry(store, entry.id, sensitive=True, now=now)
    assert edited.sensitive and edited.text == "hello"
    journal_service.remove_entry(store, entry.id)
    assert journal_service.list_entries(store) == []


def test_template_entry_title_shows_first_own_words(now):
    text = "Daily review\n\nWhat went well today:\n- slept well\n\nWhat was hard:\n- \n"
    assert JournalEntry("1", now, text, template="daily").title == "Daily review: slept well"
    assert JournalEntry("2", now, "Daily review\nWhat went well today:\n", template="daily").title == "Daily review"
