"""CopiesScreen: the conflict copies file sync left beside the data file; enter merges one.

Syncthing, Dropbox, Nextcloud and OneDrive each leave a copy of the file, under a name of their
own, when two devices changed it while apart (store/conflicts.py). The list shows each copy
with the engine that made it; enter on one asks first (ConfirmScreen: y merges it), then
merges it through services/merging.merge_file, the same call as the command line's merge:
record by record, in one write, after which the copy is kept in backups/. What the merge did
is shown under the list. Store work runs in workers. Dismisses with True when something was
merged.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.errors import RecoverError
from recovery_tui.services import merging
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import plain, shown
from recovery_tui.tui.said import said
from recovery_tui.tui.shared.confirm import ConfirmScreen

ABOUT = (
    "File sync keeps a copy like these when two devices changed your data while apart. "
    "Merging one adds what it has that this file lacks, record by record (the newer change wins), "
    "then keeps the copy in backups/."
)
EMPTY = "No conflict copies beside your data file: nothing to merge."
KEYS = {True: "enter merges · esc closes", False: "esc closes"}


class CopiesScreen(ModalScreen[bool]):
    """Conflict copies of the data file, and merging them."""

    CSS_PATH = Path(__file__).with_name("copies.tcss")
    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self) -> None:
        super().__init__()
        self._merged = False
        self._copies: list[merging.ConflictCopy] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Conflict copies"
            box.border_subtitle = KEYS[False]
            yield Static(ABOUT, id="copies-about", markup=False)
            yield OptionList(id="copies-list")
            yield Static("", id="copies-status", markup=False)

    def on_mount(self) -> None:
        """Look for copies (in a worker)."""
        self.query_one("#copies-list", OptionList).display = False
        self.reload()

    def reload(self) -> None:
        """List the conflict copies again."""
        recover_app(self).store_work(
            lambda store: merging.conflict_copies(store.path),
            self._show,
            group="copies-load",
            failed=self._failed,
            owner=self,
        )

    def _show(self, copies: list[merging.ConflictCopy]) -> None:
        self._copies = copies
        options = self.query_one("#copies-list", OptionList)
        options.clear_options()
        for number, copy in enumerate(copies):
            options.add_option(Option(plain(f"{copy.name}  ({copy.engine})"), id=str(number)))
        options.display = bool(copies)
        self.query_one(Vertical).border_subtitle = KEYS[bool(copies)]
        if copies:
            options.highlighted = 0
            options.focus()
        elif not self._merged:
            self.query_one("#copies-status", Static).update(EMPTY)

    def _failed(self, error: RecoverError) -> None:
        self.query_one("#copies-status", Static).update(shown(said(error)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a copy asks before merging it."""
        event.stop()
        if event.option.id is None:
            return
        copy = self._copies[int(event.option.id)]

        def answered(yes: bool | None) -> None:
            if yes:
                self._merge(copy)

        question = f"Merge {copy.name} into your data?"
        detail = "Each record keeps its newest version; the copy is then kept in backups/."
        self.app.push_screen(ConfirmScreen(question, detail=detail, yes="Merge it", no="Not now"), answered)

    def _merge(self, copy: merging.ConflictCopy) -> None:
        app = recover_app(self)
        now = app.now()
        self.query_one("#copies-status", Static).update(f"Merging {shown(copy.name)} ...")

        def merged(report: merging.MergeReport) -> None:
            self._merged = True
            self.query_one("#copies-status", Static).update(shown("\n".join(report.lines())))
            self.reload()

        app.store_work(
            lambda store: merging.merge_file(store, copy.path, now=now),
            merged,
            group="copies-merge",
            failed=self._failed,
            owner=self,
        )

    def action_close(self) -> None:
        """Close; True when something was merged."""
        self.dismiss(self._merged)
