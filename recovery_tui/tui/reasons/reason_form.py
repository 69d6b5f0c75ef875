"""ReasonForm: write a reason (why you are doing this), or change the words of one.

Saving calls services/reasons.add_reason or edit_reason, the same calls as `recover reason
add` and `recover reason edit`.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.core.reasons import TEXT_MAX, Reason
from recovery_tui.services import reasons as reason_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen


class ReasonForm(FormScreen):
    """Add a reason, or edit `reason` when given."""

    TITLE_TEXT = "Why you are doing this"
    NOTE = "In your own words. SOS shows your reasons, and so does a hard moment."
    ERROR_FIELDS = {"text": "text"}

    def __init__(self, reason: Reason | None = None) -> None:
        super().__init__()
        self._reason = reason

    def form_title(self) -> str:
        """Say whether this adds a reason or changes one."""
        return "Change this reason" if self._reason else self.TITLE_TEXT

    def fields(self) -> list[Field]:
        """The reason's words."""
        text = self._reason.text if self._reason else ""
        return [Field("text", "Reason", text, placeholder="e.g. I want to be there for my kids", max_length=TEXT_MAX)]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Save the reason (a new one, or the words of the one being edited)."""
        now = recover_app(self).now()
        editing = self._reason

        def save(store: Store) -> str:
            if editing is None:
                reason_service.add_reason(store, values["text"], now=now)
                return "Kept. SOS (ctrl+s) and hard moments show it."
            reason_service.edit_reason(store, editing.id, values["text"], now=now)
            return "Reason updated."

        return save
