"""CounterScreen: one counter's figures, milestones and calendar (enter on the counters panel).

Current, longest and average streak; money and time saved (when the counter has a cost or
hours per day; the currency from settings); the milestones reached and the next one; and a
calendar of three months (core/calendar.py, the same grid as `recover calendar`): each day a
glyph (`·` sober, `S` start, `R` restart) and the craving of its check-in as a shade, so it
reads the same with colour off. `[`/`]` move a month, pgup/pgdn a year, back as far as the
counter's start; `h` opens the history to edit or remove a start or restart
(CounterHistoryScreen); ←/→ go to the other counters. Read in a store worker, and again
whenever the data changes.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import msgspec
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from recovery_tui.core.calendar import LEGEND, Day, grid
from recovery_tui.core.streaks import delta_text, span
from recovery_tui.core.wallclock import add_months
from recovery_tui.errors import RecoverError
from recovery_tui.services import calendar as calendar_service
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as service
from recovery_tui.services.calendar import CounterCalendar
from recovery_tui.services.counters import CounterSummary
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.counters.counter_history import OTHER_COUNTER_BINDINGS, CounterHistoryScreen
from recovery_tui.tui.safe import lines, markup, shown_line

MONTHS_SHOWN = 3
SHADE_STYLES = ("$text-muted", "$warning 60%", "$warning", "$error")  # craving 0-2 ... 9-10
STATE_STYLES = {"sober": "$success", "start": "bold $accent", "restart": "bold $warning", "before": "$text-muted"}


class CounterView(msgspec.Struct, frozen=True):
    """What the screen shows, read in one worker: the figures, the calendar and the currency."""

    summary: CounterSummary
    calendar: CounterCalendar
    currency: str


def read_view(store: Store, name: str, *, now: datetime, last: date) -> CounterView:
    """The counter's figures at `now` and the months ending with the month of `last`."""
    summary = service.summarize(service.find_counter(store, name), now)
    view = calendar_service.counter_calendar(store, name, now=now, months=MONTHS_SHOWN, last=last)
    currency = str(config_service.load(store).get("currency") or "$")
    return CounterView(summary, view, currency)


def saved_text(summary: CounterSummary, currency: str) -> str | None:
    """`Saved $1,234.00 and 338.0 hours`, or None when the counter has no cost or hours per day."""
    stats = summary.stats
    parts = []
    if stats.money_saved is not None:
        parts.append(f"{currency}{stats.money_saved:,.2f}")
    if stats.hours_saved is not None:
        parts.append(f"{stats.hours_saved:,.1f} hours")
    return f"Saved {' and '.join(parts)}" if parts else None


def cell_content(day: Day) -> Content:
    """A day's two glyphs, coloured by state and shade (the glyphs alone carry the meaning)."""
    state = STATE_STYLES.get(day.state)
    shade = day.shade
    glyph, mark = day.cell[0], day.cell[1]
    first = Content.styled(glyph, state) if state else Content(glyph)
    second = Content(mark) if shade is None else Content.styled(mark, SHADE_STYLES[shade])
    cell = first + second
    return cell.stylize("reverse") if day.today else cell


def calendar_content(view: CounterCalendar) -> Content:
    """The calendar's lines with each day coloured (titles bold)."""
    rows: list[Content] = []
    for number, line in enumerate(grid(view.months, week_start=view.week_start)):
        pieces = [Content(p) if isinstance(p, str) else cell_content(p) for p in line]
        row = Content("").join(pieces)
        rows.append(row.stylize("bold") if number % 9 == 0 else row)
    return lines(rows)


class CounterScreen(Screen[None]):
    """One counter: figures, milestones, calendar; the history one key away."""

    CSS_PATH = Path(__file__).with_name("counters.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("left_square_bracket", "month(-1)", "Month back"),
        Binding("right_square_bracket", "month(1)", "Month on"),
        Binding("pageup", "month(-12)", "Year back"),
        Binding("pagedown", "month(12)", "Year on"),
        Binding("h", "history", "History"),
        *OTHER_COUNTER_BINDINGS,
    ]

    def __init__(self, names: list[str], index: int = 0) -> None:
        super().__init__()
        self.names = names
        self.index = index
        self.back = 0  # months before the current one shown last
        self.view: CounterView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="counter-body"):
            yield Static(id="counter-title", markup=False)
            yield Static(id="counter-figures", markup=False)
            yield Static(id="counter-milestones", markup=False)
            yield Static(id="counter-calendar", markup=False)
            yield Static(LEGEND, id="counter-legend", markup=False)
            keys = "[ ] month · pgup/pgdn year · h history (edit, remove)"
            keys += " · ←→ counter" if len(self.names) > 1 else " · escape back"
            yield Static(keys, id="counter-keys", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self._data_changed, init=False)
        self.reload()

    def _data_changed(self, _version: int) -> None:
        self.reload()

    @property
    def name_shown(self) -> str:
        """The counter on screen."""
        return self.names[self.index]

    def last_day(self) -> date:
        """A day in the last month shown."""
        today = recover_app(self).now().astimezone().date()
        return add_months(today.replace(day=1), -self.back)

    def reload(self) -> None:
        """Read the counter and its months again (in a store worker), then draw."""
        app = recover_app(self)
        now, last, name = app.now(), self.last_day(), self.name_shown

        def failed(error: RecoverError) -> None:
            app.report(error)
            if self.is_attached and self.app.screen is self:
                self.app.pop_screen()

        app.store_work(
            lambda store: read_view(store, name, now=now, last=last),
            self._show,
            group="counter-screen-load",
            failed=failed,
            owner=self,
        )

    def _show(self, view: CounterView) -> None:
        """Draw what the worker read."""
        self.view = view
        now = recover_app(self).now()
        summary, stats, state = view.summary, view.summary.stats, view.summary.progress
        where = f"  ({self.index + 1} of {len(self.names)})" if len(self.names) > 1 else ""
        self.query_one("#counter-title", Static).update(
            markup("[b]$name[/b]$where", name=shown_line(summary.counter.name), where=where)
        )
        figures = [
            f"Current streak {stats.current_span.text()}, since {stats.current_start.astimezone():%Y-%m-%d %H:%M}",
            f"Longest {delta_text(stats.longest)} · average {delta_text(stats.average)} · "
            f"{stats.streak_count} streak{'' if stats.streak_count == 1 else 's'}",
        ]
        saved = saved_text(summary, view.currency)
        if saved:
            figures.append(saved)
        self.query_one("#counter-figures", Static).update(lines(figures))
        reached = " · ".join(r.milestone.label for r in state.reached[-5:]) or "none yet, the first is close"
        nxt = state.next
        self.query_one("#counter-milestones", Static).update(
            lines(
                [
                    f"Milestones reached: {reached}",
                    f"Next: {nxt.milestone.label} on {nxt.at.astimezone():%Y-%m-%d}, in {span(now, nxt.at).text()}",
                ]
            )
        )
        self.query_one("#counter-calendar", Static).update(calendar_content(view.calendar))

    def earliest_back(self) -> int:
        """How many months back the counter's start month is (the calendar goes no further)."""
        if self.view is None:
            return 0
        today = recover_app(self).now().astimezone().date()
        start = self.view.summary.counter.first_start.astimezone().date()
        return max((today.year - start.year) * 12 + today.month - start.month - (MONTHS_SHOWN - 1), 0)

    def action_month(self, step: int) -> None:
        """Move the calendar by `step` months (negative: back in time), between the start and now."""
        back = min(max(self.back - step, 0), self.earliest_back())
        if back == self.back:
            self.notify("That is as far as this calendar goes.", timeout=3)
            return
        self.back = back
        self.reload()

    def action_other(self, step: int) -> None:
        """Show the previous or next counter (the calendar back at today)."""
        if len(self.names) > 1:
            self.index = (self.index + step) % len(self.names)
            self.back = 0
            self.reload()

    def action_history(self) -> None:
        """Open this counter's history to edit or remove a start or restart."""
        self.app.push_screen(CounterHistoryScreen([self.name_shown]))

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.app.pop_screen()
