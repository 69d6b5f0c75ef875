"""ComposerScreen: the 3-step help-request wizard with a live, editable preview, and saved requests.

Left: the current step (name the emotion, specify the problem, make a clear request) with its
hint and example, Back/Next. Right: the message in the chosen format, composed live from the
steps until the person edits it; from then on their edits are kept (ctrl+r recomposes). A vague
answer gets one gentle nudge when pressing Next; pressing Next again keeps it. A refused
answer shows under its field, on its step (shared/field_error.py). ctrl+o saves
through the same service as `recover ask`, ctrl+t copies with Textual's clipboard copy (the
terminal's OSC 52; silently nothing where no clipboard exists). The Saved tab lists requests
with their follow-ups; `f` there records who answered.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import (
    Button,
    ContentSwitcher,
    Footer,
    Header,
    Input,
    OptionList,
    RadioSet,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from recovery_tui import messages
from recovery_tui.core import help_requests as help_requests_core
from recovery_tui.core.emotions import resolve_emotion
from recovery_tui.core.help_requests import FORMATS, STEP_HINTS, Draft, HelpRequest
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import help_requests as service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.help_requests.emotion_step import EmotionStep
from recovery_tui.tui.help_requests.message_preview import MessagePreview
from recovery_tui.tui.help_requests.problem_step import ProblemStep
from recovery_tui.tui.help_requests.request_step import RequestStep
from recovery_tui.tui.help_requests.saved_requests import SavedRequests
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import clear_errors, place_error

_STEP_OF_FIELD = {"emotion": 1, "intensity": 1, "problem": 2, "since": 2, "tried": 2, "request": 3}
ERROR_FIELDS = {field: field for field in _STEP_OF_FIELD} | {"request": "request-text"}
"""Domain field of a refusal -> the field of the steps it is shown under (others: the step note)."""
_FIRST_FIELD = {1: "#emotion", 2: "#problem", 3: "#request-kind"}
LIVE = "Live preview; edit it if you like."
EDITED = "Edited by you. ctrl+r recomposes."


class ComposerScreen(Screen[None]):
    """Compose a request for help in three steps; see and follow up saved ones."""

    CSS_PATH = Path(__file__).with_name("help_requests.tcss")
    BINDINGS = [
        Binding("ctrl+n", "next", "Next"),
        Binding("escape", "back", "Back"),
        Binding("ctrl+o", "save", "Save"),
        Binding("ctrl+t", "copy", "Copy"),
        Binding("ctrl+f", "cycle_format", "Format"),
        Binding("ctrl+l", "toggle_saved", "Saved/Compose"),
        Binding("ctrl+r", "recompose", "Recompose", show=False),
    ]

    step: reactive[int] = reactive(1, init=False)

    def __init__(self) -> None:
        super().__init__()
        self._composed = ""
        self._nudged: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="composer-tabs", initial="tab-compose"):
            with TabPane("Compose", id="tab-compose"):
                with Horizontal(id="compose-pane"):
                    with Vertical(id="steps"):
                        yield Static(id="step-title")
                        yield Static(id="step-hint")
                        with ContentSwitcher(initial="step-1", id="step-switcher"):
                            yield EmotionStep(id="step-1")
                            yield ProblemStep(id="step-2")
                            yield RequestStep(id="step-3")
                        yield Static("", id="step-note")
                        with Horizontal(id="nav"):
                            yield Button("Close", id="back", compact=True)
                            yield Button("Next", id="next", compact=True, variant="primary")
                            yield Button("Save", id="save", compact=True, variant="success")
                    yield MessagePreview(id="message")
            with TabPane("Saved", id="tab-saved"):
                yield SavedRequests(id="saved")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Ask for help"
        self._show_step()
        self._refresh_preview()

    # -- reading the steps ----------------------------------------------------------------
    def draft(self) -> Draft:
        """The draft as typed so far (lenient: for the preview)."""
        emotion, intensity_text = self.query_one(EmotionStep).values()
        try:
            emotion = resolve_emotion(emotion) if emotion.strip() else ""
        except InvalidInput:
            pass
        try:
            intensity = help_requests_core.parse_intensity(intensity_text)
        except InvalidInput:
            intensity = None
        problem, since, tried = self.query_one(ProblemStep).values()
        kind, words = self.query_one(RequestStep).values()
        return Draft(emotion, intensity, problem, since, tried, kind, words if kind == "own" else "")

    @property
    def preview(self) -> MessagePreview:
        """The message preview widget."""
        return self.query_one(MessagePreview)

    @property
    def edited(self) -> bool:
        """True when the person changed the preview's text."""
        return self.preview.text.strip() != self._composed.strip()

    def _refresh_preview(self) -> None:
        text = help_requests_core.compose(self.draft(), self.preview.format).text
        if self.edited:
            self.preview.status(EDITED)
            return
        self._composed = text
        self.preview.show(text)
        self.preview.status(LIVE)

    def _note(self, text: str, kind: str = "") -> None:
        note = self.query_one("#step-note", Static)
        note.update(text)
        note.set_class(kind == "error", "-error")
        note.set_class(kind == "nudge", "-nudge")

    # -- events from the steps and the preview ----------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in {"emotion", "intensity", "since", "tried", "request-text"}:
            self._refresh_preview()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "problem":
            self._refresh_preview()
        elif event.text_area.id == "preview":
            self.preview.status(EDITED if self.edited else LIVE)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self._refresh_preview()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "format":
            self._refresh_preview()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "emotion":
            self.query_one("#intensity", Input).focus()
        elif event.input.id == "since":
            self.query_one("#tried", Input).focus()
        else:
            self.action_next()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._refresh_preview()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {"back": self.action_back, "next": self.action_next, "save": self.action_save}
        if event.button.id in actions:
            actions[event.button.id]()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the compose keys while the Saved tab is shown."""
        if action in {"next", "save", "cycle_format", "recompose"}:
            try:
                return self.query_one(TabbedContent).active == "tab-compose"
            except NoMatches:  # before the tabs are mounted
                return True
        return True

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()

    # -- steps ----------------------------------------------------------------------------
    def watch_step(self, _step: int) -> None:
        self._show_step()

    def _show_step(self, *, focus: bool = True) -> None:
        title, hint, example = STEP_HINTS[self.step - 1]
        self.query_one("#step-title", Static).update(f"Step {self.step} of 3 · {title}")
        self.query_one("#step-hint", Static).update(f"{hint} {example}")
        self.query_one("#step-switcher", ContentSwitcher).current = f"step-{self.step}"
        self.query_one("#back", Button).label = "Close" if self.step == 1 else "Back"
        self.query_one("#next", Button).label = "Review" if self.step == 3 else "Next"
        self._note("")
        if focus:
            self.query_one(_FIRST_FIELD[self.step]).focus()

    def _check_step(self) -> str | None:
        """The nudge for the current step if it is vague, after checking what is required."""
        if self.step == 1:
            emotion, intensity = self.query_one(EmotionStep).values()
            resolve_emotion(emotion)
            help_requests_core.parse_intensity(intensity)
            return help_requests_core.nudge_emotion(emotion)
        if self.step == 2:
            problem, _since, _tried = self.query_one(ProblemStep).values()
            if not problem.strip():
                raise InvalidInput("problem", messages.PROBLEM)
            return help_requests_core.nudge_problem(problem)
        kind, words = self.query_one(RequestStep).values()
        if kind == "own" and not words.strip():
            raise InvalidInput("request", "type the words of your request, e.g. Can someone call me at 9?")
        return help_requests_core.nudge_request(kind, words)

    def action_next(self) -> None:
        """Go to the next step (a vague answer gets one nudge first); after step 3, the preview."""
        if self.query_one(TabbedContent).active != "tab-compose":
            return
        clear_errors(self)
        try:
            nudge = self._check_step()
        except InvalidInput as err:
            self._show_error(err)
            return
        if nudge and self.step not in self._nudged:
            self._nudged.add(self.step)
            self._note(f"{nudge} Press Next again to keep it.", "nudge")
            return
        if self.step < 3:
            self.step += 1
            return
        self._note("Read it over and edit it if you like; then Save (ctrl+o).")
        self.query_one("#preview", TextArea).focus()

    def action_back(self) -> None:
        """Back one step; from the Saved tab to Compose; from step 1, close."""
        tabs = self.query_one(TabbedContent)
        if tabs.active != "tab-compose":
            tabs.active = "tab-compose"
            self.query_one(_FIRST_FIELD[self.step]).focus()
        elif self.step > 1:
            self.step -= 1
        elif self._has_unsaved():  # what was typed is never dropped on one key press

            def answered(leave: bool | None) -> None:
                if leave:
                    self.app.pop_screen()

            question = "Close without saving this request?"
            detail = "What you typed is not kept. To keep it, go back and press ctrl+o."
            self.app.push_screen(
                ConfirmScreen(question, detail=detail, yes="Close without saving", no="Keep writing"), answered
            )
        else:
            self.app.pop_screen()

    def _has_unsaved(self) -> bool:
        """True when anything was typed (or the preview edited) and not saved yet."""
        draft = self.draft()
        typed = (draft.emotion, draft.problem, draft.since, draft.tried, draft.request_text)
        intensity_text = self.query_one(EmotionStep).values()[1]
        return any(text.strip() for text in (*typed, intensity_text)) or self.edited

    # -- save, copy, format ---------------------------------------------------------------
    def action_save(self) -> None:
        """Save the request as shown in the preview (edits included)."""
        app = recover_app(self)
        text = self.preview.text if self.edited else None
        draft, fmt, now = self.draft(), self.preview.format, app.now()
        app.store_work(
            lambda store: service.add_help_request(store, draft, fmt=fmt, now=now, text=text),
            self._saved,
            group="help-request-save",
            failed=self._save_failed,
            owner=self,
        )

    def _save_failed(self, err: RecoverError) -> None:
        if not isinstance(err, InvalidInput):
            recover_app(self).report(err)
            return
        self.query_one(TabbedContent).active = "tab-compose"
        if err.field in _STEP_OF_FIELD:
            self.step = _STEP_OF_FIELD[err.field]
        clear_errors(self)
        self._show_error(err)

    def _show_error(self, err: InvalidInput) -> None:
        """The refusal under its field (the step note says which step to look at)."""
        if place_error(self, err, ERROR_FIELDS, lambda message: self._note(message, "error")) is not None:
            self._note("Something here needs another look: see the line marked !", "error")

    def _saved(self, saved: HelpRequest) -> None:
        self.post_message(DataChanged())
        self._reset()
        self.query_one(TabbedContent).active = "tab-saved"
        saved_list = self.query_one(SavedRequests)
        saved_list.reload(select=saved.id)
        self.query_one("#saved-list", OptionList).focus()
        self.notify(f"Saved as {saved.id[:8]}. ctrl+t copies it; f records who answered.", title="Help request saved")

    def _reset(self) -> None:
        self.query_one(EmotionStep).clear()
        self.query_one(ProblemStep).clear()
        self.query_one(RequestStep).clear()
        self._nudged.clear()
        self._composed = self.preview.text  # so the next refresh counts as not edited
        self.set_reactive(ComposerScreen.step, 1)
        self._show_step(focus=False)  # focus stays on the Saved tab
        self._refresh_preview()

    def action_copy(self) -> None:
        """Copy the message (the preview, or the selected saved request) to the clipboard."""
        if self.query_one(TabbedContent).active == "tab-saved":
            chosen = self.query_one(SavedRequests).selected
            text = chosen.message.text if chosen else ""
        else:
            text = self.preview.text
        if not text.strip():
            self.notify("Nothing to copy yet.")
            return
        try:
            self.app.copy_to_clipboard(text)
        except Exception:  # a terminal without a clipboard is never an error for the person
            pass
        self.notify("Copied (through your terminal's clipboard, where it allows it).")

    def action_cycle_format(self) -> None:
        """Switch to the next format: forum post, text to a sponsor, chat message."""
        keys = list(FORMATS)
        self.preview.format = keys[(keys.index(self.preview.format) + 1) % len(keys)]

    def action_recompose(self) -> None:
        """Drop edits to the preview and compose it again from the steps."""
        self._composed = self.preview.text
        self._refresh_preview()
        self.preview.status(LIVE)

    def action_toggle_saved(self) -> None:
        """Switch between composing and the saved requests."""
        tabs = self.query_one(TabbedContent)
        if tabs.active == "tab-compose":
            tabs.active = "tab-saved"
            self.query_one("#saved-list", OptionList).focus()
        else:
            tabs.active = "tab-compose"
            self.query_one(_FIRST_FIELD[self.step]).focus()
