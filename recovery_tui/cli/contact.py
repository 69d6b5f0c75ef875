"""`recover contact`: the 24/7 contact chain (add, list, edit, remove, move).

Contacts are called in chain order; each has a role and the hours they can be reached
(`24/7` or e.g. `mon-fri 09:00-17:00; fri 22:00-02:00`). `recover sos` shows the ones
reachable now.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.listing import FirstN, first
from recovery_tui.core.contacts import REACHABLE_HELP, ROLES, Contact
from recovery_tui.core.records import to_fields

contact_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Your 24/7 contact chain: people to call, in order (alone: lists it). "
        "Example: recover contact add Sam --reach 07700900123"
    ),
    no_args_is_help=False,
)

_ROLE_HELP = f"Their role: {', '.join(ROLES)}."
_REACHABLE_HELP = f"When they can be reached: {REACHABLE_HELP}."


def _line(contact: Contact, now_flag: bool) -> str:
    mark = "now" if now_flag else "   "
    note = f"  ({contact.note})" if contact.note else ""
    return (
        f"{contact.position:>2}. {mark} {contact.name} ({contact.role})  {contact.reach}  ·  {contact.reachable}{note}"
    )


def _json(contact: Contact, now: datetime) -> dict[str, object]:
    reachable = contact.reachable_at(now)
    upcoming = None if reachable else contact.availability.next_start(now)
    return {
        **to_fields(contact),
        "id": contact.id,
        "reachable_now": reachable,
        "next_reachable": upcoming.isoformat(timespec="minutes") if upcoming else None,
    }


@contact_app.callback(invoke_without_command=True)
def contact_root(ctx: typer.Context) -> None:
    """Your 24/7 contact chain. With no command, lists it.

    Example: recover contact
    """
    if ctx.invoked_subcommand is None:
        list_contacts(ctx, as_json=False)


@contact_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Their name or a pseudonym.")],
    *,
    reach: Annotated[str | None, typer.Option("--reach", help="Phone number, handle or link.")] = None,
    role: Annotated[str, typer.Option("--role", help=_ROLE_HELP)] = "peer",
    reachable: Annotated[str, typer.Option("--reachable", help=_REACHABLE_HELP)] = "24/7",
    note: Annotated[str | None, typer.Option("--note", help="Anything to remember, e.g. 'text first'.")] = None,
    position: Annotated[
        int | None, typer.Option("--position", help="Place in the chain (1 = first); default last.")
    ] = None,
) -> None:
    """Add someone to the chain (at the end unless --position).

    Example: recover contact add Sam --reach "+44 7700 900123" --role sponsor --reachable "daily 07:00-23:00"
    """
    from recovery_tui.services import contacts as contacts_service

    if reach is None:
        reach = common.ask(f"How do you reach {name}? (phone, handle or link)", field="reach")
    store = common.get_store(ctx)
    contact = contacts_service.add_contact(
        store, name, reach=reach, role=role, reachable=reachable, note=note, position=position, now=common.now()
    )
    common.say(f"Added {contact.name} ({contact.role}) at place {contact.position}, reachable {contact.reachable}.")


@contact_app.command("list")
def list_contacts(
    ctx: typer.Context,
    *,
    limit: FirstN = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show the chain in order; 'now' marks who can be reached at this moment.

    Example: recover contact list
    """
    from recovery_tui.services import contacts as contacts_service

    now = common.now()
    contacts = first(contacts_service.list_contacts(common.get_store(ctx)), limit)
    if as_json:
        common.emit_json([_json(c, now) for c in contacts])
        return
    if not contacts:
        common.say("No contacts yet. Add the first: recover contact add Sam --reach PHONE --role sponsor")
        return
    for contact in contacts:
        reachable = contact.reachable_at(now)
        upcoming = None if reachable else contact.availability.next_start(now)
        common.say(_line(contact, reachable) + (f"  (next {upcoming:%a %H:%M})" if upcoming else ""))


@contact_app.command("edit")
def edit(
    ctx: typer.Context,
    contact: Annotated[str, typer.Argument(help="Name, place in the chain, or id.")],
    *,
    name: Annotated[str | None, typer.Option("--name", help="New name.")] = None,
    reach: Annotated[str | None, typer.Option("--reach", help="Phone number, handle or link.")] = None,
    role: Annotated[str | None, typer.Option("--role", help=_ROLE_HELP)] = None,
    reachable: Annotated[str | None, typer.Option("--reachable", help=_REACHABLE_HELP)] = None,
    note: Annotated[str | None, typer.Option("--note", help="New note ('' clears it).")] = None,
) -> None:
    """Change a contact's details.

    Example: recover contact edit Sam --reachable "mon-fri 18:00-23:00; sat 10:00-02:00"
    """
    from recovery_tui.services import contacts as contacts_service

    changed = contacts_service.edit_contact(
        common.get_store(ctx),
        contact,
        {"name": name, "reach": reach, "role": role, "reachable": reachable, "note": note},
        now=common.now(),
    )
    common.say(_line(changed, changed.reachable_at(common.now())))


@contact_app.command("remove")
def remove(
    ctx: typer.Context,
    contact: Annotated[str, typer.Argument(help="Name, place in the chain, or id.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove someone from the chain (the ones after move up).

    Example: recover contact remove Sam --yes
    """
    from recovery_tui.services import contacts as contacts_service

    store = common.get_store(ctx)
    found = contacts_service.find_contact(store, contact)
    if not common.confirm(f"Remove {found.name} from your contact chain?", assume_yes=yes):
        common.say("Nothing changed.")
        return
    contacts_service.remove_contact(store, found.id, now=common.now())
    common.say(f"Removed {found.name}.")


@contact_app.command("move")
def move(
    ctx: typer.Context,
    contact: Annotated[str, typer.Argument(help="Name, place in the chain, or id.")],
    position: Annotated[int, typer.Argument(help="New place in the chain (1 = called first).")],
) -> None:
    """Change the order of the chain.

    Example: recover contact move Sam 1
    """
    from recovery_tui.services import contacts as contacts_service

    now = common.now()
    chain = contacts_service.move_contact(common.get_store(ctx), contact, position, now=now)
    for item in chain:
        common.say(_line(item, item.reachable_at(now)))


def register(app: typer.Typer) -> None:
    """Add the `contact` group to the root app."""
    app.add_typer(
        contact_app, name="contact", short_help="Your 24/7 contact chain · recover contact add Sam --reach PHONE"
    )
