"""Dashboard: log a trigger from the form (t), see it in the Triggers panel and on Insights (i)."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.widgets import Select, Static

from recovery_tui.safetext import cells, pad
from recovery_tui.services import counters as counter_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.insights.insights_screen import InsightsScreen
from recovery_tui.tui.triggers.trigger_form import TriggerForm
from recovery_tui.tui.triggers.triggers_panel import TriggersPanel, trigger_line


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def visible_errors(form: TriggerForm) -> dict[str, str]:
    return {(w.id or "").removeprefix("e-"): str(w.render()) for w in form.query(".error") if w.has_class("-shown")}


async def open_form(pilot) -> TriggerForm:
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TriggerForm)
    return pilot.app.screen


async def test_log_from_dashboard_then_panel_and_insights(store: Store, now: datetime) -> None:
    for hours in (30, 60):
        trigger_service.log_trigger(store, what="payday", at=now - timedelta(hours=hours), now=now, intensity=6)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await open_form(pilot)
        await pilot.press(*"argument with boss")
        await pilot.press("tab", "tab", "tab", "tab", "tab")  # when, where, who, emotion -> hungry
        await pilot.press("tab", "space")  # angry on
        await pilot.press("tab", "tab", "tab")  # lonely, tired -> intensity
        await pilot.press("8", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        [record] = [r for r in store.all("triggers") if r["what"] == "argument with boss"]
        assert (record["halt"], record["intensity"], record["at"]) == (["angry"], 8, "2026-11-20T20:00:00+00:00")
        panel = text_of(app.screen, "#triggers-body")
        assert panel.splitlines()[0].startswith("Fri 20:00 argument wit…  8")
        assert panel.count("payday") == 2

        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)
        top = text_of(app.screen, "#insights-top")
        assert "payday" in top and "argument with boss" in top
        assert top.index("payday") < top.index("argument with boss")  # 2 times against 1
        assert "3 triggers" in text_of(app.screen, "#insights-summary")
        assert "▒" in text_of(app.screen, "#insights-heat") or "█" in text_of(app.screen, "#insights-heat")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_form_validates_each_field_and_saves_nothing_until_fixed(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = await open_form(pilot)
        await pilot.press("tab", *"tomorrow")  # when
        await pilot.press("tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "1", "1")  # -> intensity 11
        await pilot.pause()
        errors = visible_errors(form)
        assert errors["when"].startswith("! 'nowtomorrow'") or errors["when"].startswith("! 'tomorrow'")
        assert errors["intensity"].startswith("! 11 is out of range")
        await pilot.press("enter")  # Enter in the intensity field tries to save
        await pilot.pause()
        errors = visible_errors(form)
        assert errors["what"].startswith("! say in a few words what happened")
        assert app.screen is form
        assert app.focused is form.query_one("#f-what")
        assert store.all("triggers") == []
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert store.all("triggers") == []


async def test_outcome_used_offers_a_relapse_but_records_one_only_when_chosen(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=40), now=now)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = await open_form(pilot)
        await pilot.press(*"payday")
        relapse_row = form.query_one("#relapse-row")
        assert not relapse_row.has_class("-shown")
        form.query_one("#f-outcome", Select).value = "used"
        await pilot.pause()
        assert relapse_row.has_class("-shown")
        await pilot.press("enter")  # relapse left blank
        await pilot.pause()
        assert [e["kind"] for e in store.all("counters")[0]["events"]] == ["start"]
        assert store.all("triggers")[0]["outcome"] == "used"

        form = await open_form(pilot)
        await pilot.press(*"payday again")
        form.query_one("#f-outcome", Select).value = "used"
        await pilot.pause()
        form.query_one("#f-relapse", Select).value = "alcohol"
        form.query_one("#f-what").focus()
        await pilot.press("enter")
        await pilot.pause()
        events = store.all("counters")[0]["events"]
        assert [e["kind"] for e in events] == ["start", "relapse"]
        assert events[1]["note"] == "trigger: payday again"
        assert len(store.all("triggers")) == 2


async def test_panel_fits_80x24_and_lines_fit_the_panel(store: Store, now: datetime) -> None:
    for i in range(15):
        trigger_service.log_trigger(
            store, what=f"a very long description of trigger number {i}", at=now - timedelta(hours=i), now=now,
            intensity=10, outcome="resisted",
        )  # fmt: skip
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(TriggersPanel)
        assert panel.region.width <= 40 and panel.region.height <= 22
        lines = text_of(app.screen, "#triggers-body").splitlines()
        assert 1 <= len(lines) <= panel.content_region.height
        assert all(len(line) <= panel.content_region.width for line in lines)
        assert lines[0].endswith("10 resisted")


def test_trigger_line_shapes(now: datetime) -> None:
    from recovery_tui.core.triggers import Trigger

    week = now.date() - timedelta(days=4)  # Mon 16 Nov: now is Friday of that week
    entry = Trigger(id="x", at=now, what="argument with my boss", intensity=7, outcome="used")
    assert trigger_line(entry, 35, week) == "Fri 20:00 argument wit…  7 used"
    assert trigger_line(entry, 44, week) == "Fri 20:00 argument with my boss   7 used"
    assert cells(trigger_line(entry, 30, week)) <= 30
    bare = Trigger(id="y", at=now, what="payday")
    assert trigger_line(bare, 35, week) == "Fri 20:00 payday"


def test_trigger_lines_show_a_date_before_this_week_and_keep_their_columns(now: datetime) -> None:
    from recovery_tui.core.triggers import Trigger

    week = now.date() - timedelta(days=4)
    entries = [
        Trigger(id="a", at=now - timedelta(days=2), what="上司との口論と残業", intensity=4, outcome="ongoing"),
        Trigger(id="b", at=now - timedelta(days=5), what="payday", intensity=10, outcome="resisted"),
        Trigger(id="c", at=now - timedelta(days=25), what="argument with my boss", intensity=7, outcome="used"),
        Trigger(id="d", at=now - timedelta(days=400), what="lonely evening"),
    ]
    lines = [trigger_line(t, 35, week) for t in entries]
    assert [pad(line, 35)[:9] for line in lines] == ["Wed 20:00", "15 Nov   ", "26 Oct   ", "Oct 2025 "]
    assert all(cells(line) <= 35 for line in lines)
    # the intensity column ends at the same cell on every line, wide text or not, whatever the outcome
    assert {cells(line) - cells(t.outcome or "") - 1 for line, t in zip(lines[:3], entries, strict=False)} == {26}
    assert lines[3] == "Oct 2025  lonely eveni…"


def test_trigger_line_measures_wide_text_in_cells(now: datetime) -> None:
    from recovery_tui.core.triggers import Trigger

    week = now.date()
    wide = Trigger(id="z", at=now, what="上司との口論と残業", intensity=7, outcome="used")
    plain_entry = Trigger(id="x", at=now, what="argument with my boss", intensity=7, outcome="used")
    ascii_line = trigger_line(plain_entry, 35, week)
    line = trigger_line(wide, 35, week)
    assert line == "Fri 20:00 上司との口論…  7 used"
    assert cells(line) == cells(ascii_line) == 31  # the intensity column sits where it does for ASCII


async def test_insights_empty_state_and_period_key(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert "Too little logged yet to see patterns" in text_of(app.screen, "#insights-empty")
        assert "last 90 days" in text_of(app.screen, "#insights-summary")
        await pilot.press("p")
        await pilot.pause()
        assert "last 365 days" in text_of(app.screen, "#insights-summary")


async def test_resizing_redraws_from_what_was_read_and_fills_a_taller_panel(
    store: Store, now: datetime, monkeypatch
) -> None:
    for i in range(60):
        trigger_service.log_trigger(store, what=f"entry {i}", at=now - timedelta(hours=i), now=now, intensity=3)
    reads: list[int] = []
    real = trigger_service.latest_triggers

    def counting(store_: Store, limit: int = 10):  # type: ignore[no-untyped-def]
        reads.append(limit)
        return real(store_, limit=limit)

    monkeypatch.setattr(trigger_service, "latest_triggers", counting)
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        short = text_of(app.screen, "#triggers-body").splitlines()
        read_at_start = len(reads)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        taller = text_of(app.screen, "#triggers-body").splitlines()
        assert len(reads) == read_at_start  # a resize draws again without reading the file
        assert len(taller) > len(short) and taller[0].startswith("Fri 20:00 entry 0")
        await pilot.resize_terminal(120, 120)  # more rows than were read: read again
        await pilot.pause()
        assert len(reads) == read_at_start + 1
        assert len(text_of(app.screen, "#triggers-body").splitlines()) > len(taller)


async def test_insights_screen_shows_acute_signs_first_with_dashboard_keys(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=300), now=now)
    counter_service.record_relapse(store, "alcohol", at=now - timedelta(days=1), note=None, now=now)
    for n in range(4):
        at = now - timedelta(days=n)
        fields = {"date": at.date().isoformat(), "at": at.isoformat(), "mood": 2, "craving": 9}
        store.insert(
            "checkins",
            {**fields, "sober": [], "gratitude": None, "note": None, "difficulty": None, "confidence": None},
            now=at,
        )
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)
        signs = " ".join(text_of(app.screen, "#insights-warnings").split())
        assert "You restarted 'alcohol' yesterday" in signs and "Cravings reached 8 or more on 4" in signs
        assert "ctrl+s" in signs and "recover " not in signs
        notes = text_of(app.screen, "#insights-notes")
        assert "Nothing stands out" not in notes
        body = app.screen.query_one("#insights-body")
        children = list(body.children)
        assert children.index(app.screen.query_one("#insights-warnings")) < children.index(
            app.screen.query_one("#insights-notes")
        )
