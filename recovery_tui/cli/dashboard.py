"""`recover dashboard` (and `recover` alone): opens the Textual dashboard.

This is the only CLI module that imports Textual, and only inside the function that runs it.
An encrypted data file's passphrase is asked once, at the terminal before Textual starts (or
taken from RECOVER_PASSPHRASE_CMD), and kept in memory for the run.
"""

from __future__ import annotations

import typer

from recovery_tui.cli import common


def open_dashboard(ctx: typer.Context) -> None:
    """Run the dashboard on this run's data file."""
    store = common.get_store(ctx)
    store.all("counters")  # refuse a damaged or newer file (and ask a passphrase) before the screen opens
    # From here Textual owns the terminal: never prompt again. A file someone encrypts while the
    # dashboard runs can still be opened through RECOVER_PASSPHRASE_CMD.
    store.set_passphrase_provider(lambda: common.passphrase_for(store.path, allow_prompt=False))
    from recovery_tui.tui.app import RecoverApp

    RecoverApp(store).run()


def dashboard(ctx: typer.Context) -> None:
    """Open the dashboard: counters, today, triggers, help composer and skills.

    Example: recover --db ~/recover-test.json dashboard   (plain `recover` does the same)
    """
    open_dashboard(ctx)


def register(app: typer.Typer) -> None:
    """Add `dashboard` to the root app."""
    app.command("dashboard", short_help="Open the dashboard (same as plain `recover`) · recover dashboard")(dashboard)
