"""`recover dashboard` (and `recover` alone): opens the Textual dashboard.

This is the only CLI module that imports Textual, and only inside the function that runs it.
An encrypted data file's passphrase comes from RECOVER_PASSPHRASE_CMD, or the key `recover
unlock` kept (no passphrase at all), else the dashboard opens on its passphrase screen (three
tries, ctrl+s for crisis lines without a key), which keeps the key unlocked for the
`unlock.minutes` setting (services/unlock.py); it is kept in memory for the run.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer

from recovery_tui.cli import common
from recovery_tui.errors import InvalidInput

if TYPE_CHECKING:
    from recovery_tui.store import Store


def _has_terminal() -> bool:
    """True when keys can be read and the screen drawn (Textual draws on stdout or stderr)."""
    try:
        return sys.stdin.isatty() and (sys.stdout.isatty() or sys.stderr.isatty())
    except (AttributeError, ValueError):
        return False


def starts_locked(store: Store) -> bool:
    """True when the dashboard must open on its passphrase screen: the file is encrypted, no
    RECOVER_PASSPHRASE_CMD is set and no key kept by `recover unlock` opens it. Then the
    store never asks on its own (the screen does)."""
    if not store.is_encrypted() or os.environ.get(common.PASSPHRASE_CMD, "").strip():
        return False
    from recovery_tui.services import sos as sos_service

    return not sos_service.unlock_kept(store)


def open_dashboard(ctx: typer.Context) -> None:
    """Run the dashboard on this run's data file."""
    store = common.get_store(ctx)
    locked = starts_locked(store)
    if not locked:
        store.all("counters")  # refuse a damaged or newer file (and run the command) before the screen opens
    # From here Textual owns the terminal: never prompt again. A file someone encrypts while the
    # dashboard runs can still be opened through RECOVER_PASSPHRASE_CMD.
    store.set_passphrase_provider(lambda: common.passphrase_for(store.path, allow_prompt=False))
    if not _has_terminal():
        raise InvalidInput(
            "dashboard",
            "it needs a terminal (stdin and the screen are not one here); in scripts use "
            "commands such as 'recover status' or 'recover today'.",
        )
    from recovery_tui.tui.app import RecoverApp

    RecoverApp(store, locked=locked).run()


def dashboard(ctx: typer.Context) -> None:
    """Open the dashboard: counters, today, triggers, help composer and skills.

    Example: recover --db ~/recover-test.json dashboard   (plain `recover` does the same)
    """
    open_dashboard(ctx)


def register(app: typer.Typer) -> None:
    """Add `dashboard` to the root app."""
    app.command("dashboard", short_help="Open the dashboard (same as plain `recover`) · recover dashboard")(dashboard)
