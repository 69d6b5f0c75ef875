"""TriggerForm: a modal to log a trigger, each field validated as it is typed, HALT as checkboxes.

Enter in any text field or on a closed choice (or the Save button) saves; escape cancels. The same core validators
as the CLI check each field and the message shows under that field. An outcome of `used`
reveals a "Relapse on" choice, empty by default: a relapse is recorded only when the person
picks a counter (never silently), and then the entry and the restart land in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from recovery_tui import wording
from recovery_tui.core import records
from recovery_tui.core import triggers as core
from recovery_tui.core.counters import Counter
from recovery_tui.core.timeparse import parse_time
from recovery_tui.core.triggers import HALT, OUTCOMES, Trigger
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import counters as counter_service
from recovery_tui.services import reasons as reason_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.closing import dismiss_on_top
from recovery_tui.tui.messages import DataChanged, Restarted
from recovery_tui.tui.safe import plain, shown
from recovery_tui.tui.shared.field_error import FieldError, place_error
from recovery_tui.tui.shared.marked_checkbox import MarkedCheckbox
from recovery_tui.tui.shared.submit_select import SubmitSelect

TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("what", "What", "what happened, e.g. argument with my boss"),
    ("when", "When", "now, 21:30, -2h, yesterday 21:00"),
    ("where", "Where", "optional"),
    ("who", "Who", "optional"),
    ("emotion", "Emotion", "optional, e.g. angry"),
    ("intensity", "Intensity", "0 (none) to 10 (strongest)"),
    ("coping", "Coping", "what you did, e.g. called my sponsor"),
    ("note", "Note", "optional"),
)
ERROR_FIELDS = {key: key for key, _label, _placeholder in TEXT_FIELDS} | {"at": "when"}
"""Domain field of a refusal -> the field of this form it is shown under (others: a notice)."""


class TriggerForm(ModalScreen[Trigger | None]):
    """Log one trigger; dismisses with the new Trigger, or None when cancelled."""

    CSS_PATH = Path(__file__).with_name("triggers.tcss")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    _saving = False  # a store worker is saving the entry
    _has_counters = False  # set once the counters are read (a store worker)

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("Log a trigger  (Enter saves, Esc cancels)", id="title")
            for key, label, placeholder in TEXT_FIELDS:
                if key == "intensity":
                    yield from self._halt_row()
                with Horizontal(classes="row"):
                    yield Label(label)
                    yield Input(
                        value="now" if key == "when" else "",
                        placeholder=placeholder,
                        id=f"f-{key}",
                        compact=True,
                        restrict=r"\d{0,2}" if key == "intensity" else None,
                    )
                yield FieldError(id=f"e-{key}", classes="error")
                if key == "coping":
                    yield from self._outcome_rows()
            with Horizontal(id="buttons"):
                yield Button("Save", id="save", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _halt_row(self) -> ComposeResult:
        with Horizontal(classes="row", id="halt"):
            yield Label("HALT")
            for state in HALT:
                yield MarkedCheckbox(state, id=f"halt-{state}", compact=True)

    def _outcome_rows(self) -> ComposeResult:
        with Horizontal(classes="row"):
            yield Label("Outcome")
            yield SubmitSelect(
                [(o, o) for o in OUTCOMES], prompt="not yet known", id="f-outcome", compact=True, allow_blank=True
            )
        with Horizontal(classes="row", id="relapse-row"):
            yield Label("Relapse on")
            yield SubmitSelect([], prompt="no, don't record a relapse", id="f-relapse", compact=True, allow_blank=True)

    def on_mount(self) -> None:
        self.query_one("#f-what", Input).focus()
        recover_app(self).store_work(
            counter_service.list_counters,
            self._show_counters,
            group="trigger-form-counters",
            failed=lambda _error: self._show_counters([]),
            owner=self,
        )

    def _show_counters(self, counters: list[Counter]) -> None:
        """The counters a relapse can be recorded on (read in a store worker)."""
        self.query_one("#f-relapse", Select).set_options([(plain(c.name), c.name) for c in counters])
        self._has_counters = bool(counters)

    # -- validation -------------------------------------------------------------------------
    def _validators(self) -> dict[str, Callable[[str], Any]]:
        now = recover_app(self).now()
        return {
            "what": lambda v: core.clean_what(v, field="what"),
            "when": lambda v: parse_time(v, now, field="at"),
            "where": lambda v: records.clean_optional(v, field="where", limit=core.PLACE_MAX),
            "who": lambda v: records.clean_optional(v, field="who", limit=core.PLACE_MAX),
            "emotion": lambda v: records.clean_optional(v, field="emotion", limit=core.EMOTION_MAX),
            "intensity": lambda v: core.parse_intensity(v, field="intensity"),
            "coping": lambda v: records.clean_optional(v, field="coping", limit=core.COPING_MAX),
            "note": lambda v: records.clean_optional(v, field="note", limit=core.NOTE_MAX),
        }

    def _check(self, key: str) -> Any:
        """Validate one field, show or clear its message; raises InvalidInput when bad."""
        value = self.query_one(f"#f-{key}", Input).value
        error = self.query_one(f"#e-{key}", FieldError)
        try:
            result = self._validators()[key](value)
        except InvalidInput as exc:
            error.show(exc.message)
            raise
        error.show(None)
        return result

    @on(Input.Changed)
    def _live_check(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("f-")
        if key not in self._validators():
            return
        if not event.value.strip():  # an empty field is judged on save only
            self.query_one(f"#e-{key}", FieldError).show(None)
            return
        try:
            self._check(key)
        except InvalidInput:
            pass

    @on(Select.Changed, "#f-outcome")
    def _outcome_changed(self, event: Select.Changed) -> None:
        show = event.value == "used" and self._has_counters
        self.query_one("#relapse-row").set_class(show, "-shown")
        if not show:
            self.query_one("#f-relapse", Select).clear()

    # -- saving -----------------------------------------------------------------------------
    @on(Input.Submitted)
    @on(SubmitSelect.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Validate every field; save when all are accepted."""
        values: dict[str, Any] = {}
        first_bad: str | None = None
        for key, _label, _placeholder in TEXT_FIELDS:
            try:
                values[key] = self._check(key)
            except InvalidInput:
                first_bad = first_bad or key
        if first_bad is not None:
            self.query_one(f"#f-{first_bad}", Input).focus()
            return
        outcome = self.query_one("#f-outcome", Select).value
        relapse = self.query_one("#f-relapse", Select).value
        if self._saving:
            return
        app = recover_app(self)
        now = app.now()
        halt = [s for s in HALT if self.query_one(f"#halt-{s}", Checkbox).value]

        def log(store: Store) -> tuple[trigger_service.Logged, list[str]]:
            done = trigger_service.log_trigger(
                store,
                what=values["what"],
                at=values["when"],
                now=now,
                where=values["where"],
                who=values["who"],
                emotion=values["emotion"],
                halt=halt,
                intensity=values["intensity"],
                coping=values["coping"],
                outcome=outcome if isinstance(outcome, str) else None,
                note=values["note"],
                relapse=relapse if isinstance(relapse, str) and outcome == "used" else None,
            )
            return done, reason_service.after_craving(store, done.trigger.intensity, now.date())

        def logged(result: tuple[trigger_service.Logged, list[str]]) -> None:
            done, reasons = result
            self._saving = False
            app.post_message(DataChanged())
            message = f"Logged: {done.trigger.what}"
            if done.counter is not None:
                care = counter_service.relapse_message(
                    done.counter, at=done.trigger.at, now=app.now(), dashboard=True, named=True
                )
                message += f". {care}"
            elif done.trigger.outcome == "used":
                message += f". {wording.used_care(dashboard=True)}"
            app.notify(shown(message), markup=False, timeout=15 if done.trigger.outcome == "used" else 5)
            if reasons:
                app.notify(shown("\n".join(reasons)), markup=False, timeout=20)
            if done.counter is not None:
                app.post_message(Restarted([(done.counter.name, done.counter.events[-1].id)]))
            dismiss_on_top(self, done.trigger)

        def failed(error: RecoverError) -> None:
            self._saving = False
            place_error(self, error, ERROR_FIELDS, field_id="f-{key}", error_id="e-{key}")

        self._saving = True
        app.store_work(log, logged, group="trigger-save", failed=failed)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
