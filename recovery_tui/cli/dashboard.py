"""`recover dashboard` (and `recover` alone): opens the Textual dashboard.

This is the only CLI module that imports Textual, and only inside the function that runs it.
"""

from __future__ import annotations

import typer

from recovery_tui.cli import common


def open_dashboard(ctx: typer.Context) -> None:
    """Run the dashboard on this run's data file."""
    store = common.get_store(ctx)
    store.all("counters")  # refuse a damaged or newer file before the screen opens
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
