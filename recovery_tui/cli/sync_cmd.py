"""`recover sync`: keep the data file in step with other devices through a git remote.

`recover sync init REMOTE` sets up the repository, `recover sync` fetches, merges by record,
commits and pushes, `recover sync status` says where things stand (no network unless
`--fetch`). The hidden `recover sync driver` is the git merge driver the repository
registers. The work is in services/sync.py; this is the only command that uses the network,
and only through git.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET as NO_CELEBRATIONS

sync_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Sync your data with your other devices through a git remote you own: a private repository, "
        "a bare repository on a USB stick or a server over ssh. With no command: fetch, merge by record, "
        "commit and push (the only command that uses the network). Example: recover sync"
    ),
    no_args_is_help=False,
)


@sync_app.callback(invoke_without_command=True)
def sync_root(ctx: typer.Context) -> None:
    """Fetch, merge by record, commit and push (with no command).

    Example: recover sync
    """
    if ctx.invoked_subcommand is not None:
        return
    from recovery_tui.services import sync as service

    store = common.get_store(ctx)
    result = service.sync(store, interactive=common.interactive())
    for line in result.renamed:
        common.warn(line)
    if result.push_error is not None:
        common.warn(result.line)
        raise typer.Exit(code=1)
    common.say(result.line)


@sync_app.command("init")
def init(
    ctx: typer.Context,
    remote: Annotated[str, typer.Argument(help="A git remote: a path, file://, ssh (host:path) or https URL.")],
) -> None:
    """Set up syncing with a git remote (checks that it answers).

    Example: recover sync init /media/usb/recover.git
    """
    ctx.meta[NO_CELEBRATIONS] = True
    from recovery_tui.services import sync as service

    store = common.get_store(ctx)
    shown = service.init(store, remote, interactive=common.interactive())
    common.say(f"Sync is set up with {shown} in {service.sync_folder(store.path)}.")
    if not store.is_encrypted():
        common.say(
            "Your data file is not encrypted, so its history in the repository is plain text; "
            "`recover encrypt` first keeps it to ciphertext."
        )
    common.say("Run `recover sync` to send and receive.")


@sync_app.command("status")
def status(
    ctx: typer.Context,
    *,
    fetch: Annotated[bool, typer.Option("--fetch", help="Ask the remote first (uses the network).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """What is ahead and behind, the last sync and the remote (no network unless --fetch).

    Example: recover sync status --fetch
    """
    ctx.meta[NO_CELEBRATIONS] = True
    import msgspec

    from recovery_tui.services import sync as service

    store = common.get_store(ctx)
    found = service.status(store, fetch=fetch, interactive=common.interactive())
    if as_json:
        common.emit_json(msgspec.to_builtins(found))
        return
    if not found.set_up:
        common.say("Sync is not set up. `recover sync init REMOTE` sets it up.")
        return
    for line in found.lines():
        common.say(line)


@sync_app.command("driver", hidden=True)
def driver(
    ctx: typer.Context,
    base: Annotated[str, typer.Argument(help="The common ancestor (git's %O).")],
    ours: Annotated[str, typer.Argument(help="This side, written with the result (git's %A).")],
    theirs: Annotated[str, typer.Argument(help="The other side (git's %B).")],
) -> None:
    """git's merge driver for the data file (registered by `recover sync init`).

    Example: recover sync driver %O %A %B
    """
    ctx.meta[NO_CELEBRATIONS] = True
    from recovery_tui.services import sync as service

    store = common.get_store(ctx)
    for line in service.merge_driver(store, Path(base), Path(ours), Path(theirs)):
        common.warn(line)


def register(app: typer.Typer) -> None:
    """Add the `sync` group to the root app."""
    app.add_typer(sync_app, name="sync", short_help="Sync with your other devices through git · recover sync")
