"""`recover backup`: list the verified copies in `backups/`, make one now, restore one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET as NO_CELEBRATIONS
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.errors import NotFound, RecoverError

if TYPE_CHECKING:
    from recovery_tui.store import Store

backup_app = typer.Typer(
    rich_markup_mode=None,
    help="Verified copies of your data file in backups/ beside it. Example: recover backup list",
    no_args_is_help=True,
)

_KINDS = {
    "daily": "daily (first change of the day)",
    "manual": "made by `recover backup create`",
    "before-restore": "the file a restore replaced",
    "damaged": "a damaged file set aside by doctor",
    "merged": "a file `recover merge` merged in",
}


def _kind(label: str) -> str:
    if label.startswith("pre-v"):
        return f"before upgrading to data version {label[5:]}"
    return _KINDS.get(label, label)


@backup_app.command("list")
def list_backups(
    ctx: typer.Context,
    *,
    limit: Limit = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List backups, oldest first, newest last.

    Example: recover backup list
    """
    ctx.meta[NO_CELEBRATIONS] = True  # backups are about files: do not open the data file afterwards
    store = common.get_store(ctx)
    items = newest(reversed(store.backups()), limit)  # the store gives newest first
    rows: list[dict[str, Any]] = [
        {
            "name": b.name,
            "kind": b.label,
            "taken": b.taken.isoformat(timespec="seconds"),
            "size_bytes": b.size(),
            "path": str(b.path),
        }
        for b in items
    ]
    if as_json:
        common.emit_json(rows)
        return
    if not rows:
        common.say(
            "No backups yet. One is made on the first change of each day; `recover backup create` makes one now."
        )
        return
    common.table(
        ["name", "taken", "size", "what"],
        [[r["name"], r["taken"].replace("T", " "), f"{r['size_bytes']:,}", _kind(r["kind"])] for r in rows],
        title=f"Backups in {items[0].path.parent}",
        keep=(0,),  # `recover backup restore NAME` needs the whole name
    )


@backup_app.command("create")
def create(ctx: typer.Context) -> None:
    """Make a verified copy of the data file now (kept until you delete it or wipe).

    Example: recover backup create
    """
    ctx.meta[NO_CELEBRATIONS] = True  # backups are about files: do not open the data file afterwards
    store = common.get_store(ctx)
    if not store.exists():
        common.say(f"{store.path} does not exist yet; there is nothing to back up.")
        return
    store.tables()  # only copy a file that loads
    with store.locked():
        path = store.backup_copy("manual")
    common.say(f"Backed up to {path}")


@backup_app.command("restore")
def restore(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="Backup file name from `recover backup list` (default: newest).")
    ] = None,
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Replace the data file with a backup; the current file is kept in backups/.

    Example: recover backup restore recover.daily.20261120T200000.json
    """
    ctx.meta[NO_CELEBRATIONS] = True  # backups are about files: do not open the data file afterwards
    store = common.get_store(ctx)
    candidates = [b for b in store.backups() if not b.set_aside]
    if name is None:
        if not candidates:
            raise NotFound("There are no backups to restore yet (`recover backup list`).")
        chosen = candidates[0]
    else:
        from recovery_tui.store import backups

        found = backups.find(store.path, name)
        if found is None:
            raise NotFound(f"NAME: no backup is called '{name}'; see `recover backup list`.")
        chosen = found
    store.load_copy(chosen.path)  # check it before asking
    question = (
        f"Replace {store.path} with {chosen.name} (taken {chosen.taken:%Y-%m-%d %H:%M})? The current file is kept."
    )
    if not common.confirm(question, assume_yes=yes):
        common.say("Nothing was changed.")
        return
    aside = store.restore(chosen)
    from recovery_tui.services import config as config_service

    config_service.sync_country_file(store)  # the plain country file follows the restored setting
    _milestones_behind_are_history(store)
    common.say(f"Restored {chosen.name}.")
    if aside is not None:
        common.say(f"The previous file is kept as {aside}")


def _milestones_behind_are_history(store: Store) -> None:
    """A restored file remembers fewer congratulations than were said: say none of them again."""
    from recovery_tui.services.counters import remember_reached

    try:
        remember_reached(store, common.now())
    except RecoverError:
        pass  # the restore itself succeeded; at worst a milestone is said twice


def register(app: typer.Typer) -> None:
    """Add the `backup` group to the root app."""
    app.add_typer(backup_app, name="backup", short_help="List, create and restore backups · recover backup list")
