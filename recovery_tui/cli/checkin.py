"""`recover checkin`: the daily check-in (mood, craving, sober per counter, gratitude, note).

With --mood and --craving it never asks anything (except, at a terminal, before recording a
relapse: pass --relapse or --no-relapse to decide up front). At a terminal it asks for what
is missing, Enter keeping the default. Without a terminal a missing value is one line on
stderr naming the flag, exit 1, nothing stored. This module declares the options; the flow
itself is cli/checkin_flow.py, shared with the Typer-free fast path (cli/quick_checkin.py).
"""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import checkin_flow, common


def checkin(
    ctx: typer.Context,
    *,
    mood: Annotated[
        str | None, typer.Option("--mood", "-m", metavar="1-5", help="Mood 1 (very low) to 5 (very good).")
    ] = None,
    craving: Annotated[
        str | None, typer.Option("--craving", "-c", metavar="0-10", help="Craving 0 (none) to 10 (strongest).")
    ] = None,
    gratitude: Annotated[
        str | None, typer.Option("--gratitude", "-g", metavar="TEXT", help="Something you're grateful for.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", "-n", metavar="TEXT", help="A note about the day.")] = None,
    not_sober: Annotated[
        list[str] | None,
        typer.Option("--not-sober", metavar="COUNTER", help="A counter that was not sober that day (repeatable)."),
    ] = None,
    relapse: Annotated[
        bool | None,
        typer.Option(
            "--relapse/--no-relapse",
            help="Record (or don't) a relapse for each --not-sober counter without asking. Default: ask at a terminal, "
            "otherwise don't.",
        ),
    ] = None,
    amend: Annotated[bool, typer.Option("--amend", help="Update the day's check-in if it has one.")] = False,
    add: Annotated[bool, typer.Option("--add", help="Add another check-in even if the day has one.")] = False,
    day_text: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DAY", help="Back-fill a missed day: yesterday, -2d, 2026-11-18."),
    ] = None,
    if_missing: Annotated[
        bool, typer.Option("--if-missing", help="Do nothing (exit 0) if the day already has a check-in.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved check-in as JSON.")] = False,
) -> None:
    """Check in for today: mood, craving, sober per counter, gratitude and a note.

    Example: recover checkin --mood 4 --craving 2 --gratitude "my sister called" --note "long day"
    """
    checkin_flow.run_checkin(
        common.get_store(ctx),
        checkin_flow.CheckinRequest(
            mood=mood,
            craving=craving,
            gratitude=gratitude,
            note=note,
            not_sober=tuple(not_sober or ()),
            relapse=relapse,
            amend=amend,
            add=add,
            day_text=day_text,
            if_missing=if_missing,
            as_json=as_json,
        ),
    )


def register(app: typer.Typer) -> None:
    """Add `checkin` to the root app."""
    app.command(
        "checkin",
        short_help="Daily check-in: mood, craving, sober · recover checkin --mood 4 --craving 2",
    )(checkin)
