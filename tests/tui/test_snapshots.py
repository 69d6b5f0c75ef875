"""Snapshot tests (pytest-textual-snapshot): every dashboard screen at 80x24, in dark, light and NO_COLOR.

Each shot opens the real app on a demo data file (a year of history from `recover demo`, plus
a contact, a reward, a first-aid message and a crisis line of one's own) with the frozen clock, walks to one screen with
keys, and compares the picture with the SVG under tests/tui/__snapshots__/test_snapshots/.
After a deliberate change to how a screen looks, regenerate them and look at the diff:

    .venv/bin/pytest tests/tui/test_snapshots.py --snapshot-update

Deterministic by construction: the clock and the skill timer's monotonic clock are fixed
(the running timer is shown 65 s in), cursors do not blink, the crisis lines come from a
fixed country and locale, and the data file lives at one fixed path, because the dashboard
shows it (header, help, passphrase screen): a per-test tmp_path would change every picture.
A lock file keeps two test runs on one machine from sharing that folder at the same time.
"""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from recovery_tui.services import aid as aid_service
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import crisis_lines as crisis_lines_service
from recovery_tui.services import demo as demo_service
from recovery_tui.services import reminders as reminders_service
from recovery_tui.services import rewards as rewards_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.shared.conflict_screen import ConflictScreen

FOLDER = Path("/tmp/recover-snapshots")  # fixed on purpose: the path is on screen
PASSPHRASE = "a long passphrase"
THEMES = {"dark": "textual-dark", "light": "textual-light", "no-color": "textual-dark"}

Steps = Callable[[Pilot[Any]], Awaitable[None]]


class FixedClock:
    """The skill timer's monotonic clock: moves only when a shot moves it."""

    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


@dataclass(frozen=True)
class Shot:
    """One screen: the keys that reach it from the dashboard, then `after` (if any)."""

    name: str
    keys: tuple[str, ...] = ()
    after: Callable[[Pilot[Any], FixedClock], Awaitable[None]] | None = None
    locked: bool = False
    fresh: bool = False
    """Open a new, empty data file (the first-run welcome) instead of the demo file."""


def _keys(text: str) -> tuple[str, ...]:
    return tuple("space" if char == " " else char for char in text)


EMOTION = ("h", *_keys("sad"), "tab", "tab", "6")  # the composer's step 1, filled in
PROBLEM = (*_keys("I drink alone"), "tab", *_keys("May"), "enter", *_keys("a walk"), "enter")  # step 2, to step 3


async def _until(pilot: Pilot[Any], shown: Callable[[], bool]) -> None:
    """Pause until `shown()` (the skill timer redraws on intervals), however busy the machine."""
    for _ in range(200):
        if shown():
            return
        await pilot.pause(0.05)
    assert shown()


async def _timer_65_seconds_in(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.tui.skills.breathing_guide import BreathingGuide
    from recovery_tui.tui.skills.skill_timer import SkillTimerDisplay

    clock.t += 65  # 65 s into box breathing: 08:55 left, 1 s into "breathe in"
    screen = pilot.app.screen
    await _until(
        pilot,
        lambda: (
            pilot.app.sub_title.endswith("08:55 left")  # the header, every second
            and screen.query_one(SkillTimerDisplay).text == "08:55"  # the screen, every 0.1 s
            and screen.query_one(BreathingGuide).label == "Breathe in · 3"
        ),
    )


async def _quit_while_running(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.tui.skills.skill_quit_screen import SkillQuitScreen

    await _timer_65_seconds_in(pilot, clock)
    await pilot.press("q")
    await _until(pilot, lambda: isinstance(pilot.app.screen, SkillQuitScreen))


async def _conflict(pilot: Pilot[Any], clock: FixedClock) -> None:
    # the check-in form is open and blank; another terminal checks in for today; then we save
    from recovery_tui.core.checkin import CheckInDraft
    from recovery_tui.services import checkins as checkin_service

    app = pilot.app
    assert isinstance(app, RecoverApp)
    draft = CheckInDraft(app.now().date(), 4, 1, note="from another terminal")
    checkin_service.save_checkin(Store(app.store.path), draft, mode="new", now=app.now())
    for field, value in (("#mood", "5"), ("#craving", "1"), ("#note", "mine")):
        app.screen.query_one(field, Input).value = value
    await pilot.press("enter")
    assert isinstance(app.screen, ConflictScreen), app.screen


async def _palette_listed(pilot: Pilot[Any], clock: FixedClock) -> None:
    from textual.command import CommandList

    await _until(pilot, lambda: bool(pilot.app.screen.query(CommandList)))
    commands = pilot.app.screen.query_one(CommandList)
    await _until(pilot, lambda: commands.option_count >= 7)  # SOS, Keys, Relapse, Insights, ...
    await pilot.pause(0.3)  # the palette's search has settled


async def _counter_loaded(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.tui.counters.counter_screen import CounterScreen

    def drawn() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, CounterScreen) or screen.view is None:
            return False
        last, wanted = screen.view.calendar.months[-1], screen.last_day()
        return (last.year, last.month) == (wanted.year, wanted.month)

    await _until(pilot, drawn)


async def _celebration(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.services.counters import Celebration
    from recovery_tui.tui.counters.celebration_screen import CelebrationScreen

    app = pilot.app
    assert isinstance(app, RecoverApp)
    await app.push_screen(CelebrationScreen(Celebration("alcohol", "6 months", app.now())))
    await _until(pilot, lambda: "One day at a time" in str(app.screen.query_one("#celebration-share").render()))


async def _two_reasons(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.services import reasons as reasons_service
    from recovery_tui.tui.reasons.reasons_screen import ReasonsScreen

    app = pilot.app
    assert isinstance(app, RecoverApp)
    for text in ("I want to be there for my kids", "Waking up with a clear head"):
        reasons_service.add_reason(Store(app.store.path), text, now=app.now())
    screen = app.screen
    assert isinstance(screen, ReasonsScreen)
    screen.reload()
    await _until(pilot, lambda: screen.query_one("#reasons-list").option_count == 2)


def _add_care_plan(app: RecoverApp) -> None:
    """A care plan in the snapshot file (added only for the care shots, so the other pictures
    stay as they are): a medication, a fortnightly session, a weekly test, a few logs."""
    from datetime import date

    from recovery_tui.services import care as care_service

    store, now = Store(app.store.path), app.now()
    care_service.add_care_item(
        store, "medication", "naltrexone", now=now, dose="50 mg", schedule="daily 08:00", starts_on=date(2026, 11, 16)
    )
    care_service.add_care_item(
        store,
        "therapy",
        "therapy with Dr Lee",
        now=now,
        schedule="every 2 weeks thu 10:00",
        starts_on=date(2026, 11, 5),
    )
    care_service.add_care_item(store, "test", "urine test", now=now, schedule="weekly", starts_on=date(2026, 11, 2))
    for day in (16, 17, 18, 20):
        care_service.log_care(store, "naltrexone", now=now, at=datetime(2026, 11, day, 8, 10, tzinfo=now.tzinfo))
    care_service.log_care(
        store, "naltrexone", now=now, status="missed", at=datetime(2026, 11, 19, 8, 0, tzinfo=now.tzinfo)
    )
    care_service.log_care(store, "therapy", now=now, at=datetime(2026, 11, 19, 10, 0, tzinfo=now.tzinfo))


async def _care_plan(pilot: Pilot[Any], clock: FixedClock) -> None:
    from textual.widgets import OptionList

    from recovery_tui.tui.messages import DataChanged

    app = pilot.app
    assert isinstance(app, RecoverApp)
    _add_care_plan(app)
    app.post_message(DataChanged())
    await _until(pilot, lambda: app.screen.query_one("#care-list", OptionList).option_count == 3)


async def _care_log_form(pilot: Pilot[Any], clock: FixedClock) -> None:
    from recovery_tui.tui.care.log_form import CareLogForm

    await _care_plan(pilot, clock)
    await pilot.press("down", "down", "l")  # the weekly test: its result is asked for
    await _until(pilot, lambda: isinstance(pilot.app.screen, CareLogForm))


async def _more_warnings(pilot: Pilot[Any], clock: FixedClock) -> None:
    # another terminal logs a trigger three times today and restarts nicotine: with the demo's
    # hard week that is more signs than the Today panel has rows for (issue 19)
    from datetime import timedelta

    from recovery_tui.services import counters as counter_service
    from recovery_tui.services import triggers as trigger_service
    from recovery_tui.tui.messages import DataChanged

    app = pilot.app
    assert isinstance(app, RecoverApp)
    now, other = app.now(), Store(app.store.path)
    for hours in (2, 5, 9):
        trigger_service.log_trigger(other, what="late shift", at=now - timedelta(hours=hours), now=now, intensity=6)
    counter_service.record_relapse(other, "nicotine", at=now - timedelta(hours=4), note=None, now=now)
    app.post_message(DataChanged())
    body = app.screen.query_one("#today-body")
    await _until(pilot, lambda: "more: press i" in str(body.render()))


async def _copies(pilot: Pilot[Any], clock: FixedClock) -> None:
    # file sync left a copy beside the data file: the dashboard's notice, then b lists it
    from recovery_tui.tui.dashboard.dashboard import DashboardScreen

    app = pilot.app
    assert isinstance(app, RecoverApp)
    shutil.copy2(app.store.path, app.store.path.with_name("recover.sync-conflict-20261206-101500-ABCDEFG.json"))
    dashboard = app.screen
    assert isinstance(dashboard, DashboardScreen)
    dashboard.check_copies()
    await pilot.pause()
    await pilot.press("b")
    await pilot.pause()
async def _plan_form_care(pilot: Pilot[Any], clock: FixedClock) -> None:
    """The points screen's behaviour form with the care plan's items to count (Counts)."""
    from recovery_tui.tui.rewards.behaviour_form import BehaviourForm

    app = pilot.app
    assert isinstance(app, RecoverApp)
    _add_care_plan(app)
    await pilot.press("a")
    await _until(pilot, lambda: isinstance(app.screen, BehaviourForm))
    await pilot.press("tab", "enter")  # the Counts choices open


SHOTS = [
    Shot("dashboard"),
    Shot("today_warnings", after=_more_warnings),
    Shot("help", ("question_mark",)),
    Shot("palette", ("ctrl+p", "s"), after=_palette_listed),
    Shot("add_counter", ("a",)),
    Shot("counter_history", ("enter", "h")),
    Shot("event_edit", ("enter", "h", "e")),
    Shot("counter_screen", ("enter",), after=_counter_loaded),
    Shot("counter_calendar_back", ("enter", "left_square_bracket", "pageup"), after=_counter_loaded),
    Shot("celebration", after=_celebration),
    Shot("relapse", ("r",)),
    Shot("confirm", ("r", "enter")),
    Shot("checkin_form", ("c",)),
    Shot("conflict", ("c",), after=_conflict),
    Shot("trigger_form", ("t",)),
    Shot("composer_emotion", EMOTION),
    Shot("composer_problem", (*EMOTION, "ctrl+n", *_keys("I drink alone"), "tab", "M", "a", "y")),
    Shot("composer_request", (*EMOTION, "ctrl+n", *PROBLEM)),
    Shot("composer_preview", (*EMOTION, "ctrl+n", *PROBLEM, "down", "enter", "ctrl+n")),
    Shot("composer_saved", ("h", "ctrl+l")),
    Shot("followup", ("h", "ctrl+l", "f")),
    Shot("skills", ("s",)),
    Shot("skill_running", ("s", "enter", "7", "enter"), after=_timer_65_seconds_in),
    Shot("skill_quit", ("s", "enter", "7", "enter"), after=_quit_while_running),
    Shot("journal_list", ("j",)),
    Shot("journal_editor", ("j", "n")),
    Shot("journal_view", ("j", "enter")),
    Shot("meeting_form", ("m",)),
    Shot("rewards", ("p",)),
    Shot("plan_list", ("p", "shift+tab")),
    Shot("plan_form", ("p", "shift+tab", "a")),
    Shot("plan_form_refused", ("p", "shift+tab", "a", "enter")),
    Shot("plan_form_care", ("p", "shift+tab"), after=_plan_form_care),
    Shot("insights", ("i",)),
    Shot("report_form", ("i", "x")),
    Shot("sos", ("ctrl+s",)),
    Shot("contacts", ("ctrl+s", "c")),
    Shot("kit_aid", ("k", "2")),
    Shot("kit_lines", ("k", "3")),
    Shot("kit_contact_form", ("k", "e")),
    Shot("kit_contact_refused", ("k", "a", "enter")),
    Shot("kit_aid_form", ("k", "2", "a")),
    Shot("kit_line_form", ("k", "3", "a")),
    Shot("kit_remove", ("k", "d")),
    Shot("goal_form", ("g",)),
    Shot("care", ("e",), after=_care_plan),
    Shot("care_empty", ("e",)),
    Shot("care_form", ("e", "a")),
    Shot("care_refused", ("e", "a", "enter")),
    Shot("care_log_form", ("e",), after=_care_log_form),
    Shot("pledge_form", ("d",)),
    Shot("reminders", ("n",)),
    Shot("reminder_form", ("n", "a")),
    Shot("copies", after=_copies),
    Shot("passphrase", locked=True),
    Shot("settings", ("o",)),
    Shot("welcome_about", fresh=True),
    Shot("welcome_country", ("enter",), fresh=True),
    Shot("welcome_counter", ("enter", "enter", *_keys("alcohol")), fresh=True),
    Shot("welcome_contacts", ("enter", "enter", "ctrl+n", *_keys("Sam"), "tab", *_keys("07700900123")), fresh=True),
    Shot("welcome_message", ("enter", "enter", "ctrl+n", "ctrl+n"), fresh=True),
    Shot("why_empty", ("w",)),
    Shot("why_reasons", ("w",), after=_two_reasons),
    Shot("why_form", ("w", "a", *_keys("my kids"))),
]


@pytest.fixture
def snapshot_file(now: datetime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo data file at FOLDER, this test's alone while it runs."""
    for var in ("LC_ALL", "LC_MESSAGES", "RECOVER_PASSPHRASE_CMD"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    FOLDER.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(FOLDER) + ".lock"):
        shutil.rmtree(FOLDER, ignore_errors=True)
        FOLDER.mkdir(mode=0o700)
        path = FOLDER / "recover.json"
        store = Store(path)
        demo_service.write_demo(store, years=1, now=now)
        config_service.set_value(store, "country", "GB")
        contacts_service.add_contact(
            store, "Sam", reach="+44 7700 900123", role="sponsor", reachable="24/7", note=None, position=None, now=now
        )
        reminders_service.add_reminder(store, "pledge", "08:00", now=now)
        reminders_service.add_reminder(store, "checkin", "21:00", now=now)
        rewards_service.add_reward(store, "cinema ticket", cost=40, now=now, note="with a friend")
        aid_service.add_aid(store, "You got through last Friday. You can get through this one.", source="Sam", now=now)
        crisis_lines_service.add_line(
            store,
            "Night team",
            country_code="GB",
            phone="0800 123 456",
            text=None,
            hours="18:00-08:00",
            note=None,
            now=now,
        )
        try:
            yield path
        finally:
            shutil.rmtree(FOLDER, ignore_errors=True)


def _steps(shot: Shot, clock: FixedClock) -> Steps:
    async def run(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press(*shot.keys)
        if shot.after is not None:
            await shot.after(pilot, clock)
        for widget in pilot.app.screen.query("Input, TextArea"):
            assert isinstance(widget, (Input, TextArea))
            widget.cursor_blink = False  # a blinking cursor would be caught on or off
        await pilot.pause()

    return run


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("shot", SHOTS, ids=[shot.name for shot in SHOTS])
def test_screen(
    shot: Shot,
    theme: str,
    snapshot_file: Path,
    now: datetime,
    snap_compare: Callable[..., bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if theme == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by the App when it is built
    store = Store(FOLDER / "new" / "recover.json" if shot.fresh else snapshot_file)
    if shot.locked:
        store.encrypt(PASSPHRASE)
        store = Store(snapshot_file)
    clock = FixedClock()
    app = RecoverApp(store, clock=lambda: now, monotonic=clock, locked=shot.locked)
    app.theme = THEMES[theme]
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steps(shot, clock))
