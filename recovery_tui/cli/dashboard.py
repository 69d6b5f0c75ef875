"""`recover dashboard` (and `recover` alone) as a Typer command: it opens the Textual
dashboard through cli/dashboard_run.py, which the fast path of the same command lines also
uses (the only CLI module that imports Textual, inside the function that runs it).
"""

from __future__ import annotations

import typer

from recovery_tui.cli import common
from recovery_tui.cli.dashboard_run import run_dashboard


def open_dashboard(ctx: typer.Context) -> None:
    """Run the dashboard on this run's data file (cli/dashboard_run.py)."""
    run_dashboard(common.get_store(ctx))


def dashboard(ctx: typer.Context) -> None:
    """Open the dashboard: counters, today, triggers, help composer and skills.

    Example: recover --db ~/recover-test.json dashboard   (plain `recover` does the same)
    """
    open_dashboard(ctx)


def register(app: typer.Typer) -> None:
    """Add `dashboard` to the root app."""
    app.command("dashboard", short_help="Open the dashboard (same as plain `recover`) · recover dashboard")(dashboard)
