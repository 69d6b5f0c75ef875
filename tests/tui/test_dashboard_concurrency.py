"""The dashboard never overwrites a newer record, and store work never freezes it (issue 15 items 6, 8).

"Another process" is a second Store on the same file (as cron or a second terminal would be);
the file's lock is held with filelock, as another recover would hold it.
"""

from __future__ import annotations

import asyncio
import functools
from datetime import timedelta
from pathlib import Path

import pytest
from filelock import FileLock
from textual.widgets import Input

from recovery_tui.core.checkin import CheckInDraft
from recovery_tui.errors import Conflict
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.checkins.checkin_form import CheckinForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.conflict_screen import ConflictScreen
from recovery_tui.tui.sos.sos_screen import SosScreen


def sync(test):  # type: ignore[no-untyped-def]
    """Run an async Pilot test with asyncio.run (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        asyncio.run(test(*args, **kwargs))

    return run


def by_note(db_path: Path) -> dict[str | None, dict[str, object]]:
    return {r["note"]: r for r in Store(db_path).all("checkins")}


def cron_checkin(db_path: Path, now, mood: int, note: str, mode: str = "add"):  # type: ignore[no-untyped-def]
    """Another process saves a check-in (mode add: a second one; amend: over the latest)."""
    draft = CheckInDraft(now.date(), mood, 1, note=note)
    return checkin_service.save_checkin(Store(db_path), draft, mode=mode, now=now)  # type: ignore[arg-type]


# -- services: the API the CLI can use too --------------------------------------------------


def test_save_by_expected_updates_that_checkin_not_the_newest(store, db_path, now):
    a = cron_checkin(db_path, now, 2, "A", mode="new").checkin
    cron_checkin(db_path, now, 4, "B")
    draft = CheckInDraft(now.date(), 5, 0, note="A edited")
    saved = checkin_service.save_checkin(store, draft, mode="amend", now=now, expected=a)
    assert saved.checkin.id == a.id and saved.amended
    notes = by_note(db_path)
    assert set(notes) == {"A edited", "B"} and notes["B"]["mood"] == 4


def test_save_refuses_a_checkin_changed_or_removed_meanwhile(store, db_path, now):
    a = cron_checkin(db_path, now, 2, "A", mode="new").checkin
    cron_checkin(db_path, now, 3, "A by cron", mode="amend")  # same second: updated_at alike
    draft = CheckInDraft(now.date(), 5, 0, note="mine")
    with pytest.raises(Conflict) as caught:
        checkin_service.save_checkin(store, draft, mode="amend", now=now, expected=a)
    assert not caught.value.removed
    assert set(by_note(db_path)) == {"A by cron"}
    checkin_service.remove_checkin(Store(db_path), a.id)
    with pytest.raises(Conflict) as caught:
        checkin_service.save_checkin(store, draft, mode="amend", now=now, expected=a)
    assert caught.value.removed and Store(db_path).all("checkins") == []


def test_cli_amend_without_expected_is_unchanged(cli, db_path, now):
    assert cli("checkin", "--mood", "2", "--craving", "1").exit_code == 0
    result = cli("checkin", "--mood", "4", "--craving", "1", "--amend")
    assert result.exit_code == 0 and "updated" in result.output
    assert [r["mood"] for r in Store(db_path).all("checkins")] == [4]


# -- the check-in form ------------------------------------------------------------------------


async def open_form(pilot, settled) -> CheckinForm:  # type: ignore[no-untyped-def]
    await pilot.press("c")
    await settled(pilot)
    form = pilot.app.screen
    assert isinstance(form, CheckinForm)
    return form


async def type_mood(pilot, mood: str, note: str) -> None:  # type: ignore[no-untyped-def]
    screen = pilot.app.screen
    screen.query_one("#mood", Input).value = mood
    screen.query_one("#craving", Input).value = "1"
    screen.query_one("#note", Input).value = note


@sync
async def test_form_saves_the_checkin_it_opened_not_one_cron_added(store, db_path, now, settled):
    cron_checkin(db_path, now, 2, "A", mode="new")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot, settled)
        cron_checkin(db_path, now, 4, "B from cron")  # while the form shows A
        await type_mood(pilot, "5", "A edited")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, DashboardScreen)
    notes = by_note(db_path)
    assert set(notes) == {"A edited", "B from cron"}
    assert notes["B from cron"]["mood"] == 4 and notes["A edited"]["mood"] == 5


@sync
async def test_form_keeps_what_was_typed_when_its_checkin_changed_and_saves_it_as_new(store, db_path, now, settled):
    cron_checkin(db_path, now, 2, "A", mode="new")
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, settled)
        cron_checkin(db_path, now, 3, "A by cron", mode="amend")
        await type_mood(pilot, "5", "mine")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "changed elsewhere" in str(app.screen.query_one("#conflict-message").render())
        assert set(by_note(db_path)) == {"A by cron"}  # nothing overwritten
        await pilot.press("escape")  # keep editing: what was typed is still there
        await settled(pilot)
        assert app.screen is form and form.query_one("#note", Input).value == "mine"
        await pilot.press("enter")
        await settled(pilot)
        await pilot.press("n")  # save mine as a new check-in
        await settled(pilot)
        assert isinstance(app.screen, DashboardScreen)
    notes = by_note(db_path)
    assert set(notes) == {"A by cron", "mine"} and notes["A by cron"]["mood"] == 3


@sync
async def test_blank_form_offers_the_checkin_saved_meanwhile(store, db_path, now, settled):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, settled)
        cron_checkin(db_path, now, 4, "B from cron", mode="new")
        await type_mood(pilot, "5", "mine")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "saved elsewhere" in str(app.screen.query_one("#conflict-message").render())
        await pilot.press("r")  # show the newer one
        await settled(pilot)
        assert app.screen is form
        assert form.query_one("#mood", Input).value == "4"
        assert form.query_one("#note", Input).value == "B from cron"
        form.query_one("#mood", Input).value = "3"
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, DashboardScreen)
    [record] = Store(db_path).all("checkins")
    assert (record["mood"], record["note"]) == (3, "B from cron")


@sync
async def test_removed_checkin_cannot_be_reloaded_and_typing_stays(store, db_path, now, settled):
    a = cron_checkin(db_path, now, 2, "A", mode="new").checkin
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, settled)
        checkin_service.remove_checkin(Store(db_path), a.id)
        await type_mood(pilot, "5", "mine")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "removed elsewhere" in str(app.screen.query_one("#conflict-message").render())
        assert not app.screen.query("#reload")
        await pilot.press("r")  # not offered: nothing happens
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("escape")
        await settled(pilot)
        assert app.screen is form and form.query_one("#mood", Input).value == "5"
    assert Store(db_path).all("checkins") == []


# -- SOS while the file is locked (item 8) ----------------------------------------------------


@sync
async def test_sos_opens_at_once_while_a_save_waits_for_the_lock_and_the_save_lands_after(
    db_path, now, settled, pause_only, press_only
):
    counter_service.add_counter(Store(db_path), "alcohol", since=now - timedelta(days=3), now=now)
    store = Store(db_path, lock_timeout=60)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot, settled)
        await type_mood(pilot, "4", "while locked")
        lock = FileLock(str(db_path) + ".lock")
        lock.acquire()  # another recover is writing
        try:
            await press_only(pilot, "enter")
            await pause_only(pilot)
            [saving] = [w for w in app.workers if w.name == "checkin-save"]
            assert saving.is_running
            await press_only(pilot, "ctrl+s")
            await pause_only(pilot)
            assert isinstance(app.screen, SosScreen)
            crisis = str(app.screen.query_one("#sos-crisis").render())
            assert "988" in crisis  # the crisis lines show at once, without the store
            assert not app.screen.query_one("#sos-contacts-section").display  # personal parts come after
            assert saving.is_running  # the save is still waiting for the lock
            assert Store(db_path).all("checkins") == []
        finally:
            lock.release()
        await settled(pilot)
        assert not saving.is_running
        assert isinstance(app.screen, SosScreen)  # the save finishing does not close SOS
        assert app.screen.query_one("#sos-contacts-section").display  # filled in once the store is free
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, DashboardScreen)  # the saved form closed behind it
    [record] = Store(db_path).all("checkins")
    assert (record["mood"], record["note"]) == (4, "while locked")


# -- the journal editor -----------------------------------------------------------------------


@sync
async def test_journal_editor_never_overwrites_an_entry_edited_elsewhere(store, db_path, now, settled):
    from textual.widgets import TextArea

    from recovery_tui.services import journal as journal_service
    from recovery_tui.tui.journal.journal_editor import JournalEditor

    entry = journal_service.add_entry(Store(db_path), "first words", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await settled(pilot)
        await pilot.press("e")
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, JournalEditor)
        journal_service.edit_entry(Store(db_path), entry.id, text="edited by a script", now=now)
        editor.query_one("#editor-text", TextArea).text = "my new words"
        await pilot.press("ctrl+o")
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert [r["text"] for r in Store(db_path).all("journal")] == ["edited by a script"]
        await pilot.press("r")  # show the newer one
        await settled(pilot)
        assert app.screen is editor
        assert editor.query_one("#editor-text", TextArea).text == "edited by a script"
        editor.query_one("#editor-text", TextArea).text = "my new words"
        await pilot.press("ctrl+o")  # now it saves over the version it shows
        await settled(pilot)
        assert not isinstance(app.screen, JournalEditor)
    assert [r["text"] for r in Store(db_path).all("journal")] == ["my new words"]


@sync
async def test_journal_editor_saves_words_as_new_when_the_entry_was_removed(store, db_path, now, settled):
    from textual.widgets import TextArea

    from recovery_tui.services import journal as journal_service
    from recovery_tui.tui.journal.journal_editor import JournalEditor

    entry = journal_service.add_entry(Store(db_path), "first words", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await settled(pilot)
        await pilot.press("e")
        await settled(pilot)
        editor = app.screen
        assert isinstance(editor, JournalEditor)
        journal_service.remove_entry(Store(db_path), entry.id)
        editor.query_one("#editor-text", TextArea).text = "keep these words"
        await pilot.press("ctrl+o")
        await settled(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "removed elsewhere" in str(app.screen.query_one("#conflict-message").render())
        await pilot.press("n")
        await settled(pilot)
        assert not isinstance(app.screen, JournalEditor)
    [record] = Store(db_path).all("journal")
    assert record["text"] == "keep these words" and record["id"] != entry.id


def test_journal_edit_by_expected_refuses_a_changed_entry_and_cli_edit_is_unchanged(cli, store, db_path, now):
    from recovery_tui.services import journal as journal_service

    entry = journal_service.add_entry(store, "first", now=now)
    journal_service.edit_entry(Store(db_path), entry.id, text="by a script", now=now)
    with pytest.raises(Conflict):
        journal_service.edit_entry(store, entry.id, text="mine", now=now, expected=entry)
    assert [r["text"] for r in Store(db_path).all("journal")] == ["by a script"]
    current = journal_service.find_entry(store, entry.id)
    saved = journal_service.edit_entry(store, entry.id, text="mine", now=now, expected=current)
    assert saved.text == "mine"
    assert cli("journal", "edit", entry.id[:8], "from the CLI").exit_code == 0
    assert [r["text"] for r in Store(db_path).all("journal")] == ["from the CLI"]


@sync
async def test_a_followup_on_a_request_removed_meanwhile_says_so_kindly(store, db_path, now, settled):
    from textual.widgets import RadioButton

    from recovery_tui.core.help_requests import Draft
    from recovery_tui.services import help_requests as help_service
    from recovery_tui.tui.help_requests.followup_screen import FollowUpScreen

    draft = Draft(emotion="lonely", problem="evenings are hard", request_text="can someone check in tonight?")
    request = help_service.add_help_request(store, draft, fmt="text", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await settled(pilot)
        app.screen.query_one("TabbedContent").active = "tab-saved"  # type: ignore[attr-defined]
        await settled(pilot)
        app.screen.query_one("SavedRequests").action_followup()  # type: ignore[attr-defined]
        await settled(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        app.screen.query_one("#helpful-yes", RadioButton).value = True
        Store(db_path).delete("help_requests", request.id)  # removed from another terminal
        await pilot.press("ctrl+o")
        await settled(pilot)
        messages = [n.message for n in app._notifications]
        assert any("removed elsewhere" in m for m in messages)
        assert not any("recover ask" in m for m in messages)  # no shell command in the dashboard


def test_counter_event_edit_by_expected_refuses_an_event_changed_meanwhile(store, db_path, now):
    counter = counter_service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    restarted = counter_service.record_relapse(store, "alcohol", at=now - timedelta(days=2), note="x", now=now)
    opened = restarted.events[-1]
    counter_service.edit_event(
        Store(db_path), "alcohol", opened.id, at=None, note="fixed elsewhere", change_note=True, now=now
    )
    with pytest.raises(Conflict):
        counter_service.edit_event(
            store, "alcohol", opened.id, at=None, note="mine", change_note=True, now=now, expected=opened
        )
    [event] = [e for e in counter_service.find_counter(Store(db_path), "alcohol").events if e.id == opened.id]
    assert event.note == "fixed elsewhere" and counter.id
