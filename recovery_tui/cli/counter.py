"""`recover counter ...`, `relapse`, `milestones`, `share` and `status`: sobriety counters.

Thin: parses options, calls services/counters.py, prints. `status --short` runs at every
shell prompt, so it prints one plain line and never imports Rich. `celebrate_after(ctx)` is
called by the root callback: after a command succeeds it prints, on stderr, a once-only
congratulation for each milestone reached since the last command (skipped for
`status --short` and the dashboard, which celebrates on screen).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET
from recovery_tui.core.counters import parse_rate, parse_start
from recovery_tui.core.records import iso
from recovery_tui.core.streaks import delta_text, span
from recovery_tui.core.timeparse import parse_time
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import visible_line
from recovery_tui.services import counters as service

counter_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Sobriety counters: add, list, show, rename, archive, remove.\n\n"
        "Example: recover counter add alcohol --since 90d"
    ),
    short_help="Sobriety counters · recover counter add alcohol --since 90d",
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
SimpleOpt = Annotated[bool, typer.Option("--simple", help="Whole days only (a plain day count).")]
NameArg = Annotated[str, typer.Argument(help="Counter name, any case, e.g. alcohol.")]


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
        "events": [e.to_record() for e in counter.ordered_events],
        "custom_milestones": [{"label": m.label, "days": m.days} for m in counter.custom_milestones],
    }


def _status_line(summary: service.CounterSummary, now: datetime, *, simple: bool, width: int) -> str:
    stats, state = summary.stats, summary.progress
    left = span(now, state.next.at).text(simple=simple)
    current = stats.current_span.text(simple=simple)
    return f"{summary.counter.name:<{width}}  {current:>13}   next: {state.next.milestone.label} in {left}"


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
    cost = parse_rate(cost_per_day, field="--cost-per-day")
    hours = parse_rate(hours_per_day, field="--hours-per-day", maximum=24)
    started = parse_start(since, now)
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


@counter_app.command("list", short_help="Counters with current and longest streak · recover counter list --all")
def list_cmd(
    ctx: typer.Context,
    *,
    show_all: Annotated[bool, typer.Option("--all", help="Include archived counters.")] = False,
    simple: SimpleOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List counters with their current and longest streak.

    Example: recover counter list --all
    """
    now = common.now()
    rows = service.summaries(common.get_store(ctx), now, include_archived=show_all)
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
    lines.append(f"  Next milestone   {state.next.milestone.label} in {span(now, state.next.at).text(simple=simple)}")
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
        raise InvalidInput("label: give a label, such as 'first sober birthday'.")
    counter = service.add_custom_milestone(store, name, days=days, label=label, now=now)
    common.say(f"{counter.name}: '{' '.join(label.split())}' at {days} days.")


# -- top-level commands ---------------------------------------------------------------------
def relapse(
    ctx: typer.Context,
    name: NameArg,
    *,
    at: Annotated[str, typer.Option("--at", help="When: now, -2h, yesterday 21:00, 2026-11-20 21:30.")] = "now",
    note: Annotated[str | None, typer.Option("--note", help="What led up to it, for yourself.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a relapse: the counter restarts, its history is kept.

    Example: recover relapse alcohol --at "yesterday 22:00" --note "work party"
    """
    now = common.now()
    when = parse_time(at, now, field="--at", allow_future=True)
    counter = service.record_relapse(common.get_store(ctx), name, at=when, note=note, now=now)
    message = service.relapse_message(counter, at=when, now=now)
    if as_json:
        summary = service.summarize(counter, now)
        common.emit_json({**_summary_json(summary, _currency(ctx)), "message": message})
        return
    common.say(message)


def milestones(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="One counter (default: every active one).")] = None,
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
            common.say(f"  ✓ {reached.milestone.label:<20} {reached.at.astimezone():%Y-%m-%d %H:%M}")
        nxt = state.next
        common.say(
            f"  → {nxt.milestone.label:<20} {nxt.at.astimezone():%Y-%m-%d %H:%M}  in {span(now, nxt.at).text()}"
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
    """One line per active counter: current streak and the next milestone.

    Example: recover status --short   (in PS1 or a tmux status line)
    """
    store = common.get_store(ctx)
    now = common.now()
    if short:
        ctx.meta[QUIET] = True
        line = service.status_short(store, now)
        if line:
            common.say(visible_line(line))  # one line for the prompt, as cli/prompt_line.py prints it
        return
    rows = service.summaries(store, now)
    if as_json:
        currency = _currency(ctx)
        common.emit_json([_summary_json(s, currency) for s in rows])
        return
    if not rows:
        common.say(wording.NO_COUNTERS)
        return
    width = max(len(s.counter.name) for s in rows)
    for summary in rows:
        common.say(_status_line(summary, now, simple=simple, width=width))


# -- congratulations ------------------------------------------------------------------------
def register(app: typer.Typer) -> None:
    """Add the `counter` group and `relapse`, `milestones`, `share`, `status` to the root app."""
    app.add_typer(counter_app, name="counter")
    app.command("relapse", short_help="Record a relapse; history kept · recover relapse alcohol --at -2h")(relapse)
    app.command("milestones", short_help="Milestones reached and next · recover milestones alcohol")(milestones)
    app.command("share", short_help="Anonymous milestone text to paste · recover share alcohol")(share)
    app.command("status", short_help="Counters in one line each · recover status --short")(status)
