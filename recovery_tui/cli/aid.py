"""`recover aid`: first-aid messages to read in a bad moment (alone: one at random)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.safetext import truncate

if TYPE_CHECKING:
    from recovery_tui.core.aid import AidMessage

aid_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "First-aid messages to read in a hard moment (alone: one at random). "
        'Example: recover aid add "This passes." --from Sam'
    ),
)


def _show(message: AidMessage) -> None:
    for row in message.text.splitlines():
        common.say(row)
    if message.source:
        common.say(f"  (from {message.source})")


@aid_app.callback(invoke_without_command=True)
def aid_root(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show one of your first-aid messages at random.

    Example: recover aid
    """
    from recovery_tui.core.aid import as_json as aid_json
    from recovery_tui.services import aid as aid_service

    if ctx.invoked_subcommand is not None:
        return
    message = aid_service.random_aid(common.get_store(ctx))
    if as_json:
        common.emit_json(aid_json(message) if message else None)
        return
    if message is None:
        common.say(
            'No first-aid messages yet. Save one: recover aid add "This feeling passes. Call me first." --from Sam'
        )
        return
    _show(message)


@aid_app.command("add")
def add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The message, in quotes.")],
    *,
    source: Annotated[str | None, typer.Option("--from", help="Who it came from.", metavar="NAME")] = None,
) -> None:
    """Save a message to read in a hard moment.

    Example: recover aid add "You got through last Friday. You can get through this one." --from Sam
    """
    from recovery_tui.services import aid as aid_service

    message = aid_service.add_aid(common.get_store(ctx), text, source=source, now=common.now())
    common.say(f"Saved ({message.id[:8]}). `recover aid` or `recover sos` shows it when you need it.")


@aid_app.command("list")
def list_messages(
    ctx: typer.Context,
    *,
    limit: Limit = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show every saved message with its id, oldest first, newest last.

    Example: recover aid list
    """
    from recovery_tui.core.aid import as_json as aid_json
    from recovery_tui.services import aid as aid_service

    messages = newest(aid_service.list_aid(common.get_store(ctx)), limit)
    if as_json:
        common.emit_json([aid_json(m) for m in messages])
        return
    if not messages:
        common.say('No first-aid messages yet. Save one: recover aid add "..." --from NAME')
        return
    for message in messages:
        source = f"  (from {message.source})" if message.source else ""
        first, *rest = message.text.splitlines() or [""]
        common.say(f"{message.id[:8]}  {first}{' ...' if rest else ''}{source}")


@aid_app.command("remove")
def remove(
    ctx: typer.Context,
    message_id: Annotated[str, typer.Argument(help="The id shown by recover aid list (first 4+ characters).")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a saved message.

    Example: recover aid remove 3f2a9c1e --yes
    """
    from recovery_tui.services import aid as aid_service

    store = common.get_store(ctx)
    message = aid_service.find_aid(store, message_id)
    if not common.confirm(f"Delete the message '{truncate(message.text, 40)}'?", assume_yes=yes):
        common.say("Nothing changed.")
        return
    aid_service.remove_aid(store, message.id)
    common.say("Deleted.")


def register(app: typer.Typer) -> None:
    """Add the `aid` group to the root app."""
    app.add_typer(aid_app, name="aid", short_help='First-aid messages · recover aid add "This passes." --from Sam')
