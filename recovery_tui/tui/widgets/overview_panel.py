"""OverviewPanel: what is stored so far, per kind of record, or a friendly first step."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from recovery_tui import wording
from recovery_tui.errors import RecoverError
from recovery_tui.tui.access import recover_app


class OverviewPanel(Vertical):
    """Record counts per table, refreshed whenever the data changes."""

    loaded = False

    def on_mount(self) -> None:
        self.border_title = "Your data"
        self.watch(self.app, "data_version", self.reload, init=True)

    def compose(self) -> ComposeResult:
        yield Static(id="overview-body")

    def reload(self, _version: int = 0) -> None:
        """Read the counts again."""
        body = self.query_one("#overview-body", Static)
        try:
            tables = recover_app(self).store.tables()
        except RecoverError as error:
            body.update(str(error))
            return
        if not any(tables.values()):
            body.update(wording.EMPTY_DASHBOARD)
            self.loaded = True
            return
        lines = [f"{name.replace('_', ' '):<16}{count:>7,}" for name, count in tables.items() if count]
        body.update("\n".join(lines))
        self.loaded = True
