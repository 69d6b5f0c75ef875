"""`recover report`: one page to hand to a counsellor or sponsor, as Markdown or HTML.

Without --out the report goes to stdout: Markdown always (already made terminal-safe by
core/report.py, and written through safetext again on the way out), HTML only into a pipe
or a file (`> report.html`); on a terminal HTML is refused in one line that suggests --out,
since a page of markup is no use there. With --out the file is written atomically, 0600,
never through a symbolic link or over anything but a regular file (services/report.py).
The services are imported inside the command, so other commands do not pay for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from recovery_tui.cli import common, complete
from recovery_tui.core.timeparse import parse_since
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import visible, visible_line

FORMATS = ("markdown", "html")


def report(
    ctx: typer.Context,
    *,
    since: Annotated[
        str, typer.Option("--since", help="The period: a span such as 30d, 12w or 6m, or a date (2026-11-01).")
    ] = "30d",
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="markdown (default) or html (one page with charts; opens offline, runs no script).",
            autocompletion=complete.choices(FORMATS),
        ),
    ] = "markdown",
    out: Annotated[
        str | None,
        typer.Option(
            "--out", "-o", help="The file to write (private: 0600). Default: print to stdout.", metavar="FILE"
        ),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            help="Add what is left out by default: journal (your journal text of the period, never entries "
            "marked sensitive).",
            autocompletion=complete.choices(("journal",)),
            metavar="WHAT",
        ),
    ] = None,
) -> None:
    """A report to share: counters and restarts, check-in trends, triggers, skills, meetings.

    Anonymous: your pseudonym if you set one, no contact details, no journal text unless you
    add --include journal, nothing marked sensitive.

    Example: recover report --since 30d --format html --out report.html
    """
    from recovery_tui.services import report as report_service

    chosen = fmt.strip().lower()
    chosen = "markdown" if chosen == "md" else chosen
    if chosen not in FORMATS:
        raise typer.BadParameter(f"'{visible(fmt)}' is not a format; use markdown or html", param_hint="--format")
    extras = {word.strip().lower() for word in include or []}
    if extras - {"journal"}:
        unknown = ", ".join(sorted(extras - {"journal"}))
        raise typer.BadParameter(f"'{visible(unknown)}' cannot be included; use journal", param_hint="--include")
    now = common.now()
    try:
        start = parse_since(since, now)
    except InvalidInput as error:
        raise typer.BadParameter(error.message, param_hint="--since") from None
    store = common.get_store(ctx)
    journal = "journal" in extras
    if out is None:
        if chosen == "html" and sys.stdout.isatty():
            raise InvalidInput("format", "an html report is a file: add --out report.html (or use markdown).")
        text = report_service.render_report(store, chosen, since=start, now=now, include_journal=journal)
        sys.stdout.write(visible(text))
        sys.stdout.flush()
        return
    if "\x00" in out or not out.strip():
        raise InvalidInput("out", "give the path of a file; nothing was written.")
    path = Path(out).expanduser().absolute()
    try:
        written = report_service.write_report(store, chosen, path, since=start, now=now, include_journal=journal)
    except OSError as exc:  # a name too long, a folder we may not enter, ...
        raise InvalidInput("out", f"cannot write there ({exc.strerror or exc}); nothing was written.") from None
    common.say(f"Report written to {visible_line(str(written))} (only you can read it: 0600).")


def register(app: typer.Typer) -> None:
    """Add `report` to the root app."""
    app.command("report", short_help="A report to share, markdown or html · recover report --since 30d")(report)
