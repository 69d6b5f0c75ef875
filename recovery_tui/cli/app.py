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
    if db is not None and not db.strip():
        raise typer.BadParameter(
            "an empty path names no file; give the data file, for example --db ~/recover.json.", param_hint="--db"
        )
    common.state(ctx).db = db
    celebrate_after(ctx)
    if ctx.invoked_subcommand is None:
        from recovery_tui.cli.dashboard import open_dashboard

        open_dashboard(ctx)  # `recover` alone takes the fast path (cli/dashboard_run.py) unless guarded


# Top-level command -> (the cli module that registers it, its one-line help), in the order
# `recover --help` lists them. A module is imported only when one of its commands runs (see
# cli/errors.py); `recover --help` lists the lines below without importing any of them, and
# tests/cli/test_conventions.py checks each line against the help its module registers.
COMMANDS: dict[str, tuple[str, str]] = {
    "counter": ("counter", "Sobriety counters · recover counter add alcohol --since 90d"),
    "relapse": ("counter", "Record a relapse; history kept · recover relapse alcohol --at -2h"),
    "milestones": ("counter", "Milestones reached and next · recover milestones alcohol"),
    "share": ("counter", "Anonymous milestone text to paste · recover share alcohol"),
    "calendar": ("calendar_cmd", "A counter's days as a month grid · recover calendar alcohol --months 6"),
    "status": ("counter", "Counters in one line each · recover status --short"),
    "checkin": ("checkin", "Daily check-in: mood, craving, sober · recover checkin --mood 4 --craving 2"),
    "journal": ("journal", "Journal from args, stdin or $EDITOR · recover journal add --template daily"),
    "pledge": ("pledge", 'Today\'s pledge · recover pledge "one day at a time"'),
    "today": ("today", "Today's check-in, journal, triggers, skills · recover today"),
    "trigger": ("trigger", 'Log a trigger and see your list · recover trigger "argument with my boss"'),
    "remind": ("remind", "Reminders, only when needed · recover remind set checkin 21:00"),
    "insights": ("insights", "Patterns in triggers, check-ins, skills · recover insights --since 90d"),
    "ask": ("ask", "Ask for help in 3 steps · recover ask --emotion lonely --problem '...' --request talk"),
    "skill": ("skill", "10-minute skills for a craving · recover skill start box"),
    "sos": ("sos", "Crisis lines, your contacts, a skill · recover sos"),
    "contact": ("contact", "Your 24/7 contact chain · recover contact add Sam --reach PHONE"),
    "aid": ("aid", 'First-aid messages · recover aid add "This passes." --from Sam'),
    "reason": ("reason", 'Why you are doing this · recover reason add "my kids"'),
    "crisis": ("crisis", "Crisis lines, and your own · recover crisis list"),
    "resources": ("resources", "Peer groups, podcasts, books · recover resources --approach skills"),
    "meeting": ("meeting", "Meetings, roles, weekly goal · recover meeting log --format online"),
    "care": ("care", "Care plan and adherence · recover care log naltrexone taken"),
    "reward": ("reward", "Rewards and points · recover reward add 'new book' --cost 30"),
    "plan": ("plan", "Your contingency plan · recover plan add 'negative test' --points 5"),
    "report": ("report", "A report to share, markdown or html · recover report --since 30d"),
    "export": ("export", "Export json, csv or markdown · recover export -f markdown"),
    "import": ("export", "Import a json export · recover import FILE --dry-run"),
    "merge": ("merge", "Merge another copy of your data · recover merge FILE --dry-run"),
    "backup": ("backup", "List, create and restore backups · recover backup list"),
    "doctor": ("doctor", "Check your data file and backups · recover doctor --repair"),
    "encrypt": ("privacy", "Lock your data with a passphrase · recover encrypt"),
    "decrypt": ("privacy", "Store your data as plain JSON again · recover decrypt"),
    "unlock": ("privacy", "Passphrase once, then unlocked for a while · recover unlock --for 1h"),
    "lock": ("privacy", "Forget the unlocked key now · recover lock"),
    "sync": ("sync_cmd", "Sync with your other devices through git · recover sync"),
    "wipe": ("wipe", "Delete your data and backups for good · recover wipe"),
    "where": ("where", "Where your data lives, its size and records · recover where --json"),
    "config": ("config_cmd", "Settings: country, currency, pseudonym · recover config set country GB"),
    "demo": ("demo", "Fill an empty file with example history · recover demo --db /tmp/d.json"),
    "dashboard": ("dashboard", "Open the dashboard (same as plain `recover`) · recover dashboard"),
}
RecoverGroup.lazy_commands = {name: module for name, (module, _) in COMMANDS.items()}
RecoverGroup.short_helps = {name: line for name, (_, line) in COMMANDS.items()}
