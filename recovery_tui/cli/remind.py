"""`recover remind`: reminders that fire only when needed: set, list, remove, install in this
machine's scheduler, uninstall, status, and `due` (what the scheduler runs).

`recover remind due [KIND]` never asks anything and never waits: for each reminder whose time
has come today and whose thing is not done today, it shows a desktop notification (else one
line on stdout) with neutral words. When the data file is encrypted and no passphrase command
is set (RECOVER_PASSPHRASE_CMD) it does not read the file and shows the neutral words of KIND.
Exit status: 0 when it ran (a reminder shown or none due, or the file is locked); 1 when the
data file is missing or cannot be read (the neutral reminder is still shown).
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.core import records

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
KindArg = Annotated[str, typer.Argument(metavar="KIND", help="checkin, pledge, review or care.")]

remind_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Reminders that fire only when needed: a check-in, the morning pledge, the evening review or "
        "your care plan (anything due today not logged yet), "
        "at times you choose, shown only if it is not done yet that day. "
        "Example: recover remind set checkin 21:00, then recover remind install"
    ),
    no_args_is_help=True,
)


@remind_app.command("set")
def set_cmd(
    ctx: typer.Context,
    kind: KindArg,
    time: Annotated[str, typer.Argument(metavar="HH:MM", help="The time of day, e.g. 21:00.")],
) -> None:
    """Set a daily reminder (several are fine; the same one twice changes nothing).

    Example: recover remind set pledge 08:00
    """
    from recovery_tui.services import reminders as service

    added = service.add_reminder(common.get_store(ctx), kind, time, now=common.now())
    reminder = added.reminder
    if not added.new:
        common.say(f"Already set: {reminder.kind} at {reminder.time}. Nothing changed.")
        return
    common.say(
        f"Reminder set: {reminder.kind} at {reminder.time}, only on days it is not done by then. "
        "recover remind install puts your reminders in this machine's scheduler."
    )


@remind_app.command("list")
def list_cmd(ctx: typer.Context, *, as_json: AsJson = False) -> None:
    """Your reminders by time of day, with the words each shows.

    Example: recover remind list
    """
    from recovery_tui.services import reminders as service

    store = common.get_store(ctx)
    reminders = service.list_reminders(store)
    if as_json:
        common.emit_json([records.to_json(r) for r in reminders])
        return
    if not reminders:
        common.say("No reminders yet. Set one: recover remind set checkin 21:00")
        return
    common.table(
        ["time", "kind", "shows"],
        [[r.time, r.kind, service.text_for(store, r.kind)] for r in reminders],
    )


@remind_app.command("remove")
def remove(
    ctx: typer.Context,
    kind: KindArg,
    time: Annotated[
        str | None, typer.Argument(metavar="[HH:MM]", help="Only the one at this time.", show_default=False)
    ] = None,
) -> None:
    """Remove the reminders of a kind, or the one at a time.

    Example: recover remind remove checkin 21:00
    """
    from recovery_tui.services import reminders as service

    gone = service.remove_reminders(common.get_store(ctx), kind, time)
    times = ", ".join(r.time for r in gone)
    common.say(
        f"Removed the {gone[0].kind} reminder{'s' if len(gone) > 1 else ''} at {times}. "
        "If they were installed, recover remind install brings the scheduler up to date."
    )


def _db(ctx: typer.Context) -> str | None:
    return common.state(ctx).db


@remind_app.command("install")
def install(ctx: typer.Context) -> None:
    """Put your reminders in this machine's scheduler: a systemd user timer, else a crontab
    line, on macOS a launchd agent. Run it again after changing reminders; it only touches
    its own entries.

    Example: recover remind install
    """
    from recovery_tui.services import reminder_schedule as schedule
    from recovery_tui.services import reminders as service

    store = common.get_store(ctx)
    common.say(schedule.install(service.list_reminders(store), store.path))


@remind_app.command("uninstall")
def uninstall() -> None:
    """Take recover's reminders out of every scheduler (nothing else is touched).

    Example: recover remind uninstall
    """
    from recovery_tui.services import reminder_schedule as schedule

    common.say(schedule.uninstall())


@remind_app.command("status")
def status(ctx: typer.Context) -> None:
    """What is installed where, and whether it matches your reminders.

    Example: recover remind status
    """
    from recovery_tui.services import reminder_schedule as schedule
    from recovery_tui.services import reminders as service

    store = common.get_store(ctx)
    reminders = service.list_reminders(store)
    stored = ", ".join(f"{r.kind} {r.time}" for r in reminders) or "none"
    common.say(f"Your reminders: {stored}.")
    for line in schedule.status(reminders, store.path):
        common.say(line)


def _show(title: str, text: str) -> None:
    from recovery_tui.services.notify import notify

    if not notify(title, text):
        common.say(f"{title}: {text}")


@remind_app.command("due")
def due(
    ctx: typer.Context,
    kind: Annotated[
        str | None, typer.Argument(metavar="[KIND]", help="Only this kind (the scheduler passes it).")
    ] = None,
) -> None:
    """Show the reminders due now whose thing is not done today (what the scheduler runs).
    Never asks anything.

    Example: recover remind due checkin
    """
    from recovery_tui import locations
    from recovery_tui.core import reminders as core
    from recovery_tui.errors import RecoverError
    from recovery_tui.services import reminders as service
    from recovery_tui.store import Store
    from recovery_tui.store.crypto import MAGIC, PassphraseNeeded

    wanted = core.parse_kind(kind) if kind is not None else None
    neutral = core.NEUTRAL_TEXT[wanted] if wanted else core.GENERAL_TEXT
    path = locations.data_file(_db(ctx))
    try:
        with path.open("rb") as handle:
            sealed = handle.read(len(MAGIC)) == MAGIC
    except OSError:  # missing or unreadable: remind anyway, and say something is wrong
        _show(core.TITLE, neutral)
        raise typer.Exit(1) from None
    if sealed and not os.environ.get(common.PASSPHRASE_CMD, "").strip():
        _show(core.TITLE, neutral)  # locked: not read at all
        return
    try:
        store = Store(path, passphrase=lambda: common.passphrase_for(path, allow_prompt=False))
        texts = [service.text_for(store, k) for k in service.due(store, now=common.now(), kind=wanted)]
    except PassphraseNeeded:
        _show(core.TITLE, neutral)
        return
    except RecoverError:  # damaged, wrong passphrase, a newer file: the neutral words, exit 1
        _show(core.TITLE, neutral)
        raise typer.Exit(1) from None
    for text in texts:
        _show(core.TITLE, text)


def register(app: typer.Typer) -> None:
    """Add the `remind` group to the root app."""
    app.add_typer(
        remind_app, name="remind", short_help="Reminders, only when needed · recover remind set checkin 21:00"
    )
