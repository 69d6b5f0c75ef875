"""`recover insights`: patterns in triggers, check-ins and skill sessions, drawn with Rich.

Bars and the hour x weekday heat map use block and shade characters (charts.py), so they read
the same with colour off (NO_COLOR) or in a pipe; colour only adds emphasis. Rich is imported
inside `render` only, and the maths lives in core/insights.py, so the command stays quick on
a file with years of entries.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui import charts, wording
from recovery_tui.cli import common
from recovery_tui.cli.warning_lines import warning_lines
from recovery_tui.core.care import summary_line
from recovery_tui.core.insights import WEEKDAY_NAMES, Insights
from recovery_tui.core.timeparse import parse_since
from recovery_tui.core.words import counted
from recovery_tui.safetext import cells, truncate, visible_line
from recovery_tui.services import insights as service

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

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


Cell = tuple[str, str]  # (text, Rich style or "")
NAME_WIDTH = 28


def _grid(rows: list[list[Cell]], indent: int = 2) -> list[Text]:
    """Rows of cells as lines, each column padded to its widest cell, two spaces apart.

    Cheaper than rich.table.Table (whose layout pass dominated the command's run time) and
    exact for our short, single-line cells.
    """
    from rich.text import Text

    widths = [0] * max((len(r) for r in rows), default=0)
    for row in rows:
        for i, (text, _style) in enumerate(row):
            widths[i] = max(widths[i], cells(text))
    lines = []
    for row in rows:
        line = Text(" " * indent)
        for i, (text, style) in enumerate(row):
            pad = " " * (widths[i] - cells(text)) if i < len(row) - 1 else ""
            line.append(text, style=style or None)
            line.append(pad + ("  " if i < len(row) - 1 else ""))
        line.rstrip()
        lines.append(line)
    return lines


def render(result: Insights, console: Console) -> None:
    """Draw every section that has data; say plainly when there is too little."""
    from rich.text import Text

    out: list[Text | str] = []

    def heading(text: str) -> None:
        out.append("")
        out.append(Text(text, style="bold"))

    days = max(1, round((result.until - result.since).total_seconds() / 86400))
    out.append(
        Text.assemble(("Insights", "bold"), f" · {result.since:%d %b %Y} to {result.until:%d %b %Y} ({days} days)")
    )
    out.append(
        f"{counted(result.trigger_count, 'trigger')}, {counted(result.checkin_count, 'check-in')}, "
        f"{counted(result.skill_count, 'skill session')}"
    )
    if result.pledge_line:
        out.append(result.pledge_line)
    width = max(40, console.width - 1)
    if result.acute:  # acute signs first, whatever else there is to show
        heading(wording.WARNINGS_HEADING)
        out.extend(warning_lines(result.acute, width))
    if result.care:
        heading("Care plan (done of planned; missed is just a fact)")
        out.extend(f"  {summary_line(entry)}" for entry in result.care)
    if not result.enough:
        out.extend(["", wording.INSIGHTS_TOO_LITTLE])
        _print(console, out)
        return

    if result.top:
        heading("Top triggers")
        most = max(t.count for t in result.top)
        rows: list[list[Cell]] = [[("", ""), ("", ""), ("times", "dim"), ("intensity", "dim"), ("how it ended", "dim")]]
        for t in result.top:
            ended = ", ".join(
                p for p in (f"resisted {t.resisted}" if t.resisted else "", f"used {t.used}" if t.used else "") if p
            )
            rows.append(
                [
                    (truncate(t.name, NAME_WIDTH), ""),
                    (charts.bar(t.count, most, BAR_WIDTH), "cyan"),
                    (str(t.count), ""),
                    ("-" if t.mean_intensity is None else f"{t.mean_intensity:.1f}", ""),
                    (ended, ""),
                ]
            )
        out.extend(_grid(rows))

        heading("When they come (hour of day x weekday, local time)")
        peak = result.heat_max
        out.append("     " + "".join(f"{hour:<6}" for hour in range(0, 24, 3)))
        for day, row in zip(WEEKDAY_NAMES, result.heat, strict=True):
            line = Text(f"{day}  ")
            for count in row:
                level = charts.shade_level(count, peak)
                line.append(charts.SHADES[level] * 2, style=SHADE_STYLES[level])
            line.append(f"  {sum(row)}")
            out.append(line)
        out.append(Text(f"     {charts.shade_legend(peak)}", style="dim"))

        heading("HALT: hungry, angry, lonely, tired (share of triggers)")
        out.extend(
            _grid(
                [
                    [
                        (h.state, ""),
                        (charts.bar(h.share, 1.0, BAR_WIDTH), "magenta"),
                        (str(h.count), ""),
                        (f"{h.share:.0%}", ""),
                    ]
                    for h in result.halt
                ]
            )
        )
    else:
        out.extend(["", "No triggers logged in this period."])

    if result.coping:
        heading("What you did, by share of triggers you rode out")
        out.extend(
            _grid(
                [
                    [
                        (truncate(c.coping, NAME_WIDTH), ""),
                        (charts.bar(c.share, 1.0, BAR_WIDTH), "green"),
                        (f"{c.share:.0%} ({c.resisted} of {c.tried})", ""),
                    ]
                    for c in result.coping[:10]
                ]
            )
        )

    if result.skills:
        heading("10-minute skills (craving before -> after)")
        for s in result.skills:
            change = "not rated" if s.mean_change is None else f"{s.mean_change:+.1f} on average over {s.rated} rated"
            out.append(f"  {s.skill}: {counted(s.sessions, 'session')}, {s.completed} completed, craving {change}")

    for title, weeks, style, none in (
        ("Weekly mean craving (check-ins, 0-10)", result.weekly_craving, "yellow", "no check-ins"),
        ("Weekly mean confidence (stay on track, 0-10)", result.weekly_confidence, "cyan", "not rated"),
    ):
        rated_weeks = [w for w in weeks if w.mean is not None]
        if not rated_weeks:
            continue
        heading(title)
        spark = charts.sparkline([w.mean for w in weeks])
        out.append(f"  {spark}  ({rated_weeks[0].mean:.1f} first week, {rated_weeks[-1].mean:.1f} latest)")
        rows = []
        for w in weeks[-8:]:
            label = (f"week of {w.week:%d %b}", "")
            if w.mean is None:
                rows.append([label, ("", ""), (none, "dim")])
            else:
                bar = (charts.bar(w.mean, 10.0, BAR_WIDTH), style)
                rows.append([label, bar, (f"{w.mean:.1f} ({w.checkins} check-ins)", "")])
        out.extend(_grid(rows))
    if result.mean_difficulty is not None:
        heading("How hard the days were (check-ins, 0 easy - 10 hardest)")
        out.append(f"  {result.difficulty_text()}")

    heading("Early-warning notes (observations, not a diagnosis)")
    if result.notes:
        out.extend(
            textwrap.fill(visible_line(note.text), width, initial_indent="  • ", subsequent_indent="    ")
            for note in result.notes
        )
    elif result.acute:
        out.append(f"  {wording.INSIGHTS_NOTHING_ELSE}")
    else:
        out.append(f"  {wording.INSIGHTS_NOTHING_STANDS_OUT}")
    _print(console, out)


def _print(console: Console, lines: list[Text | str]) -> None:
    from rich.text import Text

    text = Text("\n").join(line if isinstance(line, Text) else Text(line) for line in lines)
    console.print(text, overflow="fold")


def register(app: typer.Typer) -> None:
    """Add `insights` to the root app."""
    app.command("insights", short_help="Patterns in triggers, check-ins, skills · recover insights --since 90d")(
        insights
    )
