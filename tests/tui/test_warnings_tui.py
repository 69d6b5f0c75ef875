"""Issue 19 on the dashboard: the current warnings on the Today panel (brief, after a "!",
with dashboard keys) and at the top of SOS (right after the crisis lines), on crafted
histories (calm, acute, slow rise: tests/warning_histories.py), Pilot at 80x24."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from textual.widgets import Static
from warning_histories import ESCAPED_NAME, HISTORIES, acute

from recovery_tui import wording
from recovery_tui.services import insights as insights_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.checkins.today_panel import WARNINGS_SHOWN
from recovery_tui.tui.sos.sos_screen import SosScreen


def body(app: RecoverApp) -> list[str]:
    return str(app.screen.query_one("#today-body", Static).render()).splitlines()


@pytest.mark.parametrize("history", list(HISTORIES))
def test_the_today_panel_shows_the_signs_first(store: Store, now: datetime, history: str) -> None:
    kinds = HISTORIES[history](store, now)
    signs = insights_service.warnings(store, now=now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            rows = body(app)
            marked = [row for row in rows if row.startswith("! ")]
            if not kinds:
                assert marked == [] and rows[-1] == "j opens the journal"
                return
            assert rows[: len(marked)] == marked  # first, before the check-in
            assert rows[-1] == wording.WARNINGS_KEYS_DASHBOARD  # dashboard keys, never a command
            assert not any("recover " in row for row in rows)
            if len(kinds) <= WARNINGS_SHOWN:
                assert marked == [f"! {note.short}" for note in signs]
            else:
                assert marked[0] == f"! {signs[0].short}"
                assert marked[-1] == "! " + wording.WARNINGS_MORE_DASHBOARD.format(count=len(kinds) - 1)
            panel = app.screen.query_one("#today-panel")
            assert len(rows) <= panel.scrollable_content_region.height  # nothing cut off at 80x24

    asyncio.run(scenario())


@pytest.mark.parametrize("history", list(HISTORIES))
def test_sos_shows_the_signs_after_the_crisis_lines(store: Store, now: datetime, history: str) -> None:
    kinds = HISTORIES[history](store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, SosScreen)
            section = screen.query_one("#sos-warnings-section")
            assert section.display is bool(kinds)
            if not kinds:
                return
            text = " ".join(str(screen.query_one("#sos-warnings", Static).render()).split())
            for note in insights_service.warnings(store, now=now):
                assert note.text in text
            assert "recover " not in text
            tops = [screen.query_one(f"#sos-{key}-section").region.y for key in ("crisis", "warnings", "contacts")]
            assert tops == sorted(tops)

    asyncio.run(scenario())


def test_the_today_panel_follows_a_new_restart(store: Store, now: datetime) -> None:
    HISTORIES["calm"](store, now)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            assert not any(row.startswith("! ") for row in body(app))
            await pilot.press("r", "enter", "y")  # the relapse form, now; confirmed
            await pilot.pause()
            await pilot.press("enter")  # close the kind message
            await pilot.pause()
            assert "! Restart today; history kept" in body(app)

    asyncio.run(scenario())


def test_a_trigger_name_with_escapes_stays_text(store: Store, now: datetime) -> None:
    acute(store, now, name=ESCAPED_NAME)

    async def scenario() -> None:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.pause()
            shown = str(app.screen.query_one("#sos-warnings", Static).render())
            assert "\\x1b]0;pwned" in shown and "\x1b" not in shown and "\x07" not in shown

    asyncio.run(scenario())
