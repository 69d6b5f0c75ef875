"""Dashboard: the Today panel and the check-in form (Pilot, 80x24)."""

from __future__ import annotations

import asyncio
import functools
from datetime import timedelta

import pytest
from textual.widgets import Checkbox, Input, Label, Static

from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import journal as journal_service
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.checkins.checkin_form import CheckinForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen


def sync(test):  # type: ignore[no-untyped-def]
    """Run an async Pilot test with asyncio.run (no pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        asyncio.run(test(*args, **kwargs))

    return run


def body_text(app: RecoverApp) -> str:
    return str(app.screen.query_one("#today-body", Static).render())


@pytest.fixture
def alcohol(store, now):
    return counter_service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)


@sync
async def test_panel_invites_a_checkin_then_shows_it(store, now, alcohol):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "No check-in yet today" in body_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckinForm)
        await pilot.press("4", "tab", "2", "tab", "tab", "tab")
        await pilot.press(*"tea")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        [record] = store.all("checkins")
        assert (record["mood"], record["craving"], record["gratitude"]) == (4, 2, "tea")
        assert record["sober"][0]["sober"] is True
        text = body_text(app)
        assert "Mood 4/5" in text and "craving 2/10" in text and "Grateful: tea" in text


@sync
async def test_form_shows_each_error_beside_its_field_and_stores_nothing(store, now):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("7", "tab", "minus", "1", "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CheckinForm)
        assert "1-5" in str(form.query_one("#mood-error", Label).render())
        assert "0-10" in str(form.query_one("#craving-error", Label).render())
        assert store.all("checkins") == []
        assert app.focused is form.query_one("#mood", Input)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert store.all("checkins") == []


@sync
async def test_not_sober_records_a_relapse_only_with_the_box_ticked(store, now, alcohol):
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("2", "tab", "8", "tab", "space")  # untick "sober today: alcohol"
        box = app.screen.query_one("#sober-0", Checkbox)
        assert box.value is False and "(no)" in str(box.label)
        await pilot.click("#save")
        await pilot.pause()
        assert store.all("checkins")[0]["sober"][0]["sober"] is False
        assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]

        await pilot.press("c")  # opens pre-filled: this time tick the relapse box
        await pilot.pause()
        assert app.screen.query_one("#mood", Input).value == "2"
        assert app.screen.query_one("#sober-0", Checkbox).value is False
        app.screen.query_one("#relapse", Checkbox).value = True
        await pilot.click("#save")
        await pilot.pause()
        assert len(store.all("checkins")) == 1  # updated, not added
        assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start", "relapse"]
        assert "Sober: alcohol no" in body_text(app)


@sync
async def test_add_another_keeps_the_earlier_checkin(store, now):
    from recovery_tui.core.checkin import CheckInDraft

    checkin_service.save_checkin(store, CheckInDraft(now.date(), 3, 3), mode="new", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one("#add-another", Checkbox).value = True
        app.screen.query_one("#mood", Input).value = "5"
        await pilot.click("#save")
        await pilot.pause()
    assert sorted(r["mood"] for r in store.all("checkins")) == [3, 5]


@sync
async def test_panel_fits_and_collapses_sensitive_entries(store, now):
    journal_service.add_entry(store, "very private details", sensitive=True, now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)):
        text = body_text(app)
        assert "very private" not in text and "hidden until opened" in text
        assert "Journal 1" in text
        panel = app.screen.query_one("TodayPanel")
        assert panel.size.width <= 40
        assert len(text.splitlines()) <= panel.size.height


@sync
async def test_a_full_checkin_fits_the_panel_rows(store, now, alcohol):
    from recovery_tui.core.checkin import CheckInDraft, SoberAnswer
    from recovery_tui.services import today as today_service
    from recovery_tui.tui.checkins.today_panel import today_lines

    draft = CheckInDraft(now.date(), 4, 2, (SoberAnswer(alcohol.id, "alcohol", True),), "tea " * 30, "note " * 30)
    checkin_service.save_checkin(store, draft, mode="new", now=now)
    journal_service.add_entry(store, "an entry", now=now)
    lines = today_lines(today_service.today(store, now=now))
    assert len(lines) <= 9  # a dashboard panel is 11 rows with its border
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)):
        assert "Grateful: tea" in body_text(app)
