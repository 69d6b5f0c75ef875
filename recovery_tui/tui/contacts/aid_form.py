"""AidForm: save a first-aid message (the text, and who it came from) to read in a hard moment.

Saving calls services/aid.add_aid, the same call as `recover aid add`; SOS shows one of them.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.core.aid import FROM_MAX, TEXT_MAX
from recovery_tui.services import aid as aid_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen


class AidForm(FormScreen):
    """Keep a new first-aid message."""

    TITLE_TEXT = "Keep a first-aid message"
    NOTE = "Words from your community, or your own, for a moment like this. SOS shows one."
    ERROR_FIELDS = {"text": "text", "from": "from"}

    def fields(self) -> list[Field]:
        """The message and who it came from."""
        return [
            Field("text", "Message", placeholder="e.g. This feeling passes. Call me first.", max_length=TEXT_MAX),
            Field("from", "From", placeholder="optional: who it came from", max_length=FROM_MAX),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Save the message."""
        now = recover_app(self).now()

        def add(store: Store) -> str:
            aid_service.add_aid(store, values["text"], source=values["from"] or None, now=now)
            return "Kept. SOS (ctrl+s) shows it when you need it."

        return add
