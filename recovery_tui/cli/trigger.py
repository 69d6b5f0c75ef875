"""`recover trigger`: log a trigger in one line, and list, show, edit, delete and name them.

`recover trigger "argument with my boss"` is the quick case. Typer cannot give one group both
a default command with an argument and subcommands, so the group is a TriggerGroup: when the
first word is not one of its subcommands (list, show, edit, delete, names, log) it runs the
implicit `log` subcommand with every word. So `recover trigger list` lists, while
`recover trigger "list of things"` logs; `recover trigger log list` always logs, whatever the
text. A single word close to a subcommand (say `lst`) is logged, with a hint on stderr.

An outcome of `used` offers to record a relapse (a restart, history kept) on a counter: at a
terminal it asks; in scripts it never does, and only `--relapse NAME` records one.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Annotated, Any

import typer
from typer._click import Context
from typer.core import TyperGroup

from recovery_tui import wording
from recovery_tui.cli import common, complete
from recovery_tui.cli.flags import at_prompt
from recovery_tui.cli.listing import FirstN, Limit, first, newest
from recovery_tui.cli.times import time_option
from recovery_tui.core import records
from recovery_tui.core import triggers as core
from recovery_tui.core.timeparse import parse_since
from recovery_tui.core.triggers import Trigger
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import counters as counter_service
from recovery_tui.services import triggers as service
from recovery_tui.store import Store

HINT_KEY = "recover.trigger.hint"
OUTCOME_VALUES = complete.choices(core.OUTCOMES)
SUBCOMMANDS_HELP = (
    "Log a trigger and look back at them. The quick case needs no subcommand: "
    'recover trigger "argument with my boss" --intensity 7 --outcome resisted. '
    "Use 'recover trigger log TEXT' when the text is itself a subcommand name (list, show, edit, delete, names)."
)


class TriggerGroup(TyperGroup):
    """A group whose unknown first word means `log WORDS...` (see the module docstring)."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Route `recover trigger TEXT ...` to `recover trigger log TEXT ...`."""
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            first = args[0]
            if not first.startswith("-") and " " not in first.strip():
                close = difflib.get_close_matches(first.lower(), [c for c in self.commands if c != "log"], 1, 0.75)
                if close:
                    ctx.meta[HINT_KEY] = (first, close[0])
            args = ["log", *args]
        return super().parse_args(ctx, args)


trigger_app = typer.Typer(
    rich_markup_mode=None,
    cls=TriggerGroup,
    help=SUBCOMMANDS_HELP,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# -- shared option types -----------------------------------------------------------------------
Where = Annotated[str | None, typer.Option("--where", help="Where it happened, e.g. 'office'.")]
Who = Annotated[str | None, typer.Option("--who", help="Who was there, e.g. 'my boss'.")]
Emotion = Annotated[str | None, typer.Option("--emotion", help="The main emotion, e.g. angry, lonely, ashamed.")]
Halt = Annotated[
    str | None,
    typer.Option("--halt", help="HALT states present: hungry,angry,lonely,tired (or initials h,a,l,t)."),
]
Intensity = Annotated[str | None, typer.Option("--intensity", help="Craving intensity 0 (none) to 10 (strongest).")]
Coping = Annotated[str | None, typer.Option("--coping", help="What you did, e.g. 'called my sponsor'.")]
Outcome = Annotated[
    str | None,
    typer.Option(
        "--outcome",
        help="How it ended: resisted, used or ongoing.",
        autocompletion=OUTCOME_VALUES,
    ),
]
Note = Annotated[str | None, typer.Option("--note", help="Anything else worth keeping.")]
Relapse = Annotated[
    str | None,
    typer.Option(
        "--relapse",
        metavar="COUNTER",
        help="With --outcome used: also record a relapse (a restart, history kept) on this counter.",
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


# -- rendering -----------------------------------------------------------------------------------
def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _summary(trigger: Trigger) -> str:
    parts = []
    if trigger.intensity is not None:
        parts.append(f"intensity {trigger.intensity}")
    if trigger.halt:
        parts.append("/".join(trigger.halt))
    if trigger.outcome:
        parts.append(trigger.outcome)
    extra = f" ({', '.join(parts)})" if parts else ""
    return f"{trigger.what}{extra}"


def _relapse_json(logged: service.Logged) -> dict[str, Any] | None:
    if logged.counter is None:
        return None
    return {"counter": logged.counter.name, "at": common_iso(logged.trigger.at)}


def common_iso(moment: datetime) -> str:
    """ISO 8601 as stored."""
    return moment.isoformat(timespec="seconds")


def _after_logging(logged: service.Logged, *, verb: str, offered: bool, now: datetime, care: bool = True) -> None:
    trigger = logged.trigger
    common.say(f"{verb}: {_summary(trigger)} at {_when(trigger.at)} · id {trigger.id[:8]}")
    if trigger.outcome == "resisted":
        common.say("You rode it out. That's worth noting.")
    if logged.counter is not None:
        common.say(counter_service.relapse_message(logged.counter, at=trigger.at, now=now, named=True))
    elif trigger.outcome == "used" and care:
        common.say(wording.used_care(dashboard=False))
        if not offered:
            common.say(
                "Not recorded as a relapse on any counter (nothing was asked here). To do that: "
                f"recover trigger edit {trigger.id[:8]} --relapse COUNTER"
            )


# -- prompting -----------------------------------------------------------------------------------
def _ask_valid(question: str, field: str, check: Callable[[str], Any]) -> str:
    """Ask until the answer passes `check` (empty answers are allowed for optional fields)."""
    while True:
        answer = common.ask(question, field=field)
        try:
            check(answer)
        except InvalidInput as error:
            common.warn(at_prompt(error, "trigger"))
            continue
        return answer


def _offer_relapse(store: Store, at: datetime) -> tuple[str | None, bool]:
    """Ask at a terminal whether to record a relapse; returns (counter name or None, asked)."""
    if not common.interactive():
        return None, False
    counters = counter_service.list_counters(store)
    if not counters:
        return None, False
    if len(counters) == 1:
        name = counters[0].name
        question = (
            f"This ended in using. Record a relapse on {name} at {_when(at)}? "
            "It restarts the counter and keeps its history"
        )
        return (name if common.confirm(question, assume_yes=False) else None), True
    names = ", ".join(c.name for c in counters)
    while True:
        answer = common.ask(
            f"This ended in using. Record a relapse on a counter ({names})? Type its name, or press Enter for none",
            field="relapse",
        ).strip()
        if not answer:
            return None, True
        try:
            return counter_service.find_counter(store, answer).name, True
        except RecoverError as error:
            common.warn(at_prompt(error, "trigger"))


# -- commands --------------------------------------------------------------------------------------
@trigger_app.command("log")
def log(
    ctx: typer.Context,
    what: Annotated[str | None, typer.Argument(help="What happened, in a few words.", show_default=False)] = None,
    *,
    where: Where = None,
    who: Who = None,
    emotion: Emotion = None,
    halt: Halt = None,
    intensity: Intensity = None,
    coping: Coping = None,
    outcome: Outcome = None,
    note: Note = None,
    at: Annotated[str, typer.Option("--at", help="When it happened (default now), e.g. '21:30' or -2h.")] = "now",
    ask: Annotated[
        bool, typer.Option("-i", "--interactive", help="Ask for the fields not given (at a terminal).")
    ] = False,
    relapse: Relapse = None,
    as_json: AsJson = False,
) -> None:
    """Log a trigger: what happened, where, who, emotion, HALT, intensity, coping and outcome.

    Example: recover trigger "argument with my boss" --halt angry,tired --intensity 7 --outcome resisted
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at")
    if ask and not common.interactive():
        raise InvalidInput("interactive", "asks questions, which needs a terminal; give the fields as options instead.")
    if what is None:
        if not common.interactive():
            raise InvalidInput("what", 'say what happened, e.g. recover trigger "argument with my boss".')
        what = _ask_valid("What happened", "what", core.clean_what)
    values: dict[str, Any] = {
        "what": what,
        "where": where,
        "who": who,
        "emotion": emotion,
        "halt": halt,
        "intensity": intensity,
        "coping": coping,
        "outcome": outcome,
        "note": note,
    }
    core.build_fields(at=moment, now=now, **values)  # refuse bad options before asking anything
    if ask:
        questions: Sequence[tuple[str, str, Callable[[str], Any]]] = (
            ("where", "Where were you", lambda v: records.clean_optional(v, field="where", limit=core.PLACE_MAX)),
            ("who", "Who was there", lambda v: records.clean_optional(v, field="who", limit=core.PLACE_MAX)),
            ("emotion", "Main emotion", lambda v: records.clean_optional(v, field="emotion", limit=core.EMOTION_MAX)),
            ("halt", "Hungry, angry, lonely, tired? (e.g. a,t)", core.parse_halt),
            ("intensity", "Craving intensity 0-10", core.parse_intensity),
            ("coping", "What did you do", lambda v: records.clean_optional(v, field="coping", limit=core.COPING_MAX)),
            ("outcome", "Outcome: resisted, used or ongoing", core.parse_outcome),
            ("note", "Note", lambda v: records.clean_optional(v, field="note", limit=core.NOTE_MAX)),
        )
        for key, question, check in questions:
            if values[key] is None:
                values[key] = _ask_valid(question, key, check) or None
    offered = relapse is not None
    if relapse is None and core.parse_outcome(values["outcome"]) == "used":
        relapse, offered = _offer_relapse(store, moment)
    logged = service.log_trigger(store, at=moment, now=now, relapse=relapse, **values)
    hint = ctx.meta.get(HINT_KEY)
    if as_json:
        common.emit_json({"trigger": records.to_record(logged.trigger), "relapse": _relapse_json(logged)})
    else:
        _after_logging(logged, verb="Logged", offered=offered, now=now)
        from recovery_tui.services import reasons as reason_service

        for line in reason_service.after_craving(store, logged.trigger.intensity, now.date()):
            common.say(line)
    if hint:
        common.warn(
            f"(Logged '{hint[0]}' as a trigger. Did you mean 'recover trigger {hint[1]}'? "
            f"Undo with: recover trigger delete {logged.trigger.id[:8]} --yes)"
        )


@trigger_app.command("list")
def list_cmd(
    ctx: typer.Context,
    *,
    since: Annotated[str | None, typer.Option("--since", help="Only since then: 30d, 12w or a date.")] = None,
    outcome: Annotated[
        str | None,
        typer.Option(
            "--outcome",
            help="Only this outcome: resisted, used, ongoing.",
            autocompletion=OUTCOME_VALUES,
        ),
    ] = None,
    emotion: Annotated[str | None, typer.Option("--emotion", help="Only this emotion (any case).")] = None,
    min_intensity: Annotated[str | None, typer.Option("--min-intensity", help="Only intensity at least this.")] = None,
    limit: Limit = None,
    as_json: AsJson = False,
) -> None:
    """List logged triggers, oldest first, newest last, with optional filters.

    Example: recover trigger list -n 10 --min-intensity 6
    """
    store = common.get_store(ctx)
    now = common.now()
    found = service.list_triggers(
        store,
        since=parse_since(since, now) if since else None,
        outcome=core.parse_outcome(outcome),
        emotion=emotion,
        min_intensity=core.parse_intensity(min_intensity, field="min_intensity"),
    )
    found = newest(found, limit, key=lambda t: t.at)
    if as_json:
        common.emit_json([records.to_record(t) for t in found])
        return
    if not found:
        if service.list_triggers(store):
            common.say("No triggers match those filters.")
        else:
            common.say('No triggers logged yet. When one comes up: recover trigger "what happened"')
        return
    rows = [
        [
            t.id[:8],
            _when(t.at),
            t.what,
            "" if t.intensity is None else str(t.intensity),
            "".join(s[0].upper() for s in t.halt),
            t.emotion or "",
            t.outcome or "",
        ]
        for t in found
    ]
    common.table(["id", "when", "what", "int", "HALT", "emotion", "outcome"], rows, wrap=(2, 5))
    common.say(f"{counted(len(found), 'trigger')}.")


@trigger_app.command("show")
def show(
    ctx: typer.Context,
    trigger_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 8 characters do).")],
    *,
    as_json: AsJson = False,
) -> None:
    """Show every field of one trigger entry.

    Example: recover trigger show 1a2b3c4d
    """
    trigger = service.find_trigger(common.get_store(ctx), trigger_id)
    if as_json:
        common.emit_json(records.to_record(trigger))
        return
    lines = [
        ("id", trigger.id),
        ("when", _when(trigger.at)),
        ("what", trigger.what),
        ("where", trigger.where),
        ("who", trigger.who),
        ("emotion", trigger.emotion),
        ("HALT", ", ".join(trigger.halt) or None),
        ("intensity", None if trigger.intensity is None else f"{trigger.intensity}/10"),
        ("coping", trigger.coping),
        ("outcome", trigger.outcome),
        ("note", trigger.note),
    ]
    for label, value in lines:
        common.say(f"{label:<10} {value if value is not None else '-'}")


@trigger_app.command("edit")
def edit(
    ctx: typer.Context,
    trigger_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 8 characters do).")],
    *,
    what: Annotated[str | None, typer.Option("--what", help="New text for what happened.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="New time, e.g. 'yesterday 21:00'.")] = None,
    where: Where = None,
    who: Who = None,
    emotion: Emotion = None,
    halt: Halt = None,
    intensity: Intensity = None,
    coping: Coping = None,
    outcome: Outcome = None,
    note: Note = None,
    relapse: Relapse = None,
    as_json: AsJson = False,
) -> None:
    """Change fields of a trigger entry; an empty value ('') clears an optional field.

    Example: recover trigger edit 1a2b3c4d --outcome resisted --coping "walked it off"
    """
    store = common.get_store(ctx)
    now = common.now()
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "what": what,
            "where": where,
            "who": who,
            "emotion": emotion,
            "halt": halt,
            "intensity": intensity,
            "coping": coping,
            "outcome": outcome,
            "note": note,
        }.items()
        if v is not None
    }
    if at is not None:
        changes["at"] = time_option(at, now, field="at")
    if not changes and relapse is None:
        raise InvalidInput("edit", "nothing to change; give at least one option, such as --outcome resisted.")
    current = service.find_trigger(store, trigger_id)
    offered = relapse is not None
    if relapse is None and "outcome" in changes and core.parse_outcome(changes["outcome"]) == "used":
        if current.outcome != "used":
            relapse, offered = _offer_relapse(store, changes.get("at", current.at))
        else:
            offered = True
    logged = service.edit_trigger(store, current.id, changes, now=now, relapse=relapse)
    if as_json:
        common.emit_json({"trigger": records.to_record(logged.trigger), "relapse": _relapse_json(logged)})
        return
    _after_logging(
        logged, verb="Updated", offered=offered or "outcome" not in changes, now=now, care="outcome" in changes
    )


@trigger_app.command("delete")
def delete(
    ctx: typer.Context,
    trigger_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 8 characters do).")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete one trigger entry (asks first).

    Example: recover trigger delete 1a2b3c4d --yes
    """
    store = common.get_store(ctx)
    trigger = service.find_trigger(store, trigger_id)
    if not common.confirm(f"Delete the trigger '{trigger.what}' from {_when(trigger.at)}?", assume_yes=yes):
        common.say("Kept it; nothing was deleted.")
        return
    service.remove_trigger(store, trigger.id)
    common.say(f"Deleted the trigger '{trigger.what}' from {_when(trigger.at)}.")


@trigger_app.command("names")
def names(ctx: typer.Context, *, limit: FirstN = None, as_json: AsJson = False) -> None:
    """Your own trigger list: distinct triggers ranked by how often they came up, with last seen.

    Example: recover trigger names -n 5
    """
    found = first(service.trigger_names(common.get_store(ctx)), limit)
    if as_json:
        common.emit_json([n.to_json() for n in found])
        return
    if not found:
        common.say('No triggers logged yet. When one comes up: recover trigger "what happened"')
        return
    rows = [
        [n.name, str(n.count), _when(n.last_seen), "" if n.mean_intensity is None else f"{n.mean_intensity:.1f}"]
        for n in found
    ]
    common.table(["trigger", "times", "last seen", "mean intensity"], rows, wrap=(0,))


def register(app: typer.Typer) -> None:
    """Add the `trigger` group to the root app."""
    app.add_typer(
        trigger_app,
        name="trigger",
        short_help='Log a trigger and see your list · recover trigger "argument with my boss"',
    )
