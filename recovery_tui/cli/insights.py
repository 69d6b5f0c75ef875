"""`recover insights`: patterns in triggers, check-ins and skill sessions, drawn with Rich.

Bars and the hour x weekday heat map use block and shade characters (charts.py), so they read
the same with colour off (NO_COLOR) or in a pipe; colour only adds emphasis. Rich is imported
inside `render` only, and the maths lives in core/insights.py, so the command stays quick on
a file with years of entries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui import charts, wording
from recovery_tui.cli import common
from recovery_tui.core.insights import WEEKDAY_NAMES, Insights
from recovery_tui.core.timeparse import parse_since
from recovery_tui.services import insights as service

if TYPE_CHECKING:
    from rich.console import Console

SHADE_STYLES = ("grey50", "yellow3", "orange3", "dark_orange3", "red3")
BAR_WIDTH = 20


def insights(
    ctx: typer.Context,
    *,
    since: Annotated[str, typer.Option("--since", help="The period: a span such as 90d or 12w, or a date.")] = "90d",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Patterns in your triggers, check-ins and skills: top triggers, when they come, HALT, what works.

    Example: recover insights --since 12w
    """
    now = common.now()
    start = parse_since(since, now)
    result = service.compute_insights(common.get_store(ctx), since=start, now=now)
    if as_json:
        common.emit_json(result.to_json())
        return
    render(result, common.console())


def _heading(console: Console, text: str) -> None:
    console.print()
    console.print(f"[bold]{text}[/bold]")


def render(result: Insights, console: Console) -> None:
    """Draw every section that has data; say plainly when there is too little."""
    from rich.table import Table
    from rich.text import Text

    days = max(1, round((result.until - result.since).total_seconds() / 86400))
    console.print(
        f"[bold]Insights[/bold] · {result.since:%d %b %Y} to {result.until:%d %b %Y} ({days} days) · "
        f"{result.trigger_count} triggers, {result.checkin_count} check-ins, {result.skill_count} skill sessions"
    )
    if not result.enough:
        console.print()
        console.print(wording.INSIGHTS_TOO_LITTLE)
        return

    def grid() -> Table:
        tbl = Table.grid(padding=(0, 2))
        tbl.pad_edge = False
        return tbl

    if result.top:
        _heading(console, "Top triggers")
        most = max(t.count for t in result.top)
        tbl = grid()
        for _ in range(5):
            tbl.add_column()
        tbl.add_row("", "", "times", "intensity", "how it ended")
        for t in result.top:
            ended = ", ".join(
                p for p in (f"resisted {t.resisted}" if t.resisted else "", f"used {t.used}" if t.used else "") if p
            )
            tbl.add_row(
                Text(t.name, overflow="ellipsis", no_wrap=True),
                Text(charts.bar(t.count, most, BAR_WIDTH), style="cyan"),
                str(t.count),
                "-" if t.mean_intensity is None else f"{t.mean_intensity:.1f}",
                ended,
            )
        console.print(tbl)

        _heading(console, "When they come (hour of day x weekday, local time)")
        peak = result.heat_max
        header = Text("     ")
        for hour in range(0, 24, 3):
            header.append(f"{hour:<6}")
        console.print(header)
        for day, row in zip(WEEKDAY_NAMES, result.heat, strict=True):
            line = Text(f"{day}  ")
            for count in row:
                level = charts.shade_level(count, peak)
                line.append(charts.SHADES[level] * 2, style=SHADE_STYLES[level])
            line.append(f"  {sum(row)}")
            console.print(line)
        console.print(Text(f"     {charts.shade_legend(peak)}", style="dim"))

        _heading(console, "HALT: hungry, angry, lonely, tired (share of triggers)")
        tbl = grid()
        for _ in range(4):
            tbl.add_column()
        for h in result.halt:
            tbl.add_row(
                h.state, Text(charts.bar(h.share, 1.0, BAR_WIDTH), style="magenta"), str(h.count), f"{h.share:.0%}"
            )
        console.print(tbl)
    else:
        console.print()
        console.print("No triggers logged in this period.")

    if result.coping:
        _heading(console, "What you did, by share of triggers you rode out")
        tbl = grid()
        for _ in range(3):
            tbl.add_column()
        for c in result.coping[:10]:
            tbl.add_row(
                Text(c.coping, overflow="ellipsis", no_wrap=True),
                Text(charts.bar(c.share, 1.0, BAR_WIDTH), style="green"),
                f"{c.share:.0%} ({c.resisted} of {c.tried})",
            )
        console.print(tbl)

    if result.skills:
        _heading(console, "10-minute skills (craving before -> after)")
        for s in result.skills:
            change = "not rated" if s.mean_change is None else f"{s.mean_change:+.1f} on average over {s.rated} rated"
            console.print(f"  {s.skill}: {s.sessions} sessions, {s.completed} completed, craving {change}")

    rated_weeks = [w for w in result.weekly_craving if w.mean is not None]
    if rated_weeks:
        _heading(console, "Weekly mean craving (check-ins, 0-10)")
        spark = charts.sparkline([w.mean for w in result.weekly_craving])
        console.print(f"  {spark}  ({rated_weeks[0].mean:.1f} first week, {rated_weeks[-1].mean:.1f} latest)")
        tbl = grid()
        for _ in range(3):
            tbl.add_column()
        for w in result.weekly_craving[-8:]:
            if w.mean is None:
                tbl.add_row(f"week of {w.week:%d %b}", "", "no check-ins")
            else:
                tbl.add_row(
                    f"week of {w.week:%d %b}",
                    Text(charts.bar(w.mean, 10.0, BAR_WIDTH), style="yellow"),
                    f"{w.mean:.1f} ({w.checkins} check-ins)",
                )
        console.print(tbl)

    _heading(console, "Early-warning notes (observations, not a diagnosis)")
    if result.notes:
        for note in result.notes:
            console.print(f"  • {note.text}")
    else:
        console.print("  Nothing stands out in this period.")


def register(app: typer.Typer) -> None:
    """Add `insights` to the root app."""
    app.command("insights", short_help="Patterns in triggers, check-ins, skills · recover insights --since 90d")(
        insights
    )
