"""`unchanged(...)`: optimistic concurrency for editors: the stored record, or Conflict if it moved on.

An editor (a dashboard form, a CLI edit) reads a record, the person edits it for a while, then
it saves. Meanwhile another process (cron, a second terminal, sync) may have changed or removed
that record. The editor keeps the record as it read it; inside the save's transaction this
reads the record again by id and compares it with that copy.

The comparison is on the whole record, not only `updated_at`: stored times have one-second
resolution, so two saves in the same second would share an `updated_at` and one would be lost.
A record as read includes its `updated_at`, so this is at least as strict as comparing times.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from recovery_tui.errors import Conflict
from recovery_tui.store import Store

T = TypeVar("T")


def unchanged(
    store: Store,
    table: str,
    expected: T,
    *,
    record_id: str,
    build: Callable[[dict[str, Any]], T],
    what: str,
) -> dict[str, Any]:
    """The stored record `record_id`, provided it still equals `expected` (call inside a transaction).

    Args:
        store: the data file (the caller holds its transaction).
        table: the record's table.
        expected: the domain object the editor read.
        record_id: its id.
        build: turns a stored record into the same kind of domain object.
        what: the record in words ("check-in", "journal entry") for the message.

    Raises:
        Conflict: the record was removed, or differs from `expected`; nothing was written.
    """
    current = store.get(table, record_id)
    if current is None:
        raise Conflict(
            f"This {what} was removed by another recover after it was opened; nothing was saved.",
            removed=True,
        )
    if build(current) != expected:
        raise Conflict(
            f"This {what} was changed by another recover after it was opened; nothing was saved, "
            "so the newer one is kept."
        )
    return current
