"""CheckinForm: today's check-in as a modal form, each field validated with its error beside it.

Opens pre-filled when today already has a check-in (saving updates it, unless "add another"
is ticked). Unticking "sober today" for a counter records a relapse only when the person also
ticks the explicit relapse box; check-in and relapses are saved in one write by the service.
Enter in any text field saves; escape closes without saving.

The form gets what it shows from the dashboard, which reads it in a worker (`open_checkin`).
It saves in a worker too, by id: the check-in it opened is passed as `expected`, so a
check-in written meanwhile (cron, another terminal) is never overwritten. On a Conflict the
form keeps what was typed and asks (ConflictScreen): save it as another check-in, show the
newer one, or keep editing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from recovery_tui import wording
from recovery_tui.core.checkin import (
    GRATITUDE_MAX,
    NOTE_MAX,
    CheckIn,
    CheckInDraft,
    SoberAnswer,
    clean_optional,
    parse_craving,
    parse_mood,
    parse_rating,
    relapse_recorded_on,
)
from recovery_tui.core.counters import Counter
from recovery_tui.errors import Conflict, InvalidInput, RecoverError
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import reasons as reason_service
from recovery_tui.services.checkins import SavedCheckIn
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged, Restarted
from recovery_tui.tui.safe import plain, shown
from recovery_tui.tui.shared.conflict_screen import ConflictChoice, ConflictScreen
from recovery_tui.tui.shared.field_error import FieldError, place_error
from recovery_tui.tui.shared.marked_checkbox import MarkedCheckbox

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp

ADD_ANOTHER = "Add as another check-in (keep the earlier one)"
ERROR_FIELDS = {field: field for field in ("mood", "craving", "difficulty", "confidence", "gratitude", "note")}
"""Domain field of a refusal -> the field of this form it is shown beside (others: the status)."""
RATINGS = (
    ("difficulty", "Hard day 0-10", "optional: 0 easy - 10"),
    ("confidence", "Confident 0-10", "optional: on track?"),
)
"""The optional evening ratings: (field, label, placeholder). Empty skips a rating."""


def _rating(value: object) -> int | None:
    return value if isinstance(value, int) else None


class CheckinForm(ModalScreen[SavedCheckIn | None]):
    """The daily check-in form."""

    CSS_PATH = Path(__file__).with_name("checkins.tcss")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, existing: CheckIn | None, counters: list[Counter]) -> None:
        """Args:
        existing: today's latest check-in as read (the one a save updates), or None.
        counters: the counters the form asks "sober today?" about.
        """
        super().__init__()
        self._existing = existing
        self._counters = counters
        self._saving = False
        self._finished: SavedCheckIn | None = None

    def compose(self) -> ComposeResult:
        now = recover_app(self).now()
        day = now.date()
        base = self._existing
        previous = {s.counter_id: s.sober for s in base.sober} if base else {}
        title = "Update today's check-in" if base else "Check in for today"
        with VerticalScroll():
            yield Static(f"{title}, {day:%a %d %b}", id="checkin-title", markup=False)
            with Horizontal(classes="row"):
                yield Label("Mood 1-5", classes="field")
                yield Input(str(base.mood) if base else "", id="mood", placeholder="1 low - 5 good", compact=True)
                yield FieldError(id="mood-error", classes="error")
            with Horizontal(classes="row"):
                yield Label("Craving 0-10", classes="field")
                yield Input(str(base.craving) if base else "", id="craving", placeholder="0 none - 10", compact=True)
                yield FieldError(id="craving-error", classes="error")
            for index, counter in enumerate(self._counters):
                sober = previous.get(counter.id, not relapse_recorded_on(counter, day, now))
                yield MarkedCheckbox(
                    self._sober_label(counter.name, sober),
                    sober,
                    id=f"sober-{index}",
                    compact=True,
                )
            if self._counters:
                relapse = self._yes_no(wording.CHECKIN_RELAPSE["form"], False)
                yield MarkedCheckbox(relapse, False, id="relapse", compact=True)
            with Horizontal(classes="row"):
                yield Label("Grateful for", classes="field")
                yield Input(shown(base.gratitude or "") if base else "", id="gratitude", classes="wide", compact=True)
                yield FieldError(id="gratitude-error", classes="error")
            with Horizontal(classes="row"):
                yield Label("Note", classes="field")
                yield Input(shown(base.note or "") if base else "", id="note", classes="wide", compact=True)
                yield FieldError(id="note-error", classes="error")
            for field, label, hint in RATINGS:
                with Horizontal(classes="row"):
                    yield Label(label, classes="field")
                    value = getattr(base, field) if base else None
                    yield Input("" if value is None else str(value), id=field, placeholder=hint, compact=True)
                    yield FieldError(id=f"{field}-error", classes="error")
            if base is not None:
                yield MarkedCheckbox(self._yes_no(ADD_ANOTHER, False), False, id="add-another", compact=True)
            with Horizontal(id="checkin-buttons"):
                yield Button("Save", id="save", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
                yield Label("", id="checkin-status")

    def on_mount(self) -> None:
        self.query_one("#mood", Input).focus()

    @staticmethod
    def _yes_no(text: str, value: bool) -> str:
        return f"{text} ({'yes' if value else 'no'})"

    @classmethod
    def _sober_label(cls, name: str, sober: bool) -> Content:
        return plain(cls._yes_no(f"Sober today: {name}", sober))  # a name is text, never markup

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Spell out yes/no beside each box (readable without colour, e.g. NO_COLOR)."""
        box_id = event.checkbox.id or ""
        if box_id.startswith("sober-"):
            counter = self._counters[int(box_id.removeprefix("sober-"))]
            event.checkbox.label = self._sober_label(counter.name, event.value)
        elif box_id == "relapse":
            event.checkbox.label = self._yes_no(wording.CHECKIN_RELAPSE["form"], event.value)
        elif box_id == "add-another":
            event.checkbox.label = self._yes_no(ADD_ANOTHER, event.value)

    def _error(self, field: str, message: str) -> None:
        self.query_one(f"#{field}-error", FieldError).show(message)

    def _values(self) -> CheckInDraft | None:
        """Validate every field, showing each error beside its field; None when any failed."""
        draft_values: dict[str, object] = {}
        first_bad: str | None = None
        checks = (  # a short reason beside the field: the row has room for a few words
            ("mood", lambda text: parse_mood(text, "mood"), "use a whole number 1-5"),
            ("craving", lambda text: parse_craving(text, "craving"), "use a whole number 0-10"),
            ("gratitude", lambda text: clean_optional(text, "gratitude", GRATITUDE_MAX), "too long"),
            ("note", lambda text: clean_optional(text, "note", NOTE_MAX), "too long"),
            ("difficulty", lambda text: parse_rating(text, "difficulty"), "0-10, or leave empty"),
            ("confidence", lambda text: parse_rating(text, "confidence"), "0-10, or leave empty"),
        )
        for field, check, short in checks:
            try:
                draft_values[field] = check(self.query_one(f"#{field}", Input).value)
                self._error(field, "")
            except InvalidInput:
                self._error(field, short)
                first_bad = first_bad or field
        if first_bad is not None:
            self.query_one(f"#{first_bad}", Input).focus()
            return None
        sober = tuple(
            SoberAnswer(c.id, c.name, self.query_one(f"#sober-{i}", Checkbox).value)
            for i, c in enumerate(self._counters)
        )
        return CheckInDraft(
            day=recover_app(self).now().date(),
            mood=int(str(draft_values["mood"])),
            craving=int(str(draft_values["craving"])),
            sober=sober,
            gratitude=draft_values["gratitude"] if isinstance(draft_values["gratitude"], str) else None,
            note=draft_values["note"] if isinstance(draft_values["note"], str) else None,
            difficulty=_rating(draft_values["difficulty"]),
            confidence=_rating(draft_values["confidence"]),
        )

    def action_save(self, *, force_add: bool = False) -> None:
        """Validate and save in a worker; relapses only with the explicit box ticked.

        Args:
            force_add: save as another check-in whatever the form opened (after a conflict).
        """
        if self._saving:
            return
        draft = self._values()
        if draft is None:
            return
        app = recover_app(self)
        now = app.now()
        relapse_for: list[str] = []
        if self._counters and self.query_one("#relapse", Checkbox).value:
            for counter, answer in zip(self._counters, draft.sober, strict=True):
                if not answer.sober and not relapse_recorded_on(counter, draft.day, now):
                    relapse_for.append(counter.name)
        mode: checkin_service.Mode = "new"
        if force_add:
            mode = "add"
        elif self._existing is not None:
            mode = "add" if self.query_one("#add-another", Checkbox).value else "amend"
        expected = self._existing if mode == "amend" else None

        def save(store: Store) -> tuple[SavedCheckIn, list[str]]:
            saved = checkin_service.save_checkin(
                store, draft, mode=mode, relapse_for=relapse_for, now=now, expected=expected
            )
            return saved, reason_service.after_craving(store, saved.checkin.craving, draft.day)

        self._set_saving(True)
        app.store_work(save, self._saved, group="checkin-save", failed=self._failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.query_one("#checkin-status", Label).update("Saving..." if saving else "")

    def _saved(self, result: tuple[SavedCheckIn, list[str]]) -> None:
        saved, reasons = result
        app = recover_app(self)
        now = app.now()
        for counter in saved.relapsed:
            app.notify(
                shown(counter_service.relapse_message(counter, now=now, dashboard=True, named=True)),
                markup=False,
                timeout=15,
            )
        if saved.checkin.craving >= 7:
            craving = saved.checkin.craving
            app.notify(wording.CHECKIN_RELAPSE["high_craving_dashboard"].format(craving=craving), timeout=10)
        if reasons:
            app.notify(shown("\n".join(reasons)), markup=False, timeout=20)
        app.notify("Check-in updated." if saved.amended else "Check-in saved.")
        app.post_message(DataChanged())
        if saved.relapsed:
            app.post_message(Restarted([(c.name, c.events[-1].id) for c in saved.relapsed]))
        self._finished = saved
        if app.screen is self:  # else SOS (or another screen) is on top: close when back
            self.dismiss(saved)

    def on_screen_resume(self) -> None:
        """A save that finished while SOS was open closes the form once it is back on top."""
        if self._finished is not None:
            self.dismiss(self._finished)

    def _failed(self, error: RecoverError) -> None:
        self._set_saving(False)
        if not isinstance(error, Conflict):
            status = self.query_one("#checkin-status", Label)
            place_error(self, error, ERROR_FIELDS, lambda message: status.update(shown(message)))
            return
        if error.removed:
            message = wording.CONFLICT["removed"].format(what="check-in")
        elif self._existing is None:
            message = wording.CONFLICT["day_taken"]
        else:
            message = wording.CONFLICT["changed"].format(what="check-in")
        screen = ConflictScreen(message, what="check-in", can_reload=not error.removed)
        self.app.push_screen(screen, self._resolve)

    def _resolve(self, choice: ConflictChoice | None) -> None:
        """Act on the person's choice after a conflict (what they typed is still in the form)."""
        if choice == "new":
            self.action_save(force_add=True)
        elif choice == "reload":
            app = recover_app(self)
            day = app.now().date()
            app.store_work(lambda store: checkin_service.latest_on(store, day), self._show_newer, group="checkin-load")

    def _show_newer(self, newer: CheckIn | None) -> None:
        """Fill the form with the day's latest check-in; a save now updates that one."""
        self._existing = newer
        self.query_one("#mood", Input).value = str(newer.mood) if newer else ""
        self.query_one("#craving", Input).value = str(newer.craving) if newer else ""
        for field, _label, _hint in RATINGS:
            value = getattr(newer, field) if newer else None
            self.query_one(f"#{field}", Input).value = "" if value is None else str(value)
        self.query_one("#gratitude", Input).value = shown(newer.gratitude or "") if newer else ""
        self.query_one("#note", Input).value = shown(newer.note or "") if newer else ""
        answers = {s.counter_id: s.sober for s in newer.sober} if newer else {}
        for index, counter in enumerate(self._counters):
            if counter.id in answers:
                self.query_one(f"#sober-{index}", Checkbox).value = answers[counter.id]
        if newer is not None and not self.query("#add-another"):
            self.query_one(VerticalScroll).mount(
                MarkedCheckbox(self._yes_no(ADD_ANOTHER, False), False, id="add-another", compact=True),
                before=self.query_one("#checkin-buttons"),
            )
        self.query_one("#checkin-title", Static).update(
            f"Update today's check-in, {newer.day:%a %d %b}" if newer else "Check in for today"
        )
        self.query_one("#mood", Input).focus()
        self.notify("Showing the newer check-in; saving now updates it.")

    def action_cancel(self) -> None:
        """Close without saving (while a save is on its way, it finishes and closes the form)."""
        if self._saving:
            self.notify("Saving; one moment. ctrl+s opens SOS meanwhile.")
            return
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any field saves the form."""
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()


def open_checkin(app: RecoverApp) -> None:
    """Read today's latest check-in and the counters in a worker, then open the form."""
    now = app.now()
    day = now.date()

    def load(store: Store) -> tuple[CheckIn | None, list[Counter]]:
        return checkin_service.latest_on(store, day), checkin_service.active_counters(store, day, now)

    def show(loaded: tuple[CheckIn | None, list[Counter]]) -> None:
        if not any(isinstance(screen, CheckinForm) for screen in app.screen_stack):
            app.push_screen(CheckinForm(*loaded))

    app.store_work(load, show, group="checkin-open")
