"""CrisisLineForm: add a crisis line of your own (name, phone or text line, hours, country, note).

Saving calls services/crisis_lines.add_line, the same call as `recover crisis add`, so the same
rules hold: a name, a number to call or a text line (or both), a two-letter country code
(yours to start with), hours 24/7 unless given. SOS shows your lines first for their country.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.core.crisis import CONTACT_MAX, HOURS_MAX, NAME_MAX, NOTE_MAX
from recovery_tui.services import crisis_lines as crisis_lines_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen


class CrisisLineForm(FormScreen):
    """Add one crisis line of your own."""

    TITLE_TEXT = "Add your own crisis line"
    NOTE = "SOS shows your own lines first, before the ones recover ships for your country."
    ERROR_FIELDS = {
        "name": "name",
        "phone": "phone",
        "text": "text",
        "hours": "hours",
        "country": "country",
        "note": "note",
    }

    def __init__(self, country: str) -> None:
        """Args:
        country: the two-letter code to start with (the person's country).
        """
        self.country = country
        super().__init__()

    def fields(self) -> list[Field]:
        """Name, phone, text line, hours, country, note."""
        return [
            Field("name", "Name", placeholder="e.g. Local crisis team", max_length=NAME_MAX),
            Field("phone", "Phone", placeholder="a number to call", max_length=CONTACT_MAX),
            Field("text", "Text line", placeholder="optional, e.g. HOME to 741741", max_length=CONTACT_MAX),
            Field("hours", "Hours", placeholder="24/7", max_length=HOURS_MAX),
            Field("country", "Country", self.country, "two letters, e.g. GB", max_length=2),
            Field("note", "Note", placeholder="optional", max_length=NOTE_MAX),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Add the line."""
        now = recover_app(self).now()

        def add(store: Store) -> str:
            line = crisis_lines_service.add_line(
                store,
                values["name"],
                country_code=values["country"],
                phone=values["phone"] or None,
                text=values["text"] or None,
                hours=values["hours"] or None,
                note=values["note"] or None,
                now=now,
            )
            return f"Added {line.name} for {line.country}. SOS shows it first."

        return add
