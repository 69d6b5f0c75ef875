"""CareScreen: the care plan (`e` on the dashboard): each item with this week's adherence.

One row per item: its name, kind and dose, when it repeats (or its one-off time), "5 of 7
this week" (with how many were marked missed, a plain fact), and what is still due today.
Keys on the highlighted item: `l` logs it now with the usual status (taken, attended; a test
asks for its result), `x` logs it missed, `L` logs it with a chosen status and a note; `a` adds
an item, `e` or enter changes it (CareForm), `d` removes it and its logs after a ConfirmScreen.
Everything goes through services/care.py (the calls `recover care` makes), in store workers;
after a write the app reloads every screen. recover gives no medical advice; the screen says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.care import DEFAULT_STATUS, ItemAdherence, week_line
from recovery_tui.errors import NotFound, RecoverError
from recovery_tui.services import care as care_service
from recovery_tui.services.care import DueItem
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines, markup, shown
from recovery_tui.tui.shared.confirm import ConfirmScreen

INTRO = "Kept as you tell it; recover gives no medical advice. Missed is just a fact."
EMPTY = "No care items yet. Press a to add a medication, an appointment or session, or a test."
GONE = "That was changed elsewhere meanwhile; the list shows it as it is now."


@dataclass(frozen=True)
class CarePlan:
    """What the screen shows, read in one store worker."""

    items: list[ItemAdherence]
    due: dict[str, DueItem]


def item_row(entry: ItemAdherence, due: DueItem | None) -> Content:
    """Two lines: name, kind and dose; when, this week, what is due today."""
    item = entry.item
    detail = item.kind + (f", {item.dose}" if item.dose else "")
    state = week_line(entry.this_week)
    if due is not None and due.when == "this week":
        state += " · due this week"
    elif due is not None:
        state += f" · {due.logged} of {due.planned} logged today{due.times_text}"
    return lines([markup("[b]$name[/b] ($detail)", name=item.name, detail=detail), f"   {item.when} · {state}"])


class CareScreen(Screen[None]):
    """The care plan: items, this week's adherence, log with one key."""

    CSS_PATH = Path(__file__).with_name("care.tcss")
    BINDINGS = [
        SOS_FOOTER_BINDING,
        Binding("l", "log", "Log"),
        Binding("x", "log('missed')", "Missed"),
        Binding("L", "log_with_note", "Log…", key_display="L"),
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "remove", "Remove", key_display="d"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.plan: CarePlan | None = None
        self.chosen: str | None = None  # id of the highlighted item, kept across reloads

    def compose(self) -> ComposeResult:
        yield Static("Care plan: this week, done of planned", id="care-title")
        yield Static(INTRO, id="care-intro", markup=False)
        yield Static(EMPTY, id="care-empty", markup=False)
        yield OptionList(id="care-list")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self.reload, init=True)
        self.query_one(OptionList).focus()

    def reload(self, _version: int = 0) -> None:
        """Read the plan again (in a store worker)."""
        now = recover_app(self).now()

        def read(store: Store) -> CarePlan:
            return CarePlan(
                care_service.weekly_adherence(store, now=now, weeks=1),
                {due.item.id: due for due in care_service.due_today(store, now=now)},
            )

        recover_app(self).store_work(read, self._show, group="care-load", owner=self)

    def _show(self, plan: CarePlan) -> None:
        self.plan = plan
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(item_row(e, plan.due.get(e.item.id)), id=e.item.id) for e in plan.items])
        options.display = bool(plan.items)
        self.query_one("#care-empty").display = not plan.items
        ids = [e.item.id for e in plan.items]
        if ids:
            options.highlighted = ids.index(self.chosen) if self.chosen in ids else 0
            if self.focused is None:  # the list was hidden while empty, and lost the focus
                options.focus()
        self.refresh_bindings()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Remember the highlighted item."""
        self.chosen = event.option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter changes the item."""
        event.stop()
        self.action_edit()

    def _current(self) -> ItemAdherence | None:
        if self.plan is None or not self.is_mounted:
            return None
        options = self.query_one(OptionList)
        if options.highlighted is None or not options.option_count:
            return None
        wanted = options.get_option_at_index(options.highlighted).id
        return next((e for e in self.plan.items if e.item.id == wanted), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Everything but add and back needs an item."""
        if action in ("log", "log_with_note", "edit", "remove"):
            return self._current() is not None
        return True

    def _failed(self, error: RecoverError) -> None:
        if isinstance(error, NotFound):
            self.notify(GONE, timeout=6)
            self.reload()
        else:
            recover_app(self).report(error)

    def _written(self, saved: bool | None) -> None:
        if saved:
            self.app.post_message(DataChanged())
        self.query_one(OptionList).focus()

    def action_log(self, status: str | None = None) -> None:
        """Log the highlighted item now: its usual status, or `status` (missed)."""
        from recovery_tui.tui.care.log_form import log_now

        entry = self._current()
        if entry is None:
            return
        item = entry.item
        if status is None and DEFAULT_STATUS[item.kind] is None:  # a test: ask for its result
            self.action_log_with_note()
            return
        app = recover_app(self)
        now = app.now()

        def logged(notice: str) -> None:
            app.notify(shown(notice), markup=False, timeout=5)
            self.app.post_message(DataChanged())

        app.store_work(
            lambda store: log_now(store, item.id, status, now), logged, group="care-write", failed=self._failed
        )

    def action_log_with_note(self) -> None:
        """Log the highlighted item with a chosen status and a note."""
        from recovery_tui.tui.care.log_form import CareLogForm

        entry = self._current()
        if entry is not None:
            self.app.push_screen(CareLogForm(entry.item), self._written)

    def action_add(self) -> None:
        """Add an item."""
        from recovery_tui.tui.care.care_form import CareForm

        self.app.push_screen(CareForm(), self._written)

    def action_edit(self) -> None:
        """Change the highlighted item."""
        from recovery_tui.tui.care.care_form import CareForm

        entry = self._current()
        if entry is not None:
            self.app.push_screen(CareForm(entry.item), self._written)

    def action_remove(self) -> None:
        """Remove the highlighted item and its logs, after asking."""
        entry = self._current()
        if entry is None:
            return
        item = entry.item

        def removed(result: tuple[object, int]) -> None:
            self.notify(shown(f"Removed {item.name} and its logs."), markup=False, timeout=4)
            self.app.post_message(DataChanged())

        def answered(yes: bool | None) -> None:
            if yes:
                recover_app(self).store_work(
                    lambda store: care_service.remove_care_item(store, item.id),
                    removed,
                    group="care-write",
                    failed=self._failed,
                )
            self.query_one(OptionList).focus()

        self.app.push_screen(
            ConfirmScreen(
                f"Remove {item.name} from your care plan?",
                detail="Its logs go with it. You can add it again any time.",
                yes="Remove",
                no="Keep it",
            ),
            answered,
        )

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.dismiss(None)
