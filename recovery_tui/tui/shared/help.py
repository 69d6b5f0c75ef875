"""HelpScreen: a modal listing the keys, where the data lives, and what recover is not.

The keys come from the bindings themselves (tui/commands.py `dashboard_keys`), so a key is
declared once; OTHER_KEYS adds the few that are not dashboard bindings.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from recovery_tui import wording
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.commands import dashboard_keys, key_help, key_label

OTHER_KEYS = (
    ("enter", "counters: figures, calendar (h there: history)"),
    ("escape", "close / go back"),
    ("tab", "next field"),
)
"""Keys that are not dashboard bindings (the counters panel's enter, every form's)."""

COLUMN = 33
"""Two short keys share a line, each in a column this wide."""


def key_lines(keys: list[tuple[str, str]]) -> list[str]:
    """`key  what it does`, two to a line where both fit in a column, else one."""
    cells = [f"{key:<6}  {text}" for key, text in keys]
    rows: list[str] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        following = cells[index + 1] if index + 1 < len(cells) else None
        if following is not None and len(cell) <= COLUMN and len(following) <= COLUMN:
            rows.append(f"  {cell:<{COLUMN}} {following}".rstrip())
            index += 2
        else:
            rows.append(f"  {cell}")
            index += 1
    return rows


def keys_text(app_bindings: Iterable[Binding | tuple[str, ...]]) -> Content:
    """The keys on the dashboard, from the bindings (tui/commands.py) and OTHER_KEYS."""
    keys = [(key_label(binding), key_help(binding)) for binding in dashboard_keys(app_bindings)]
    keys.append((App.COMMAND_PALETTE_BINDING, "commands by name"))
    keys.extend(OTHER_KEYS)
    heading = Content.styled("Keys on the dashboard", "bold")
    return Content("\n").join([heading, *(Content(line) for line in key_lines(keys)), Content("")])


class HelpScreen(ModalScreen[None]):
    """Keys and about."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 78; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; padding: 1 2; background: $surface;
    }
    """
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(keys_text(type(recover_app(self)).BINDINGS), id="help-keys")
            yield Static(f"[b]Data file[/b]\n  {recover_app(self).store.path}\n", id="help-file")
            yield Static(wording.COMPLEMENTS_CARE_DASHBOARD, id="help-care")

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
