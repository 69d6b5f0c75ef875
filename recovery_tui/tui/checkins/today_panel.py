"""TodayPanel: the signs worth noticing now, today's check-in at a glance (or how to do it)
and counts of today's entries.

Fits the dashboard's ~39 x 11 panel: every line is kept to one row (ellipsis), and sensitive
journal entries appear collapsed. Key `c` (check-in form) and `j` (journal) are bound on the
dashboard screen.

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

import msgspec

from recovery_tui import wording
from recovery_tui.core.checkin import MOOD_WORDS
from recovery_tui.core.insights import Note
from recovery_tui.core.today import Today
from recovery_tui.services import insights as insights_service
from recovery_tui.services import today as today_service
from recovery_tui.store import Store
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel

WARNINGS_SHOWN = 2  # rows of warnings at most; the panel is about 9 rows high


class TodayRead(msgspec.Struct, frozen=True):
    """What the panel read: the day, and the warnings that hold now."""

    today: Today
    warnings: tuple[Note, ...] = ()


def warning_rows(warnings: Sequence[Note]) -> list[str]:
    """One row per warning ("! " and its brief form), at most WARNINGS_SHOWN, the last saying
    how many more there are when they do not all fit."""
    if len(warnings) <= WARNINGS_SHOWN:
        return [f"! {note.short}" for note in warnings]
    shown = [f"! {note.short}" for note in warnings[: WARNINGS_SHOWN - 1]]
    more = len(warnings) - len(shown)
    return [*shown, "! " + wording.WARNINGS_MORE_DASHBOARD.format(count=more)]


def today_lines(summary: Today, warnings: Sequence[Note] = ()) -> list[str]:
    """The panel's lines for a day (plain text, one row each): warnings first."""
    lines: list[str] = warning_rows(warnings)
    checkin = summary.checkin
    if checkin is None:
        lines += ["No check-in yet today.", "Press c to check in: mood, craving,", "sober today, gratitude, a note."]
    else:
        lines.append(f"Mood {checkin.mood}/5 {MOOD_WORDS[checkin.mood]} · craving {checkin.craving}/10")
        if checkin.sober:
            lines.append("Sober: " + ", ".join(f"{s.counter} {'yes' if s.sober else 'no'}" for s in checkin.sober))
        if checkin.gratitude:
            lines.append(f"Grateful: {checkin.gratitude}")
        if checkin.note:
            lines.append(f"Note: {checkin.note.splitlines()[0]}")
        extra = f" ({len(summary.checkins)} today)" if len(summary.checkins) > 1 else ""
        lines.append(f"Checked in {checkin.at:%H:%M}{extra} · c to update")
    lines.append("")
    count = len(summary.journal)
    lines.append(f"Journal {count} · triggers {len(summary.triggers)} · skills {len(summary.skills)}")
    if summary.journal:
        last = summary.journal[-1]
        lines.append(f"{last.at:%H:%M} {'⚠ ' if last.sensitive else ''}{last.preview(60)}")
    lines.append(wording.WARNINGS_KEYS_DASHBOARD if warnings else "j opens the journal")
    return lines


class TodayPanel(Panel[TodayRead]):
    """Today's check-in summary and counts, refreshed whenever the data changes."""

    NAME = "today"
    TITLE = "Today"

    def read(self, store: Store, now: datetime) -> TodayRead:
        """Today's check-ins, journal entries, triggers and skills, and the current warnings."""
        return TodayRead(today_service.today(store, now=now), tuple(insights_service.warnings(store, now=now)))

    def rows(self, read: TodayRead, width: int) -> list[str]:
        """One row per line (the body's CSS cuts each to the width with an ellipsis)."""
        return [shown_line(line) for line in today_lines(read.today, read.warnings)]
