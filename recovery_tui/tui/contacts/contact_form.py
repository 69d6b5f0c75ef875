"""ContactForm: add a person to the contact chain, or change one (name, reach, role, hours, note).

Saving calls services/contacts.add_contact or edit_contact, the same calls as `recover contact
add` and `recover contact edit`, so the reachable hours are checked the same way (`24/7`, or
days and hours such as `mon-fri 09:00-17:00; fri 22:00-02:00`); a refusal shows under its field.
A new contact goes to the end of the chain; the kit screen moves it.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.core.contacts import NAME_MAX, NOTE_MAX, REACH_MAX, REACHABLE_HELP, REACHABLE_MAX, ROLES, Contact
from recovery_tui.services import contacts as contacts_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen


class ContactForm(FormScreen):
    """Add or edit one contact."""

    NOTE = f"Reachable: {REACHABLE_HELP}."
    ERROR_FIELDS = {"name": "name", "reach": "reach", "role": "role", "reachable": "reachable", "note": "note"}

    def __init__(self, contact: Contact | None = None) -> None:
        """Args:
        contact: the contact to change; None adds a new one.
        """
        self.contact = contact
        super().__init__()

    def form_title(self) -> str:
        """Adding or changing."""
        return "Add a contact" if self.contact is None else "Change a contact"

    def fields(self) -> list[Field]:
        """Name, how to reach them, role, when, note (filled in when editing)."""
        c = self.contact
        return [
            Field("name", "Name", c.name if c else "", "a first name or pseudonym", max_length=NAME_MAX),
            Field("reach", "Reach", c.reach if c else "", "phone number, handle or link", max_length=REACH_MAX),
            Field("role", "Role", c.role if c else "peer", options=tuple((role, role) for role in ROLES)),
            Field("reachable", "Reachable", c.reachable if c else "24/7", "24/7", max_length=REACHABLE_MAX),
            Field("note", "Note", (c.note or "") if c else "", "optional, e.g. text first", max_length=NOTE_MAX),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Add the contact, or change the one being edited."""
        now = recover_app(self).now()
        contact = self.contact

        def add(store: Store) -> str:
            added = contacts_service.add_contact(
                store,
                values["name"],
                reach=values["reach"],
                role=values["role"],
                reachable=values["reachable"],
                note=values["note"],
                position=None,
                now=now,
            )
            return f"Added {added.name} at place {added.position}, reachable {added.reachable}."

        def edit(store: Store) -> str:
            assert contact is not None
            changes: dict[str, str | None] = {
                key: values[key] for key in ("name", "reach", "role", "reachable", "note")
            }
            changed = contacts_service.edit_contact(store, contact.id, changes, now=now)
            return f"Saved {changed.name}, reachable {changed.reachable}."

        return add if contact is None else edit
