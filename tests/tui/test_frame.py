"""The dashboard frame: opens on the data file, shows keys, help on ?, quits on q, 80x24."""

from __future__ import annotations

import gc
from datetime import datetime

from textual.widgets import Footer, Header, Static

from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.help import HelpScreen


async def test_frame_opens_shows_file_and_help(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.sub_title == str(store.path)
        assert app.screen.query_one(Header) and app.screen.query_one(Footer)
        body = app.screen.query_one("#counters-body", Static)
        assert "No counters yet" in str(body.render())
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert str(store.path) in str(app.screen.query_one("#help-file", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_dashboard_sees_writes_from_another_process(store: Store, now: datetime) -> None:
    from recovery_tui.services.counters import add_counter

    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        other = Store(store.path)  # e.g. `recover counter add` in another terminal
        add_counter(other, "alcohol", since=now, now=now)
        app._poll_file()
        await pilot.pause()
        body = app.screen.query_one("#counters-body", Static)
        assert "alcohol" in str(body.render())
        assert app.first_paint_done()  # the signal the benchmark waits for


async def test_keys_typed_right_after_q_do_not_crash_the_exit(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q", "a", "c", "t", "h")
        await pilot.pause()
    assert app.exiting
    assert app.return_code in (0, None)


async def test_footer_shows_sos_and_keys_first_and_palette_has_no_screenshot(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = [binding.key for binding in app.screen.BINDINGS[:2]]  # type: ignore[union-attr]
        assert keys == ["ctrl+s", "question_mark"]
        titles = [command.title.lower() for command in app.get_system_commands(app.screen)]
        assert titles and not any("screenshot" in title for title in titles)


async def test_the_garbage_collector_is_on_again_once_the_counters_are_painted(store: Store, now: datetime) -> None:
    # cli/dashboard_run.py turns it off for the first paint; the dashboard turns it on again
    gc.disable()
    try:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.first_paint_done()
            assert gc.isenabled()
    finally:
        gc.enable()
