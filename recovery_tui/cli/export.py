"""`recover export` and `recover import`: take your data out, and bring it back in.

The services are imported inside the commands, so other commands do not pay for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from recovery_tui import messages
from recovery_tui.cli import common, complete
from recovery_tui.core.timeparse import parse_since
from recovery_tui.core.words import counted, noun
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import visible_line


def export(
    ctx: typer.Context,
    *,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json (full, re-importable), csv (one file per table) or markdown.",
            autocompletion=complete.choices(("json", "csv", "markdown")),
        ),
    ] = "json",
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            help="File or folder to write (csv: a folder, or a .zip). '-' prints json or markdown. "
            "Default: recover-export-YYYYMMDD.* in the current folder.",
            metavar="PATH",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only entries from this time on: 90d, 12w, or 2026-01-01.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Write over an existing file or folder.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was written as JSON.")] = False,
) -> None:
    """Export your data as json, csv or a markdown journal (files are private: 0600).

    Example: recover export --format markdown --since 30d --out journal.md
    """
    from recovery_tui.services import export as export_service

    fmt = fmt.strip().lower()
    if fmt == "md":
        fmt = "markdown"
    if fmt not in export_service.FORMATS:
        raise InvalidInput("format", messages.not_a_format(fmt, "json, csv or markdown"))
    store = common.get_store(ctx)
    now = common.now()
    since_at = parse_since(since, now) if since else None
    if out == "-":
        _, payload = export_service.render(store, fmt, now=now, since=since_at)
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    if out is not None and ("\x00" in out or not out.strip()):
        raise InvalidInput("out", "give a file or folder path (or '-' to print); nothing was written.")
    try:
        path = Path(out).expanduser().absolute() if out else export_service.default_path(fmt, now)
        if out and fmt != "csv" and path.is_dir():
            path = export_service.default_path(fmt, now, folder=path)
        result = export_service.export(store, fmt, path, now=now, since=since_at, overwrite=force)
    except OSError as exc:  # a name too long, a folder we may not enter, ...
        raise InvalidInput("out", f"cannot write there ({exc.strerror or exc}); nothing was written.") from None
    if as_json:
        common.emit_json({"path": str(result.path), "format": fmt, "records": result.counts})
        return
    total = sum(result.counts.values())
    common.say(f"Exported {counted(total, 'record')} as {fmt} to {visible_line(str(result.path))}")
    common.say("The export is not encrypted and only you can read it (0600); keep it somewhere safe.")


def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="A json export (or a recover data file or backup).", metavar="FILE")],
    *,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and count, but change nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Merge records from a json export: by id, newer wins; names stay unique (see README).

    Example: recover import recover-export-20261120.json --dry-run
    """
    from recovery_tui.services import importer

    store = common.get_store(ctx)
    if "\x00" in file or not file.strip():
        raise InvalidInput("file", "give the path of a `recover export --format json` file.")
    report = importer.import_file(store, Path(file).expanduser(), now=common.now(), dry_run=dry_run)
    if as_json:
        common.emit_json(report.as_dict())
        return
    verb = "Would add" if dry_run else "Added"
    detail = ", ".join(f"{count} {table}" for table, count in report.added.items())
    common.say(f"{verb} {counted(report.total_added, 'record')}" + (f" ({detail})" if detail else "") + ".")
    if report.updated:
        detail = ", ".join(f"{count} {table}" for table, count in report.updated.items())
        verb = "Would update" if dry_run else "Updated"
        common.say(f"{verb} {counted(report.total_updated, 'record')} with newer or added history ({detail}).")
    for note in report.notes:
        common.say(note)
    if report.unchanged:
        common.say(
            f"{counted(report.unchanged, 'record')} {noun(report.unchanged, 'was', 'were')} already here, unchanged."
        )
    if report.conflicts:
        common.say(
            f"{counted(len(report.conflicts), 'record')}"
            f" {noun(len(report.conflicts), 'has', 'have')} an id that is already here with different content; "
            f"{noun(len(report.conflicts), 'it was', 'they were')}"
            f" left as {noun(len(report.conflicts), 'it is', 'they are')}:"
        )
        for table, record_id in report.conflicts:
            common.say(f"  {table} {record_id}")
    if dry_run:
        common.say("Dry run: nothing was changed.")


def register(app: typer.Typer) -> None:
    """Add `export` and `import` to the root app."""
    app.command("export", short_help="Export json, csv or markdown · recover export -f markdown")(export)
    app.command("import", short_help="Import a json export · recover import FILE --dry-run")(import_)
