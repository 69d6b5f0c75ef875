"""`recover today`: the day at a glance: check-in, journal entries, triggers, skill sessions."""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.times import date_option
from recovery_tui.core.words import counted
from recovery_tui.services import today as today_service


def today(
    ctx: typer.Context,
    *,
    day_text: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DAY", help="Another day: yesterday, 2026-11-18.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts (full journal text).")] = False,
) -> None:
    """Show today's check-in, journal entries, triggers and skill sessions.

    Example: recover today --json
    """
    store = common.get_store(ctx)
    now = common.now()
    day = date_option(day_text, now, field="date") if day_text is not None else now.date()
    summary = today_service.today(store, now=now, day=day)
    if as_json:
        common.emit_json(summary.to_json())
        return
    label = "Today" if day == now.date() else "That day"
    common.say(f"{label}, {day:%A %d %B %Y}")
    if summary.pledge is not None:
        common.say(f"Pledged: {summary.pledge.text}" if summary.pledge.text else "Pledged (no words)")
    common.say()
    if summary.checkins:
        for entry in summary.checkins:
            common.say(f"Check-in {entry.at:%H:%M}: {entry.summary()}")
            if entry.gratitude:
                common.say(f"  grateful for: {entry.gratitude}")
            if entry.note:
                common.say(f"  note: {entry.note}")
    else:
        hint = "recover checkin" if day == now.date() else f"recover checkin --date {day.isoformat()}"
        common.say(f"Check-in: not yet ({hint})")
    common.say()
    common.say(f"Journal: {counted(len(summary.journal), 'entry', 'entries')}")
    for journal_entry in summary.journal:
        marker = "⚠ " if journal_entry.sensitive else ""
        common.say(f"  {journal_entry.at:%H:%M}  {journal_entry.id[:8]}  {marker}{journal_entry.preview(50)}")
    common.say(f"Triggers: {len(summary.triggers)}")
    for trigger in summary.triggers:
        extra = [f"intensity {trigger.intensity}/10"] if trigger.intensity is not None else []
        if trigger.outcome:
            extra.append(trigger.outcome)
        common.say(f"  {trigger.at:%H:%M}  {trigger.what}" + (f" ({', '.join(extra)})" if extra else ""))
    common.say(f"Skill sessions: {len(summary.skills)}")
    for skill in summary.skills:
        done = "completed" if skill.completed else "stopped early"
        change = skill.craving_change()
        common.say(f"  {skill.started_at:%H:%M}  {skill.skill}, {done}" + (f", {change}" if change else ""))


def register(app: typer.Typer) -> None:
    """Add `today` to the root app."""
    app.command("today", short_help="Today's check-in, journal, triggers, skills · recover today")(today)
