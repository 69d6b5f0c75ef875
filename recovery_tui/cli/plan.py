"""`recover plan`: your own contingency plan: behaviours, their points and escalating schedule,
the behaviours you log by hand, and behaviours that count a care-plan item's logs."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from recovery_tui import messages
from recovery_tui.cli import common
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.cli.times import time_option
from recovery_tui.core.plan import CARE, PlanBehaviour, PlanLog, parse_every, schedule_text
from recovery_tui.core.words import counted
from recovery_tui.services import plan as plan_service
from recovery_tui.services.plan import PlanEntry
from recovery_tui.store import Store

plan_app = typer.Typer(
    rich_markup_mode=None,
    help="Your own contingency plan: behaviours that earn points, with an optional escalating schedule. "
    "Example: recover plan add 'negative test' --points 5 --step 1 --cap 10 --every week",
)

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
Every = Annotated[str | None, typer.Option(help="day, week or none: a whole period without a success resets the step.")]
Note = Annotated[str | None, typer.Option(help="A note, e.g. what you agreed with your counsellor.")]


def next_text(entry: PlanEntry) -> str:
    """'next: 4 (3 in a row)' or 'next: 5'."""
    row = f", {entry.tally.in_a_row} in a row" if entry.schedule.step and entry.tally.in_a_row else ""
    return f"{entry.tally.next_points}{row}"


def how_text(entry: PlanEntry, care_item: str | None) -> str:
    """'built in', 'you log it', or 'care: ITEM' for one counting a care-plan item's logs."""
    if entry.builtin:
        return "built in"
    if entry.behaviour.source == CARE:
        return f"care: {care_item}" if care_item is not None else f"care: {messages.PLAN_CARE_ITEM_GONE}"
    return "you log it"


def entry_json(entry: PlanEntry, care_item: str | None = None) -> dict[str, Any]:
    """One behaviour of the plan for --json output (`care_item`: the care item it counts)."""
    b = entry.behaviour
    return {
        "id": b.id or None,
        "name": b.name,
        "source": b.source,
        "care_item": care_item,
        "built_in": entry.builtin,
        "points": entry.schedule.points,
        "step": b.step,
        "cap": b.cap,
        "every": b.every,
        "note": b.note,
        "count": entry.tally.count,
        "earned": entry.tally.points,
        "in_a_row": entry.tally.in_a_row,
        "next_success_earns": entry.tally.next_points,
    }


def log_json(log: PlanLog) -> dict[str, Any]:
    """A hand log for --json output."""
    return {
        "id": log.id,
        "behaviour": log.behaviour,
        "behaviour_id": log.behaviour_id,
        "at": log.at.isoformat(timespec="seconds"),
        "outcome": log.outcome,
        "note": log.note,
    }


def _care_name(store: Store, entry: PlanEntry) -> str | None:
    item = plan_service.care_item_of(store, entry.behaviour)
    return item.name if item is not None else None


def _schedule_line(behaviour: PlanBehaviour) -> str:
    return schedule_text(plan_service.schedule_of(behaviour))


@plan_app.callback(invoke_without_command=True)
def plan_root(ctx: typer.Context, *, as_json: Json = False) -> None:
    """Show your plan: each behaviour, its points and schedule, what it earned, and what the next
    success earns.

    Example: recover plan
    """
    if ctx.invoked_subcommand is not None:
        return
    store = common.get_store(ctx)
    entries = plan_service.plan_view(store, now=common.now())
    items = {e.behaviour.id: _care_name(store, e) for e in entries if e.behaviour.source == CARE}
    if as_json:
        common.emit_json([entry_json(e, items.get(e.behaviour.id)) for e in entries])
        return
    rows = [
        [
            e.behaviour.name,
            how_text(e, items.get(e.behaviour.id)),
            schedule_text(e.schedule),
            str(e.tally.count),
            str(e.tally.points),
            next_text(e),
        ]
        for e in entries
    ]
    common.table(["behaviour", "how", "points", "times", "earned", "next earns"], rows, title="Your plan")
    if not any(not e.builtin for e in entries):
        common.say("Add your own: recover plan add 'negative test' --points 5 --step 1 --cap 10 --every week")


@plan_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The behaviour, e.g. 'negative test' or 'therapy attended'.")],
    *,
    points: Annotated[int, typer.Option(help="Points for a success (the first step), 0 or more.")],
    step: Annotated[int, typer.Option(help="Points added for each success in a row (0: the same each time).")] = 0,
    cap: Annotated[int, typer.Option(help="The most one success can earn by escalating (0: no cap).")] = 0,
    every: Every = None,
    note: Note = None,
    from_care: Annotated[
        str | None,
        typer.Option(
            "--from-care",
            metavar="ITEM",
            help="Count this care-plan item's logs instead of logging by hand: taken, attended or a "
            "negative test earns, missed resets the step (a positive test does neither).",
        ),
    ] = None,
) -> None:
    """Add a behaviour you log by hand, or one that counts a care-plan item's logs, with its
    points and an optional escalating schedule.

    Example: recover plan add "negative test" --points 5 --step 1 --cap 10 --every week --from-care "urine test"
    """
    behaviour = plan_service.add_behaviour(
        common.get_store(ctx),
        name,
        points=points,
        step=step,
        cap=cap,
        every=parse_every(every),
        note=note,
        now=common.now(),
        care_item=from_care,
    )
    common.say(f"Added: {behaviour.name}, {_schedule_line(behaviour)}.")
    if behaviour.source == CARE:
        common.say("It counts what you log in your care plan: recover care log ITEM [taken|attended|negative|missed]")
    else:
        common.say(f"Log it when it happens: recover plan log '{behaviour.name}'")


@plan_app.command("edit")
def edit(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The behaviour's name (built in or your own).")],
    *,
    new_name: Annotated[str | None, typer.Option("--name", help="A new name (your own behaviours).")] = None,
    points: Annotated[int | None, typer.Option(help="Points for a success (the first step).")] = None,
    step: Annotated[int | None, typer.Option(help="Points added for each success in a row.")] = None,
    cap: Annotated[int | None, typer.Option(help="The most one success can earn (0: no cap).")] = None,
    every: Every = None,
    note: Note = None,
) -> None:
    """Change a behaviour's points or schedule (a built-in's points are its points.* setting).

    Example: recover plan edit meetings --points 4 --step 1 --cap 8 --every week
    """
    behaviour = plan_service.edit_behaviour(
        common.get_store(ctx),
        name,
        now=common.now(),
        new_name=new_name,
        points=points,
        step=step,
        cap=cap,
        every=plan_service.KEEP if every is None else parse_every(every),
        note=note,
    )
    common.say(f"Changed: {behaviour.name}, {_schedule_line(behaviour)}.")


@plan_app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The behaviour's name.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Remove a behaviour you added, and its logs (built-ins stay: give one 0 points instead).

    Example: recover plan remove "therapy attended" --yes
    """
    store = common.get_store(ctx)
    behaviour = plan_service.find_behaviour(store, name)
    logs = len(plan_service.logs_of(store, behaviour.id)) if behaviour.id else 0
    question = f"Remove '{behaviour.name}' and its {counted(logs, 'log')} (their points go too)?"
    if not plan_service.SOURCES[behaviour.source].builtin and not common.confirm(question, assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    gone, removed = plan_service.remove_behaviour(store, behaviour.id or name)
    common.say(f"Removed: {gone.name} and {counted(removed, 'log')}.")


@plan_app.command("log")
def log(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The behaviour's name.")],
    outcome: Annotated[str, typer.Argument(help="done (a success) or missed (resets the step).")] = "done",
    *,
    at: Annotated[str, typer.Option(help="When it was: now, 19:00, yesterday 19:00, -2h ...")] = "now",
    note: Note = None,
    as_json: Json = False,
) -> None:
    """Log one of your own behaviours: done earns its points, missed resets the step.

    Example: recover plan log "negative test" --at yesterday
    """
    now = common.now()
    made, entry = plan_service.log_behaviour(
        common.get_store(ctx), name, at=time_option(at, now, field="at"), now=now, outcome=outcome, note=note
    )
    if as_json:
        common.emit_json({"log": log_json(made), "behaviour": entry_json(entry)})
        return
    if made.outcome == "done":
        common.say(f"Logged: {made.behaviour}. Earned so far: {counted(entry.tally.points, 'point')}.")
    else:
        common.say(f"Logged as missed: {made.behaviour}. The next success starts again at the first step.")
    common.say(f"The next success earns {counted(entry.tally.next_points, 'point')}. ({made.id[:8]})")


@plan_app.command("logs")
def logs(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="Only this behaviour's logs.")] = None,
    *,
    limit: Limit = None,
    as_json: Json = False,
) -> None:
    """List what you logged by hand, oldest first, newest last, with ids to remove a mistake.

    Example: recover plan logs "negative test"
    """
    store = common.get_store(ctx)
    if name is None:
        found = plan_service.list_logs(store)
    else:
        found = plan_service.logs_of(store, plan_service.find_behaviour(store, name).id)
    shown = newest(found, limit)
    if as_json:
        common.emit_json([log_json(item) for item in shown])
        return
    if not shown:
        common.say("Nothing logged yet. Log a behaviour you added: recover plan log 'negative test'")
        return
    rows = [
        [item.id[:8], f"{item.at:%a %d %b %Y %H:%M}", item.behaviour, item.outcome, item.note or ""] for item in shown
    ]
    common.table(["id", "when", "behaviour", "outcome", "note"], rows)


@plan_app.command("unlog")
def unlog(
    ctx: typer.Context,
    log_id: Annotated[str, typer.Argument(help="The log's id or its first 4+ characters (see recover plan logs).")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Remove a log made by mistake (its points go with it).

    Example: recover plan unlog 3f2a9c1b --yes
    """
    store = common.get_store(ctx)
    found = plan_service.find_log(store, log_id)
    question = f"Remove the log of '{found.behaviour}' ({found.outcome}) at {found.at:%a %d %b %H:%M}?"
    if not common.confirm(question, assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    gone = plan_service.remove_log(store, found.id)
    common.say(f"Removed the log of {gone.behaviour} at {gone.at:%a %d %b %H:%M}.")


def register(app: typer.Typer) -> None:
    """Add the `plan` group to the root app."""
    app.add_typer(
        plan_app, name="plan", short_help="Your contingency plan · recover plan add 'negative test' --points 5"
    )
