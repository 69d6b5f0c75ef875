"""CountersPanel: every active counter ticking live, with a bar to its next milestone.

Two lines per counter (name and days/hours/minutes; a progress bar and the next milestone
with the time left), so four counters fit the dashboard's ~39x11 half-width panel; more
scroll. The text is redrawn every second from the counters in memory (no file read); the
file is read again only when the data changes. When a milestone is reached while the
dashboard is open, and once when it opens, `take_celebrations` congratulates on a screen of
its own (CelebrationScreen, with the share text) and remembers it, so neither the CLI nor the
dashboard says it again. A counter with a cost per day shows the money saved on a third line
(currency from settings). Reading and remembering run
in a store worker (app.store_work), never on the event loop.
"""

from __future__ import annotations

from datetime import datetime

from textual.binding import Binding
from textual.content import Content

from recovery_tui import wording
from recovery_tui.core.counters import Counter
from recovery_tui.core.milestones import countdown, progress
from recovery_tui.core.streaks import counter_stats, span
from recovery_tui.errors import RecoverError
from recovery_tui.safetext import cells, truncate
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as service
from recovery_tui.services.counters import Celebration
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.counters.celebration_screen import CelebrationScreen
from recovery_tui.tui.safe import lines, markup, shown_line
from recovery_tui.tui.shared.panel import Panel

TICK_SECONDS = 1.0
BAR_FULL = "█"
BAR_EMPTY = "░"


def left_text(now: datetime, due: datetime) -> str:
    """Time left, short: `41d 06h`, `5h 12m` or `12m` (core/milestones.countdown)."""
    return countdown(now, due)


def render_counter(counter: Counter, now: datetime, width: int, currency: str = "$") -> Content:
    """The two lines of one counter, fitted to `width` columns (stored text through tui/safe.py),
    and a third with the money saved when the counter has a cost per day."""
    width = max(width, 20)
    state = progress(counter, now)
    current = span(state.streak_start, now).text()
    room = max(width - len(current) - 1, 4)
    name = truncate(shown_line(counter.name), room)
    first = markup("[b]$name[/b]$rest", name=name, rest=f"{' ' * max(width - cells(name) - len(current), 1)}{current}")
    label = f" {shown_line(state.next.milestone.label)} in {left_text(now, state.next.at)}"
    bar_width = max(width - cells(label), 4)
    if cells(label) > width - 4:
        label = truncate(label, width - 4)
        bar_width = width - cells(label)
    filled = int(round(state.fraction * bar_width))
    bar = f"[$success]{BAR_FULL * filled}[/][$text-muted]{BAR_EMPTY * (bar_width - filled)}[/]"
    rows = [first, markup(bar + "[$text-muted]$label[/]", label=label)]
    if counter.cost_per_day is not None:
        saved = counter_stats(counter, now).money_saved or 0.0
        rows.append(
            markup("[$text-muted]saved[/] $money", money=truncate(shown_line(f"{currency}{saved:,.2f}"), width - 6))
        )
    return lines(rows)


Loaded = tuple[list[Counter] | None, list[Celebration], str]
"""What a read gives: the counters (None when only celebrations were asked), what to celebrate,
and the currency for money saved."""


class CountersPanel(Panel[Loaded], can_focus=True):
    """Live counters; `open_add()` and `open_relapse()` are bound to `a` and `r` on the dashboard,
    enter (while the panel has focus) opens the counter screen: figures, milestones, calendar
    and, one key further, the history to correct."""

    BINDINGS = [
        Binding("enter", "open_counter", "Counter", show=False)
    ]  # hinted in the border: SOS keeps the footer's first slot

    NAME = "counters"
    TITLE = "Counters"
    KEYS = "a add · r relapse · enter details"
    EMPTY = wording.COUNTERS_PANEL_EMPTY

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.counters: list[Counter] = []
        self._next_due: datetime | None = None
        self.currency = "$"

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(TICK_SECONDS, self.tick)

    def read(self, store: Store, now: datetime) -> Loaded:
        """The counters, and the milestones reached since they were last congratulated."""
        currency = str(config_service.load(store).get("currency") or "$")
        return service.list_counters(store), service.take_celebrations(store, now), currency

    def reload(self, _version: int = 0) -> None:
        """Read the counters again and congratulate what is new (in a store worker), then redraw."""
        self._next_due = None  # set again once the worker is back: no second celebrate meanwhile
        super().reload()

    def celebrate(self) -> None:
        """Notify, once each, milestones reached since they were last seen (read in a worker)."""
        self._next_due = None
        self.load(lambda store, now: (None, service.take_celebrations(store, now), self.currency), self.loaded)

    def loaded(self, read: Loaded) -> None:
        """Keep the counters read, congratulate, and note when the next milestone is due."""
        counters, celebrations, self.currency = read
        if counters is not None:
            self.counters = counters
        for celebration in celebrations:
            self.app.push_screen(CelebrationScreen(celebration))
        now = recover_app(self).now()
        dues = [progress(c, now).next.at for c in self.counters]
        self._next_due = min(dues) if dues else None
        super().loaded((self.counters, [], self.currency))

    def failed(self, error: RecoverError) -> None:
        """The file could not be read: no counters, and why in the body."""
        self.counters = []
        super().failed(error)

    def rows(self, read: Loaded, width: int) -> list[Content]:
        """Two lines per counter, at the current time."""
        now = recover_app(self).now()
        return [render_counter(c, now, width, read[2]) for c in read[0] or []]

    def tick(self) -> None:
        """Redraw with the current time; celebrate when a milestone has just been reached."""
        if self._next_due is not None and recover_app(self).now() >= self._next_due:
            self.celebrate()
        self.draw()

    def open_add(self) -> None:
        """Open the add-counter form."""
        from recovery_tui.tui.counters.add_counter import AddCounterScreen

        self.app.push_screen(AddCounterScreen())

    def open_relapse(self) -> None:
        """Open the relapse form (or say how to add a counter first)."""
        from recovery_tui.tui.counters.relapse import RelapseScreen

        if not self.counters:
            self.notify(wording.COUNTERS_PANEL_EMPTY)
            return
        self.app.push_screen(RelapseScreen([c.name for c in self.counters]))

    def action_open_counter(self) -> None:
        """Open the counter screen (the first counter shown first; left and right for the others)."""
        from recovery_tui.tui.counters.counter_screen import CounterScreen

        if not self.counters:
            self.notify(wording.COUNTERS_PANEL_EMPTY)
            return
        self.app.push_screen(CounterScreen([c.name for c in self.counters]))
