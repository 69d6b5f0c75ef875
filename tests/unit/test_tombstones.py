"""Tombstones (core/tombstones.py): every delete remembers itself in the same write, old ones
are pruned after KEEP_DAYS, and a merge keeps a deleted record deleted."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from recovery_tui.core import tombstones
from recovery_tui.core.merge import merge
from recovery_tui.services import contacts as contact_service
from recovery_tui.services import journal as journal_service
from recovery_tui.store import Store


def test_a_delete_writes_its_tombstone_and_prunes_old_ones(db_path: Path, now: datetime) -> None:
    later = now + timedelta(days=tombstones.KEEP_DAYS + 1)
    store = Store(db_path, clock=lambda: now)
    first = journal_service.add_entry(store, "one", now=now)
    second = journal_service.add_entry(store, "two", now=now)
    store.delete("journal", first.id)
    stones = Store(db_path).all(tombstones.TABLE)
    assert [(s["table"], s["record_id"], s["deleted_at"]) for s in stones] == [
        ("journal", first.id, now.isoformat(timespec="seconds"))
    ]
    assert stones[0]["id"] == tombstones.tombstone_id("journal", first.id)
    Store(db_path, clock=lambda: later).delete("journal", second.id)
    assert [s["record_id"] for s in Store(db_path).all(tombstones.TABLE)] == [second.id]


def test_a_record_deleted_on_one_copy_stays_deleted_after_merge(db_path: Path, now: datetime) -> None:
    store = Store(db_path)
    contact = contact_service.add_contact(
        store, "Sam", reach="123", role="sponsor", reachable="24/7", note=None, position=None, now=now
    )
    kept = {name: dict(table) for name, table in (store.storage.read() or {}).items()}
    contact_service.remove_contact(store, "Sam", now=now)
    removed = {name: dict(table) for name, table in (Store(db_path).storage.read() or {}).items()}
    for merged in (merge(kept, removed).tables, merge(removed, kept).tables):
        assert contact.id not in merged["contacts"]
    assert tombstones.prune(removed, now + timedelta(days=tombstones.KEEP_DAYS + 1))[tombstones.TABLE] == {}
