"""`recover merge FILE`: merge another copy of your data file (such as a sync conflict copy)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.errors import InvalidInput


def merge(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(help="Another copy of your data file (a conflict copy, a backup).", metavar="FILE")
    ],
    *,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change, but change nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Merge another copy of your data file into this one, record by record, then keep FILE in
    backups/. Records match by id and the newer change wins; deletions, restarts and their
    undoing carry over; names stay unique. See README "More than one device".

    Example: recover merge "recover (conflicted copy 2026-12-06).json" --dry-run
    """
    from recovery_tui.services import merging

    store = common.get_store(ctx)
    if "\x00" in file or not file.strip():
        raise InvalidInput("file", "give the path of another copy of your recover data file.")
    report = merging.merge_file(store, Path(file).expanduser(), now=common.now(), dry_run=dry_run)
    if as_json:
        common.emit_json(report.as_dict())
        return
    for line in report.lines():
        common.say(line)


def register(app: typer.Typer) -> None:
    """Add `merge` to the root app."""
    app.command("merge", short_help="Merge another copy of your data · recover merge FILE --dry-run")(merge)
