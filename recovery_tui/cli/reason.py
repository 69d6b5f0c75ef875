"""`recover reason`: why you are doing this, in your own words (add, list, edit, remove).

SOS shows them after the crisis lines and the people you can reach, the dashboard shows one a
day (and all of them with w), and a check-in or trigger with a craving of 7 or more shows them
after it is saved. A reason is named by its number in `recover reason list` or by its id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from recovery_tui.cli import common
from recovery_tui.safetext import truncate

if TYPE_CHECKING:
    from recovery_tui.core.reasons import Reason

reason_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Why you are doing this, in your own words (alone: the list). "
        'Example: recover reason add "I want to be there for my kids"'
    ),
)

WHICH = Annotated[str, typer.Argument(help="The reason's number in recover reason list, or its id.", metavar="N|ID")]


def _as_json(number: int, reason: Reason) -> dict[str, Any]:
    return {"number": number, "id": reason.id, "text": reason.text}


def _show_list(ctx: typer.Context, as_json: bool) -> None:
    from recovery_tui.services import reasons as reason_service

    reasons = reason_service.list_reasons(common.get_store(ctx))
    if as_json:
        common.emit_json([_as_json(n, r) for n, r in enumerate(reasons, 1)])
        return
    if not reasons:
        common.say('No reasons yet. Write down why you are doing this: recover reason add "I want to be there"')
        return
    for number, reason in enumerate(reasons, 1):
        first, *rest = reason.text.splitlines() or [""]
        common.say(f"{number}. {first}  ({reason.id[:8]})")
        for row in rest:
            common.say(f"   {row}")


@reason_app.callback(invoke_without_command=True)
def reason_root(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show your reasons, numbered.

    Example: recover reason
    """
    if ctx.invoked_subcommand is None:
        _show_list(ctx, as_json)


@reason_app.command("add")
def add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Your reason, in quotes.", metavar="TEXT")],
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved reason as JSON.")] = False,
) -> None:
    """Save a reason: why you are doing this.

    Example: recover reason add "I want to be there for my kids"
    """
    from recovery_tui.services import reasons as reason_service

    store = common.get_store(ctx)
    reason = reason_service.add_reason(store, text, now=common.now())
    number = len(reason_service.list_reasons(store))
    if as_json:
        common.emit_json(_as_json(number, reason))
        return
    common.say(f"Saved as reason {number}. SOS, the dashboard and hard moments will show it.")


@reason_app.command("list")
def list_reasons(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show your reasons, numbered (the numbers edit and remove take), oldest first.

    Example: recover reason list
    """
    _show_list(ctx, as_json)


@reason_app.command("edit")
def edit(
    ctx: typer.Context,
    which: WHICH,
    text: Annotated[str, typer.Argument(help="The new words, in quotes.", metavar="TEXT")],
) -> None:
    """Change the words of a reason.

    Example: recover reason edit 1 "I want to be there for my kids, every day"
    """
    from recovery_tui.services import reasons as reason_service

    reason_service.edit_reason(common.get_store(ctx), which, text, now=common.now())
    common.say("Updated.")


@reason_app.command("remove")
def remove(
    ctx: typer.Context,
    which: WHICH,
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a reason.

    Example: recover reason remove 2 --yes
    """
    from recovery_tui.services import reasons as reason_service

    store = common.get_store(ctx)
    reason = reason_service.find_reason(store, which)
    if not common.confirm(f"Delete the reason '{truncate(reason.text, 40)}'?", assume_yes=yes):
        common.say("Nothing changed.")
        return
    reason_service.remove_reason(store, reason.id)
    common.say("Deleted.")


def register(app: typer.Typer) -> None:
    """Add the `reason` group to the root app."""
    app.add_typer(reason_app, name="reason", short_help='Why you are doing this · recover reason add "my kids"')
