"""Tombstones: the record kind that remembers a deletion (which record of which table, and when),
so a merge with another copy of the file does not bring the record back.

The store writes one in the same atomic write as every delete (store/db.py `Store.delete`).
A tombstone's id is derived from the table and the record's id (a UUID-5), so the same
deletion made on two devices is one tombstone. Tombstones are kept `KEEP_DAYS` days and then
pruned (`prune`); a copy of the file that has not been merged for longer than that may bring
back a record deleted meanwhile.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt, aware, iso

TABLE = "tombstones"
KEEP_DAYS = 180
"""How long a deletion is remembered (days after it was made)."""

NAMESPACE = uuid.UUID("0d6b1c4e-7a52-4f0e-9c1b-3e8f2a6d5b74")
"""The UUID-5 namespace of tombstone ids (never change it)."""


class Tombstone(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A deleted record: which table, which record id, and when it was deleted. A merge drops
    the record from the other copy instead of bringing it back. Kept 180 days, then pruned."""

    id: RecordId
    table: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=64, description="The table the deleted record was in."),
    ]
    record_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64, description="The id of the deleted record.")]
    deleted_at: Annotated[Moment, msgspec.Meta(description="When the record was deleted.")]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


def tombstone_id(table: str, record_id: str) -> str:
    """The id of the tombstone of record `record_id` in `table` (the same on every device)."""
    return str(uuid.uuid5(NAMESPACE, f"{table}/{record_id}"))


def tombstone(table: str, record_id: str, now: datetime) -> dict[str, Any]:
    """The stored tombstone record of deleting `record_id` from `table` at `now`."""
    when = iso(now)
    return {
        "id": tombstone_id(table, record_id),
        "table": table,
        "record_id": record_id,
        "deleted_at": when,
        "created_at": when,
        "updated_at": when,
    }


def expired(record: dict[str, Any], now: datetime) -> bool:
    """True when the stored tombstone `record` is older than KEEP_DAYS at `now`."""
    try:
        return aware(str(record["deleted_at"])) < now - timedelta(days=KEEP_DAYS)
    except (KeyError, ValueError, TypeError):
        return False


def remember(documents: dict[str, Any], stone: dict[str, Any]) -> None:
    """Add the tombstone `stone` to the tombstones table `documents` (in place), pruning those
    older than KEEP_DAYS at its deletion time."""
    now = aware(str(stone["deleted_at"]))
    for key in [key for key, old in documents.items() if expired(old, now)]:
        del documents[key]
    documents[stone["id"]] = stone


def prune(tables: dict[str, dict[str, Any]], now: datetime) -> dict[str, dict[str, Any]]:
    """`tables` without the tombstones older than KEEP_DAYS at `now` (the same result for the
    same `now`, whatever the order of the records)."""
    kept = {key: record for key, record in tables.get(TABLE, {}).items() if not expired(record, now)}
    if len(kept) == len(tables.get(TABLE, {})):
        return tables
    return {**tables, TABLE: kept}
