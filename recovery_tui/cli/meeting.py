"""`recover meeting`: log meetings and helper roles, set a weekly goal, see weeks and runs."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from recovery_tui.cli import common, complete
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.cli.times import time_option
from recovery_tui.core.meetings import FORMATS, Meeting, WeeklyProgress, WeekSummary
from recovery_tui.core.rewards import PointRates
from recovery_tui.core.timeparse import parse_since
from recovery_tui.core.words import counted, noun
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import plan as plan_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.store import Store

meeting_app = typer.Typer(
    rich_markup_mode=None,
    help="Meetings attended, roles taken, and a weekly goal. "
    "Example: recover meeting log 'Tuesday group' --format in-person --role greeter",
)
FORMAT_VALUES = complete.choices(FORMATS)


def when(meeting: Meeting) -> str:
    """A short local time such as 'Fri 20 Nov 19:00'."""
    return f"{meeting.at:%a %d %b %H:%M}"


def meeting_points(meeting: Meeting, rates: PointRates) -> int:
    """Points one meeting earns: the meeting plus each helper role."""
    return rates.meeting + rates.helper_role * len(meeting.helper_roles)


def plan_points(store: Store, meeting: Meeting, now: datetime) -> tuple[int, int]:
    """What the plan gives for one meeting now: (the meeting, its helper roles); an escalating
    schedule's step included (services/plan.py `gained`), else the flat rate."""
    base = plan_service.gained(store, "meeting", at=meeting.at, count=1, now=now)
    helper = plan_service.gained(store, "helper_role", at=meeting.at, count=len(meeting.helper_roles), now=now)
    return base, helper


def meeting_json(meeting: Meeting, rates: PointRates) -> dict[str, Any]:
    """A meeting for --json output."""
    return {
        "id": meeting.id,
        "at": meeting.at.isoformat(timespec="seconds"),
        "name": meeting.name,
        "format": meeting.format,
        "fellowship": meeting.fellowship,
        "roles": list(meeting.roles),
        "note": meeting.note,
        "points": meeting_points(meeting, rates),
    }


def week_json(week: WeekSummary) -> dict[str, Any]:
    """One week for --json output."""
    return {
        "start": week.start.isoformat(),
        "end": week.end.isoformat(),
        "meetings": week.meetings,
        "helper_roles": week.helper_roles,
        "goal": week.goal,
        "met": week.met,
    }


def describe(meeting: Meeting) -> str:
    """'Tuesday group · AA · in person · greeter, shared · Fri 20 Nov 19:00'."""
    parts = [meeting.title]
    if meeting.name and meeting.fellowship:
        parts.append(meeting.fellowship)
    parts.append(meeting.format.replace("-", " "))
    if meeting.roles:
        parts.append(", ".join(meeting.roles))
    parts.append(when(meeting))
    return " · ".join(parts)


def meetings_word(count: int) -> str:
    """'meeting' for 1, else 'meetings'."""
    return noun(count, "meeting")


def this_week_line(progress: WeeklyProgress) -> str:
    """'This week: 2 of 3 meetings, 1 to go.' and friends."""
    week = progress.this_week
    if progress.goal == 0:
        return f"This week: {counted(week.meetings, 'meeting')}. Set a weekly goal with 'recover meeting goal 2'."
    if week.met:
        return f"This week: {week.meetings} of {progress.goal} {meetings_word(progress.goal)}. Weekly goal met."
    return f"This week: {week.meetings} of {progress.goal} {meetings_word(progress.goal)}, {week.to_go} to go."


def run_line(progress: WeeklyProgress) -> str:
    """'Run: 4 weeks in a row met the goal (best 6).'"""
    if progress.goal == 0:
        return "Run: no weekly goal set."
    return f"Run: {counted(progress.current_run, 'week')} in a row met the goal (best {progress.best_run})."


@meeting_app.command("log")
def log(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="What you call the meeting, e.g. 'Tuesday step group'.")] = None,
    *,
    meeting_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="online or in-person (asked at a terminal when left out).",
            autocompletion=FORMAT_VALUES,
        ),
    ] = None,
    fellowship: Annotated[str | None, typer.Option(help="AA, NA, SMART, ... or any group's name.")] = None,
    role: Annotated[
        list[str] | None,
        typer.Option(help="A role you took: greeter, shared, buddy, chair or listened. Repeat for more."),
    ] = None,
    at: Annotated[str, typer.Option(help="When it was: now, 19:00, yesterday 19:00, -2h ...")] = "now",
    note: Annotated[str | None, typer.Option(help="A note for yourself.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Log a meeting you attended and the roles you took; it earns points.

    Example: recover meeting log "Tuesday group" --format in-person --fellowship AA --role greeter --role shared
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at")
    chosen = meeting_format or common.ask("Online or in-person?", default="in-person", field="format")
    meeting = meeting_service.log_meeting(
        store, at=moment, format=chosen, now=now, name=name, fellowship=fellowship, roles=role or (), note=note
    )
    rates = reward_service.rates(store)
    progress = meeting_service.progress(store, now=now, weeks=1)
    current = reward_service.balance(store, now=now)
    base, helper = plan_points(store, meeting, now)
    roles = len(meeting.helper_roles)
    if as_json:
        common.emit_json(
            {
                "meeting": {**meeting_json(meeting, rates), "points": base + helper},
                "this_week": week_json(progress.this_week),
                "balance": current.balance,
            }
        )
        return
    common.say(f"Logged: {describe(meeting)}  (id {meeting.id[:8]})")
    earned = f"+{counted(base + helper, 'point')}"
    if roles:
        each = f"{roles} × {rates.helper_role}" if helper == roles * rates.helper_role else str(helper)
        earned += f" (meeting {base}, helper roles {each})"
    common.say(f"{earned}. Balance: {counted(current.balance, 'point')}.")
    common.say(this_week_line(progress))


@meeting_app.command("list")
def list_meetings(
    ctx: typer.Context,
    *,
    since: Annotated[str, typer.Option(help="Only since then: 90d, 12w or a date such as 2026-01-01.")] = "90d",
    show_all: Annotated[bool, typer.Option("--all", help="Every meeting ever logged (ignores --since).")] = False,
    limit: Limit = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the meetings you logged (the last 90 days unless told), oldest first, newest last, with points.

    Example: recover meeting list --since 30d
    """
    store = common.get_store(ctx)
    now = common.now()
    start = None if show_all else parse_since(since, now)
    everything = meeting_service.list_meetings(store)
    meetings = newest((m for m in everything if start is None or m.at >= start), limit, key=lambda m: m.at)
    rates = reward_service.rates(store)
    if as_json:
        common.emit_json([meeting_json(m, rates) for m in meetings])
        return
    if not everything:
        common.say("No meetings logged yet. Log one with: recover meeting log --format online")
        return
    if meetings:
        rows = [
            [m.id[:8], when(m), m.title + (f" ({m.fellowship})" if m.name and m.fellowship else ""), m.format]
            + [", ".join(m.roles), str(meeting_points(m, rates))]
            for m in meetings
        ]
        common.table(["id", "when", "meeting", "format", "roles", "points"], rows, wrap=(2, 4))
    if start is not None and len(meetings) < len(everything):
        common.say(
            f"{len(meetings)} of {counted(len(everything), 'meeting')} since {start:%Y-%m-%d}; "
            "--all or --since 2025-01-01 shows more."
        )


@meeting_app.command("week")
def week(
    ctx: typer.Context,
    *,
    weeks: Annotated[int, typer.Option(help="How many recent weeks to show.", min=1, max=520)] = 8,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show recent weeks against your weekly goal, and the run of weeks that met it.

    Example: recover meeting week --weeks 12
    """
    store = common.get_store(ctx)
    progress = meeting_service.progress(store, now=common.now(), weeks=weeks)
    if as_json:
        common.emit_json(
            {
                "goal": progress.goal,
                "week_start": progress.week_start,
                "current_run": progress.current_run,
                "best_run": progress.best_run,
                "weeks": [week_json(w) for w in progress.weeks],
            }
        )
        return
    goal_text = (
        f"{progress.goal} {meetings_word(progress.goal)} a week"
        if progress.goal
        else "not set (recover meeting goal 2)"
    )
    common.say(f"Weekly goal: {goal_text}; weeks start on {progress.week_start}.")
    rows = []
    for index, item in enumerate(progress.weeks):
        if progress.goal == 0:
            status = ""
        elif item.met:
            status = "met"
        elif index == 0:
            status = f"{item.to_go} to go"
        else:
            status = f"{item.meetings} of {item.goal}"
        label = f"{item.start:%a %d %b %Y}" + (" (this week)" if index == 0 else "")
        rows.append([label, str(item.meetings), str(item.helper_roles), status])
    common.table(["week of", "meetings", "helper roles", "goal"], rows)
    common.say(this_week_line(progress))
    common.say(run_line(progress))


@meeting_app.command("goal")
def goal(
    ctx: typer.Context,
    meetings_per_week: Annotated[
        int | None, typer.Argument(help="Meetings per week to aim for; 0 removes the goal.", metavar="N")
    ] = None,
) -> None:
    """Set (or show) how many meetings a week you aim for.

    Example: recover meeting goal 3
    """
    store = common.get_store(ctx)
    if meetings_per_week is None:
        current = meeting_service.goal(store)
        shown = f"Weekly goal: {current} {meetings_word(current)} a week."
        common.say(shown if current else "No weekly goal set. Example: recover meeting goal 3")
        return
    stored = meeting_service.set_goal(store, meetings_per_week)
    if stored == 0:
        common.say("Weekly goal removed.")
        return
    common.say(f"Weekly goal: {stored} {meetings_word(stored)} a week.")
    common.say(this_week_line(meeting_service.progress(store, now=common.now(), weeks=1)))


@meeting_app.command("edit")
def edit(
    ctx: typer.Context,
    meeting_id: Annotated[
        str, typer.Argument(help="The meeting's id (the first 8 characters are enough).", metavar="ID")
    ],
    *,
    name: Annotated[str | None, typer.Option(help="New name ('' removes it).")] = None,
    meeting_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="online or in-person.",
            autocompletion=FORMAT_VALUES,
        ),
    ] = None,
    fellowship: Annotated[str | None, typer.Option(help="AA, NA, SMART, ... ('' removes it).")] = None,
    role: Annotated[
        list[str] | None,
        typer.Option(help="Replaces the roles: greeter, shared, buddy, chair, listened; 'none' removes them."),
    ] = None,
    at: Annotated[str | None, typer.Option(help="When it was: 19:00, yesterday 19:00, 2026-11-17 19:00 ...")] = None,
    note: Annotated[str | None, typer.Option(help="New note ('' removes it).")] = None,
) -> None:
    """Correct a meeting you logged; its points follow the change.

    Example: recover meeting edit 1a2b3c4d --role greeter --role chair
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at") if at is not None else None
    roles = None if role is None else [] if [r.strip().lower() for r in role] == ["none"] else role
    meeting = meeting_service.edit_meeting(
        store,
        meeting_id,
        now=now,
        at=moment,
        format=meeting_format,
        name=name,
        fellowship=fellowship,
        roles=roles,
        note=note,
    )
    current = reward_service.balance(store, now=now)
    common.say(f"Changed: {describe(meeting)}  (+{counted(sum(plan_points(store, meeting, now)), 'point')})")
    common.say(f"Balance: {counted(current.balance, 'point')}.")


@meeting_app.command("delete")
def delete(
    ctx: typer.Context,
    meeting_id: Annotated[
        str, typer.Argument(help="The meeting's id (the first 8 characters are enough).", metavar="ID")
    ],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Delete a meeting logged by mistake (its points go with it).

    Example: recover meeting delete 1a2b3c4d --yes
    """
    store = common.get_store(ctx)
    meeting = meeting_service.find_meeting(store, meeting_id)
    if not common.confirm(f"Delete {describe(meeting)}?", assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    meeting_service.remove_meeting(store, meeting.id)
    current = reward_service.balance(store, now=common.now())
    common.say(f"Deleted: {describe(meeting)}. Balance: {counted(current.balance, 'point')}.")


def register(app: typer.Typer) -> None:
    """Add the `meeting` group to the root app."""
    app.add_typer(
        meeting_app,
        name="meeting",
        short_help="Meetings, roles, weekly goal · recover meeting log --format online",
    )
