"""`recover wipe`: delete your data file, its backups, lock and temp files after a typed phrase."""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET as NO_CELEBRATIONS
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput


def wipe(
    ctx: typer.Context,
    *,
    yes: Annotated[bool, typer.Option("--yes", help="With --i-understand: delete without asking (scripts).")] = False,
    i_understand: Annotated[
        bool, typer.Option("--i-understand", help="With --yes: confirm you know this cannot be undone.")
    ] = False,
) -> None:
    """Delete your data file and all its backups for good (asks you to type a phrase).

    Example: recover wipe        (scripts: recover wipe --yes --i-understand)
    """
    from recovery_tui.services import wipe as wipe_service

    ctx.meta[NO_CELEBRATIONS] = True
    store = common.get_store(ctx)
    target = wipe_service.plan(store)
    if not target.files and target.sync_folder is None:
        common.say(f"There is nothing to delete for {store.path}.")
        return
    if not (yes and i_understand):
        if not common.interactive():
            raise InvalidInput(
                "confirm",
                "not at a terminal, so nothing was asked and nothing was deleted; "
                "add both flags to wipe from a script.",
            )
        common.say("This deletes, for good:")
        for path in target.files:
            common.say(f"  {path}")
        if target.sync_folder is not None:
            common.say(f"  {target.sync_folder}/ (the sync repository; the remote keeps its copy)")
        common.say("There is no undo. `recover export` first if you want a copy.")
        typed = common.ask(f"Type '{wipe_service.CONFIRM_PHRASE}' to delete", field="confirmation")
        if typed.strip().lower() != wipe_service.CONFIRM_PHRASE:
            common.say("The phrase did not match; nothing was deleted.")
            raise typer.Exit(1)
    deleted = wipe_service.wipe(store)
    common.say(f"Deleted {counted(len(deleted), 'file')}. Your recover data for {store.path} is gone.")


def register(app: typer.Typer) -> None:
    """Add `wipe` to the root app."""
    app.command("wipe", short_help="Delete your data and backups for good · recover wipe")(wipe)
