"""A report to share with a counsellor or sponsor: built from the same services as insights,
counters and meetings, written as Markdown or self-contained HTML (core/report.py).

`build(store, since=..., now=...)` runs each function of SECTIONS in order; each takes the
`Period` (the store, the period, what was asked for, and the figures several sections share,
worked out once and cached) and returns a core.report.Section, or None when it has nothing to
say. To add a section (care-plan adherence, say), write one function here and add it to
SECTIONS where it should appear (the care plan, pledges and the contingency plan are three
such functions); a figure of an existing section (check-in confidence) goes in
that section's function.

Anonymous by default, and these rules hold for every section:
- who: the pseudonym from settings, or no name at all; never a contact's name or how to reach
  them (contacts are read only to take their names and numbers out of any text shown here,
  as "(a contact)"); never the text of a request for help;
- journal text only when asked (`include_journal`), and never an entry marked sensitive;
- no free notes (check-in, trigger, meeting, restart, care-plan and plan notes stay private),
  no trigger's place or people, no meeting names (fellowship and format only), no pledge's
  words; care items by name and kind with their adherence (the person chose to share these
  with their care), never a dose or a test's result.

`write_report` writes the file through services/export.py's writer, in its strict mode for
shared files: atomic, 0600, never through a symbolic link, never over anything but a regular
file, never under /dev.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path

from recovery_tui import wording
from recovery_tui.core.care import week_line
from recovery_tui.core.checkin import CheckIn
from recovery_tui.core.insights import CravingPoint, Insights, weekly_craving, what_worked
from recovery_tui.core.plan import schedule_text
from recovery_tui.core.report import (
    FORMATS,
    Bar,
    Bars,
    Block,
    Items,
    Paragraph,
    Quote,
    Report,
    Section,
    Table,
    Trend,
    render,
)
from recovery_tui.core.words import counted
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contact_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import insights as insights_service
from recovery_tui.services import journal as journal_service
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import plan as plan_service
from recovery_tui.services.export import refuse_ours, write_file
from recovery_tui.services.triggers import triggers_between
from recovery_tui.store import Store

EXTENSIONS = {"markdown": ".md", "html": ".html"}
TOP_TRIGGERS = 8
WHAT_HELPED = 5
CONTACT_SHOWN = "(a contact)"
MIN_REDACTED = 2  # contact names or numbers shorter than this are left alone (a single letter)


class Period:
    """What a report is about, and the figures sections share (each worked out once, on first use)."""

    def __init__(self, store: Store, *, since: datetime, now: datetime, include_journal: bool = False) -> None:
        self.store, self.since, self.now, self.include_journal = store, since, now, include_journal

    @property
    def days(self) -> int:
        """The period's length in whole days (at least 1)."""
        return max(1, round((self.now - self.since).total_seconds() / 86400))

    @cached_property
    def insights(self) -> Insights:
        """The period's insights, exactly as `recover insights` works them out."""
        return insights_service.compute_insights(self.store, since=self.since, now=self.now, top_limit=TOP_TRIGGERS)

    @cached_property
    def checkins(self) -> list[CheckIn]:
        """The period's check-ins."""
        return checkin_service.list_checkins(self.store, since=self.since.date(), until=self.now.date())

    @cached_property
    def week_start(self) -> int:
        """The first weekday of a week from settings (0 Monday)."""
        return insights_service.week_start(self.store)

    @cached_property
    def _contact_pattern(self) -> re.Pattern[str] | None:
        words = {
            text.strip()
            for contact in contact_service.list_contacts(self.store)
            for text in (contact.name, contact.reach)
            if len(text.strip()) >= MIN_REDACTED
        }
        if not words:
            return None
        alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def text(self, stored: str) -> str:
        """Stored text for the report, with any contact's name or number replaced by CONTACT_SHOWN."""
        pattern = self._contact_pattern
        return stored if pattern is None else pattern.sub(CONTACT_SHOWN, stored)


SectionMaker = Callable[[Period], Section | None]


def _one(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


# -- the sections, in the order they appear ----------------------------------------------------
def counters_section(period: Period) -> Section | None:
    """Days on each counter, the longest streak, and restarts in the period and in all."""
    rows: list[tuple[str, ...]] = []
    in_period = 0
    for summary in counter_service.summaries(period.store, period.now):
        counter, stats = summary.counter, summary.stats
        recent = sum(1 for e in counter.events if e.kind == "relapse" and period.since <= e.at <= period.now)
        in_period += recent
        rows.append(
            (
                period.text(counter.name),
                counted(stats.current_span.days, "day"),
                counted(stats.longest.days, "day"),
                str(recent),
                str(stats.relapses),
            )
        )
    if not rows:
        return None
    header = ("Counter", "Days now", "Longest streak", "Restarts in period", "Restarts in all")
    restarts = wording.REPORT_RESTARTS.format(restarts=counted(in_period, "restart")) if in_period else None
    blocks: list[Block] = [Table(header, tuple(rows)), Paragraph(restarts or wording.REPORT_NO_RESTARTS)]
    blocks.append(Paragraph(wording.REPORT_COUNTERS_NOTE))
    return Section("Counters", tuple(blocks))


def checkins_section(period: Period) -> Section | None:
    """How many check-ins, and mean mood and craving, overall and week by week."""
    checkins = period.checkins
    if not checkins:
        return None
    days = len({c.day for c in checkins})
    mood = sum(c.mood for c in checkins) / len(checkins)
    craving = sum(c.craving for c in checkins) / len(checkins)
    first, last = period.since.date(), period.now.date()
    # weekly_craving averages any whole-number score per day: mood goes through the same maths
    moods = weekly_craving([CravingPoint(c.day, c.mood) for c in checkins], first, last, period.week_start)
    cravings = period.insights.weekly_craving
    summary = (
        f"{counted(len(checkins), 'check-in')} on {days} of the {counted(period.days, 'day')}; "
        f"mean mood {mood:.1f} of 5, mean craving {craving:.1f} of 10"
    )
    confidences = [c.confidence for c in checkins if c.confidence is not None]
    if confidences:
        summary += f", mean confidence {sum(confidences) / len(confidences):.1f} of 10"
    difficulty = period.insights.difficulty_text()
    summary += f"; how hard the day was: {difficulty}." if difficulty else "."
    blocks: list[Block] = [
        Paragraph(summary),
        Trend(
            "Mean mood by week (1 very low to 5 very good)",
            tuple(f"{w.week:%d %b}" for w in moods),
            tuple(w.mean for w in moods),
            1,
            5,
        ),
        Trend(
            "Mean craving by week (0 none to 10 strongest)",
            tuple(f"{w.week:%d %b}" for w in cravings),
            tuple(w.mean for w in cravings),
            0,
            10,
        ),
    ]
    if confidences:
        weekly = period.insights.weekly_confidence
        blocks.append(
            Trend(
                "Mean confidence by week (0 not sure to 10 very sure of staying on track)",
                tuple(f"{w.week:%d %b}" for w in weekly),
                tuple(w.mean for w in weekly),
                0,
                10,
            )
        )
    return Section("Check-ins", tuple(blocks))


def triggers_section(period: Period) -> Section | None:
    """The top triggers (how often, how strong, how they ended) and what helped against them."""
    result = period.insights
    if not result.top:
        return None
    most = max(t.count for t in result.top)
    blocks: list[Block] = [
        Paragraph(f"{counted(result.trigger_count, 'trigger')} logged in this period."),
        Bars(
            "Top triggers by how often they came up",
            tuple(Bar(period.text(t.name), t.count, counted(t.count, "time")) for t in result.top),
            most,
        ),
        Table(
            ("Trigger", "Times", "Mean intensity (0-10)", "Rode it out", "Used"),
            tuple(
                (period.text(t.name), str(t.count), _one(t.mean_intensity), str(t.resisted), str(t.used))
                for t in result.top
            ),
        ),
    ]
    helped = [
        f"{period.text(w.name)}: " + ", ".join(f"{period.text(way)} ({counted(n, 'time')})" for way, n in w.worked)
        for w in what_worked(triggers_between(period.store, period.since, period.now), limit=WHAT_HELPED)
        if w.worked
    ]
    if helped:
        blocks += [Paragraph("What helped (ways of coping that ended with riding it out):"), Items(tuple(helped))]
    if result.coping:
        blocks.append(
            Table(
                ("Way of coping", "Tried", "Rode it out"),
                tuple(
                    (period.text(c.coping), str(c.tried), f"{c.share:.0%} ({c.resisted} of {c.tried})")
                    for c in result.coping[:WHAT_HELPED]
                ),
            )
        )
    halt = ", ".join(f"{h.state} {h.share:.0%}" for h in result.halt if h.count)
    if halt:
        blocks.append(Paragraph(f"Hungry, angry, lonely, tired (share of triggers): {halt}."))
    return Section("Triggers and what helped", tuple(blocks))


def skills_section(period: Period) -> Section | None:
    """10-minute skills: sessions, completed, and the mean change in craving from before to after."""
    skills = period.insights.skills
    if not skills:
        return None
    rows = tuple(
        (
            period.text(s.skill),
            str(s.sessions),
            str(s.completed),
            "not rated" if s.mean_change is None else f"{s.mean_change:+.1f} (over {s.rated} rated)",
        )
        for s in skills
    )
    return Section(
        "Skills",
        (
            Table(("Skill", "Sessions", "Completed", "Craving change, after minus before"), rows),
            Paragraph("A negative change means the craving eased during the skill."),
        ),
    )


def meetings_section(period: Period) -> Section | None:
    """Meetings attended: how many, online or in person, roles taken, and week by week against the goal."""
    meetings = [m for m in meeting_service.list_meetings(period.store, since=period.since) if m.at <= period.now]
    if not meetings:
        return None
    online = sum(1 for m in meetings if m.format == "online")
    helper = sum(len(m.helper_roles) for m in meetings)
    groups: dict[str, int] = {}
    for m in meetings:
        if m.fellowship:
            label = period.text(m.fellowship)
            groups[label] = groups.get(label, 0) + 1
    text = (
        f"{counted(len(meetings), 'meeting')} ({online} online, {len(meetings) - online} in person); "
        f"{counted(helper, 'helper role')} taken (greeter, shared, buddy, chair)."
    )
    blocks: list[Block] = [Paragraph(text)]
    if groups:
        blocks.append(Items(tuple(f"{name}: {counted(n, 'meeting')}" for name, n in groups.items())))
    weeks = max(1, -(-period.days // 7))
    progress = meeting_service.progress(period.store, now=period.now, weeks=weeks)
    shown = list(reversed(progress.weeks))
    blocks.append(
        Bars(
            "Meetings per week",
            tuple(Bar(f"week of {w.start:%d %b}", w.meetings, counted(w.meetings, "meeting")) for w in shown),
            max([progress.goal, *(w.meetings for w in shown), 1]),
        )
    )
    if progress.goal:
        met = sum(1 for w in shown if w.met)
        blocks.append(
            Paragraph(
                f"Weekly goal: {counted(progress.goal, 'meeting')}; reached in {met} of {counted(weeks, 'week')}."
            )
        )
    return Section("Meetings", tuple(blocks))


def pledges_section(period: Period) -> Section | None:
    """How many days of the period began with a morning pledge (never the pledge's words)."""
    line = period.insights.pledge_line
    if line is None:
        return None
    return Section("Morning pledge", (Paragraph(f"{line} ({counted(period.days, 'day')} in the period)"),))


def care_section(period: Period) -> Section | None:
    """Care-plan adherence: each item (name and kind, never its dose or notes), taken or
    attended of planned over the period and week by week."""
    rows: list[tuple[str, ...]] = []
    for entry in period.insights.care:
        total = entry.total
        if not total.planned and not total.logged and not total.missed:
            continue
        whole = week_line(total, this_week=False)
        weeks = "; ".join(f"{w.start:%d %b}: {w.text}" for w in reversed(entry.weeks) if w.planned or w.logged)
        rows.append((period.text(entry.item.name), entry.item.kind, whole, weeks or "-"))
    if not rows:
        return None
    header = ("Care item", "Kind", "In the period", "Week by week (week starting)")
    return Section("Care plan", (Paragraph(wording.REPORT_CARE_NOTE), Table(header, tuple(rows))))


def plan_section(period: Period) -> Section | None:
    """The contingency plan's behaviours that can earn: points and what each earned in the
    period (absent when nothing was earned)."""
    earned = [
        e
        for e in plan_service.earned_between(period.store, since=period.since, now=period.now)
        if e.entry.schedule.points or e.entry.schedule.step or e.points
    ]
    if not any(e.count for e in earned):
        return None
    rows = tuple(
        (period.text(e.entry.behaviour.name), schedule_text(e.entry.schedule), str(e.count), counted(e.points, "point"))
        for e in earned
    )
    header = ("Behaviour", "Points", "Successes in period", "Earned in period")
    return Section("Contingency plan", (Paragraph(wording.REPORT_PLAN_NOTE), Table(header, rows)))


def observations_section(period: Period) -> Section | None:
    """The early-warning signs and patterns insights notes for the period (their text only)."""
    notes = period.insights.warnings
    if not notes:
        return None
    return Section(
        "Observations",
        (Paragraph(wording.REPORT_OBSERVATIONS), Items(tuple(period.text(n.text) for n in notes))),
    )


def journal_section(period: Period) -> Section | None:
    """Journal entries of the period, only when asked for, never one marked sensitive."""
    if not period.include_journal:
        return None
    entries = [
        e for e in journal_service.list_entries(period.store, since=period.since, until=period.now) if not e.sensitive
    ]
    if not entries:
        return None
    quotes = tuple(
        Quote(
            f"{e.at:%a %d %b %Y %H:%M}" + (" · " + " ".join(f"#{t}" for t in e.tags) if e.tags else ""),
            period.text(e.text),
        )
        for e in entries
    )
    return Section("Journal (shared on request)", quotes)


SECTIONS: list[SectionMaker] = [
    counters_section,
    checkins_section,
    triggers_section,
    skills_section,
    meetings_section,
    care_section,
    pledges_section,
    plan_section,
    observations_section,
    journal_section,
]
"""The report's sections, in order: add a section by adding its function here."""


# -- the report ---------------------------------------------------------------------------------
def build(store: Store, *, since: datetime, now: datetime, include_journal: bool = False) -> Report:
    """The report for the period [since, now] (see the module docstring for what it never holds)."""
    period = Period(store, since=since, now=now, include_journal=include_journal)
    pseudonym = str(config_service.load(store).get("pseudonym") or "").strip()
    about = [f"{since:%d %b %Y} to {now:%d %b %Y} ({counted(period.days, 'day')})"]
    if pseudonym:
        about.append(f"Shared by {period.text(pseudonym)}")
    about.append(f"Made {now:%d %b %Y %H:%M}")
    sections = tuple(section for make in SECTIONS if (section := make(period)) is not None)
    if not sections:
        sections = (Section("Nothing yet", (Paragraph("Nothing was recorded in this period."),)),)
    closing = wording.REPORT_CLOSING.format(journal="" if include_journal else wording.REPORT_CLOSING_NO_JOURNAL)
    return Report(wording.REPORT_TITLE, tuple(about), sections, closing)


def render_report(store: Store, fmt: str, *, since: datetime, now: datetime, include_journal: bool = False) -> str:
    """The report as text in `fmt` (one of core.report.FORMATS)."""
    return render(build(store, since=since, now=now, include_journal=include_journal), fmt)


def default_path(fmt: str, now: datetime, folder: Path) -> Path:
    """recover-report-YYYYMMDD.md / .html in `folder`."""
    return folder / f"recover-report-{now:%Y%m%d}{EXTENSIONS[fmt]}"


def default_folder(data_folder: Path) -> Path:
    """Where the dashboard offers to write a report: the home folder, else the data file's folder."""
    home = Path.home()
    return home if home.is_dir() else data_folder


def write_report(
    store: Store, fmt: str, path: Path, *, since: datetime, now: datetime, include_journal: bool = False
) -> Path:
    """Write the report to `path` (atomic, 0600; see the module docstring); returns where it went."""
    refuse_ours(store, path)
    text = render_report(store, fmt, since=since, now=now, include_journal=include_journal)
    return write_file(path, text.encode("utf-8"), overwrite=True, regular_only=True)


__all__ = ["FORMATS", "SECTIONS", "Period", "build", "default_path", "render_report", "write_report"]
