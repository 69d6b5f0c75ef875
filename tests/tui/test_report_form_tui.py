"""The report form on the Insights screen (x), driven by Pilot: it writes the file and says where."""

from __future__ import annotations

import asyncio
import stat
from datetime import datetime, timedelta
from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static

from recovery_tui.services import counters as counter_service
from recovery_tui.services import journal as journal_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.insights.insights_screen import InsightsScreen
from recovery_tui.tui.insights.report_form import ReportForm


def _fill(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=40), now=now)
    journal_service.add_entry(store, "A calm walk today", now=now, at=now - timedelta(days=1))
    journal_service.add_entry(store, "VERY PRIVATE", now=now, at=now - timedelta(days=1), sensitive=True)


def test_the_form_writes_a_private_report_and_shows_where(store: Store, now: datetime) -> None:
    asyncio.run(_writes(store, now))


async def _writes(store: Store, now: datetime) -> None:
    _fill(store, now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)
        await pilot.press("x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ReportForm)
        offered = Path.home() / "recover-report-20261120.html"
        assert form.query_one("#form-period", Input).value == "90d"
        assert form.query_one("#form-path", Input).value == "~/recover-report-20261120.html"
        assert offered.parent == Path.home()
        form.query_one("#form-format", Select).value = "markdown"  # the offered file follows the format
        await pilot.pause()
        target = Path.home() / "recover-report-20261120.md"
        assert form.query_one("#form-path", Input).value == "~/recover-report-20261120.md"
        form.query_one("#form-journal", Checkbox).value = True
        form.query_one("#form-period", Input).focus()
        await pilot.press("enter")
        for _ in range(20):
            await pilot.pause()
            if isinstance(app.screen, InsightsScreen):
                break
        assert isinstance(app.screen, InsightsScreen)
        line = app.screen.query_one("#insights-report", Static)
        assert str(line.render()) == f"Report written to {target}"
    text = target.read_text()
    assert text.startswith("# Recovery report") and "A calm walk today" in text and "VERY PRIVATE" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_refusals_show_under_their_field_and_write_nothing(store: Store, now: datetime, tmp_path: Path) -> None:
    asyncio.run(_refused(store, now, tmp_path))


async def _refused(store: Store, now: datetime, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "link.html"
    link.symlink_to(victim)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i", "x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ReportForm)
        form.query_one("#form-period", Input).value = "soon"
        await pilot.press("enter")
        await pilot.pause()
        assert "is not understood" in str(form.query_one("#form-period-error", Static).render())
        form.query_one("#form-period", Input).value = "30d"
        form.query_one("#form-path", Input).value = str(link)
        await pilot.press("enter")
        for _ in range(10):
            await pilot.pause()
        assert app.screen is form
        assert "symbolic link" in str(form.query_one("#form-path-error", Static).render())
    assert victim.read_text() == "keep" and link.is_symlink()
