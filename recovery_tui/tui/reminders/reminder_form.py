"""ReminderForm: add a reminder from the Reminders screen: what (check-in, pledge, evening
review, care plan) and when (HH:MM). Saving calls services/reminders.add_reminder, as `recover remind set`
does; the same reminder twice changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from recovery_tui.services import reminders as reminder_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.shared.form_screen import Field, FormScreen

KIND_CHOICES = (
    ("check-in", "checkin"),
    ("morning pledge", "pledge"),
    ("evening review", "review"),
    ("care plan", "care"),
)
WORDS = {kind: words for words, kind in KIND_CHOICES}
"""A reminder's kind in the words the dashboard uses for it ("checkin" -> "check-in")."""


class ReminderForm(FormScreen):
    """A kind of reminder and its time of day."""

    TITLE_TEXT = "New reminder"
    NOTE = "Shown only on days it is not done by then. Time as HH:MM, e.g. 21:00."
    ERROR_FIELDS = {"kind": "kind", "time": "time"}

    def fields(self) -> list[Field]:
        """What, and when."""
        return [
            Field("kind", "What", "checkin", options=KIND_CHOICES),
            Field("time", "When", "", "e.g. 21:00", max_length=5),
        ]

    def on_mount(self) -> None:
        """Start in the time field (the kind has a sensible default)."""
        self.query_one("#form-time").focus()

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Set the reminder."""
        now = recover_app(self).now()
        kind, time = values["kind"], values["time"]

        def save(store: Store) -> str:
            added = reminder_service.add_reminder(store, kind, time, now=now)
            what = f"{WORDS.get(added.reminder.kind, added.reminder.kind)} at {added.reminder.time}"
            return f"Reminder set: {what}." if added.new else f"Already set: {what}."

        return save
