"""`recover care`: your care plan (medications, appointments and sessions, tests), logging what
happened, and adherence per week ("5 of 7 this week"). recover gives no medical advice."""

from __future__ import annotations

import shlex
from datetime import date, datetime
from typing import Annotated, Any

import typer

from recovery_tui.cli import common
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.cli.times import date_option, time_option
from recovery_tui.core.care import ACCEPTED_SCHEDULES, CareItem, CareLog, week_line
from recovery_tui.core.records import to_json
from recovery_tui.core.timeparse import parse_since
from recovery_tui.core.words import counted
from recovery_tui.services import care as care_service

CARE_NOTE = "recover keeps your plan as you tell it; it gives no medical advice. Ask your care team about changes."

care_app = typer.Typer(
    rich_markup_mode=None,
    help="Your care plan: medications, appointments and sessions, tests; log them and see each week. "
    "Example: recover care add medication naltrexone --dose '50 mg' --schedule 'daily 08:00'",
    epilog=CARE_NOTE,
)

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
NameArg = Annotated[str, typer.Argument(help="The item's name (its start is enough), or its id.", metavar="NAME")]
LogId = Annotated[str, typer.Argument(help="The log's id (the first 8 characters are enough).", metavar="ID")]


def log_json(log: CareLog, item: CareItem | None) -> dict[str, Any]:
    """A log with its item's name for --json."""
    return {**to_json(log), "item": item.name if item is not None else None}


def describe(item: CareItem) -> str:
    """'naltrexone (medication, 50 mg) · daily 08:00'."""
    detail = item.kind + (f", {item.dose}" if item.dose else "")
    return f"{item.name} ({detail}) · {item.when}"


def _day(text: str | None, now: datetime, field: str) -> date | None:
    return date_option(text, now, field=field, allow_future=True) if text is not None else None


@care_app.command("add")
def add(
    ctx: typer.Context,
    kind: Annotated[
        str, typer.Argument(help="medication, appointment (therapy, counselling, group, doctor, session) or test.")
    ],
    name: Annotated[str, typer.Argument(help="What you call it, e.g. naltrexone or 'therapy with Dr Lee'.")],
    *,
    dose: Annotated[str | None, typer.Option(help="A medication's dose as prescribed, e.g. '50 mg'.")] = None,
    schedule: Annotated[str | None, typer.Option(help=f"When it repeats: {ACCEPTED_SCHEDULES}.")] = None,
    at: Annotated[
        str | None, typer.Option(help="When a one-off appointment or test is, e.g. '2026-12-10 14:00'.")
    ] = None,
    start: Annotated[str | None, typer.Option(help="First day the schedule counts (default today).")] = None,
    end: Annotated[str | None, typer.Option(help="Last day the schedule counts, if it ends.")] = None,
    note: Annotated[str | None, typer.Option(help="A note for yourself.")] = None,
    as_json: Json = False,
) -> None:
    """Add a medication, appointment or test to your care plan.

    Example: recover care add therapy "Dr Lee" --schedule "every 2 weeks thu 10:00"
    """
    store = common.get_store(ctx)
    now = common.now()
    item = care_service.add_care_item(
        store,
        kind,
        name,
        now=now,
        dose=dose,
        schedule=schedule,
        at=time_option(at, now, field="at", allow_future=True) if at is not None else None,
        starts_on=_day(start, now, "starts_on"),
        ends_on=_day(end, now, "ends_on"),
        note=note,
    )
    if as_json:
        common.emit_json(to_json(item))
        return
    common.say(f"Added: {describe(item)}  (id {item.id[:8]})")
    common.say(f"Log it with: recover care log {shlex.quote(item.name)}")


@care_app.command("list")
def list_items(ctx: typer.Context, *, as_json: Json = False) -> None:
    """List your care plan with this week's adherence ("5 of 7 this week").

    Example: recover care list
    """
    store = common.get_store(ctx)
    entries = care_service.weekly_adherence(store, now=common.now(), weeks=1)
    if as_json:
        common.emit_json([{**to_json(e.item), "this_week": e.this_week.to_json()} for e in entries])
        return
    if not entries:
        common.say("No care items yet. Add one with: recover care add medication NAME --schedule 'daily 08:00'")
        common.say(CARE_NOTE)
        return
    rows = [
        [e.item.id[:8], e.item.name, e.item.kind, e.item.dose or "", e.item.when]
        + [week_line(e.this_week, this_week=False)]
        for e in entries
    ]
    common.table(["id", "name", "kind", "dose", "when", "this week"], rows, keep=(1,))


@care_app.command("adherence")
def adherence(
    ctx: typer.Context,
    *,
    weeks: Annotated[int, typer.Option(help="How many recent weeks to show.", min=1, max=520)] = 4,
    as_json: Json = False,
) -> None:
    """Each item's recent weeks: done of planned, and how many were marked missed.

    Example: recover care adherence --weeks 8
    """
    store = common.get_store(ctx)
    entries = care_service.weekly_adherence(store, now=common.now(), weeks=weeks)
    if as_json:
        common.emit_json({"week_start": care_service.week_start(store), "items": [e.to_json() for e in entries]})
        return
    if not entries:
        common.say("No care items yet. Add one with: recover care add medication NAME --schedule 'daily 08:00'")
        return
    common.say(f"Weeks start on {care_service.week_start(store)}; done of planned, newest week first.")
    rows = []
    for entry in entries:
        for index, week in enumerate(entry.weeks):
            label = f"{week.start:%a %d %b}" + (" (this week)" if index == 0 else "")
            rows.append([entry.item.name if index == 0 else "", label, week_line(week, this_week=False)])
    common.table(["item", "week of", "done of planned"], rows, keep=(0,))


@care_app.command("today")
def today(ctx: typer.Context, *, as_json: Json = False) -> None:
    """What is due today and not logged yet.

    Example: recover care today
    """
    store = common.get_store(ctx)
    due = care_service.due_today(store, now=common.now())
    if as_json:
        common.emit_json(
            [
                {
                    "item": to_json(d.item),
                    "planned": d.planned,
                    "logged": d.logged,
                    "times": [f"{t:%H:%M}" for t in d.times],
                    "when": d.when,
                }
                for d in due
            ]
        )
        return
    if not due:
        common.say("Nothing in your care plan is waiting to be logged today.")
        return
    for d in due:
        common.say(f"{d.item.name}: {d.logged} of {d.planned} logged {d.when}{d.times_text}")


@care_app.command("edit")
def edit(
    ctx: typer.Context,
    name: NameArg,
    *,
    new_name: Annotated[str | None, typer.Option("--name", help="A new name.")] = None,
    dose: Annotated[str | None, typer.Option(help="New dose ('' removes it).")] = None,
    schedule: Annotated[str | None, typer.Option(help=f"New schedule: {ACCEPTED_SCHEDULES}.")] = None,
    at: Annotated[str | None, typer.Option(help="Make it a one-off at this time, e.g. '2026-12-10 14:00'.")] = None,
    start: Annotated[str | None, typer.Option(help="First day the schedule counts.")] = None,
    end: Annotated[str | None, typer.Option(help="Last day the schedule counts ('' removes it).")] = None,
    note: Annotated[str | None, typer.Option(help="New note ('' removes it).")] = None,
) -> None:
    """Change a care item: name, dose, schedule or one-off time, first or last day, note.

    Example: recover care edit naltrexone --dose "25 mg" --schedule "twice daily 08:00 20:00"
    """
    store = common.get_store(ctx)
    now = common.now()
    extra: dict[str, Any] = {}
    if end is not None:
        extra["ends_on"] = _day(end, now, "ends_on") if end.strip() else None
    item = care_service.edit_care_item(
        store,
        name,
        now=now,
        new_name=new_name,
        dose=dose,
        schedule=schedule,
        at=time_option(at, now, field="at", allow_future=True) if at is not None else None,
        starts_on=_day(start, now, "starts_on"),
        note=note,
        **extra,
    )
    common.say(f"Changed: {describe(item)}")


@care_app.command("remove")
def remove(
    ctx: typer.Context,
    name: NameArg,
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Remove a care item and its logs.

    Example: recover care remove naltrexone --yes
    """
    store = common.get_store(ctx)
    item = care_service.find_care_item(store, name)
    logs = len(care_service.list_care_logs(store, item=item))
    if not common.confirm(f"Remove {describe(item)} and its {counted(logs, 'log')}?", assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    removed, gone = care_service.remove_care_item(store, item.id)
    common.say(f"Removed: {removed.name} and its {counted(gone, 'log')}.")


@care_app.command("log")
def log(
    ctx: typer.Context,
    name: NameArg,
    status: Annotated[
        str | None,
        typer.Argument(
            help="taken or missed (medication; default taken), attended or missed (appointment; default "
            "attended), negative, positive or missed (test)."
        ),
    ] = None,
    *,
    at: Annotated[str, typer.Option(help="When: now, 08:00, yesterday 20:00, -2h ...")] = "now",
    note: Annotated[str | None, typer.Option(help="A note for yourself.")] = None,
    as_json: Json = False,
) -> None:
    """Log a dose taken, a session attended, a test's result, or one missed.

    Example: recover care log naltrexone taken --at 08:10
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at")
    item, entry = care_service.log_care(store, name, now=now, status=status, at=moment, note=note)
    week = care_service.item_week(store, item, now=now)
    if as_json:
        common.emit_json({"log": log_json(entry, item), "this_week": week.to_json()})
        return
    common.say(f"Logged: {item.name} {entry.status}, {entry.at:%a %d %b %H:%M}  (id {entry.id[:8]})")
    common.say(f"{item.name}: {week_line(week)}.")


@care_app.command("logs")
def logs(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="Only this item's logs.", metavar="[NAME]")] = None,
    *,
    since: Annotated[str, typer.Option(help="Only since then: 30d, 12w or a date such as 2026-01-01.")] = "30d",
    show_all: Annotated[bool, typer.Option("--all", help="Every log (ignores --since).")] = False,
    limit: Limit = None,
    as_json: Json = False,
) -> None:
    """List what you logged (the last 30 days unless told), oldest first.

    Example: recover care logs naltrexone --since 12w
    """
    store = common.get_store(ctx)
    now = common.now()
    start = None if show_all else parse_since(since, now)
    item = care_service.find_care_item(store, name) if name is not None else None
    items = {i.id: i for i in care_service.list_care_items(store)}
    found = newest(care_service.list_care_logs(store, item=item, since=start), limit, key=lambda log: log.at)
    if as_json:
        common.emit_json([log_json(entry, items.get(entry.item_id)) for entry in found])
        return
    if not found:
        common.say("No care logs in this period." if items else "No care items yet.")
        return
    rows = [
        [
            entry.id[:8],
            f"{entry.at:%a %d %b %Y %H:%M}",
            items[entry.item_id].name if entry.item_id in items else "?",
            entry.status,
            entry.note or "",
        ]
        for entry in found
    ]
    common.table(["id", "when", "item", "status", "note"], rows, wrap=(4,))


@care_app.command("log-edit")
def log_edit(
    ctx: typer.Context,
    log_id: LogId,
    *,
    status: Annotated[str | None, typer.Option(help="The right status, e.g. missed or taken.")] = None,
    at: Annotated[str | None, typer.Option(help="The right time: 08:00, yesterday 20:00 ...")] = None,
    note: Annotated[str | None, typer.Option(help="New note ('' removes it).")] = None,
) -> None:
    """Correct a log: its status, time or note.

    Example: recover care log-edit 1a2b3c4d --status missed
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at") if at is not None else None
    item, entry = care_service.edit_care_log(store, log_id, now=now, status=status, at=moment, note=note)
    common.say(f"Changed: {item.name} {entry.status}, {entry.at:%a %d %b %H:%M}")


@care_app.command("log-remove")
def log_remove(
    ctx: typer.Context,
    log_id: LogId,
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Remove a log made by mistake.

    Example: recover care log-remove 1a2b3c4d --yes
    """
    store = common.get_store(ctx)
    entry = care_service.find_care_log(store, log_id)
    item = care_service.find_care_item(store, entry.item_id)
    question = f"Remove the log {item.name} {entry.status}, {entry.at:%a %d %b %H:%M}?"
    if not common.confirm(question, assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    care_service.remove_care_log(store, entry.id)
    common.say(f"Removed the log: {item.name} {entry.status}, {entry.at:%a %d %b %H:%M}.")


def register(app: typer.Typer) -> None:
    """Add the `care` group to the root app."""
    app.add_typer(care_app, name="care", short_help="Care plan and adherence · recover care log naltrexone taken")
