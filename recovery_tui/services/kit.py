"""The relapse resilience kit: contact chain, first-aid messages, crisis lines, resources, SOS.

Both the CLI and the dashboard call these. Shipped data (crisis lines, resources) is read
from recovery_tui/data/ with orjson, never from the network. `sos_plan` never fails on a
missing or damaged data file: it returns the crisis lines and says what it could not read.
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from recovery_tui.core import aid as aid_core
from recovery_tui.core import contacts as contacts_core
from recovery_tui.core import crisis as crisis_core
from recovery_tui.core import resources as resources_core
from recovery_tui.core.aid import AidMessage
from recovery_tui.core.contacts import Contact
from recovery_tui.core.crisis import CountryChoice, CrisisLine
from recovery_tui.core.records import same_name
from recovery_tui.core.resources import Resource
from recovery_tui.core.sos import SosPlan, TriggerSummary, top_triggers
from recovery_tui.errors import InvalidInput, NotFound, RecoverError
from recovery_tui.store import Store

CONTACTS = "contacts"
AID = "aid_messages"
USER_LINES = "user_crisis_lines"
TRIGGERS = "triggers"
CONFIG = "config"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# -- shipped data ---------------------------------------------------------------------------
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads((DATA_DIR / name).read_bytes())
    return data


@cache
def shipped_lines() -> tuple[CrisisLine, ...]:
    """Every crisis line shipped with recover."""
    return tuple(CrisisLine.from_shipped(entry) for entry in _load("crisis_lines.json")["lines"])


@cache
def shipped_resources() -> tuple[Resource, ...]:
    """Every resource shipped with recover."""
    return tuple(Resource.from_entry(entry) for entry in _load("resources.json")["resources"])


def resources(*, approach: str | None = None, kind: str | None = None) -> list[Resource]:
    """Shipped resources matching `approach` and `kind`."""
    return resources_core.select(
        list(shipped_resources()),
        approach=resources_core.clean_approach(approach),
        kind=resources_core.clean_kind(kind),
    )


# -- contacts -------------------------------------------------------------------------------
def list_contacts(store: Store) -> list[Contact]:
    """All contacts in chain order."""
    return contacts_core.chain([Contact.from_record(r) for r in store.all(CONTACTS)])


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
    fields = Contact(
        id="",
        name=cleaned,
        reach=contacts_core.clean_reach(reach),
        role=contacts_core.clean_role(role),
        reachable=contacts_core.normalise_reachable(reachable),
        position=1,
        note=contacts_core.clean_note(note),
    ).to_fields()
    with store.transaction():
        existing = list_contacts(store)
        if any(c.name.casefold() == cleaned.casefold() for c in existing):
            raise InvalidInput(f"name: there is already a contact called '{cleaned}'.")
        if position is not None and not 1 <= position <= len(existing) + 1:
            raise InvalidInput(f"--position: use a number from 1 to {len(existing) + 1}.")
        fields["position"] = len(existing) + 1
        record = store.insert(CONTACTS, fields, now=now)
        if position is not None and position != fields["position"]:
            _move(store, [*existing, Contact.from_record(record)], record["id"], position, now)
            record = store.get(CONTACTS, record["id"]) or record
    return Contact.from_record(record)


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
            raise InvalidInput("options: say what to change, e.g. --reach, --role, --reachable, --note or --name.")
        new_name = fields.get("name")
        if new_name and any(
            c.name.casefold() == new_name.casefold() and c.id != contact.id for c in list_contacts(store)
        ):
            raise InvalidInput(f"--name: there is already a contact called '{new_name}'.")
        record = store.update(CONTACTS, contact.id, fields, now=now)
    return Contact.from_record(record)


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


# -- first-aid messages ---------------------------------------------------------------------
def list_aid(store: Store) -> list[AidMessage]:
    """All first-aid messages, oldest first (file order breaks ties: it is insertion order)."""
    messages = [AidMessage.from_record(r) for r in store.all(AID)]
    return sorted(messages, key=lambda m: m.created_at or "")


def add_aid(store: Store, text: str, *, source: str | None, now: datetime) -> AidMessage:
    """Save a first-aid message."""
    fields = {"text": aid_core.clean_text(text), "source": aid_core.clean_source(source)}
    return AidMessage.from_record(store.insert(AID, fields, now=now))


def find_aid(store: Store, message_id: str) -> AidMessage:
    """A message by id or id prefix (4+ characters)."""
    try:
        return AidMessage.from_record(store.find(AID, message_id))
    except NotFound:
        raise NotFound(f"No first-aid message has the id '{message_id}' (see recover aid list).") from None


def remove_aid(store: Store, message_id: str) -> AidMessage:
    """Delete one first-aid message."""
    with store.transaction():
        message = find_aid(store, message_id)
        store.delete(AID, message.id)
    return message


def random_aid(store: Store, rng: random.Random | None = None) -> AidMessage | None:
    """One message at random, or None."""
    return aid_core.pick(list_aid(store), rng or random.Random())


# -- crisis lines ---------------------------------------------------------------------------
def country(store: Store | None, env: Mapping[str, str] | None = None) -> CountryChoice:
    """The country for crisis lines: setting, else locale, else US (store None: skip setting)."""
    setting = None
    if store is not None:
        value = store.meta(CONFIG).get("country")
        setting = value if isinstance(value, str) else None
    return crisis_core.choose_country(setting, os.environ if env is None else env)


def own_lines(store: Store) -> list[CrisisLine]:
    """The person's own crisis lines, oldest first."""
    records = sorted(store.all(USER_LINES), key=lambda r: str(r["created_at"]))
    return [CrisisLine.from_record(r) for r in records]


def lines_for(store: Store | None, code: str) -> list[CrisisLine]:
    """Crisis lines for `code`: your own first, then the shipped ones."""
    return crisis_core.lines_for(code, list(shipped_lines()), own_lines(store) if store is not None else [])


def every_line(store: Store | None) -> list[CrisisLine]:
    """Your own lines, then every country's lines (the emergency numbers of every code included)."""
    shipped = list(shipped_lines())
    codes = sorted({line.country for line in shipped} | crisis_core.emergency_codes())
    ours = [line for code in codes for line in crisis_core.lines_for(code, shipped, [])]
    return [*(own_lines(store) if store is not None else []), *ours]


def add_line(
    store: Store,
    name: str,
    *,
    country_code: str,
    phone: str | None,
    text: str | None,
    hours: str | None,
    note: str | None,
    now: datetime,
) -> CrisisLine:
    """Add your own crisis line."""
    fields = crisis_core.clean_line_fields(
        name=name, country=country_code, phone=phone, text=text, hours=hours, note=note
    )
    return CrisisLine.from_record(store.insert(USER_LINES, fields, now=now))


def find_line(store: Store, line_id: str) -> CrisisLine:
    """One of your own crisis lines by id or id prefix (4+ characters)."""
    try:
        return CrisisLine.from_record(store.find(USER_LINES, line_id))
    except NotFound:
        raise NotFound(f"None of your crisis lines has the id '{line_id}' (see recover crisis list).") from None


def remove_line(store: Store, line_id: str) -> CrisisLine:
    """Delete one of your own crisis lines (shipped lines cannot be removed)."""
    with store.transaction():
        line = find_line(store, line_id)
        store.delete(USER_LINES, str(line.id))
    return line


# -- SOS ------------------------------------------------------------------------------------
def sos_plan(
    store: Store,
    now: datetime,
    *,
    env: Mapping[str, str] | None = None,
    rng: random.Random | None = None,
) -> SosPlan:
    """Everything the SOS screen shows. Never raises for a missing or unreadable data file."""
    try:
        choice = country(store, env)
        lines = lines_for(store, choice.code)
        contacts = list_contacts(store)
        reachable = contacts_core.reachable_now(contacts, now)
        next_up = None if reachable else contacts_core.next_reachable(contacts, now)
        message = random_aid(store, rng)
        triggers: list[TriggerSummary] = top_triggers(store.all(TRIGGERS))
    except Exception as error:  # noqa: BLE001 - in a crisis, show the lines whatever went wrong
        problem = str(error) if isinstance(error, RecoverError) else f"an entry could not be read ({error!r})"
        choice = country(None, env)
        return SosPlan(
            country=choice,
            lines=tuple(lines_for(None, choice.code)),
            reachable=(),
            contacts_total=0,
            aid=None,
            triggers=(),
            data_problem=problem,
        )
    return SosPlan(
        country=choice,
        lines=tuple(lines),
        reachable=tuple(reachable),
        contacts_total=len(contacts),
        aid=message,
        triggers=tuple(triggers),
        next_up=next_up,
    )
