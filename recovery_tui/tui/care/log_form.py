"""CareLogForm: log a care item now with a status chosen from the ones its kind takes, and a note.

The Care plan screen logs the usual status with one key (taken, attended) and missed with
another; a test's result (negative or positive) is chosen here. Saving calls
services/care.log_care, as `recover care log` does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.content import Content

from recovery_tui.core.care import KIND_STATUSES, NOTE_MAX, CareItem, week_line
from recovery_tui.services import care as care_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import plain
from recovery_tui.tui.shared.form_screen import Field, FormScreen


def log_now(store: Store, item_id: str, status: str | None, now: datetime, note: str | None = None) -> str:
    """Log the item now (its kind's usual status when `status` is None) and say so with this
    week's count: 'Logged naltrexone: taken. 5 of 7 this week.' Runs in a store worker."""
    item, entry = care_service.log_care(store, item_id, now=now, status=status, note=note)
    week = care_service.item_week(store, item, now=now)
    return f"Logged {item.name}: {entry.status}. {week_line(week).capitalize()}."


class CareLogForm(FormScreen):
    """Status and note for one log of one item, now."""

    ERROR_FIELDS = {"status": "outcome", "note": "note"}  # "#form-status" is the form's status line

    def __init__(self, item: CareItem) -> None:
        """Args:
        item: the care item to log.
        """
        self.item = item
        super().__init__()

    def form_title(self) -> Content:
        """Which item (its name never read as markup)."""
        return plain(f"Log {self.item.name}")

    def fields(self) -> list[Field]:
        """Its statuses, a note."""
        statuses = KIND_STATUSES[self.item.kind]
        return [  # the note has the focus (FormScreen focuses the first Input): enter saves
            Field("outcome", "Status", statuses[0], options=tuple((s, s) for s in statuses)),
            Field("note", "Note", "", "optional", max_length=NOTE_MAX),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Log it now."""
        now = recover_app(self).now()
        item_id = self.item.id

        def save(store: Store) -> str:
            return log_now(store, item_id, values["outcome"], now, values["note"])

        return save
