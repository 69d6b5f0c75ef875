"""Contacts: the 24/7 contact chain (list, find, add, edit, remove, move, who can be reached now).

The CLI and the dashboard both call these."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from recovery_tui import messages
from recovery_tui.core import contacts as contacts_core
from recovery_tui.core.contacts import Contact
from recovery_tui.core.records import from_record, from_records, same_name, to_fields
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.store import Store

CONTACTS = "contacts"


def list_contacts(store: Store) -> list[Contact]:
    """All contacts in chain order."""
    return contacts_core.chain(from_records(Contact, store.all(CONTACTS)))


def find_contact(store: Store, name_or_id: str) -> Contact:
    """A contact by name (case-insensitive), by chain position (a number) or by id prefix."""
    contacts = list_contacts(store)
    wanted = " ".join(name_or_id.split()).casefold()
    named = [c for c in contacts if c.name.casefold() == wanted]
    if len(named) > 1:
        ids = [c.id for c in named]
        raise same_name("contact", named[0].name, ids, "recover contact edit {id} --name 'new name'")
    if named:
        return named[0]
    if wanted.isdigit():
        position = int(wanted)
        for contact in contacts:
            if contact.position == position:
                return contact
    if len(wanted) >= 4:
        matches = [c for c in contacts if c.id.startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
    names = ", ".join(c.name for c in contacts) or "none yet; add one with recover contact add"
    raise NotFound(f"No contact called '{name_or_id}' (contacts: {names}).")


def add_contact(
    store: Store,
    name: str,
    *,
    reach: str,
    role: str,
    reachable: str,
    note: str | None,
    position: int | None,
    now: datetime,
) -> Contact:
    """Add a contact at the end of the chain, or at `position` (others move down)."""
    cleaned = contacts_core.clean_contact_name(name)
    fields = to_fields(
        Contact(
            id="",
            name=cleaned,
            reach=contacts_core.clean_reach(reach),
            role=contacts_core.clean_role(role),
            reachable=contacts_core.normalise_reachable(reachable),
            position=1,
            note=contacts_core.clean_note(note),
        )
    )
    with store.transaction():
        existing = list_contacts(store)
        if any(c.name.casefold() == cleaned.casefold() for c in existing):
            raise InvalidInput("name", messages.already_called("contact", cleaned))
        if position is not None and not 1 <= position <= len(existing) + 1:
            raise InvalidInput("position", messages.number_from_one(len(existing) + 1))
        fields["position"] = len(existing) + 1
        record = store.insert(CONTACTS, fields, now=now)
        if position is not None and position != fields["position"]:
            _move(store, [*existing, from_record(Contact, record)], record["id"], position, now)
            record = store.get(CONTACTS, record["id"]) or record
    return from_record(Contact, record)


def edit_contact(store: Store, name_or_id: str, changes: dict[str, str | None], *, now: datetime) -> Contact:
    """Change some of name, reach, role, reachable, note (None values are left alone)."""
    cleaners = {
        "name": contacts_core.clean_contact_name,
        "reach": contacts_core.clean_reach,
        "role": contacts_core.clean_role,
        "reachable": contacts_core.normalise_reachable,
    }
    with store.transaction():
        contact = find_contact(store, name_or_id)
        fields: dict[str, Any] = {}
        for key, value in changes.items():
            if value is None:
                continue
            fields[key] = contacts_core.clean_note(value) if key == "note" else cleaners[key](value)
        if not fields:
            raise InvalidInput("options", messages.CONTACT_NOTHING_TO_CHANGE)
        new_name = fields.get("name")
        if new_name and any(
            c.name.casefold() == new_name.casefold() and c.id != contact.id for c in list_contacts(store)
        ):
            raise InvalidInput("name", messages.already_called("contact", new_name))
        record = store.update(CONTACTS, contact.id, fields, now=now)
    return from_record(Contact, record)


def remove_contact(store: Store, name_or_id: str, *, now: datetime) -> Contact:
    """Remove a contact; the ones after it move up one place."""
    with store.transaction():
        contact = find_contact(store, name_or_id)
        store.delete(CONTACTS, contact.id)
        for position, other in enumerate(list_contacts(store), start=1):
            if other.position != position:
                store.update(CONTACTS, other.id, {"position": position}, now=now)
    return contact


def _move(store: Store, contacts: list[Contact], contact_id: str, position: int, now: datetime) -> None:
    for other_id, new_position in contacts_core.moved(contacts, contact_id, position):
        store.update(CONTACTS, other_id, {"position": new_position}, now=now)


def move_contact(store: Store, name_or_id: str, position: int, *, now: datetime) -> list[Contact]:
    """Put a contact at `position` (1 = called first); returns the new chain."""
    with store.transaction():
        contacts = list_contacts(store)
        contact = find_contact(store, name_or_id)
        _move(store, contacts, contact.id, position, now)
    return list_contacts(store)


def reachable_now(store: Store, now: datetime) -> list[Contact]:
    """Contacts reachable at `now`, in chain order."""
    return contacts_core.reachable_now(list_contacts(store), now)
