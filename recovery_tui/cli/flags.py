"""How the command line names a domain field in an error: `flag_for` and `describe`.

Core and services raise `InvalidInput(field, message)` with a domain field (`at`, `day`,
`cost_per_day`); the CLI shows it as `--at: message`. The rule, in order:

1. `FLAGS[command][field]` when this command names the field differently (the check-in's
   `day` is `--date`, an argument keeps its usage name such as `TEXT`);
2. an environment variable (`RECOVER_DB`, `RECOVER_NOW`: upper case) as it is;
3. `--field` (underscores as dashes) when the command has that option, or when its options
   are not known (a prompt of the Typer-free check-in path, where every field asked is an
   option);
4. the field as it is: an argument (`name`), a setting's key (`week_start`).

So the map lists only the differences. The command and its options come from the running
click context (`describe_in`); without one (the Typer-free check-in path, which never loads
Typer) the caller names its command. This module imports nothing heavy.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from typing import Any

from recovery_tui.errors import InvalidInput, RecoverError

FLAGS: dict[str, dict[str, str]] = {
    "checkin": {"day": "--date", "mode": "--amend/--add"},
    "import": {"file": "FILE"},
    "journal add": {"text": "TEXT"},
    "journal edit": {"text": "TEXT"},
    "journal template add": {"body": "BODY"},
    "reason add": {"text": "TEXT"},
    "reason edit": {"text": "TEXT"},
    "pledge make": {"text": "TEXT"},
    "pledge remove": {"day": "DAY"},
    "remind set": {"kind": "KIND", "time": "HH:MM"},
    "remind remove": {"kind": "KIND", "time": "HH:MM"},
    "remind due": {"kind": "KIND"},
    "skill start": {"name": "NAME"},
    "skill edit": {"skill": "name"},
    "trigger": {"interactive": "-i"},
    "trigger log": {"interactive": "-i"},
    "wipe": {"confirm": "--yes --i-understand"},
    "counter event remove": {"event_id": "EVENT_ID"},
    "plan edit": {"new_name": "--name"},
    "care add": {"kind": "KIND", "name": "NAME", "starts_on": "--start", "ends_on": "--end"},
    "care edit": {"starts_on": "--start", "ends_on": "--end"},
    "care log": {"status": "STATUS"},
}
"""Per command (its words after `recover`), the fields whose name on the command line is not
the default of the module docstring."""


def flag_for(command: str, field: str, options: Collection[str] | None = None) -> str:
    """How `command` names `field` (see the module docstring).

    Args:
        command: the command's words after `recover`, such as "counter add".
        field: the domain field of an InvalidInput.
        options: the command's long options ("--at", ...), or None when not known.
    """
    special = FLAGS.get(command, {}).get(field)
    if special is not None:
        return special
    if field.isupper():  # an environment variable
        return field
    option = "--" + field.replace("_", "-")
    if options is None or option in options:
        return option
    return field


def describe(error: RecoverError, command: str, options: Collection[str] | None = None) -> str:
    """The one line the CLI prints for `error` raised by `command` (without "recover: ")."""
    if not isinstance(error, InvalidInput) or error.field is None:
        return str(error)
    return f"{flag_for(command, error.field, options)}: {error.message}"


def describe_in(error: RecoverError, ctx: Any) -> str:
    """`describe` for the command of the click context `ctx` (its options and its parents')."""
    options = {
        opt
        for level in _chain(ctx)
        for param in level.command.params
        for opt in getattr(param, "opts", ())
        if opt.startswith("--")
    }
    return describe(error, " ".join(ctx.command_path.split()[1:]), options)


def _chain(ctx: Any) -> list[Any]:
    levels = []
    while ctx is not None:
        levels.append(ctx)
        ctx = ctx.parent
    return levels


def at_prompt(error: RecoverError, command: str) -> str:
    """The line to show when an answer typed at a prompt is refused.

    Names the field as the running command does (the click context when Typer runs it),
    else as `command` does (the Typer-free check-in path).
    """
    click_globals = sys.modules.get("typer._click.globals")
    ctx = click_globals.get_current_context(silent=True) if click_globals is not None else None
    return describe(error, command) if ctx is None else describe_in(error, ctx)
