"""Conflict copies on the dashboard (issue 21): a one-line notice on start, `b` lists the copies
of the four sync engines, enter merges one after asking, the result is shown and the copy is
kept in backups/."""

from __future__ import annotations

import shutil
from datetime import datetime

from textual.widgets import OptionList, Static

from recovery_tui.services import counters as counter_service
from recovery_tui.services import journal as journal_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.merge.copies_screen import CopiesScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen

COPIES = {
    "recover.sync-conflict-20261206-101500-ABCDEFG.json": "Syncthing",
    "recover (conflicted copy 2026-12-06).json": "Dropbox",
    "recover (Someone's conflicted copy 2026-12-06).json": "Dropbox",
    "recover (conflicted copy 2026-12-06 101500).json": "Nextcloud",
    "recover-HOSTNAME.json": "OneDrive",
}


def _notice(app: RecoverApp) -> Static:
    return app.screen.query_one("#copies-notice", Static)


def _options(app: RecoverApp) -> list[str]:
    options = app.screen.query_one("#copies-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_no_copies_no_notice(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now, now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not _notice(app).display
        await pilot.press("b")
        assert isinstance(app.screen, CopiesScreen)
        assert "No conflict copies" in str(app.screen.query_one("#copies-status", Static).visual)


async def test_the_four_engines_copies_are_noticed_and_listed(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now, now=now)
    for name in COPIES:
        shutil.copy2(store.path, store.path.with_name(name))
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, DashboardScreen)
        assert _notice(app).display
        assert (
            str(_notice(app).visual) == "! File sync left 5 conflict copies of your data beside it. Press b to merge."
        )
        await pilot.press("b")
        assert isinstance(app.screen, CopiesScreen)
        assert _options(app) == sorted(f"{name}  ({engine})" for name, engine in COPIES.items())


async def test_enter_merges_a_copy_after_asking(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now, now=now)
    copy = store.path.with_name("recover (conflicted copy 2026-12-06).json")
    shutil.copy2(store.path, copy)
    other = Store(copy)
    journal_service.add_entry(other, "written on the other device", now=now)
    other.lock_path.unlink()  # a copy made by file sync has no lock file of its own
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "a conflict copy" in str(_notice(app).visual)
        await pilot.press("b", "enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, CopiesScreen) and copy.exists()  # no: nothing merged
        await pilot.press("enter", "y")
        assert isinstance(app.screen, CopiesScreen)
        status = str(app.screen.query_one("#copies-status", Static).visual)
        assert "journal: 1 added" in status
        assert "Merged. recover (conflicted copy 2026-12-06).json is now kept in backups/" in status
        assert not copy.exists()
        assert [p.name.split(".")[1] for p in (store.path.parent / "backups").glob("recover.merged.*")] == ["merged"]
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)
        assert not _notice(app).display
    texts = [e["text"] for e in Store(store.path).all("journal")]
    assert texts == ["written on the other device"]
