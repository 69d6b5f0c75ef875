"""`recover encrypt` and `recover decrypt`: lock the data file (and its backups) with a passphrase;
`recover unlock` and `recover lock`: type it once, then commands skip it for a while.

The passphrase is typed at a hidden prompt (twice when it is new) or printed by the command
in RECOVER_PASSPHRASE_CMD (RECOVER_NEW_PASSPHRASE_CMD for a change in a script); it is never
an argument, so it never lands in shell history or `ps`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.core.timeparse import parse_span
from recovery_tui.core.words import counted

if TYPE_CHECKING:
    from recovery_tui.services.unlock import UnlockState


def _report_skipped(skipped: list[object]) -> None:
    if skipped:
        common.warn(
            f"{counted(len(skipped), 'backup file')} could not be converted (damaged, or under another passphrase) "
            "and were left as they were; `recover doctor` lists them."
        )


def encrypt(ctx: typer.Context) -> None:
    """Encrypt your data file and its backups with a passphrase (run again to change it).

    Example: recover encrypt        (or in a script: RECOVER_PASSPHRASE_CMD='pass show recover' recover encrypt)
    """
    store = common.get_store(ctx)
    changing = store.is_encrypted()
    store.tables()  # the current file must open (asks the current passphrase when changing)
    passphrase = common.new_passphrase(store.path, changing=changing)
    skipped = store.encrypt(passphrase)
    count = len(store.backups())
    verb = "Changed the passphrase of" if changing else "Encrypted"
    common.say(f"{verb} {store.path} and {counted(count - len(skipped), 'backup')}.")
    common.say(
        "Keep the passphrase somewhere safe: without it nobody can read this data, recover included. "
        "Exports (`recover export`) are not encrypted."
    )
    _report_skipped(list(skipped))
    from recovery_tui.services import config as config_service
    from recovery_tui.store import country_file

    country = config_service.sync_country_file(store)
    if country:
        common.say(wording.COUNTRY_FILE_KEPT.format(code=country, path=country_file.path_for(store.path).name))
    from recovery_tui.services.wipe import editor_leftovers

    leftovers = editor_leftovers(store.path)
    if leftovers:
        common.warn(
            f"{len(leftovers)} file(s) an unfinished editor session left in {leftovers[0].parent} are still plain "
            "text; keep what you need from them, then delete them."
        )


def decrypt(
    ctx: typer.Context,
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Store your data file and its backups as plain JSON again (asks for the passphrase).

    Example: recover decrypt
    """
    store = common.get_store(ctx)
    if not store.is_encrypted():
        common.say(f"{store.path} is not encrypted; nothing was changed.")
        return
    question = "Store your data as plain text again? Anyone who can read the file can then read your entries."
    if not common.confirm(question, assume_yes=yes):
        common.say("Nothing was changed.")
        return
    store.tables()  # opens it: a wrong passphrase stops here
    skipped = store.decrypt()
    count = len(store.backups())
    common.say(f"Decrypted {store.path} and {counted(count - len(skipped), 'backup')}; they are plain JSON again.")
    _report_skipped(list(skipped))


def _say_state(path: object, state: UnlockState) -> None:
    if not state.encrypted:
        common.say(f"{path} is not encrypted.")
    elif state.until is None:
        common.say(f"Locked: {path} asks for its passphrase.")
    else:
        until = state.until
        when = f"{until:%H:%M}" if until.date() == common.now().date() else f"{until:%a %d %b %H:%M}"
        common.say(
            f"Unlocked until {when} ({counted(state.minutes or 0, 'minute')} idle; "
            f"the key is kept in {state.facility}). `recover lock` locks it now."
        )


def unlock(
    ctx: typer.Context,
    *,
    for_: Annotated[
        str | None,
        typer.Option(
            "--for", help="Stay unlocked this long while unused: 15m, 2h (default: unlock.minutes, 15).", metavar="SPAN"
        ),
    ] = None,
    show: Annotated[bool, typer.Option("--status", help="Only say whether it is unlocked, and until when.")] = False,
) -> None:
    """Type the passphrase once; commands skip it while the file stays unlocked (15 minutes idle).

    The derived key (never the passphrase) is kept in the kernel keyring (or the system
    keychain), never on disk. Example: recover unlock --for 1h
    """
    from recovery_tui.services import unlock as service

    store = common.get_store(ctx)
    if show:
        _say_state(store.path, service.status(store))
        return
    span = parse_span(for_, field="for") if for_ is not None else None
    _say_state(store.path, service.unlock(store, span))


def lock(
    ctx: typer.Context,
    *,
    show: Annotated[bool, typer.Option("--status", help="Only say whether it is unlocked, and until when.")] = False,
) -> None:
    """Forget the key `recover unlock` kept, at once: commands ask for the passphrase again.

    Example: recover lock
    """
    from recovery_tui.services import unlock as service

    store = common.get_store(ctx)
    if show:
        _say_state(store.path, service.status(store))
        return
    if service.lock(store):
        common.say(f"Locked: {store.path} asks for its passphrase again.")
    else:
        common.say(f"{store.path} was not unlocked; nothing to forget.")


def register(app: typer.Typer) -> None:
    """Add `encrypt`, `decrypt`, `unlock` and `lock` to the root app."""
    app.command("encrypt", short_help="Lock your data with a passphrase · recover encrypt")(encrypt)
    app.command("decrypt", short_help="Store your data as plain JSON again · recover decrypt")(decrypt)
    app.command("unlock", short_help="Passphrase once, then unlocked for a while · recover unlock --for 1h")(unlock)
    app.command("lock", short_help="Forget the unlocked key now · recover lock")(lock)
