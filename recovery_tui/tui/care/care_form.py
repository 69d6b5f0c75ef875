"""CareForm: add an item to the care plan, or change one (name, dose, schedule or a one-off time, note).

Saving calls services/care.add_care_item or edit_care_item, the same calls as `recover care
add` and `recover care edit`, so the schedule is read by the same grammar (core/care.py) and a
refusal shows under its field. A schedule repeats the item; a time instead makes it a one-off
(appointments and tests). The kind is chosen when adding and kept when changing.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.core.care import DOSE_MAX, NAME_MAX, NOTE_MAX, SCHEDULE_MAX, CareItem
from recovery_tui.core.timeparse import parse_time
from recovery_tui.services import care as care_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen

KIND_OPTIONS = (("medication", "medication"), ("appointment or session", "appointment"), ("test", "test"))


class CareForm(FormScreen):
    """Add or change one care item."""

    NOTE = (
        "Schedule: daily 08:00, twice daily 08:00 20:00, weekdays 08:00, weekly tue 18:00, "
        "every 2 weeks thu 10:00, weekly. Or leave it empty and give a time for a one-off "
        "(2026-12-10 14:00). recover keeps your plan; it gives no medical advice."
    )
    ERROR_FIELDS = {
        "kind": "kind",
        "name": "name",
        "dose": "dose",
        "schedule": "schedule",
        "at": "at",
        "note": "note",
    }

    def __init__(self, item: CareItem | None = None) -> None:
        """Args:
        item: the item to change; None adds a new one.
        """
        self.item = item
        super().__init__()

    def form_title(self) -> str:
        """Adding or changing."""
        return "Add to your care plan" if self.item is None else f"Change {self.item.kind}"

    def fields(self) -> list[Field]:
        """Kind (when adding), name, dose, schedule, one-off time, note."""
        i = self.item
        rows = [] if i is not None else [Field("kind", "Kind", "medication", options=KIND_OPTIONS)]
        return rows + [
            Field("name", "Name", i.name if i else "", "e.g. naltrexone or therapy with Dr Lee", max_length=NAME_MAX),
            Field("dose", "Dose", (i.dose or "") if i else "", "medications only, e.g. 50 mg", max_length=DOSE_MAX),
            Field("schedule", "Schedule", (i.schedule or "") if i else "", "e.g. daily 08:00", max_length=SCHEDULE_MAX),
            Field("at", "Once at", f"{i.at:%Y-%m-%d %H:%M}" if i and i.at else "", "a one-off: 2026-12-10 14:00"),
            Field("note", "Note", (i.note or "") if i else "", "optional", max_length=NOTE_MAX),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Add the item, or change the one being edited."""
        now = recover_app(self).now()
        at_text = values["at"].strip()
        at = parse_time(at_text, now, field="at", allow_future=True) if at_text else None
        schedule = values["schedule"].strip() or None
        item = self.item

        def add(store: Store) -> str:
            added = care_service.add_care_item(
                store,
                values["kind"],
                values["name"],
                now=now,
                dose=values["dose"],
                schedule=schedule,
                at=at,
                note=values["note"],
            )
            return f"Added {added.name}: {added.when}."

        def edit(store: Store) -> str:
            assert item is not None
            changed = care_service.edit_care_item(
                store,
                item.id,
                now=now,
                new_name=values["name"],
                dose=values["dose"],
                schedule=schedule,
                at=at,
                note=values["note"],
            )
            return f"Saved {changed.name}: {changed.when}."

        return add if item is None else edit
