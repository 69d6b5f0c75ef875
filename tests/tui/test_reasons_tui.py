"""Dashboard (Pilot, 80x24): the check-in form's optional ratings, the Why screen (w), reasons on
the Today panel, in SOS after the crisis lines and contacts, and after a craving of 7 or more."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.widgets import Input, Label, OptionList, Static

from recovery_tui import wording
from recovery_tui.services import contacts as contact_service
from recovery_tui.services import reasons as reason_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.checkins.checkin_form import CheckinForm
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.reasons.reason_form import ReasonForm
from recovery_tui.tui.reasons.reasons_screen import ReasonsScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.sos.sos_screen import SosScreen
from recovery_tui.tui.triggers.trigger_form import TriggerForm


def notes(app: RecoverApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def text_of(app: RecoverApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        await pilot.press("space" if char == " " else char)


async def open_checkin(pilot) -> CheckinForm:  # type: ignore[no-untyped-def]
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CheckinForm)
    return pilot.app.screen


async def test_form_saves_the_optional_ratings_and_shows_them_on_the_panel(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_checkin(pilot)
        await pilot.press("3", "tab", "2")
        form.query_one("#difficulty", Input).focus()
        await pilot.press("6", "tab", "8", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        [record] = store.all("checkins")
        assert (record["difficulty"], record["confidence"]) == (6, 8)
        assert "Difficulty 6/10 · confidence 8/10" in text_of(app, "#today-body")

        form = await open_checkin(pilot)  # pre-filled; emptying a rating skips it
        assert form.query_one("#confidence", Input).value == "8"
        form.query_one("#confidence", Input).value = ""
        form.query_one("#confidence", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        [record] = store.all("checkins")
        assert (record["difficulty"], record["confidence"]) == (6, None)


async def test_form_skipping_ratings_stores_null(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_checkin(pilot)
        await pilot.press("3", "tab", "2", "enter")
        await pilot.pause()
        [record] = store.all("checkins")
        assert (record["difficulty"], record["confidence"]) == (None, None)
        assert "ifficulty" not in text_of(app, "#today-body")


async def test_a_bad_rating_shows_under_its_field_and_stores_nothing(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_checkin(pilot)
        await pilot.press("3", "tab", "2")
        form.query_one("#confidence", Input).focus()
        await pilot.press("1", "1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CheckinForm)
        assert "0-10" in str(form.query_one("#confidence-error", Label).render())
        assert str(form.query_one("#difficulty-error", Label).render()) == ""
        assert app.focused is form.query_one("#confidence", Input)
        assert store.all("checkins") == []


async def test_why_screen_adds_edits_and_removes_reasons(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ReasonsScreen)
        assert "No reasons yet" in text_of(app, "#reasons-status")

        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ReasonForm)
        await pilot.press("enter")  # empty: refused under the field
        await pilot.pause()
        assert isinstance(app.screen, ReasonForm)
        assert "own words" in str(app.screen.query_one("#form-text-error", Label).render())
        await type_text(pilot, "my kids")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonsScreen)
        options = app.screen.query_one("#reasons-list", OptionList)
        assert str(options.get_option_at_index(0).prompt) == "1. my kids"

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ReasonForm)
        assert app.screen.query_one("#form-text", Input).value == "my kids"
        await pilot.press("end")
        await type_text(pilot, " and me")
        await pilot.press("enter")
        await pilot.pause()
        assert [r.text for r in reason_service.list_reasons(store)] == ["my kids and me"]

        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert reason_service.list_reasons(store) == []
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_today_panel_shows_one_reason_a_day(store: Store, now: datetime) -> None:
    for text in ("my kids", "clear mornings"):
        reason_service.add_reason(store, text, now=now)
    shown = []
    for days in (0, 1):
        app = RecoverApp(store, clock=lambda days=days: now + timedelta(days=days))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            first = text_of(app, "#today-body").splitlines()[0]
            assert first.startswith("Why: ")
            shown.append(first)
    assert sorted(shown) == ["Why: clear mornings", "Why: my kids"]


async def test_sos_shows_reasons_after_crisis_lines_and_contacts(store: Store, now: datetime) -> None:
    contact_service.add_contact(
        store, "Sam", reach="07700900123", role="sponsor", reachable="24/7", note=None, position=None, now=now
    )
    reason_service.add_reason(store, "I want to be there for my kids", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SosScreen)
        sections = [w.id for w in app.screen.query(".sos-section") if w.display]
        assert sections.index("sos-crisis-section") < sections.index("sos-contacts-section")
        assert sections.index("sos-contacts-section") < sections.index("sos-reasons-section")
        assert text_of(app, "#sos-reasons-heading") == wording.SOS_REASONS_HEADING
        assert "• I want to be there for my kids" in text_of(app, "#sos-reasons")


async def test_sos_without_reasons_shows_no_reasons_section(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SosScreen)
        assert app.screen.query_one("#sos-reasons-section").display is False
        assert app.screen.query_one("#sos-contacts-section").display is True


async def test_a_craving_of_7_in_the_form_shows_the_reasons_after_saving(store: Store, now: datetime) -> None:
    reason_service.add_reason(store, "my kids", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_checkin(pilot)
        await pilot.press("3", "tab", "6", "enter")
        await pilot.pause()
        assert not any("my kids" in n for n in notes(app))  # 6: not shown
        await open_checkin(pilot)
        await pilot.press("ctrl+a", "ctrl+k", "3", "tab", "ctrl+a", "ctrl+k", "7", "enter")
        await pilot.pause()
        assert store.all("checkins")[0]["craving"] == 7
        [shown] = [n for n in notes(app) if "my kids" in n]
        assert shown.splitlines() == [wording.REASONS_AFTER_CRAVING, "  • my kids"]


async def test_a_trigger_of_intensity_7_shows_the_reasons_after_logging(store: Store, now: datetime) -> None:
    reason_service.add_reason(store, "my kids", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TriggerForm)
        await type_text(pilot, "party")
        app.screen.query_one("#f-intensity", Input).focus()
        await pilot.press("7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert store.all("triggers")[0]["intensity"] == 7
        assert any(n.startswith(wording.REASONS_AFTER_CRAVING) and "my kids" in n for n in notes(app))


async def test_insights_screen_shows_confidence_beside_craving_and_mean_difficulty(store: Store, now: datetime) -> None:
    from recovery_tui.core.checkin import CheckInDraft
    from recovery_tui.services import checkins as checkin_service
    from recovery_tui.tui.insights.insights_screen import InsightsScreen

    for days, confidence, difficulty in ((9, 4, 8), (8, 5, None), (2, 8, 3), (1, None, None), (0, 9, 4)):
        draft = CheckInDraft(now.date() - timedelta(days=days), 3, 2, confidence=confidence, difficulty=difficulty)
        checkin_service.save_checkin(store, draft, mode="add", now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)
        for _ in range(100):
            if app.screen.query("#confidence-spark"):
                break
            await pilot.pause(0.05)
        assert text_of(app, "#confidence-spark").startswith("Confidence by week (0-10): ")
        assert text_of(app, "#difficulty") == "How hard the days were (0-10): mean 5.0 over 3 rated check-ins"
