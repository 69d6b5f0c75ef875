"""TodayPanel: the signs worth noticing now, one of your reasons (a different one each day),
today's pledge, today's check-in at a glance (or how to do it), counts of today's entries, and,
when there is a care plan, its week ("Care plan 5 of 7 this week · 1 due · e").

Fits the dashboard's ~39 x 11 panel: every line is kept to one row (ellipsis), and sensitive
journal entries appear collapsed. Key `c` (check-in form), `d` (pledge) and `j` (journal) are
bound on the dashboard screen.

Warnings (services/insights.py `warnings`, the one decision every screen shares) come first,
each in its brief form after a "!" (seen without colour), at most WARNINGS_SHOWN rows: with
more, the last row says how many more and that `i` (insights) shows them. While any shows,
the last row names the keys that help (i, ctrl+s, j) in place of the journal hint, so the
panel grows by the warning rows only. Their words can quote a trigger's name (stored text):
every row goes through tui/safe.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import msgspec

from recovery_tui import wording
from recovery_tui.core.checkin import MOOD_WORDS, ratings_parts
from recovery_tui.core.insights import Note
from recovery_tui.core.today import Today
from recovery_tui.services import insights as insights_service
from recovery_tui.services import reasons as reason_service
from recovery_tui.services import today as today_service
from recovery_tui.store import Store
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel

if TYPE_CHECKING:  # the care plan is read in the panel's worker, imported there (not at start-up)
    from recovery_tui.core.care import ItemAdherence
    from recovery_tui.services.care import DueItem

WARNINGS_SHOWN = 2  # rows of warnings at most; the panel is about 9 rows high

CareToday = tuple[list["ItemAdherence"], list["DueItem"]]  # the care plan's week, and what is due today


class TodayRead(msgspec.Struct, frozen=True):
    """What the panel read: the day, the warnings that hold now, the reason of the day (its
    text) if there are any, and the care plan's week."""

    today: Today
    warnings: tuple[Note, ...] = ()
    reason: str | None = None
    care: CareToday = ([], [])


def warning_rows(warnings: Sequence[Note]) -> list[str]:
    """One row per warning ("! " and its brief form), at most WARNINGS_SHOWN, the last saying
    how many more there are when they do not all fit."""
    if len(warnings) <= WARNINGS_SHOWN:
        return [f"! {note.short}" for note in warnings]
    shown = [f"! {note.short}" for note in warnings[: WARNINGS_SHOWN - 1]]
    more = len(warnings) - len(shown)
    return [*shown, "! " + wording.WARNINGS_MORE_DASHBOARD.format(count=more)]


def care_line(plan: CareToday) -> str | None:
    """'Care plan 5 of 7 this week · 1 due · e' (all items added up), or None without a plan;
    a plan with nothing planned so far this week (added today, its first time still to come)
    says so instead of "0 of 0"."""
    entries, due = plan
    if not entries:
        return None
    planned = sum(e.this_week.planned for e in entries)
    done = sum(e.this_week.done for e in entries)
    still = f" · {len(due)} due" if due else ""
    if not planned:
        return f"Care plan: {len(due)} due · e" if due else "Care plan: nothing yet this week · e"
    return f"Care plan {done} of {planned} this week{still} · e"


def today_lines(
    summary: Today,
    warnings: Sequence[Note] = (),
    reason: str | None = None,
    plan: CareToday = ([], []),
) -> list[str]:
    """The panel's lines for a day (plain text, one row each): warnings first, then the reason
    of the day if any."""
    lines: list[str] = warning_rows(warnings)
    if reason:
        lines.append(f"Why: {' '.join(reason.split())}")
    if summary.pledge is not None:  # a word, not a colour: "✓ Pledged today"
        words = f": {summary.pledge.text}" if summary.pledge.text else ""
        lines.append(f"✓ Pledged today{words}")
    checkin = summary.checkin
    if checkin is None:
        lines += ["No check-in yet today.", "Press c to check in: mood, craving,", "sober today, gratitude, a note."]
    else:
        lines.append(f"Mood {checkin.mood}/5 {MOOD_WORDS[checkin.mood]} · craving {checkin.craving}/10")
        ratings = ratings_parts(checkin.difficulty, checkin.confidence)
        if ratings:
            lines.append(" · ".join(ratings).capitalize())
        if checkin.sober:
            lines.append("Sober: " + ", ".join(f"{s.counter} {'yes' if s.sober else 'no'}" for s in checkin.sober))
        if checkin.gratitude:
            lines.append(f"Grateful: {checkin.gratitude}")
        if checkin.note:
            lines.append(f"Note: {checkin.note.splitlines()[0]}")
        extra = f" ({len(summary.checkins)} today)" if len(summary.checkins) > 1 else ""
        lines.append(f"Checked in {checkin.at:%H:%M}{extra} · c to update")
    lines.append("")
    care = care_line(plan)
    if care is not None:
        lines.append(care)
    count = len(summary.journal)
    lines.append(f"Journal {count} · triggers {len(summary.triggers)} · skills {len(summary.skills)}")
    if summary.journal:
        last = summary.journal[-1]
        lines.append(f"{last.at:%H:%M} {'⚠ ' if last.sensitive else ''}{last.preview(60)}")
    lines.append(wording.WARNINGS_KEYS_DASHBOARD if warnings else "j opens the journal")
    return lines


class TodayPanel(Panel[TodayRead]):
    """Today's check-in summary and counts, the warnings that hold now, one of the person's
    reasons (a different one each day) and the care plan's week, refreshed whenever the data
    changes."""

    NAME = "today"
    TITLE = "Today"

    def read(self, store: Store, now: datetime) -> TodayRead:
        """Today's check-ins, journal entries, triggers and skills, the current warnings, the
        reason of the day and the care plan's week."""
        from recovery_tui.services import care as care_service

        of_the_day = reason_service.reason_of_the_day(store, now.date())
        care = (care_service.weekly_adherence(store, now=now, weeks=1), care_service.due_today(store, now=now))
        return TodayRead(
            today_service.today(store, now=now),
            tuple(insights_service.warnings(store, now=now)),
            of_the_day[1].text if of_the_day else None,
            care,
        )

    def rows(self, read: TodayRead, width: int) -> list[str]:
        """One row per line (the body's CSS cuts each to the width with an ellipsis)."""
        return [shown_line(line) for line in today_lines(read.today, read.warnings, read.reason, read.care)]
