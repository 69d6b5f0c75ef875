"""SettingsScreen (`o` on the dashboard): every setting `recover config` knows, edited in place.

One row per setting, grouped (crisis lines and sharing, money and weeks, looks, points per
behaviour, backups, shell prompt), each with its help line. Enter in a field, or leaving a changed field,
saves it through the same service as `recover config set` (services/config.py), in a store
worker; a refused value shows under its field (FieldError, without moving the focus, since
the person may have tabbed on) and a saved one says "saved" on
its row (a word, so it shows without colour). Week start, theme and the prompt's warning
marker (off or on) are picked from a list;
a picked theme applies at once. An empty country returns it to the locale's, as
`recover config set country ''` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Select, Static

from recovery_tui.core.config import PROMPT_WARNINGS, SETTINGS, WEEKDAYS
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import config as config_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.field_error import FieldError

GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Crisis lines and sharing", (("country", "Country"), ("pseudonym", "Pseudonym"))),
    (
        "Money and weeks",
        (("currency", "Currency"), ("week_start", "Week starts on"), ("meetings.weekly_goal", "Meetings a week")),
    ),
    ("Looks", (("theme", "Theme"),)),
    (
        "Points per behaviour",
        (
            ("points.checkin", "Check-in day"),
            ("points.sober_day", "Sober day"),
            ("points.skill_session", "Skill session"),
            ("points.meeting", "Meeting"),
            ("points.helper_role", "Helper role"),
        ),
    ),
    ("Backups", (("backups.daily", "Daily kept"), ("backups.weekly", "Weekly kept"))),
    (
        "Reminder words",
        (
            ("remind.text.checkin", "Check-in"),
            ("remind.text.pledge", "Pledge"),
            ("remind.text.review", "Evening"),
            ("remind.text.care", "Care plan"),
        ),
    ),
    ("Shell prompt", ((PROMPT_WARNINGS, "Warning marker"),)),
    ("Encryption", (("unlock.minutes", "Unlocked for"),)),
)
"""Every setting of core/config.py SETTINGS, with its label, in the order shown."""
PICKED = {"week_start", "theme", PROMPT_WARNINGS}
"""Settings chosen from a list rather than typed."""
SAVED = "saved"


def field_id(key: str) -> str:
    """The widget id of a setting's field (`points.checkin` -> `set-points-checkin`)."""
    return "set-" + key.replace(".", "-").replace("_", "-")


class SettingsScreen(Screen[None]):
    """Country, pseudonym, currency, week start, theme, points per behaviour, backups, unlock minutes."""

    CSS_PATH = Path(__file__).with_name("settings.tcss")
    BINDINGS = [SOS_FOOTER_BINDING, Binding("escape", "back", "Back")]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, Any] = {}
        """The settings as last read or saved."""
        self._loaded = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Settings · enter saves a field · tab next · escape back", id="settings-title")
        with VerticalScroll(id="settings-body"):
            for group, rows in GROUPS:
                yield Static(group, classes="group")
                for key, label in rows:
                    with Horizontal(classes="row"):
                        yield Label(label)
                        yield self._field(key)
                        yield Static("", id=f"{field_id(key)}-status", classes="status")
                    yield FieldError(id=f"{field_id(key)}-error")
                    yield Static(SETTINGS[key].help, classes="help")
        yield Footer()

    def _field(self, key: str) -> Input | Select[str]:
        if key == "week_start":
            days = [(day.capitalize(), day) for day in WEEKDAYS]
            return Select(days, id=field_id(key), allow_blank=False, compact=True)
        if key == PROMPT_WARNINGS:
            return Select([("Off", "off"), ("On", "on")], id=field_id(key), allow_blank=False, compact=True)
        if key == "theme":
            names = sorted(self.app.available_themes)
            return Select([(name, name) for name in names], id=field_id(key), allow_blank=False, compact=True)
        return Input(id=field_id(key), compact=True)

    def on_mount(self) -> None:
        self.query_one(f"#{field_id('country')}", Input).focus()
        recover_app(self).store_work(config_service.load, self._fill, group="settings-load", owner=self)

    def _fill(self, values: dict[str, Any]) -> None:
        self.values = dict(values)
        for key in SETTINGS:
            widget = self.query_one(f"#{field_id(key)}")
            if isinstance(widget, Select):
                value = values[key] or (self.app.theme if key == "theme" else "")
                with widget.prevent(Select.Changed):
                    widget.value = value
            elif isinstance(widget, Input):
                with widget.prevent(Input.Changed):
                    widget.value = "" if values[key] is None else str(values[key])
        self._loaded = True

    def _text(self, key: str) -> str:
        value = self.values.get(key)
        return "" if value is None else str(value)

    def _key_of(self, widget_id: str | None) -> str | None:
        return next((key for key in SETTINGS if field_id(key) == widget_id), None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter saves the field."""
        event.stop()
        key = self._key_of(event.input.id)
        if key is not None:
            self.save(key, event.value)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving a changed field saves it too, so nothing typed is lost."""
        widget = event.widget
        if isinstance(widget, Input) and self._loaded:
            key = self._key_of(widget.id)
            if key is not None and widget.value != self._text(key):
                self.save(key, widget.value)

    def on_select_changed(self, event: Select.Changed) -> None:
        """A picked week start, theme or marker is saved at once (a theme also applies at once)."""
        key = self._key_of(event.select.id)
        if key is None or not self._loaded or not isinstance(event.value, str):
            return
        if event.value != self._text(key):
            self.save(key, event.value)

    def save(self, key: str, text: str) -> None:
        """Save one setting through the service `recover config set` uses."""
        app = recover_app(self)
        self.query_one(f"#{field_id(key)}-error", FieldError).show(None)
        self.query_one(f"#{field_id(key)}-status", Static).update("")

        def store_it(store: Store) -> Any:
            return config_service.set_value(store, key, text)

        def saved(value: Any) -> None:
            self.values[key] = value
            widget = self.query_one(f"#{field_id(key)}")
            if isinstance(widget, Input):
                with widget.prevent(Input.Changed):
                    widget.value = "" if value is None else str(value)
            if key == "theme" and isinstance(value, str):
                app.theme_kept(value)
            status = SAVED if value not in (None, "") else f"{SAVED} (not set)"
            self.query_one(f"#{field_id(key)}-status", Static).update(shown_line(status))
            app.post_message(DataChanged())

        def refused(error: RecoverError) -> None:
            # under its field, without moving the focus: the person may have tabbed on already
            if isinstance(error, InvalidInput):
                self.query_one(f"#{field_id(key)}-error", FieldError).show(error.message)
            else:
                app.report(error)

        app.store_work(store_it, saved, group=f"settings-save-{key}", failed=refused, owner=self)

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.app.pop_screen()
