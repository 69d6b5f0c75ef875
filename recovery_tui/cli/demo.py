"""`recover demo`: a filled-in example history, to explore recover or to benchmark it."""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.core.words import counted
from recovery_tui.services.demo import write_demo


def demo(
    ctx: typer.Context,
    *,
    years: Annotated[int, typer.Option("--years", help="Years of history to make (1-30).")] = 1,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed makes the same history.")] = 7,
    db: Annotated[
        str | None,
        typer.Option("--db", metavar="PATH", help="The file to fill (the same as 'recover --db PATH demo')."),
    ] = None,
) -> None:
    """Write a synthetic history into an EMPTY data file (refuses a file that has records).

    Example: recover demo --years 2 --db /tmp/demo.json && recover --db /tmp/demo.json
    """
    if db is not None:
        common.state(ctx).db = db
    store = common.get_store(ctx)
    counts = write_demo(store, years=years, now=common.now(), seed=seed)
    total = sum(counts.values())
    common.say(f"Wrote {total:,} demo records ({counted(years, 'year')}) to {store.path}:")
    for table, count in counts.items():
        common.say(f"  {table:<16}{count:>8,}")
    common.say("Open it with: recover --db " + str(store.path))


def register(app: typer.Typer) -> None:
    """Add `demo` to the root app."""
    app.command("demo", short_help="Fill an empty file with example history · recover demo --db /tmp/d.json")(demo)
