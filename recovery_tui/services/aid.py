"""First-aid messages: short texts saved to read in a bad moment (list, add, find, remove, one at random).

The CLI and the dashboard both call these."""

from __future__ import annotations

import random
from datetime import datetime

from recovery_tui.core import aid as aid_core
from recovery_tui.core.aid import AidMessage
from recovery_tui.core.records import from_record, from_records
from recovery_tui.errors import NotFound
from recovery_tui.store import Store

AID = "aid_messages"


def list_aid(store: Store) -> list[AidMessage]:
    """All first-aid messages, oldest first (file order breaks ties: it is insertion order)."""
    records = sorted(store.all(AID), key=lambda r: str(r.get("created_at") or ""))  # as stored, as before
    return from_records(AidMessage, records)


def add_aid(store: Store, text: str, *, source: str | None, now: datetime) -> AidMessage:
    """Save a first-aid message."""
    fields = {"text": aid_core.clean_text(text), "source": aid_core.clean_source(source)}
    return from_record(AidMessage, store.insert(AID, fields, now=now))


def find_aid(store: Store, message_id: str) -> AidMessage:
    """A message by id or id prefix (4+ characters)."""
    try:
        return from_record(AidMessage, store.find(AID, message_id))
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
