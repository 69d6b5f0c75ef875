"""core/report.py's Markdown and SVG pieces, and the one list of sections in services/report.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest

from recovery_tui.core.report import Bar, Bars, Paragraph, Section, Trend, bars_svg, md, trend_svg
from recovery_tui.services import report as report_service
from recovery_tui.store import Store


def test_md_escapes_what_markdown_acts_on_and_nothing_reads_as_a_line_start() -> None:
    assert md("a|b `c` *d* [e](f) <g> & h_i ~j") == "a\\|b \\`c\\` \\*d\\* \\[e\\](f) \\<g\\> \\& h\\_i \\~j"
    assert md("http://x www.y.z a@b") == "http\\://x www\\.y.z a\\@b"
    assert md("# heading", line_start=True) == "\\# heading" and md("# x") == "# x"
    assert md("12. item", line_start=True) == "12\\. item" and md("- x", line_start=True) == "\\- x"
    assert md("one\ntwo\x1b[2J") == "one\\\\ntwo\\\\x1b\\[2J"


def test_trend_svg_breaks_its_line_at_gaps_and_keeps_the_scale() -> None:
    chart = Trend("mood", ("a", "b", "c", "d", "e"), (1.0, 2.0, None, 4.0, 5.0), 1, 5)
    svg = ET.fromstring(trend_svg(chart))
    assert len(svg.findall("polyline")) == 2 and len(svg.findall("circle")) == 4
    assert [t.text for t in svg.findall("text")][:3] == ["1", "3", "5"]
    single = ET.fromstring(trend_svg(Trend("one", ("a",), (3.0,), 0, 10)))
    assert not single.findall("polyline") and len(single.findall("circle")) == 1


def test_bars_svg_scales_to_the_maximum_and_escapes_labels() -> None:
    chart = Bars("c", (Bar("<b>&", 2, "2 times"), Bar("zero", 0, "0")), 4)
    svg = ET.fromstring(bars_svg(chart))
    widths = [float(r.get("width") or 0) for r in svg.findall("rect")]
    assert widths == [150.0, 0.0]
    assert "<b>&" in [t.text for t in svg.findall("text")]
    assert bars_svg(Bars("empty", (Bar("x", 3, "3"),), 0))  # no division by zero


def test_a_section_added_to_the_list_appears_in_both_formats(
    store: Store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def care_section(period: report_service.Period) -> Section | None:
        return Section("Care plan", (Paragraph(f"{period.days} days of care"),))

    monkeypatch.setattr(report_service, "SECTIONS", [*report_service.SECTIONS, care_section])
    since = now - timedelta(days=14)
    text = report_service.render_report(store, "markdown", since=since, now=now)
    assert "## Care plan\n\n14 days of care" in text
    assert "<h2>Care plan</h2>" in report_service.render_report(store, "html", since=since, now=now)
