"""`recover report`: what the report holds, what it never holds, HTML that parses, safe files.

The data is written through the real CLI on a real file, with the frozen clock of conftest
(2026-11-20 20:00 UTC).
"""

from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.core.report import md

CONTACT_NAME = "Zebedee"
CONTACT_PHONE = "+44 7700 900555"
SECRET_JOURNAL = "SECRET-SENSITIVE-JOURNAL"
PLAIN_JOURNAL = "Walked by the river and felt steady"
HELP_TEXT = "HELP-REQUEST-PROBLEM-TEXT"
NOTES = ("NOTE-RESTART-PRIVATE", "NOTE-CHECKIN-PRIVATE", "NOTE-TRIGGER-PRIVATE", "NOTE-MEETING-PRIVATE")
NEVER = (CONTACT_NAME, "900555", SECRET_JOURNAL, HELP_TEXT, "Tuesday step group", "office-place", *NOTES)
HOSTILE = "<script>alert('x')</script> \"q\" `tick` a|b **bold** [l](http://evil.example)\x1b[31mRED\x07\nline2"


def ok(result: Any) -> str:
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return str(result.stdout)


@pytest.fixture
def filled(cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """A counter with a restart, check-ins, triggers, a skill, a meeting, journal, a contact, a help request."""
    monkeypatch.setenv("RECOVER_CLOCK_SPEED", "60000")  # the one-minute skill takes a millisecond
    ok(cli("counter", "add", "alcohol", "--since", "60d"))
    ok(cli("relapse", "alcohol", "--at", "-10d", "--note", NOTES[0]))
    for day, mood, craving in (("-14d", 2, 8), ("-7d", 3, 5), ("-1d", 4, 2), ("today", 5, 1)):
        ok(cli("checkin", "--mood", str(mood), "--craving", str(craving), "--date", day, "--note", NOTES[1]))
    for at, coping, outcome in (("-3d", "went for a walk", "resisted"), ("-2d", "went for a walk", "resisted")):
        ok(
            cli(
                "trigger", "log", "payday", "--coping", coping, "--outcome", outcome, "--intensity", "6",
                "--at", at, "--who", CONTACT_NAME, "--where", "office-place", "--note", NOTES[2],
            )
        )  # fmt: skip
    ok(cli("trigger", "log", f"argument with {CONTACT_NAME}", "--intensity", "4", "--at", "-1d"))
    ok(cli("skill", "start", "box", "-m", "1", "--quiet", "--craving-before", "7", "--craving-after", "3"))
    ok(cli("meeting", "log", "Tuesday step group", "--format", "online", "--fellowship", "SMART", "--at", "-2d",
           "--note", NOTES[3]))  # fmt: skip
    ok(cli("journal", "add", PLAIN_JOURNAL, "--at", "-2d"))
    ok(cli("journal", "add", SECRET_JOURNAL, "--at", "-2d", "--sensitive"))
    ok(cli("contact", "add", CONTACT_NAME, "--reach", CONTACT_PHONE, "--role", "sponsor", "--reachable", "always"))
    ok(cli("ask", "--emotion", "lonely", "--problem", HELP_TEXT, "--request", "talk"))
    ok(cli("config", "set", "pseudonym", "J."))
    return cli


def test_markdown_holds_counters_trends_triggers_skills_meetings(filled: Callable[..., Any]) -> None:
    text = ok(filled("report", "--since", "30d"))
    assert text.startswith("# Recovery report")
    assert "21 Oct 2026 to 20 Nov 2026 (30 days)" in text
    assert "Shared by J." in text
    assert "| alcohol | 10 days | 50 days | 1 | 1 |" in text  # days now, longest, restarts in period and in all
    assert "1 restart in this period, each one kept in the history." in text
    assert "4 check-ins on 4 of the 30 days; mean mood 3.5 of 5, mean craving 4.0 of 10." in text
    assert "*Mean mood by week (1 very low to 5 very good)*" in text
    assert "*Mean craving by week (0 none to 10 strongest)*" in text
    mood, craving = text.split("*Mean craving by week")
    assert "| 19 Oct | - |" in mood and "| 02 Nov | 2.0 |" in mood and "| 16 Nov | 4.5 |" in mood
    assert "| 02 Nov | 8.0 |" in craving and "| 16 Nov | 1.5 |" in craving
    assert "| payday | 2 | 6.0 | 2 | 0 |" in text
    assert "- payday: went for a walk (2 times)" in text
    assert "| box breathing | 1 | 1 | -4.0 (over 1 rated) |" in text
    assert "1 meeting (1 online, 0 in person)" in text and "- SMART: 1 meeting" in text
    assert "## Journal" not in text and PLAIN_JOURNAL not in text
    for word in ("relapse", "failure", "failed", "clean again", "slip"):
        assert word not in text.lower()


def test_never_contacts_help_requests_notes_or_sensitive_journal(filled: Callable[..., Any], tmp_path: Path) -> None:
    for args in ((), ("--include", "journal"), ("-f", "html", "-o", str(tmp_path / "r.html"), "--include", "journal")):
        out = ok(filled("report", "--since", "30d", *args))
        text = (tmp_path / "r.html").read_text() if "-o" in args else out
        for never in NEVER:
            assert never not in text, (args, never)
        assert "argument with (a contact)" in text  # a contact's name in a trigger is taken out


def test_include_journal_adds_only_non_sensitive_entries_of_the_period(filled: Callable[..., Any]) -> None:
    text = ok(filled("report", "--since", "30d", "--include", "journal"))
    assert "## Journal (shared on request)" in text
    assert f"> {PLAIN_JOURNAL}" in text
    assert SECRET_JOURNAL not in text
    assert ok(filled("report", "--since", "1d", "--include", "journal")).count(PLAIN_JOURNAL) == 0  # outside


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_well_formed_self_contained_with_inline_svg(filled: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    said = ok(filled("report", "--format", "html", "--out", str(target)))
    assert said.strip() == f"Report written to {target} (only you can read it: 0600)."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = target.read_text(encoding="utf-8")
    root = ET.fromstring(page.split("\n", 1)[1])  # well-formed XML after the doctype
    assert root.tag == "html"
    assert len(root.findall(".//svg")) >= 3  # mood, craving, triggers, meetings
    assert root.findall(".//svg/polyline") and root.findall(".//svg/rect")
    checker = _Checker()
    checker.feed(page)
    assert "script" not in checker.tags and "link" not in checker.tags and "img" not in checker.tags
    assert not [a for a in checker.attrs if a[0] in ("src", "href") or a[0].startswith("on")]
    assert "<script" not in page.lower() and not re.search(r"https?://", page)
    assert "payday" in "".join(checker.text)


def test_hostile_names_stay_text_in_markdown_and_html(cli: Callable[..., Any], tmp_path: Path) -> None:
    ok(cli("counter", "add", "x<b>", "--since", "20d"))
    ok(cli("trigger", "log", HOSTILE, "--coping", HOSTILE, "--outcome", "resisted", "--at", "-1d"))
    ok(cli("config", "set", "pseudonym", "<i>J</i>|`x`"))
    markdown = ok(cli("report"))
    assert "\x1b" not in markdown and "\x07" not in markdown
    assert md(HOSTILE) in markdown and "\\<script\\>" in markdown and "a\\|b" in markdown
    assert "\\`tick\\`" in markdown and "\\*\\*bold\\*\\*" in markdown and "http\\://" in markdown
    columns, rows = 0, 0
    for line in markdown.splitlines():  # every table row keeps its table's columns
        if line.startswith("|---"):
            columns = line.count("|")
        elif not line.startswith("|"):
            columns = 0
        elif columns:
            assert len(re.findall(r"(?<!\\)\|", line)) == columns, line
            rows += "script" in line
    assert rows == 3  # the trigger (bars and table) and the way of coping
    target = tmp_path / "r.html"
    ok(cli("report", "-f", "html", "-o", str(target)))
    page = target.read_text()
    root = ET.fromstring(page.split("\n", 1)[1])
    texts = "".join(root.itertext())
    assert "<script>alert('x')</script>" in texts  # shown as text ...
    assert not root.findall(".//script") and not root.findall(".//b") and not root.findall(".//i")  # ... never markup
    assert "\\x1b[31mRED\\x07\\nline2" in texts
    assert "\x1b" not in page and "\x07" not in page


def test_file_is_written_atomically_0600_and_never_through_a_link_or_device(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    ok(cli("counter", "add", "alcohol", "--since", "20d"))
    target = tmp_path / "r.md"
    target.write_text("old")
    target.chmod(0o644)
    ok(cli("report", "-o", str(target)))
    assert target.read_text().startswith("# Recovery report") and stat.S_IMODE(target.stat().st_mode) == 0o600
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.md"
    link.symlink_to(victim)
    refused = cli("report", "-o", str(link))
    assert refused.exit_code == 1 and "symbolic link" in refused.stderr and "--out" in refused.stderr
    assert victim.read_text() == "keep me" and link.is_symlink()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused = cli("report", "-o", str(fifo))
    assert refused.exit_code == 1 and "not a regular file" in refused.stderr
    folder = tmp_path / "folder"
    folder.mkdir()
    assert "is a folder" in cli("report", "-o", str(folder)).stderr


def test_dev_paths_are_refused_before_anything_is_opened() -> None:
    from recovery_tui.errors import InvalidInput
    from recovery_tui.services.export import refuse_special

    for path in ("/dev/null", "/dev/shm/report.md", "/dev"):
        with pytest.raises(InvalidInput, match="under /dev"):
            refuse_special(Path(path))


def test_bad_since_format_and_include_name_the_flag_and_exit_2(cli: Callable[..., Any]) -> None:
    for args, flag, accepted in (
        (("--since", "soon"), "--since", "90d"),
        (("--format", "pdf"), "--format", "markdown or html"),
        (("--include", "contacts"), "--include", "journal"),
    ):
        result = cli("report", *args)
        assert result.exit_code == 2, args
        line = result.stderr.strip()
        assert "\n" not in line and flag in line and accepted in line


def test_html_to_a_terminal_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Any]) -> None:
    import types

    written: list[str] = []
    terminal = types.SimpleNamespace(isatty=lambda: True, write=written.append, flush=lambda: None)
    monkeypatch.setattr("recovery_tui.cli.report.sys", types.SimpleNamespace(stdout=terminal))
    result = cli("report", "--format", "html")
    assert result.exit_code == 1
    assert "--out" in result.stderr and result.stderr.count("\n") == 1
    assert not written
    ok(cli("report"))
    assert "".join(written).startswith("# Recovery report")  # markdown is fine on a terminal


def test_html_into_a_pipe_goes_to_stdout(cli: Callable[..., Any]) -> None:
    ok(cli("counter", "add", "alcohol", "--since", "20d"))
    page = ok(cli("report", "--format", "html"))
    assert page.startswith("<!DOCTYPE html>") and "alcohol" in page


def test_an_empty_file_gives_a_plain_page(cli: Callable[..., Any]) -> None:
    text = ok(cli("report"))
    assert "Nothing was recorded in this period." in text


CARE_NOTE = "CARE-NOTE-PRIVATE"
CARE_HOSTILE = "<script>x</script>|`t`**b**\x1b[31mRED\x07"


def test_confidence_difficulty_care_pledges_and_plan_appear_with_data(cli: Callable[..., Any]) -> None:
    for day, confidence, difficulty in (("-8d", 4, 7), ("-1d", 6, 5), ("today", 8, 3)):
        ok(cli("checkin", "--mood", "3", "--craving", "2", "--date", day,
               "--confidence", str(confidence), "--difficulty", str(difficulty)))  # fmt: skip
    ok(cli("care", "add", "medication", "naltrexone", "--dose", "50 mg", "--schedule", "daily 08:00",
           "--start", "2026-11-16", "--note", CARE_NOTE))  # fmt: skip
    for at in ("2026-11-16 08:00", "2026-11-17 08:00", "2026-11-19 08:00", "2026-11-20 08:00"):
        ok(cli("care", "log", "naltrexone", "--at", at, "--note", CARE_NOTE))
    ok(cli("care", "log", "naltrexone", "missed", "--at", "2026-11-18 08:00"))
    ok(cli("pledge", "PLEDGE-WORDS-PRIVATE"))
    ok(cli("plan", "add", "negative test", "--points", "5", "--step", "1", "--note", "PLAN-NOTE-PRIVATE"))
    ok(cli("plan", "log", "negative test", "--at", "-40d"))  # before the period: its step carries in
    ok(cli("plan", "log", "negative test", "--at", "-2d"))
    text = ok(cli("report", "--since", "30d"))
    assert "mean craving 2.0 of 10, mean confidence 6.0 of 10; how hard the day was: mean 5.0 over 3 rated" in text
    assert "*Mean confidence by week (0 not sure to 10 very sure of staying on track)*" in text
    confidence = text.split("*Mean confidence by week")[1].split("##")[0]
    assert "| 09 Nov | 4.0 |" in confidence and "| 16 Nov | 7.0 |" in confidence
    assert "## Care plan" in text
    assert "| naltrexone | medication | 4 of 5, 1 marked missed | 16 Nov: 4 of 5 |" in text
    assert "## Morning pledge" in text and "1 day began with a pledge. (30 days in the period)" in text
    assert "## Contingency plan" in text
    assert "| negative test | 5, +1 in a row | 1 | 6 points |" in text  # the second in a row earns 6
    assert "| check-in days | 1 each | 3 | 3 points |" in text
    for never in (CARE_NOTE, "50 mg", "PLEDGE-WORDS-PRIVATE", "PLAN-NOTE-PRIVATE"):
        assert never not in text
    for word in ("failed", "failure", "non-compliant", "noncompliant", "should have", "only "):
        assert word not in text.lower()


def test_care_pledge_plan_and_confidence_are_absent_without_data(cli: Callable[..., Any]) -> None:
    ok(cli("checkin", "--mood", "3", "--craving", "2", "--date", "-40d"))
    ok(cli("checkin", "--mood", "3", "--craving", "2"))
    text = ok(cli("report", "--since", "30d"))
    assert "mean craving 2.0 of 10." in text
    assert "confidence" not in text.lower() and "how hard" not in text
    assert "## Care plan" not in text and "## Morning pledge" not in text
    ok(cli("care", "add", "test", "urine test", "--schedule", "weekly", "--start", "2026-12-01"))  # not yet begun
    assert "## Care plan" not in ok(cli("report", "--since", "30d"))
    ok(cli("config", "set", "points.checkin", "0"))
    assert "## Contingency plan" not in ok(cli("report", "--since", "30d"))


def test_hostile_care_item_and_behaviour_names_stay_text(cli: Callable[..., Any], tmp_path: Path) -> None:
    ok(cli("care", "add", "medication", CARE_HOSTILE, "--schedule", "daily", "--start", "2026-11-19"))
    ok(cli("care", "log", CARE_HOSTILE, "--at", "-1d"))
    ok(cli("plan", "add", "x|y <b>z</b> `t`", "--points", "2"))
    ok(cli("plan", "log", "x|y", "--at", "-1d"))
    markdown = ok(cli("report"))
    assert "\x1b" not in markdown and "\x07" not in markdown
    assert f"| {md(CARE_HOSTILE)} | medication |" in markdown and "\\<script\\>" in markdown
    assert "| x\\|y \\<b\\>z\\</b\\> \\`t\\` | 2 each | 1 | 2 points |" in markdown
    target = tmp_path / "r.html"
    ok(cli("report", "-f", "html", "-o", str(target)))
    page = target.read_text()
    root = ET.fromstring(page.split("\n", 1)[1])
    texts = "".join(root.itertext())
    assert "<script>x</script>|`t`**b**\\x1b[31mRED\\x07" in texts and "x|y <b>z</b> `t`" in texts
    assert not root.findall(".//script") and not root.findall(".//b")
    assert "\x1b" not in page and "\x07" not in page
