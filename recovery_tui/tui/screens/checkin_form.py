"""CheckinForm: today's check-in as a modal form, each field validated with its error beside it.

Opens pre-filled when today already has a check-in (saving updates it, unless "add another"
is ticked). Unticking "sober today" for a counter records a relapse only when the person also
ticks the explicit relapse box; check-in and relapses are saved in one write by the service.
Enter in any text field saves; escape closes without saving.
"""

from __future__ import annotations

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
    relapse_recorded_on,
)
from recovery_tui.core.counters import Counter
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services.checkins import SavedCheckIn
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged, Restarted
from recovery_tui.tui.safe import plain, shown

ADD_ANOTHER = "Add as another check-in (keep the earlier one)"


class CheckinForm(ModalScreen[SavedCheckIn | None]):
    """The daily check-in form."""

    DEFAULT_CSS = """
    CheckinForm { align: center middle; }
    CheckinForm > VerticalScroll {
        width: 74; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    CheckinForm .row { height: 1; margin-bottom: 1; }
    CheckinForm .row Label.field { width: 14; }
    CheckinForm .row Input { width: 22; }
    CheckinForm .row Input.wide { width: 1fr; }
    CheckinForm .error { color: $error; width: auto; max-width: 36; padding-left: 1; }
    CheckinForm Checkbox { height: 1; }
    CheckinForm #checkin-title { text-style: bold; margin-bottom: 1; }
    CheckinForm #checkin-buttons { height: 1; margin-top: 1; }
    CheckinForm #checkin-buttons Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self) -> None:
        super().__init__()
        self._existing: CheckIn | None = None
        self._counters: list[Counter] = []

    def compose(self) -> ComposeResult:
        app = recover_app(self)
        now = app.now()
        day = now.date()
        self._existing = checkin_service.latest_on(app.store, day)
        self._counters = checkin_service.active_counters(app.store, day, now)
        base = self._existing
        previous = {s.counter_id: s.sober for s in base.sober} if base else {}
        title = "Update today's check-in" if base else "Check in for today"
        with VerticalScroll():
            yield Static(f"{title}, {day:%a %d %b}", id="checkin-title", markup=False)
            with Horizontal(classes="row"):
                yield Label("Mood 1-5", classes="field")
                yield Input(str(base.mood) if base else "", id="mood", placeholder="1 low - 5 good", compact=True)
                yield Label("", id="mood-error", classes="error")
            with Horizontal(classes="row"):
                yield Label("Craving 0-10", classes="field")
                yield Input(str(base.craving) if base else "", id="craving", placeholder="0 none - 10", compact=True)
                yield Label("", id="craving-error", classes="error")
            for index, counter in enumerate(self._counters):
                sober = previous.get(counter.id, not relapse_recorded_on(counter, day, now))
                yield Checkbox(
                    self._sober_label(counter.name, sober),
                    sober,
                    id=f"sober-{index}",
                    compact=True,
                )
            if self._counters:
                yield Checkbox(self._yes_no(wording.CHECKIN_RELAPSE["form"], False), False, id="relapse", compact=True)
            with Horizontal(classes="row"):
                yield Label("Grateful for", classes="field")
                yield Input(shown(base.gratitude or "") if base else "", id="gratitude", classes="wide", compact=True)
                yield Label("", id="gratitude-error", classes="error")
            with Horizontal(classes="row"):
                yield Label("Note", classes="field")
                yield Input(shown(base.note or "") if base else "", id="note", classes="wide", compact=True)
                yield Label("", id="note-error", classes="error")
            if base is not None:
                yield Checkbox(self._yes_no(ADD_ANOTHER, False), False, id="add-another", compact=True)
            with Horizontal(id="checkin-buttons"):
                yield Button("Save", id="save", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

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
        self.query_one(f"#{field}-error", Label).update(message)

    def _values(self) -> CheckInDraft | None:
        """Validate every field, showing each error beside its field; None when any failed."""
        draft_values: dict[str, object] = {}
        first_bad: str | None = None
        checks = (
            ("mood", lambda text: parse_mood(text, "mood"), "use a whole number 1-5"),
            ("craving", lambda text: parse_craving(text, "craving"), "use a whole number 0-10"),
            ("gratitude", lambda text: clean_optional(text, "gratitude", GRATITUDE_MAX), "too long"),
            ("note", lambda text: clean_optional(text, "note", NOTE_MAX), "too long"),
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
        )

    def action_save(self) -> None:
        """Validate and save; relapses only with the explicit box ticked."""
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
        if self._existing is not None:
            mode = "add" if self.query_one("#add-another", Checkbox).value else "amend"
        try:
            saved = checkin_service.save_checkin(app.store, draft, mode=mode, relapse_for=relapse_for, now=now)
        except RecoverError as err:
            app.report(err)
            return
        for counter in saved.relapsed:
            app.notify(
                shown(counter_service.relapse_message(counter, now=now, dashboard=True, named=True)),
                markup=False,
                timeout=15,
            )
        if saved.checkin.craving >= 7:
            craving = saved.checkin.craving
            app.notify(wording.CHECKIN_RELAPSE["high_craving_dashboard"].format(craving=craving), timeout=10)
        app.notify("Check-in updated." if saved.amended else "Check-in saved.")
        app.post_message(DataChanged())
        if saved.relapsed:
            app.post_message(Restarted([(c.name, c.events[-1].id) for c in saved.relapsed]))
        self.dismiss(saved)

    def action_cancel(self) -> None:
        """Close without saving."""
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
