"""`recover counter ...`, `relapse`, `milestones`, `share` and `status`: sobriety counters.

Corrections: `counter history`, `counter edit --since`, `counter event edit|remove` and
`relapse undo NAME` (`undo` as the first argument of `relapse`; a second argument is only
accepted after it). Each checks the change with the pure core function before asking, so a
refusal never comes after a question.

Thin: parses options, calls services/counters.py, prints. `status --short` runs at every
shell prompt, so it prints one plain line and never imports Rich. `celebrate_after(ctx)` is
called by the root callback: after a command succeeds it prints, on stderr, a once-only
congratulation for each milestone reached since the last command (skipped for
`status --short` and the dashboard, which celebrates on screen).
"""

from __future__ import annotations

import shutil
from datetime import datetime
from typing import Annotated, Any, TypeVar

import msgspec
import typer

from recovery_tui import wording
from recovery_tui.cli import common, complete
from recovery_tui.cli.celebrate import QUIET
from recovery_tui.cli.listing import FirstN, Limit, first, newest
from recovery_tui.cli.times import start_option, time_option
from recovery_tui.cli.warning_lines import warning_lines
from recovery_tui.core import counters as core
from recovery_tui.core.config import PROMPT_WARNINGS, is_on
from recovery_tui.core.counters import parse_rate
from recovery_tui.core.insights import with_marker
from recovery_tui.core.milestones import countdown
from recovery_tui.core.records import iso, to_json, to_record
from recovery_tui.core.streaks import delta_text, span
from recovery_tui.core.withdrawal import risky_to_stop_suddenly
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import cells, pad, visible_line
from recovery_tui.services import counters as service
from recovery_tui.services.config import CONFIG

counter_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Sobriety counters: add, list, show, rename, archive, remove.\n\n"
        "Example: recover counter add alcohol --since 90d"
    ),
    short_help="Sobriety counters · recover counter add alcohol --since 90d",
)

event_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Correct one start or restart of a counter by its id (from `recover counter history`).\n\n"
        'Example: recover counter event edit alcohol 1f2e3d4c --at "2026-11-19 22:00"'
    ),
    short_help="Correct or remove one event · recover counter event remove alcohol 1f2e3d4c",
)
counter_app.add_typer(event_app, name="event")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
YesOpt = Annotated[bool, typer.Option("--yes", help="Do not ask (for scripts).")]
EventArg = Annotated[
    str, typer.Argument(help="The event's id from `recover counter history` (its first 8 characters will do).")
]
SimpleOpt = Annotated[bool, typer.Option("--simple", help="Whole days only (a plain day count).")]
NameArg = Annotated[
    str, typer.Argument(help="Counter name, any case, e.g. alcohol.", autocompletion=complete.counter_names)
]


def _currency(ctx: typer.Context) -> str:
    from recovery_tui.services import config as config_service

    return str(config_service.load(common.get_store(ctx)).get("currency") or "$")


def _local_iso(moment: datetime) -> str:
    """A time for JSON output, in the local zone (core returns UTC)."""
    return iso(moment.astimezone())


def _summary_json(summary: service.CounterSummary, currency: str) -> dict[str, Any]:
    counter, stats, state = summary.counter, summary.stats, summary.progress
    return {
        "id": counter.id,
        "name": counter.name,
        "archived": counter.archived,
        "current_start": _local_iso(stats.current_start),
        "current_seconds": int(stats.current.total_seconds()),
        "current_days": stats.current_span.days,
        "current": stats.current_span.text(),
        "longest_seconds": int(stats.longest.total_seconds()),
        "streaks": stats.streak_count,
        "relapses": stats.relapses,
        "average_seconds": int(stats.average.total_seconds()),
        "total_sober_seconds": int(stats.total_sober.total_seconds()),
        "first_start": _local_iso(counter.first_start),
        "cost_per_day": counter.cost_per_day,
        "hours_per_day": counter.hours_per_day,
        "money_saved": stats.money_saved,
        "hours_saved": stats.hours_saved,
        "currency": currency,
        "milestones_reached": [
            {"key": r.milestone.key, "label": r.milestone.label, "at": _local_iso(r.at)} for r in state.reached
        ],
        "next_milestone": {
            "key": state.next.milestone.key,
            "label": state.next.milestone.label,
            "at": _local_iso(state.next.at),
            "fraction": round(state.fraction, 4),
        },
        "events": [to_record(e) for e in counter.ordered_events],
        "custom_milestones": [to_record(m) for m in counter.custom_milestones],
    }


def _status_line(summary: service.CounterSummary, now: datetime, *, simple: bool, width: int) -> str:
    stats, state = summary.stats, summary.progress
    left = countdown(now, state.next.at) if simple else span(now, state.next.at).text()
    current = stats.current_span.text(simple=simple)
    return f"{pad(summary.counter.name, width)}  {current:>13}   next: {state.next.milestone.label} in {left}"


# -- counter group --------------------------------------------------------------------------
@counter_app.command("add", short_help="Start a counter · recover counter add alcohol --since 90d")
def add(
    ctx: typer.Context,
    name: NameArg,
    *,
    since: Annotated[
        str, typer.Option(help="When it started: a time (2026-01-01, yesterday 21:00) or a span back (90d).")
    ] = "now",
    cost_per_day: Annotated[
        str | None,
        typer.Option("--cost-per-day", help="Money it cost per day (currency from config).", metavar="AMOUNT"),
    ] = None,
    hours_per_day: Annotated[
        str | None, typer.Option("--hours-per-day", help="Hours per day it took (0-24).", metavar="H")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Start a counter for an addiction or habit.

    Example: recover counter add alcohol --since 2026-08-01 --cost-per-day 12.50
    """
    now = common.now()
    cost = parse_rate(cost_per_day, field="cost_per_day")
    hours = parse_rate(hours_per_day, field="hours_per_day", maximum=24)
    started = start_option(since, now)
    counter = service.add_counter(
        common.get_store(ctx), name, since=started, now=now, cost_per_day=cost, hours_per_day=hours
    )
    summary = service.summarize(counter, now)
    if as_json:
        common.emit_json(_summary_json(summary, _currency(ctx)))
        return
    common.say(f"Started {counter.name}: {summary.stats.current_span.text()} so far.")
    state = summary.progress
    if state.last is not None:
        common.say(f"Already behind you: {state.last.milestone.label}.")
    common.say(f"Next milestone: {state.next.milestone.label} in {span(now, state.next.at).text()}.")
    if risky_to_stop_suddenly(counter.name):
        common.say(wording.WITHDRAWAL_SAFETY)


@counter_app.command("list", short_help="Counters with current and longest streak · recover counter list --all")
def list_cmd(
    ctx: typer.Context,
    *,
    show_all: Annotated[bool, typer.Option("--all", help="Include archived counters.")] = False,
    simple: SimpleOpt = False,
    limit: FirstN = None,
    as_json: JsonOpt = False,
) -> None:
    """List counters with their current and longest streak, in the order they were added.

    Example: recover counter list --all
    """
    now = common.now()
    rows = first(service.summaries(common.get_store(ctx), now, include_archived=show_all), limit)
    if as_json:
        currency = _currency(ctx)
        common.emit_json([_summary_json(s, currency) for s in rows])
        return
    if not rows:
        common.say(wording.NO_COUNTERS)
        return
    common.table(
        ["Counter", "Current", "Longest", "Streaks", "Since"],
        [
            [
                s.counter.name + (" (archived)" if s.counter.archived else ""),
                s.stats.current_span.text(simple=simple),
                delta_text(s.stats.longest, simple=simple),
                str(s.stats.streak_count),
                f"{s.counter.first_start.astimezone():%Y-%m-%d}",
            ]
            for s in rows
        ],
    )


@counter_app.command("show", short_help="Every figure and the history · recover counter show alcohol")
def show(ctx: typer.Context, name: NameArg, *, simple: SimpleOpt = False, as_json: JsonOpt = False) -> None:
    """Show every figure of one counter and its history of starts and relapses.

    Example: recover counter show alcohol
    """
    now = common.now()
    store = common.get_store(ctx)
    summary = service.summarize(service.find_counter(store, name), now)
    currency = _currency(ctx)
    if as_json:
        common.emit_json(_summary_json(summary, currency))
        return
    counter, stats, state = summary.counter, summary.stats, summary.progress
    since_current = f"{stats.current_start.astimezone():%Y-%m-%d %H:%M}"
    since_first = f"{counter.first_start.astimezone():%Y-%m-%d}"
    lines = [
        f"{counter.name}{'  (archived)' if counter.archived else ''}",
        f"  Current streak   {stats.current_span.text(simple=simple)}  (since {since_current})",
        f"  Longest streak   {delta_text(stats.longest, simple=simple)}",
        f"  Streaks          {stats.streak_count}",
        f"  Average streak   {delta_text(stats.average, simple=simple)}",
        f"  Sober in all     {delta_text(stats.total_sober, simple=simple)}  (since {since_first})",
    ]
    if stats.money_saved is not None:
        lines.append(f"  Money saved      {currency}{stats.money_saved:,.2f}")
    if stats.hours_saved is not None:
        lines.append(f"  Hours saved      {stats.hours_saved:,.1f} h")
    left = countdown(now, state.next.at) if simple else span(now, state.next.at).text()
    lines.append(f"  Next milestone   {state.next.milestone.label} in {left}")
    lines.append("  History")
    for event in counter.ordered_events:
        what = "start  " if event.kind == "start" else "restart"
        note = f"  {event.note}" if event.note else ""
        lines.append(f"    {event.at.astimezone():%Y-%m-%d %H:%M}  {what}{note}")
    for line in lines:
        common.say(line)


@counter_app.command("rename", short_help="Rename, history kept · recover counter rename booze alcohol")
def rename(
    ctx: typer.Context,
    name: NameArg,
    new_name: Annotated[str, typer.Argument(help="The new name.")],
) -> None:
    """Rename a counter (its history stays).

    Example: recover counter rename booze alcohol
    """
    counter = service.rename_counter(common.get_store(ctx), name, new_name, now=common.now())
    common.say(f"Renamed to {counter.name}.")


@counter_app.command("archive", short_help="Hide from status, history kept · recover counter archive nicotine")
def archive(
    ctx: typer.Context,
    name: NameArg,
    *,
    restore: Annotated[bool, typer.Option("--restore", help="Bring an archived counter back.")] = False,
) -> None:
    """Archive a counter: its history is kept, it is hidden from status and the dashboard.

    Example: recover counter archive nicotine   (recover counter archive nicotine --restore)
    """
    counter = service.set_archived(common.get_store(ctx), name, not restore, now=common.now())
    if restore:
        common.say(f"{counter.name} is back in status and the dashboard.")
    else:
        common.say(f"Archived {counter.name}; its history is kept ('recover counter list --all').")


@counter_app.command("remove", short_help="Delete with its history · recover counter remove test --yes")
def remove(
    ctx: typer.Context,
    name: NameArg,
    *,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask (for scripts).")] = False,
) -> None:
    """Delete a counter and its whole history (asks first; 'archive' keeps the history).

    Example: recover counter remove test --yes
    """
    store = common.get_store(ctx)
    counter = service.find_counter(store, name)
    if not common.confirm(f"Delete {counter.name} and its whole history? (archive keeps it)", assume_yes=yes):
        common.say("Nothing was deleted.")
        return
    service.remove_counter(store, counter.name)
    common.say(f"Deleted {counter.name} and its history.")


@counter_app.command(
    "milestone", short_help='A milestone of your own · recover counter milestone alcohol 45 "first sober birthday"'
)
def milestone(
    ctx: typer.Context,
    name: NameArg,
    days: Annotated[int, typer.Argument(help="Calendar days into a streak, e.g. 45.")],
    label: Annotated[str | None, typer.Argument(help="What to call it, e.g. 'first sober birthday'.")] = None,
    *,
    remove_it: Annotated[bool, typer.Option("--remove", help="Remove your milestone at DAYS.")] = False,
) -> None:
    """Add (or remove) a milestone of your own to a counter.

    Example: recover counter milestone alcohol 45 "first sober birthday"
    """
    store, now = common.get_store(ctx), common.now()
    if remove_it:
        counter = service.remove_custom_milestone(store, name, days=days, now=now)
        common.say(f"Removed your {days}-day milestone from {counter.name}.")
        return
    if label is None:
        raise InvalidInput("label", "give a label, such as 'first sober birthday'.")
    counter = service.add_custom_milestone(store, name, days=days, label=label, now=now)
    common.say(f"{counter.name}: '{' '.join(label.split())}' at {counted(days, 'day')}.")


# -- corrections ----------------------------------------------------------------------------
def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


S = TypeVar("S", bound=msgspec.Struct)


def _in_local_zone(obj: S) -> S:
    """`obj` with every time in it (nested Structs' too) in the local zone, as JSON shows them."""
    changes: dict[str, Any] = {}
    for name in obj.__struct_fields__:
        value = getattr(obj, name)
        if isinstance(value, datetime):
            changes[name] = value.astimezone()
        elif isinstance(value, msgspec.Struct):
            changes[name] = _in_local_zone(value)
    return msgspec.structs.replace(obj, **changes)


def _event_json(event: core.CounterEvent) -> dict[str, Any]:
    return to_json(_in_local_zone(event))


def _edit_json(edit: core.CounterEdit) -> dict[str, Any]:
    """The stored edit, times in the local zone, and the line `counter history` prints for it."""
    return {**to_json(_in_local_zone(edit)), "text": core.describe_edit(edit)}


def _now_line(counter: core.Counter, now: datetime) -> str:
    summary = service.summarize(counter, now)
    name = visible_line(counter.name)
    return f"{name}: {summary.stats.current_span.text()} since {_when(summary.stats.current_start)}."


@counter_app.command("history", short_help="Every start and restart with its id · recover counter history alcohol")
def history(ctx: typer.Context, name: NameArg, *, limit: Limit = None, as_json: JsonOpt = False) -> None:
    """Every start and restart of a counter with its id, time and note, and every correction,
    oldest first, newest last.

    The ids are what `counter event edit` and `counter event remove` take.
    Example: recover counter history alcohol
    """
    counter = service.find_counter(common.get_store(ctx), name)
    events, edits = newest(counter.ordered_events, limit), newest(counter.edits, limit)
    if as_json:
        common.emit_json(
            {
                "id": counter.id,
                "name": counter.name,
                "events": [_event_json(e) for e in events],
                "edits": [_edit_json(e) for e in edits],
            }
        )
        return
    common.table(
        ["Id", "When", "What", "Note"],
        [[e.id[: core.SHORT_ID], _when(e.at), e.what, visible_line(e.note or "")] for e in events],
        title=f"{visible_line(counter.name)}: every start and restart",
        keep=(0, 1),
    )
    if edits:
        common.say()
        common.say("Corrections")
        for edit in edits:
            common.say(f"  {core.describe_edit(edit)}")


@counter_app.command(
    "edit", short_help="Correct when a counter started · recover counter edit alcohol --since 2025-11-17"
)
def edit(
    ctx: typer.Context,
    name: NameArg,
    *,
    since: Annotated[
        str, typer.Option(help="When it really started: a time (2025-11-17, 2025-11-17 21:00) or a span back (368d).")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Correct the first start of a counter; figures follow, and the change is kept in its history.

    Example: recover counter edit alcohol --since "2025-11-17 21:00"
    """
    now = common.now()
    started = start_option(since, now)
    store = common.get_store(ctx)
    before = service.find_counter(store, name).first_start
    counter = service.edit_start(store, name, since=started, now=now)
    if as_json:
        common.emit_json(_summary_json(service.summarize(counter, now), _currency(ctx)))
        return
    common.say(f"{visible_line(counter.name)} started on {_when(counter.first_start)} (it said {_when(before)}).")
    common.say(_now_line(counter, now))


@event_app.command("edit", short_help="Correct a time or note · recover counter event edit alcohol 1f2e3d4c --at -3h")
def event_edit(
    ctx: typer.Context,
    name: NameArg,
    event_id: EventArg,
    *,
    at: Annotated[
        str | None, typer.Option("--at", help="Its real time: yesterday 22:00, 2026-11-19 21:30, -3h.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help='A new note ("" clears it).')] = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct the time or the note of one start or restart; the change is kept in the history.

    Example: recover counter event edit alcohol 1f2e3d4c --at "2026-11-19 22:00" --note "work party"
    """
    if at is None and note is None:
        raise InvalidInput("at", "give --at, --note or both.")
    now = common.now()
    when = time_option(at, now, field="at", allow_future=True) if at is not None else None
    store = common.get_store(ctx)
    found = core.find_event(service.find_counter(store, name), event_id)
    counter = service.edit_event(store, name, found.id, at=when, note=note, change_note=note is not None, now=now)
    event = core.find_event(counter, found.id)
    if as_json:
        common.emit_json(
            {**_summary_json(service.summarize(counter, now), _currency(ctx)), "event": _event_json(event)}
        )
        return
    name = visible_line(counter.name)
    common.say(f"Corrected: {name}'s {event.what} is now {_when(event.at)} (it was {_when(found.at)}).")
    common.say(_now_line(counter, now))


@event_app.command("remove", short_help="Remove a mistaken restart · recover counter event remove alcohol 1f2e3d4c")
def event_remove(ctx: typer.Context, name: NameArg, event_id: EventArg, *, yes: YesOpt = False) -> None:
    """Remove one restart from a counter's history (asks first); the removal stays in its history of edits.

    The start cannot be removed: correct it with `recover counter edit NAME --since`.
    Example: recover counter event remove alcohol 1f2e3d4c --yes
    """
    store, now = common.get_store(ctx), common.now()
    counter = service.find_counter(store, name)
    event = core.find_event(counter, event_id)
    core.remove_event(counter, event.id, now=now)  # refuses (the start) before anything is asked
    question = f"Remove the {event.what} of {visible_line(counter.name)} on {_when(event.at)}?"
    if not common.confirm(question, assume_yes=yes):
        common.say("Nothing was changed.")
        return
    counter = service.remove_event(store, counter.name, event.id, now=now)
    common.say(f"Removed the {event.what} of {_when(event.at)}; it stays listed under corrections.")
    common.say(_now_line(counter, now))


def _undo(ctx: typer.Context, name: str, *, yes: bool, as_json: bool) -> None:
    store, now = common.get_store(ctx), common.now()
    counter = service.find_counter(store, name)
    event = core.latest_restart(counter)
    question = f"Undo the restart of {visible_line(counter.name)} on {_when(event.at)}? The streak before it continues."
    if not common.confirm(question, assume_yes=yes):
        common.say("Nothing was changed.")
        return
    counter, removed = service.undo_relapse(store, counter.name, now=now, event_id=event.id)
    if as_json:
        summary = _summary_json(service.summarize(counter, now), _currency(ctx))
        common.emit_json({**summary, "removed": _event_json(removed)})
        return
    common.say(f"Undid the restart of {_when(removed.at)}; it stays listed under corrections.")
    common.say(_now_line(counter, now))


# -- top-level commands ---------------------------------------------------------------------
def relapse(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME|undo",
            help="Counter name, e.g. alcohol; or `undo` and then the counter name.",
            autocompletion=complete.counter_names,
        ),
    ],
    undo_name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="After `undo`: the counter whose latest restart to remove.",
            autocompletion=complete.counter_names,
        ),
    ] = None,
    *,
    at: Annotated[str, typer.Option("--at", help="When: now, -2h, yesterday 21:00, 2026-11-20 21:30.")] = "now",
    note: Annotated[str | None, typer.Option("--note", help="What led up to it, for yourself.")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="With undo: do not ask (for scripts).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Record a relapse: the counter restarts, its history is kept. `relapse undo NAME`
    removes the latest restart (asks first).

    Example: recover relapse alcohol --at "yesterday 22:00" --note "work party"
    Example: recover relapse undo alcohol
    """
    if name.strip().casefold() == "undo":
        if undo_name is None:
            raise typer.BadParameter(
                "give the counter whose restart to undo: recover relapse undo alcohol", param_hint="NAME"
            )
        _undo(ctx, undo_name, yes=yes, as_json=as_json)
        return
    if undo_name is not None:
        raise typer.BadParameter(f"one counter at a time; '{undo_name}' was not expected", param_hint="NAME")
    now = common.now()
    when = time_option(at, now, field="at", allow_future=True)
    counter = service.record_relapse(common.get_store(ctx), name, at=when, note=note, now=now)
    message = service.relapse_message(counter, at=when, now=now)
    if as_json:
        summary = service.summarize(counter, now)
        common.emit_json({**_summary_json(summary, _currency(ctx)), "message": message})
        return
    common.say(message)
    name_arg = counter.name if " " not in counter.name else f'"{counter.name}"'
    common.say(wording.RELAPSE_UNDO_HINT_CLI.format(name=visible_line(name_arg)))


def milestones(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(help="One counter (default: every active one).", autocompletion=complete.counter_names),
    ] = None,
    *,
    as_json: JsonOpt = False,
) -> None:
    """Show milestones reached in the current streak and the next one with time left.

    Example: recover milestones alcohol
    """
    now = common.now()
    store = common.get_store(ctx)
    if name is not None:
        rows = [service.summarize(service.find_counter(store, name), now)]
    else:
        rows = service.summaries(store, now)
    if as_json:
        currency = _currency(ctx)
        shown = [_summary_json(s, currency) for s in rows]
        common.emit_json(
            [{"name": d["name"], "reached": d["milestones_reached"], "next": d["next_milestone"]} for d in shown]
        )
        return
    if not rows:
        common.say(wording.NO_COUNTERS)
        return
    for index, summary in enumerate(rows):
        if index:
            common.say()
        state = summary.progress
        common.say(f"{summary.counter.name} (streak since {state.streak_start.astimezone():%Y-%m-%d %H:%M})")
        for reached in state.reached:
            common.say(f"  ✓ {pad(reached.milestone.label, 20)} {reached.at.astimezone():%Y-%m-%d %H:%M}")
        nxt = state.next
        common.say(
            f"  → {pad(nxt.milestone.label, 20)} {nxt.at.astimezone():%Y-%m-%d %H:%M}  in {span(now, nxt.at).text()}"
            f"  ({state.fraction:.0%} of the way)"
        )


def share(ctx: typer.Context, name: NameArg) -> None:
    """Print a short anonymous milestone text to paste into a community.

    Signed with your pseudonym if one is set (recover config set pseudonym river).
    Example: recover share alcohol
    """
    common.say(service.share_text(common.get_store(ctx), name, common.now()))


def status(
    ctx: typer.Context,
    *,
    short: Annotated[
        bool, typer.Option("--short", help="One line for a shell prompt or tmux: alcohol 142d · gambling 31d.")
    ] = False,
    simple: SimpleOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """One line per active counter: current streak and the next milestone, then any signs
    worth noticing (a hard week, a restart, a rising trigger), with where help is.

    Example: recover status --short   (in PS1 or a tmux status line)
    """
    from recovery_tui.services import insights as insights_service

    if short and as_json:  # a script asking for JSON must not get the prompt's text
        raise typer.BadParameter("--short is one line of text for a prompt; give --json alone", param_hint="--short")
    store = common.get_store(ctx)
    now = common.now()
    if short:
        ctx.meta[QUIET] = True
        line = service.status_short(store, now)
        if store.exists() and is_on(PROMPT_WARNINGS, store.meta(CONFIG)):
            line = with_marker(line, len(insights_service.warnings(store, now=now)))
        if line:
            common.say(visible_line(line))  # one line for the prompt, as cli/prompt_line.py prints it
        return
    rows = service.summaries(store, now)
    signs = insights_service.warnings(store, now=now) if store.exists() else []
    if as_json:
        currency = _currency(ctx)
        common.emit_json(
            {"counters": [_summary_json(s, currency) for s in rows], "warnings": [n.to_json() for n in signs]}
        )
        return
    if not rows:
        common.say(wording.NO_COUNTERS)
    else:
        width = max(cells(s.counter.name) for s in rows)
        for summary in rows:
            common.say(_status_line(summary, now, simple=simple, width=width))
    if signs:
        common.say()
        common.say(wording.WARNINGS_HEADING)
        for row in warning_lines(signs, max(40, min(shutil.get_terminal_size((80, 24)).columns, 100) - 1)):
            common.say(row)


# -- congratulations ------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add the `counter` group and `relapse`, `milestones`, `share`, `status` to the root app."""
    app.add_typer(counter_app, name="counter")
    app.command("relapse", short_help="Record a relapse; history kept · recover relapse alcohol --at -2h")(relapse)
    app.command("milestones", short_help="Milestones reached and next · recover milestones alcohol")(milestones)
    app.command("share", short_help="Anonymous milestone text to paste · recover share alcohol")(share)
    app.command("status", short_help="Counters in one line each · recover status --short")(status)
