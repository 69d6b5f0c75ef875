"""InsightsScreen: patterns in triggers, check-ins and skills, with a craving sparkline.

The same Insights value as `recover insights` (services/insights.py), drawn with Textual's own
Sparkline for craving by day and plain text charts (charts.py: bars and · ░ ▒ ▓ █ shading)
for the rest, so it needs no plotting dependency and reads with colour off. `p` switches the
period (30, 90, 365 days); `x` opens the report form (report_form.py: a report to share,
written to a file) and, once written, a line under the summary says where it went; escape
goes back. Recomposed whenever the data changes.

The insights are worked out in a store worker (`app.store_work`), never on the event loop;
while one runs, the top line says so ("Working out the last 365 days..."), above what was
shown before (nothing, the first time), so the screen is never blank or silently stale.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Sparkline, Static

from recovery_tui import charts, wording
from recovery_tui.core.care import summary_line
from recovery_tui.core.insights import WEEKDAY_NAMES, Insights
from recovery_tui.core.words import counted
from recovery_tui.errors import RecoverError
from recovery_tui.safetext import pad, truncate
from recovery_tui.services import insights as insights_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import shown, shown_line
from recovery_tui.tui.said import said

PERIODS = (30, 90, 365)
NAME_WIDTH = 22
BAR_WIDTH = 16


def top_text(result: Insights) -> str:
    """Top triggers as bars with count and mean intensity."""
    most = max((t.count for t in result.top), default=0)
    lines = [f"{'':<{NAME_WIDTH}} {'':<{BAR_WIDTH}} times  intensity"]
    for t in result.top[:8]:
        intensity = "-" if t.mean_intensity is None else f"{t.mean_intensity:.1f}"
        bar = charts.bar(t.count, most, BAR_WIDTH)
        lines.append(f"{pad(truncate(t.name, NAME_WIDTH), NAME_WIDTH)} {bar:<{BAR_WIDTH}} {t.count:>5}  {intensity:>9}")
    return "\n".join(lines)


def heat_text(result: Insights) -> str:
    """The hour x weekday heat map, two cells per hour, with its legend."""
    peak = result.heat_max
    lines = ["     " + "".join(f"{hour:<6}" for hour in range(0, 24, 3))]
    for day, row in zip(WEEKDAY_NAMES, result.heat, strict=True):
        lines.append(f"{day}  " + "".join(charts.shade(c, peak) * 2 for c in row) + f" {sum(row):>3}")
    lines.append("     " + charts.shade_legend(peak))
    return "\n".join(lines)


def halt_text(result: Insights) -> str:
    """HALT shares as bars."""
    return "\n".join(
        f"{h.state:<7} {charts.bar(h.share, 1.0, BAR_WIDTH):<{BAR_WIDTH}} {h.count:>4} {h.share:>5.0%}"
        for h in result.halt
    )


def coping_text(result: Insights) -> str:
    """Coping strategies by share of resisted outcomes."""
    if not result.coping:
        return "Add what you did (coping) and how it ended to see what works for you."
    return "\n".join(
        f"{pad(truncate(c.coping, NAME_WIDTH), NAME_WIDTH)} {charts.bar(c.share, 1.0, BAR_WIDTH):<{BAR_WIDTH}} "
        f"{c.share:>4.0%} ({c.resisted} of {c.tried})"
        for c in result.coping[:6]
    )


def notes_text(result: Insights) -> str:
    """Early-warning notes, or a calm line when nothing (else) stands out."""
    if not result.notes:
        return wording.INSIGHTS_NOTHING_ELSE if result.acute else wording.INSIGHTS_NOTHING_STANDS_OUT
    return "\n".join(f"• {n.text}" for n in result.notes)


def care_text(result: Insights) -> str:
    """Each care item's week and period, as `recover insights` says them."""
    return "\n".join(summary_line(entry) for entry in result.care)


def warnings_text(result: Insights) -> str:
    """The acute signs, each with where to find help in the dashboard's own keys."""
    return "\n".join(f"• {n.text}\n  {n.help(dashboard=True) or ''}".rstrip() for n in result.acute)


class InsightsScreen(Screen[None]):
    """Insights for the chosen period."""

    CSS_PATH = Path(__file__).with_name("insights.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("p", "period", "Period"),
        Binding("x", "report", "Report", tooltip="Write a report to share with a counsellor or sponsor"),
    ]

    def __init__(self, days: int = 90) -> None:
        super().__init__()
        self.days = days
        self.result: Insights | None = None
        self.error: str | None = None
        self.computing = False  # a store worker is working the insights out
        self.report_path: Path | None = None  # where the last report from here was written

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self._data_changed, init=False)
        self._compute()

    def _data_changed(self, _version: int) -> None:
        self._compute()

    def _compute(self) -> None:
        """Work the insights out in a store worker; the screen is drawn again when they are in."""
        from datetime import timedelta

        app = recover_app(self)
        now = app.now()
        since = now - timedelta(days=self.days)
        self.computing = True
        self._show_loading()
        app.store_work(
            lambda store: insights_service.compute_insights(store, since=since, now=now),
            self._computed,
            group="insights",
            failed=self._failed,
            owner=self,
        )

    def _computed(self, result: Insights) -> None:
        self.result, self.error, self.computing = result, None, False
        self.refresh(recompose=True)

    def _failed(self, error: RecoverError) -> None:
        self.result, self.error, self.computing = None, said(error), False
        self.refresh(recompose=True)

    def _loading_text(self) -> str:
        return f"Working out the last {self.days} days..." if self.computing else ""

    def _show_loading(self) -> None:
        """Show (or hide) the line that says a worker is working the insights out."""
        for line in self.query("#insights-loading").results(Static):
            line.update(self._loading_text())
            line.display = self.computing

    def compose(self) -> ComposeResult:
        yield Header()
        loading = Static(self._loading_text(), id="insights-loading", markup=False)
        loading.display = self.computing
        yield loading
        with VerticalScroll(id="insights-body"):
            yield from self._sections()
        yield Footer()

    def _sections(self) -> ComposeResult:
        result = self.result
        if result is None:
            if self.error is not None:
                yield Static(self.error, id="insights-summary", markup=False)
            return
        yield Static(
            f"Insights · last {self.days} days ({result.since:%d %b %Y} to {result.until:%d %b %Y}) · p: period\n"
            f"{counted(result.trigger_count, 'trigger')} · {counted(result.checkin_count, 'check-in')} · "
            f"{counted(result.skill_count, 'skill session')}"
            + (f"\n{result.pledge_line}" if result.pledge_line else ""),
            id="insights-summary",
            markup=False,
        )
        if self.report_path is not None:
            yield Static(shown_line(f"Report written to {self.report_path}"), id="insights-report", markup=False)
        if result.acute:  # acute signs first, whatever else there is to show
            yield Static(wording.WARNINGS_HEADING, classes="heading", markup=False)
            yield Static(warnings_text(result), id="insights-warnings", markup=False)
        if result.care:
            yield Static("Care plan (done of planned)", classes="heading")
            yield Static(shown(care_text(result)), id="insights-care", markup=False)
        if not result.enough:
            yield Static("\n" + wording.INSIGHTS_TOO_LITTLE, id="insights-empty", markup=False)
            return
        daily = [value for _day, value in result.daily_craving]
        if daily:
            yield Static(
                f"Craving by day (check-ins, 0-10): first {daily[0]:.1f}, latest {daily[-1]:.1f}, "
                f"highest {max(daily):.1f}",
                classes="heading",
                markup=False,
            )
            yield Sparkline(daily, id="craving-spark", summary_function=max)
            weekly = [w.mean for w in result.weekly_craving]
            yield Static(f"by week: {charts.sparkline(weekly)}", markup=False)
        if any(w.mean is not None for w in result.weekly_confidence):
            confidence = [w.mean for w in result.weekly_confidence]
            yield Static(
                f"Confidence by week (0-10): {charts.sparkline(confidence)}",
                id="confidence-spark",
                markup=False,
            )
        if result.mean_difficulty is not None:
            yield Static(f"How hard the days were (0-10): {result.difficulty_text()}", id="difficulty", markup=False)
        if result.top:
            yield Static("Top triggers", classes="heading")
            yield Static(shown(top_text(result)), id="insights-top", markup=False)
            yield Static("When they come (hour x weekday)", classes="heading")
            yield Static(heat_text(result), id="insights-heat", markup=False)
            yield Static("HALT: hungry, angry, lonely, tired", classes="heading")
            yield Static(halt_text(result), id="insights-halt", markup=False)
            yield Static("What you did, by share you rode out", classes="heading")
            yield Static(shown(coping_text(result)), id="insights-coping", markup=False)
        if result.skills:
            yield Static("10-minute skills", classes="heading")
            yield Static(
                "\n".join(
                    shown_line(f"{s.skill}: {counted(s.sessions, 'session')}")
                    + ("" if s.mean_change is None else f", craving {s.mean_change:+.1f} on average")
                    for s in result.skills
                ),
                markup=False,
            )
        yield Static("Early-warning notes (observations, not a diagnosis)", classes="heading")
        yield Static(shown(notes_text(result)), id="insights-notes", markup=False)

    def action_period(self) -> None:
        """Switch between 30, 90 and 365 days."""
        self.days = PERIODS[(PERIODS.index(self.days) + 1) % len(PERIODS)] if self.days in PERIODS else 90
        self._compute()

    def action_report(self) -> None:
        """Open the report form for this screen's period; keep where the report went on show."""
        from recovery_tui.services.report import default_folder
        from recovery_tui.tui.insights.report_form import ReportForm

        app = recover_app(self)
        form = ReportForm(days=self.days, now=app.now(), folder=default_folder(app.store.path.parent))

        def closed(saved: bool | None) -> None:
            if saved and form.written is not None:
                self.report_path = form.written
                self.refresh(recompose=True)

        app.push_screen(form, closed)

    def action_back(self) -> None:
        """Back to the dashboard."""
        self.app.pop_screen()
