"""`recover checkin`: the daily check-in (mood, craving, sober per counter, gratitude, note).

With --mood and --craving it never asks anything (except, at a terminal, before recording a
relapse: pass --relapse or --no-relapse to decide up front). At a terminal it asks for what
is missing, Enter keeping the default. Without a terminal a missing value is one line on
stderr naming the flag, exit 1, nothing stored. The options are declared once, in
cli/checkin_flow.py OPTIONS, with the flow itself, shared with the Typer-free fast path
(cli/quick_checkin.py); this module makes them the Typer command's parameters.
"""

from __future__ import annotations

from typing import Any

import typer

from recovery_tui.cli import checkin_flow, common, options


def checkin(ctx: typer.Context, **given: Any) -> None:
    """Check in for today: mood, craving, sober per counter, gratitude and a note.

    Example: recover checkin --mood 4 --craving 2 --gratitude "my sister called" --note "long day"
    """
    fields = options.typer_values(checkin_flow.OPTIONS, given)
    checkin_flow.run_checkin(common.get_store(ctx), checkin_flow.CheckinRequest(**fields))


checkin.__signature__ = options.typer_signature(checkin_flow.OPTIONS)  # type: ignore[attr-defined]


def register(app: typer.Typer) -> None:
    """Add `checkin` to the root app."""
    app.command(
        "checkin",
        short_help="Daily check-in: mood, craving, sober · recover checkin --mood 4 --craving 2",
    )(checkin)
