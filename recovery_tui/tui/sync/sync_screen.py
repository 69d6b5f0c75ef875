"""SyncScreen (`y` on the dashboard): where sync stands, and a sync when the person asks.

It shows the remote, the last sync, whether this device changed since, and the commits to
send and receive as of the last fetch (services/sync.py `status`, read in a store worker; no
network). Only Enter syncs (fetch, merge by record, commit, push: services/sync.py `sync`),
in a store worker, never by itself on opening; the result shows as one line, and the panels
reload. git is never allowed to ask for a password here: a remote that needs one fails in one
line instead.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from recovery_tui.errors import RecoverError
from recovery_tui.services import sync as sync_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.said import said

NOT_SET_UP = (
    "Sync is not set up for this data file. It keeps your other devices in step through a git "
    "repository you own; the README's section 'More than one device' says how to set it up."
)
SYNCING = "Syncing ..."
NOTHING_TO_SYNC = "Nothing was sent: sync is not set up for this data file yet (see above)."


def status_lines(found: sync_service.SyncStatus) -> str:
    """The status as lines of text (stored text made safe by the caller)."""
    return "\n".join(found.lines()) if found.set_up else NOT_SET_UP


class SyncScreen(Screen[None]):
    """Sync status, and a sync on Enter."""

    CSS_PATH = Path(__file__).with_name("sync.tcss")
    BINDINGS = [SOS_FOOTER_BINDING, Binding("enter", "sync", "Sync now"), Binding("escape", "back", "Back")]

    def __init__(self) -> None:
        super().__init__()
        self.set_up = False
        self.known = False
        """True once the status was read (until then, enter cannot tell whether sync is set up)."""
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Sync with your other devices · enter syncs · escape back", id="sync-title")
        yield Static("Reading ...", id="sync-status", markup=False)
        yield Static("", id="sync-result", markup=False)
        yield Static("Nothing is sent until you press enter.", id="sync-note")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        """Read the status again (in a store worker)."""
        recover_app(self).store_work(
            sync_service.status, self._show_status, group="sync-status", owner=self, failed=self._show_status_error
        )

    def _show_status(self, found: sync_service.SyncStatus) -> None:
        self.set_up, self.known = found.set_up, True
        self.query_one("#sync-note", Static).display = found.set_up  # "nothing is sent until enter"
        self.query_one("#sync-status", Static).update(
            "\n".join(shown_line(line) for line in status_lines(found).split("\n"))
        )

    def _show_status_error(self, error: RecoverError) -> None:
        self.query_one("#sync-status", Static).update(shown_line(said(error)))

    def action_sync(self) -> None:
        """Sync now (only when set up, and not while a sync runs); when it is not set up, say so."""
        if not self.set_up:
            if self.known:
                self.query_one("#sync-result", Static).update(NOTHING_TO_SYNC)
            return
        if self.busy:
            return
        self.busy = True
        self.query_one("#sync-result", Static).update(SYNCING)
        recover_app(self).store_work(self._sync, self._done, group="sync", owner=self, failed=self._failed)

    @staticmethod
    def _sync(store: Store) -> sync_service.SyncResult:
        return sync_service.sync(store, interactive=False)  # never asks for a password

    def _done(self, result: sync_service.SyncResult) -> None:
        self.busy = False
        lines = [result.line, *result.renamed]
        self.query_one("#sync-result", Static).update("\n".join(shown_line(line) for line in lines))
        self.app.post_message(DataChanged())
        self.refresh_status()

    def _failed(self, error: RecoverError) -> None:
        self.busy = False
        self.query_one("#sync-result", Static).update(shown_line(said(error)))
        self.refresh_status()

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.app.pop_screen()
