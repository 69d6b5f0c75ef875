"""The dashboard on an encrypted file: a passphrase screen with three tries and SOS (ctrl+s)
that needs no key; and the withdrawal-safety line in the add-counter form.

Real encrypted file on disk, real app at 80x24, keys through Pilot. The person chose GB and
the locale says US, so crisis lines for the wrong country would show.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from recovery_tui import wording
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.counters.add_counter import AddCounterScreen
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.shared.passphrase_screen import PassphraseScreen
from recovery_tui.tui.sos.sos_screen import SosScreen

PASS = "a long passphrase"


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture(autouse=True)
def locale_us(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "RECOVER_PASSPHRASE_CMD"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture
def locked(db_path: Path, now: datetime) -> Store:
    """An encrypted file (country GB, one contact reachable now), opened without its passphrase."""
    plain = Store(db_path)
    config_service.set_value(plain, "country", "GB")
    contacts_service.add_contact(
        plain, "Sam", reach="+44 7700", role="sponsor", reachable="24/7", note=None, position=None, now=now
    )
    plain.encrypt(PASS)
    return Store(db_path)


def text(app: RecoverApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def type_text(pilot: Pilot[Any], typed: str) -> None:
    for char in typed:
        await pilot.press("space" if char == " " else char)


async def try_passphrase(pilot: Pilot[Any], typed: str) -> None:
    await type_text(pilot, typed)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pilot_test
async def test_three_wrong_tries_keep_it_locked_and_sos_reachable(locked: Store, now: datetime) -> None:
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, PassphraseScreen)
        await try_passphrase(pilot, "one")
        assert "Tries left: 2." in text(app, "#passphrase-status")
        await try_passphrase(pilot, "two")
        assert "Tries left: 1." in text(app, "#passphrase-status")
        await try_passphrase(pilot, "three")
        status = " ".join(text(app, "#passphrase-status").split())
        assert "Still locked after three tries" in status and "safe and unchanged" in status
        assert "damaged" not in status and "could not be read" not in status
        field = app.screen.query_one("#passphrase", Input)
        assert field.disabled
        await type_text(pilot, PASS)  # a fourth try goes nowhere
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen) and app.locked
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SosScreen)
        assert "Samaritans" in text(app, "#sos-crisis")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        await pilot.press("escape")  # quits
        await pilot.pause()
    assert locked.path.read_bytes().startswith(b"RECOVER-ENCRYPTED")


@pilot_test
async def test_ctrl_s_on_the_passphrase_screen_shows_crisis_lines_for_the_saved_country(
    locked: Store, now: datetime
) -> None:
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        assert wording.PASSPHRASE_SOS.split(";")[0] in " ".join(text(app, "#passphrase-sos").split())
        await type_text(pilot, "half typed")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SosScreen)
        crisis = text(app, "#sos-crisis")
        assert "Samaritans" in crisis and "988" not in crisis
        assert "Crisis lines (GB)" in text(app, "#sos-crisis-heading")
        assert "Stopping heavy alcohol, benzodiazepine or opioid use suddenly" in " ".join(crisis.split())
        problem = " ".join(text(app, "#sos-problem").split())
        assert "locked with your passphrase" in problem and "press escape" in problem
        assert "recover" not in problem.replace("recover.json", "")  # dashboard keys, no shell commands
        assert not screen.query_one("#sos-contacts-section").display
        skill = text(app, "#sos-skill")
        assert "Box breathing" in skill and "recover" not in skill and "Press s" not in skill
        region = screen.query_one("#sos-crisis-section").region
        assert region.y >= 1 and region.bottom <= 23  # the crisis lines fit at 80x24
        await pilot.press("s", "c")  # skills and contacts need the file: not offered while locked
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PassphraseScreen)
        field = app.screen.query_one("#passphrase", Input)
        assert field.value == "half typed" and app.focused is field


@pilot_test
async def test_a_right_try_after_a_wrong_one_opens_the_dashboard(locked: Store, now: datetime) -> None:
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await try_passphrase(pilot, "wrong guess")
        assert "Tries left: 2." in text(app, "#passphrase-status")
        await try_passphrase(pilot, PASS)
        assert isinstance(app.screen, DashboardScreen) and not app.locked
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "1. Sam (sponsor)" in text(app, "#sos-contacts")
        assert app.screen.query_one("#sos-contacts-section").display


@pilot_test
async def test_unlocking_while_sos_is_open_goes_on_to_the_dashboard(locked: Store, now: datetime) -> None:
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, PASS)
        await pilot.press("enter", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        if isinstance(app.screen, SosScreen):
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


@pilot_test
async def test_empty_enter_uses_no_try(locked: Store, now: datetime) -> None:
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter", "enter")
        await pilot.pause()
        assert wording.PASSPHRASE_EMPTY in text(app, "#passphrase-status")
        await try_passphrase(pilot, PASS)
        assert isinstance(app.screen, DashboardScreen)


@pilot_test
async def test_a_damaged_file_is_called_damaged_and_sos_still_opens(locked: Store, now: datetime) -> None:
    raw = bytearray(locked.path.read_bytes())
    raw[-5] ^= 0x01
    locked.path.write_bytes(bytes(raw))
    app = RecoverApp(locked, clock=lambda: now, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await try_passphrase(pilot, PASS)
        assert isinstance(app.screen, PassphraseScreen) and app.locked
        assert "changed or damaged" in " ".join(text(app, "#passphrase-status").split())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SosScreen) and "Samaritans" in text(app, "#sos-crisis")
    assert locked.path.read_bytes() == bytes(raw)


def test_dashboard_command_opens_locked_without_asking_at_the_terminal(
    cli, locked: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import recovery_tui.cli.dashboard_run as dashboard_cli

    seen: list[bool] = []

    def fake_run(self: RecoverApp) -> None:
        seen.append(self.locked)

    monkeypatch.setattr(RecoverApp, "run", fake_run)
    monkeypatch.setattr(dashboard_cli, "_has_terminal", lambda: True)  # CliRunner has no terminal
    monkeypatch.setenv("RECOVER_INTERACTIVE", "1")
    result = cli("dashboard", input="")
    assert result.exit_code == 0, result.output
    assert seen == [True] and "Passphrase" not in result.output
    result = cli("dashboard", env={"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'"})
    assert result.exit_code == 0 and seen == [True, False]


# -- withdrawal safety in the add-counter form ------------------------------------------------
@pilot_test
async def test_add_counter_form_shows_the_withdrawal_line_for_benzos(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, AddCounterScreen)
        line = screen.query_one("#withdrawal", Static)
        await type_text(pilot, "gambling")
        assert not line.has_class("-shown") and not line.region.height
        await pilot.press("ctrl+u")
        await type_text(pilot, "benzos")
        await pilot.pause()
        assert line.has_class("-shown") and line.region.height
        assert wording.WITHDRAWAL_SAFETY in str(line.render()).replace("\n", " ")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AddCounterScreen)
        assert any(n.message == wording.WITHDRAWAL_SAFETY for n in app._notifications)
