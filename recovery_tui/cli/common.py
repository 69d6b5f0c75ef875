"""Shared CLI plumbing: the store for this run, the clock, JSON and text output, prompts.

Every command module uses these so that all commands behave alike: `--db`/RECOVER_DB pick
the file, RECOVER_NOW freezes the clock, `--json` prints machine-readable output, prompts
appear only at a terminal (RECOVER_INTERACTIVE=1 forces them, for tests and `expect` users),
and Rich is imported only by commands that draw tables.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

import typer

from recovery_tui import clock, locations
from recovery_tui.errors import InvalidInput

if TYPE_CHECKING:
    from rich.console import Console

    from recovery_tui.store import Store


@dataclass
class CliState:
    """What the root callback learned from global options."""

    db: str | None = None
    _store: Store | None = None


def state(ctx: typer.Context) -> CliState:
    """The CliState of this invocation (created if a command runs without the root callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
    return root.obj


def get_store(ctx: typer.Context) -> Store:
    """The Store for this run's data file (opened lazily, once)."""
    st = state(ctx)
    if st._store is None:
        from recovery_tui.store import Store

        st._store = Store(locations.data_file(st.db))
    return st._store


def now() -> datetime:
    """The current time, timezone-aware (RECOVER_NOW freezes it)."""
    return clock.now()


def emit_json(data: Any) -> None:
    """Print `data` as JSON on stdout (dates as ISO 8601)."""
    import orjson

    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n")
    sys.stdout.flush()


def say(text: str = "") -> None:
    """Print a line of plain text on stdout."""
    typer.echo(text)


def warn(text: str) -> None:
    """Print a line on stderr."""
    typer.echo(text, err=True)


@cache
def console() -> Console:
    """A Rich console for tables and charts (honours NO_COLOR and non-terminals)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def interactive() -> bool:
    """True when we may ask questions: stdin is a terminal (or RECOVER_INTERACTIVE=1)."""
    if os.environ.get("RECOVER_INTERACTIVE") == "1":
        return True
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, AttributeError):
        return False


def confirm(question: str, *, assume_yes: bool, flag: str = "--yes", default: bool = False) -> bool:
    """Ask a yes/no question at a terminal; in scripts require `flag` instead of hanging.

    Raises:
        InvalidInput: not at a terminal and `flag` was not given.
    """
    if assume_yes:
        return True
    if not interactive():
        raise InvalidInput(f"{flag}: not at a terminal, so nothing was asked and nothing changed; add {flag}.")
    return bool(typer.confirm(question, default=default))


def ask(question: str, *, default: str | None = None, field: str) -> str:
    """Ask for a value at a terminal; in scripts fail with one line naming the option."""
    if not interactive():
        raise InvalidInput(f"{field}: is required when not at a terminal.")
    answer: str = typer.prompt(question, default=default if default is not None else "", show_default=bool(default))
    return answer


def table(columns: list[str], rows: list[list[str]], *, title: str | None = None) -> None:
    """Print a simple Rich table."""
    from rich.table import Table

    tbl = Table(title=title, show_edge=False, header_style="bold")
    for column in columns:
        tbl.add_column(column)
    for row in rows:
        tbl.add_row(*row)
    console().print(tbl)
