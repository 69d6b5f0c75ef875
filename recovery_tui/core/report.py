"""A report to share: its parts (sections of paragraphs, tables and charts) and how they are
written as Markdown or as one self-contained HTML page with inline SVG charts. Pure, no I/O.

Every string in a `Report` is plain text, ours and the person's alike; escaping happens here,
once, on the way out, so no section can forget it:

- Markdown: control characters, ESC and bidi overrides shown as escapes (safetext), then every
  character Markdown or GitHub-flavoured Markdown would act on inside a line (`\\ ` * _ [ ] < >
  | ~ & ! # :`, and `www.`) gets a backslash, so a name such as `<script>`, `**x**`,
  `` `x` ``, `a | b` or a link stays text, and a table row never gains a column. Newlines in
  one-line places are shown as `\\n`, so text never starts a line of its own.
- HTML: the same control-character rule, then html.escape (quotes too); multi-line text keeps
  its lines as `<br />`. The page is well-formed XML (XHTML syntax) with no script, no link,
  no external style or font, and a Content-Security-Policy that allows nothing from outside,
  so it opens offline and no stored text can ever run. Charts are inline `<svg>` (no xmlns:
  HTML5 does not need it, and the page names no address at all).

Charts: `Bars` (a value per label, e.g. triggers by count) and `Trend` (a value per week with
gaps, e.g. mean mood). In Markdown a chart is a table with text bars (charts.py), so it reads
in a terminal too; in HTML it is an SVG with the same numbers as text beside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import msgspec

from recovery_tui import charts
from recovery_tui.safetext import truncate, visible, visible_line

FORMATS = ("markdown", "html")


class Paragraph(msgspec.Struct, frozen=True):
    """A short paragraph of plain text."""

    text: str


class Items(msgspec.Struct, frozen=True):
    """A bulleted list, one plain line per item."""

    items: tuple[str, ...]


class Table(msgspec.Struct, frozen=True):
    """A table: a header row and rows of plain cells (numbers already written as text)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class Bar(msgspec.Struct, frozen=True):
    """One bar: its label, its value (for the length) and the value as people read it."""

    label: str
    value: float
    shown: str


class Bars(msgspec.Struct, frozen=True):
    """A horizontal bar chart, bars from 0 to `maximum`."""

    caption: str
    bars: tuple[Bar, ...]
    maximum: float


class Trend(msgspec.Struct, frozen=True):
    """A line chart of one value per step (a week), on a fixed scale; None is a gap."""

    caption: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    low: float
    high: float


class Quote(msgspec.Struct, frozen=True):
    """A quoted text of several lines (a journal entry) under a short heading."""

    heading: str
    text: str


Block = Paragraph | Items | Table | Bars | Trend | Quote


class Section(msgspec.Struct, frozen=True):
    """A titled section of the report."""

    title: str
    blocks: tuple[Block, ...]


class Report(msgspec.Struct, frozen=True):
    """The whole report: a title, a few lines about it (period, who), the sections, a closing note."""

    title: str
    about: tuple[str, ...]
    sections: tuple[Section, ...]
    closing: str


# -- Markdown -----------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&@])|:(?=//)")
_MD_WWW = re.compile(r"(?i)\b(www)\.")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+=-])|(\d+)([.)]))")
LABEL_CELLS = 32  # labels in tables and charts are cut to this many terminal cells


def md(text: str, *, line_start: bool = False) -> str:
    """`text` as inert Markdown on one line (see the module docstring).

    `line_start`: the text begins a line or a list item, where `#`, `-`, `+`, `=` or `1.`
    would start a heading or a list of its own; that first mark is escaped too.
    """
    escaped = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), visible_line(text))
    escaped = _MD_WWW.sub(r"\1\\.", escaped)
    if line_start:
        escaped = _MD_LINE_START.sub(
            lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(2) else f"{m.group(1)}{m.group(3)}\\{m.group(4)}",
            escaped,
        )
    return escaped


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(md(cell) for cell in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return lines


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [md(block.text, line_start=True)]
    if isinstance(block, Items):
        return [f"- {md(item, line_start=True)}" for item in block.items]
    if isinstance(block, Table):
        return _md_table(block.header, block.rows)
    if isinstance(block, Bars):
        rows = [
            (truncate(bar.label, LABEL_CELLS), bar.shown, charts.bar(bar.value, block.maximum, 20))
            for bar in block.bars
        ]
        return [f"*{md(block.caption)}*", "", *_md_table(("", "", ""), rows)]
    if isinstance(block, Trend):
        spark = charts.sparkline(list(block.values), block.low, block.high)
        points = [
            (label, "-" if v is None else f"{v:.1f}") for label, v in zip(block.labels, block.values, strict=True)
        ]
        return [f"*{md(block.caption)}*: `{spark}`", "", *_md_table(("", ""), points)]
    lines = block.text.strip().splitlines() or [""]
    return [
        f"**{md(block.heading)}**",
        "",
        *(f"> {md(line, line_start=True)}" if line.strip() else ">" for line in lines),
    ]


def to_markdown(report: Report) -> str:
    """The report as Markdown (safe to print to a terminal as it is)."""
    out = [f"# {md(report.title)}", ""]
    out += [f"{md(line, line_start=True)}  " for line in report.about]
    for section in report.sections:
        out += ["", f"## {md(section.title)}"]
        for block in section.blocks:
            out += ["", *_md_block(block)]
    out += ["", "---", "", md(report.closing, line_start=True)]
    return visible("\n".join(out) + "\n")


# -- HTML and SVG -------------------------------------------------------------------------------
def esc(text: str) -> str:
    """`text` for HTML on one line: controls shown as escapes, then <, >, &, and quotes escaped."""
    return html.escape(visible_line(text), quote=True)


def _esc_lines(text: str) -> str:
    return "<br />\n".join(html.escape(visible(line), quote=True) for line in text.strip().splitlines())


STYLE = """
body { font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #999; margin-top: 1.6em; }
.about { color: #444; margin: 0; } table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
td.n { text-align: right; } figure { margin: 0.8em 0; } figcaption { font-style: italic; color: #444; }
blockquote { border-left: 3px solid #999; margin: 0.4em 0; padding: 0.2em 0.8em; white-space: normal; }
svg text { font-family: sans-serif; font-size: 12px; fill: #222; } .closing { color: #444; font-size: 0.9em; }
@media print { body { margin: 0; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"
BAR_COLOUR = "#3b6ea5"
LINE_COLOUR = "#8a4b08"


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.,]+%?( ?[a-z]+)?", cell)) and any(c.isdigit() for c in cell)


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["<table>"]
    if any(header):
        out.append("<tr>" + "".join(f"<th>{esc(cell)}</th>" for cell in header) + "</tr>")
    for row in rows:
        cells = "".join(f'<td class="n">{esc(c)}</td>' if _numeric(c) else f"<td>{esc(c)}</td>" for c in row)
        out.append(f"<tr>{cells}</tr>")
    return [*out, "</table>"]


def bars_svg(chart: Bars) -> str:
    """A horizontal bar chart as inline SVG: label, bar, value as text (readable in grey print)."""
    row, label_w, bar_w, value_w = 22, 200, 300, 90
    height = row * len(chart.bars) + 6
    width = label_w + bar_w + value_w
    parts = [
        f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{esc(chart.caption)}</title>",
    ]
    for i, bar in enumerate(chart.bars):
        y = 3 + i * row
        length = 0.0 if chart.maximum <= 0 else max(0.0, min(bar.value, chart.maximum)) / chart.maximum * bar_w
        parts.append(f'<text x="0" y="{y + 15}">{esc(truncate(bar.label, 30))}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" fill="{BAR_COLOUR}" />')
        parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 15}">{esc(bar.shown)}</text>')
    return "\n".join([*parts, "</svg>"])


def trend_svg(chart: Trend) -> str:
    """A line chart as inline SVG: a fixed scale with its grid, a line broken at gaps, a dot per value."""
    left, top, plot_w, plot_h, bottom = 36, 8, 480, 120, 24
    width, height = left + plot_w + 16, top + plot_h + bottom
    steps = max(len(chart.values) - 1, 1)
    span = (chart.high - chart.low) or 1.0

    def x(i: int) -> float:
        return left + (plot_w * i / steps if len(chart.values) > 1 else plot_w / 2)

    def y(value: float) -> float:
        return top + plot_h - (min(max(value, chart.low), chart.high) - chart.low) / span * plot_h

    parts = [
        f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{esc(chart.caption)}</title>",
    ]
    for level in (chart.low, (chart.low + chart.high) / 2, chart.high):
        parts.append(f'<line x1="{left}" y1="{y(level):.1f}" x2="{left + plot_w}" y2="{y(level):.1f}" stroke="#ccc" />')
        parts.append(f'<text x="0" y="{y(level) + 4:.1f}">{level:g}</text>')
    runs: list[list[str]] = [[]]
    for i, value in enumerate(chart.values):
        if value is None:
            runs.append([])
            continue
        runs[-1].append(f"{x(i):.1f},{y(value):.1f}")
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3" fill="{LINE_COLOUR}" />')
    for run in runs:
        if len(run) > 1:
            parts.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2" />')
    if chart.labels:
        shown = sorted({0, len(chart.labels) // 2, len(chart.labels) - 1})
        for i in shown:
            anchor = "start" if i == 0 and len(chart.labels) > 1 else "end" if i == len(chart.labels) - 1 else "middle"
            parts.append(f'<text x="{x(i):.1f}" y="{height - 6}" text-anchor="{anchor}">{esc(chart.labels[i])}</text>')
    return "\n".join([*parts, "</svg>"])


def _html_block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [f"<p>{esc(block.text)}</p>"]
    if isinstance(block, Items):
        return ["<ul>", *(f"<li>{esc(item)}</li>" for item in block.items), "</ul>"]
    if isinstance(block, Table):
        return _html_table(block.header, block.rows)
    if isinstance(block, Bars):
        return ["<figure>", bars_svg(block), f"<figcaption>{esc(block.caption)}</figcaption>", "</figure>"]
    if isinstance(block, Trend):
        values = ", ".join(
            f"{label}: {'-' if v is None else f'{v:.1f}'}" for label, v in zip(block.labels, block.values, strict=True)
        )
        return [
            "<figure>",
            trend_svg(block),
            f"<figcaption>{esc(block.caption)} ({esc(values)})</figcaption>",
            "</figure>",
        ]
    return [
        f"<p><strong>{esc(block.heading)}</strong></p>",
        f"<blockquote><p>{_esc_lines(block.text)}</p></blockquote>",
    ]


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page (well-formed XML; no script, nothing fetched)."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8" />',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}" />',
        '<meta name="referrer" content="no-referrer" />',
        f"<title>{esc(report.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(report.title)}</h1>",
        *(f'<p class="about">{esc(line)}</p>' for line in report.about),
    ]
    for section in report.sections:
        out += ["<section>", f"<h2>{esc(section.title)}</h2>"]
        for block in section.blocks:
            out += _html_block(block)
        out.append("</section>")
    out += [f'<p class="closing">{esc(report.closing)}</p>', "</body>", "</html>"]
    return "\n".join(out) + "\n"


def render(report: Report, fmt: str) -> str:
    """The report in `fmt` (markdown or html)."""
    return to_html(report) if fmt == "html" else to_markdown(report)
