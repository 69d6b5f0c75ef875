"""TodayPanel: today's pledge, check-in at a glance (or how to do it) and counts of today's entries.

Fits the dashboard's ~39 x 11 panel: every line is kept to one row (ellipsis), and sensitive
journal entries appear collapsed. Key `c` (check-in form), `d` (pledge) and `j` (journal) are bound on the
dashboard screen.
"""

from __future__ import annotations

from datetime import datetime

from recovery_tui.core.checkin import MOOD_WORDS
from recovery_tui.core.today import Today
from recovery_tui.services import today as today_service
from recovery_tui.store import Store
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.panel import Panel


def today_lines(summary: Today) -> list[str]:
    """The panel's lines for a day (plain text, one row each)."""
    lines: list[str] = []
    if summary.pledge is not None:  # a word, not a colour: "✓ Pledged today"
        words = f": {summary.pledge.text}" if summary.pledge.text else ""
        lines.append(f"✓ Pledged today{words}")
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
    lines.append("j opens the journal")
    return lines


class TodayPanel(Panel[Today]):
    """Today's check-in summary and counts, refreshed whenever the data changes."""

    NAME = "today"
    TITLE = "Today"

    def read(self, store: Store, now: datetime) -> Today:
        """Today's check-ins, journal entries, triggers and skills."""
        return today_service.today(store, now=now)

    def rows(self, read: Today, width: int) -> list[str]:
        """One row per line (the body's CSS cuts each to the width with an ellipsis)."""
        return [shown_line(line) for line in today_lines(read)]
