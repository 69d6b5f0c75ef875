"""The root `recover` Typer app: global options, help epilogue and command registration.

Command groups live one per module in this package and expose `register(app)`. They import
only typer, core and services at module level; Rich and Textual are imported inside the
commands that draw with them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui import __version__, wording
from recovery_tui.cli import common
from recovery_tui.cli.celebrate import celebrate_after
from recovery_tui.cli.errors import RecoverGroup

app = typer.Typer(
    rich_markup_mode=None,
    name="recover",
    cls=RecoverGroup,
    help=(
        "A private recovery companion for the terminal: counters, check-ins, triggers, "
        "help requests, 10-minute skills and an SOS kit, all in one local file.\n\n"
        "Run 'recover' with no command to open the dashboard."
    ),
    epilog=wording.COMPLEMENTS_CARE,
    no_args_is_help=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"recover {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Data file to use (default: RECOVER_DB, else the user data folder).", metavar="PATH"),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Open the dashboard when no command is given."""
    common.state(ctx).db = db
    celebrate_after(ctx)
    if ctx.invoked_subcommand is None:
        from recovery_tui.cli.dashboard import open_dashboard

        open_dashboard(ctx)


# Top-level command -> the cli module that registers it, in the order `recover --help` lists
# them. A module is imported only when one of its commands runs (see cli/errors.py).
RecoverGroup.lazy_commands = {
    "counter": "counter",
    "relapse": "counter",
    "milestones": "counter",
    "share": "counter",
    "status": "counter",
    "checkin": "checkin",
    "journal": "journal",
    "today": "today",
    "trigger": "trigger",
    "insights": "insights",
    "ask": "ask",
    "skill": "skill",
    "sos": "sos",
    "contact": "contact",
    "aid": "aid",
    "crisis": "crisis",
    "resources": "resources",
    "meeting": "meeting",
    "reward": "reward",
    "export": "export",
    "import": "export",
    "backup": "backup",
    "doctor": "doctor",
    "encrypt": "privacy",
    "decrypt": "privacy",
    "wipe": "wipe",
    "where": "where",
    "config": "config_cmd",
    "demo": "demo",
    "dashboard": "dashboard",
}
