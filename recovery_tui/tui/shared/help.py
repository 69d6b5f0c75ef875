"""HelpScreen: a modal listing the keys, where the data lives, and what recover is not."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from recovery_tui import wording
from recovery_tui.tui.access import recover_app

KEYS = """\
[b]Keys on the dashboard[/b]
  ctrl+s  SOS: crisis lines, your contacts, a skill (works everywhere)
  a  add a counter          r  record a relapse (history is kept)
  u  undo a restart, for 15 seconds after it
  enter  on the counters: figures, calendar (h there: history)
  c  today's check-in       j  journal
  t  log a trigger          i  insights
  h  ask for help (3 steps) s  10-minute skills
  m  log a meeting          p  points and rewards
  ?  this help              q  quit
  escape  close / go back   tab  next field
"""


class HelpScreen(ModalScreen[None]):
    """Keys and about."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; padding: 1 2; background: $surface;
    }
    """
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(KEYS, id="help-keys")
            yield Static(f"[b]Data file[/b]\n  {recover_app(self).store.path}\n", id="help-file")
            yield Static(wording.COMPLEMENTS_CARE_DASHBOARD, id="help-care")

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
