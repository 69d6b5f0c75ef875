"""No dashboard text names a shell command: every screen, on demo data and on an empty file.

Each walk opens the real app at 80x24, presses its keys from the dashboard and, after every
key, reads every line the screen draws (toasts included). No line may hint at a command
(`recover sos`, `recover contact add ...`): the dashboard names its own keys instead. The
command words come from the CLI's command table (cli/app.py COMMANDS), so a new command is
checked too; the app's name alone ("recover complements ...", "recover ships") is fine.

The list of walks is complete by construction: `test_every_screen_is_walked` imports every
module of the dashboard and fails for a Screen class that no walk reaches, so a new screen,
modal or form must be added here.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

import recovery_tui.tui
from recovery_tui.cli.app import COMMANDS
from recovery_tui.services import aid as aid_service
from recovery_tui.services import care as care_service
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import crisis_lines as crisis_lines_service
from recovery_tui.services import demo as demo_service
from recovery_tui.services import reasons as reasons_service
from recovery_tui.services import rewards as rewards_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp

HINT = re.compile(r"\brecover\s+(?:" + "|".join(re.escape(name) for name in COMMANDS) + r")\b", re.IGNORECASE)
FRAME = re.compile(r"[\s│┃║╭╮╰╯─━╸╺▏▕▔▁▎▊]+")  # borders and line ends, so a wrapped hint is seen whole
PASSPHRASE = "a long passphrase"

After = Callable[[Pilot[Any]], Awaitable[None]]


async def _checkin_conflict(pilot: Pilot[Any]) -> None:
    """The check-in form is open; another terminal checks in for today; saving meets the conflict."""
    from recovery_tui.core.checkin import CheckInDraft
    from recovery_tui.services import checkins as checkin_service

    app = pilot.app
    assert isinstance(app, RecoverApp)
    draft = CheckInDraft(app.now().date(), 4, 1, note="from another terminal")
    checkin_service.save_checkin(Store(app.store.path), draft, mode="new", now=app.now())
    for field, value in (("#mood", "5"), ("#craving", "1")):
        app.screen.query_one(field, Input).value = value
    await pilot.press("enter")
    await pilot.pause()


async def _celebration(pilot: Pilot[Any]) -> None:
    """A milestone reached: its screen, as the counters panel opens it (once)."""
    from recovery_tui.services.counters import Celebration
    from recovery_tui.tui.counters.celebration_screen import CelebrationScreen

    app = pilot.app
    assert isinstance(app, RecoverApp)
    await app.push_screen(CelebrationScreen(Celebration("alcohol", "6 months", app.now())))
    await pilot.pause()


async def _merge_a_copy(pilot: Pilot[Any]) -> None:
    """A conflict copy beside the data file, listed (b) and merged (enter, y): the result shown."""
    app = pilot.app
    assert isinstance(app, RecoverApp)
    shutil.copy2(app.store.path, app.store.path.with_name("recover.sync-conflict-20261206-101500-ABCDEFG.json"))
    for key in ("b", "enter", "y"):
        await pilot.press(key)
        await pilot.pause()


@dataclass(frozen=True)
class Walk:
    """Keys from the dashboard to `reaches` (the screen on top at the end)."""

    name: str
    keys: tuple[str, ...]
    reaches: str
    demo_only: bool = False  # needs records to open (a counter's history, a journal entry)
    after: After | None = None
    locked: bool = False
    fresh: bool = False  # a brand-new file, never welcomed (the first-run welcome)
    damaged: bool = False  # the data file cut short: every read refused (tui/said.py)


WALKS = [
    Walk("dashboard", (), "DashboardScreen"),
    Walk("help", ("question_mark",), "HelpScreen"),
    Walk("add counter", ("a",), "AddCounterScreen"),
    Walk("add counter refused", ("a", "enter"), "AddCounterScreen"),
    Walk("counter", ("enter",), "CounterScreen", demo_only=True),
    Walk("counter calendar back a year", ("enter", "pageup"), "CounterScreen", demo_only=True),
    Walk("counter history", ("enter", "h"), "CounterHistoryScreen", demo_only=True),
    Walk("event edit", ("enter", "h", "e"), "EventEditScreen", demo_only=True),
    Walk("milestone", (), "CelebrationScreen", after=_celebration),
    Walk("settings", ("o",), "SettingsScreen"),
    Walk("welcome", (), "WelcomeScreen", fresh=True),
    Walk("welcome country", ("ctrl+n",), "WelcomeScreen", fresh=True),
    Walk("welcome counter", ("ctrl+n", "ctrl+n"), "WelcomeScreen", fresh=True),
    Walk("welcome people", ("ctrl+n", "ctrl+n", "ctrl+n"), "WelcomeScreen", fresh=True),
    Walk("welcome message", ("ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n"), "WelcomeScreen", fresh=True),
    Walk("relapse", ("r",), "RelapseScreen", demo_only=True),
    Walk("relapse confirm", ("r", "enter"), "ConfirmScreen", demo_only=True),
    Walk("check-in", ("c",), "CheckinForm"),
    Walk("check-in conflict", ("c",), "ConflictScreen", after=_checkin_conflict),
    Walk("trigger form", ("t",), "TriggerForm"),
    Walk("composer", ("h",), "ComposerScreen"),
    Walk("saved help requests", ("h", "ctrl+l"), "ComposerScreen"),
    Walk("follow-up", ("h", "ctrl+l", "f"), "FollowUpScreen", demo_only=True),
    Walk("skills", ("s",), "SkillsScreen"),
    Walk("skill quit", ("s", "enter", "7", "enter", "q"), "SkillQuitScreen"),
    Walk("journal", ("j",), "JournalScreen"),
    Walk("journal editor", ("j", "n"), "JournalEditor"),
    Walk("journal entry", ("j", "enter"), "JournalView", demo_only=True),
    Walk("meeting form", ("m",), "MeetingForm"),
    Walk("meeting goal", ("g",), "GoalForm"),
    Walk("meeting goal refused", ("g", "9", "9", "enter"), "GoalForm"),
    Walk("rewards", ("p",), "RewardsScreen"),
    Walk("reward remove", ("p", "d"), "ConfirmScreen", demo_only=True),
    Walk("plan", ("p", "shift+tab"), "RewardsScreen"),
    Walk("plan log a built-in", ("p", "shift+tab", "l"), "RewardsScreen"),
    Walk("plan remove a built-in", ("p", "shift+tab", "d"), "RewardsScreen"),
    Walk("plan add", ("p", "shift+tab", "a"), "BehaviourForm"),
    Walk("plan add refused", ("p", "shift+tab", "a", "enter"), "BehaviourForm"),
    Walk("plan edit", ("p", "shift+tab", "e"), "BehaviourForm"),
    Walk("insights", ("i",), "InsightsScreen"),
    Walk("report form", ("i", "x"), "ReportForm"),
    Walk("report form refused", ("i", "x", "z", "enter"), "ReportForm"),
    Walk("sos", ("ctrl+s",), "SosScreen"),
    Walk("sos contacts", ("ctrl+s", "c"), "ContactsScreen"),
    Walk("care plan", ("e",), "CareScreen"),
    Walk("care form", ("e", "a"), "CareForm"),
    Walk("care form refused", ("e", "a", "enter"), "CareForm"),
    Walk("care edit refused", ("e", "enter", "ctrl+a", "ctrl+k", "enter"), "CareForm", demo_only=True),
    Walk("care log form", ("e", "L"), "CareLogForm", demo_only=True),
    Walk("care remove", ("e", "d"), "ConfirmScreen", demo_only=True),
    Walk("kit contacts", ("k",), "ContactsScreen"),
    Walk("kit messages", ("k", "2"), "ContactsScreen"),
    Walk("kit crisis lines", ("k", "3"), "ContactsScreen"),
    Walk("contact form", ("k", "a"), "ContactForm"),
    Walk("contact form refused", ("k", "a", "enter"), "ContactForm"),
    Walk("contact edit", ("k", "e"), "ContactForm", demo_only=True),
    Walk("contact remove", ("k", "d"), "ConfirmScreen", demo_only=True),
    Walk("aid form", ("k", "2", "a"), "AidForm"),
    Walk("aid form refused", ("k", "2", "a", "enter"), "AidForm"),
    Walk("crisis line form", ("k", "3", "a"), "CrisisLineForm"),
    Walk("crisis line form refused", ("k", "3", "a", "enter"), "CrisisLineForm"),
    Walk("pledge", ("d",), "PledgeForm"),
    Walk("reminders", ("n",), "RemindersScreen"),
    Walk("reminder form", ("n", "a"), "ReminderForm"),
    Walk("reminder form refused", ("n", "a", "enter"), "ReminderForm"),
    Walk("reminders install", ("n", "i"), "ConfirmScreen"),
    Walk("reminders uninstall", ("n", "u"), "ConfirmScreen"),
    Walk("conflict copies", ("b",), "CopiesScreen"),
    Walk("conflict copy merged", (), "CopiesScreen", after=_merge_a_copy),
    Walk("sync", ("y",), "SyncScreen"),
    Walk("sync enter when not set up", ("y", "enter"), "SyncScreen"),
    Walk("passphrase", (), "PassphraseScreen", locked=True),
    Walk("sos while locked", ("ctrl+s",), "SosScreen", locked=True),
    Walk("why", ("w",), "ReasonsScreen"),
    Walk("why add", ("w", "a"), "ReasonForm"),
    Walk("why add refused", ("w", "a", "enter"), "ReasonForm"),
    Walk("why edit", ("w", "e"), "ReasonForm", demo_only=True),
    Walk("why remove", ("w", "d"), "ConfirmScreen", demo_only=True),
    Walk("damaged dashboard", (), "DashboardScreen", damaged=True),
    Walk("damaged sos", ("ctrl+s",), "SosScreen", damaged=True),
    Walk("damaged pledge", ("d",), "DashboardScreen", damaged=True),
    Walk("damaged why", ("w",), "ReasonsScreen", damaged=True),
    Walk("damaged reminders", ("n",), "RemindersScreen", damaged=True),
    Walk("damaged care plan", ("e",), "CareScreen", damaged=True),
    Walk("damaged rewards", ("p",), "RewardsScreen", damaged=True),
    Walk("damaged insights", ("i",), "InsightsScreen", damaged=True),
    Walk("damaged journal", ("j",), "JournalScreen", damaged=True),
    Walk("damaged kit", ("k",), "ContactsScreen", damaged=True),
    Walk("damaged sync", ("y", "enter"), "SyncScreen", damaged=True),
    Walk("damaged copies", ("b",), "CopiesScreen", damaged=True),
    Walk("damaged check-in", ("c",), "DashboardScreen", damaged=True),
]


def dashboard_screens() -> set[str]:
    """Every Screen class the dashboard defines (bases that only others extend left out)."""
    found: dict[str, type] = {}
    for module_info in pkgutil.walk_packages(recovery_tui.tui.__path__, "recovery_tui.tui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, Screen):
                found[cls.__name__] = cls
    bases = {base.__name__ for cls in found.values() for base in cls.__mro__[1:] if base.__name__ in found}
    return set(found) - bases


def test_every_screen_is_walked() -> None:
    screens = dashboard_screens()
    assert len(screens) > 20
    missing = screens - {walk.reaches for walk in WALKS}
    assert not missing, f"add a walk for {sorted(missing)} to WALKS"


def test_the_check_finds_a_hint() -> None:
    assert HINT.search(FRAME.sub(" ", "│ Add one: recover    │\n│ contact add Sam │"))
    assert HINT.search("No goal yet: 'recover meeting goal 2'")
    assert not HINT.search("recover complements professional care; recover ships lines for GB")


def screen_text(app: RecoverApp) -> str:
    """Every line the screen draws now (after the app's line filters), toasts included."""
    update = app.screen._compositor.render_full_update()
    return "\n".join("".join(segment.text for segment in strip) for strip in update.strips)


def _fill(store: Store, now: datetime) -> None:
    demo_service.write_demo(store, years=1, now=now)
    config_service.set_value(store, "country", "GB")
    contacts_service.add_contact(
        store, "Sam", reach="+44 7700 900123", role="sponsor", reachable="24/7", note=None, position=None, now=now
    )
    aid_service.add_aid(store, "This passes. Call me first.", source="Sam", now=now)
    crisis_lines_service.add_line(
        store, "Night team", country_code="GB", phone="0800 123", text=None, hours=None, note=None, now=now
    )
    rewards_service.add_reward(store, "cinema ticket", cost=40, now=now)
    reasons_service.add_reason(store, "I want to be there for my kids", now=now)
    care_service.add_care_item(store, "medication", "naltrexone", now=now, dose="50 mg", schedule="daily 08:00")
    care_service.add_care_item(store, "test", "urine test", now=now, schedule="weekly")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import FROZEN_NOW

    path = tmp_path_factory.mktemp("demo") / "recover.json"
    _fill(Store(path), datetime.fromisoformat(FROZEN_NOW))
    return path


CASES = [
    (walk, data)
    for walk in WALKS
    for data in ("demo", "empty")
    if (data == "demo" or not walk.demo_only)
    and (data == "empty" or not walk.fresh)
    and (data == "demo" or not walk.damaged)
]


@pytest.mark.parametrize(("walk", "data"), CASES, ids=[f"{walk.name}-{data}" for walk, data in CASES])
def test_no_screen_names_a_shell_command(walk: Walk, data: str, demo_file: Path, db_path: Path, now: Any) -> None:
    if data == "demo":
        db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copy(demo_file, db_path)
    store = Store(db_path.with_name("new.json") if walk.fresh else db_path)
    if walk.locked:
        store.encrypt(PASSPHRASE)
        store = Store(db_path)
    if walk.damaged:
        db_path.write_bytes(db_path.read_bytes()[: db_path.stat().st_size // 2])

    async def scenario() -> tuple[list[tuple[str, str]], str]:
        app = RecoverApp(store, clock=lambda: now, locked=walk.locked)
        seen: list[tuple[str, str]] = []
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.pause()
            seen.append(("start", screen_text(app)))
            for key in walk.keys:
                await pilot.press(key)
                await pilot.pause()
                await pilot.pause()
                seen.append((key, screen_text(app)))
            if walk.after is not None:
                await walk.after(pilot)
                seen.append(("after", screen_text(app)))
            return seen, type(app.screen).__name__

    seen, reached = asyncio.run(scenario())
    assert reached == walk.reaches, f"{walk.name}: reached {reached}"
    for key, text in seen:
        for source in (*text.splitlines(), FRAME.sub(" ", text)):
            found = HINT.search(source)
            assert found is None, f"{walk.name} ({data}), after {key}: names a command: {found.group(0)!r}\n{text}"
