"""The `recover checkin` flow, without Typer: used by the Typer command and by the fast path.

`run_checkin(store, request)` does everything `recover checkin` does after its options are
read: it validates the values, asks at a terminal for what is missing (prompts import Typer
only when they ask), saves through services/checkins.py and prints the result. The Typer
command (cli/checkin.py) and the Typer-free fast path (cli/quick_checkin.py) both build a
`CheckinRequest` and call it, so the two cannot drift apart; both read the options declared
once here, in OPTIONS (cli/options.py builds the Typer parameters and the fast parser from it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

import msgspec

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.cli.flags import at_prompt
from recovery_tui.cli.options import Option
from recovery_tui.cli.times import date_option
from recovery_tui.core.checkin import (
    CRAVING_MAX,
    CRAVING_MIN,
    GRATITUDE_MAX,
    MOOD_MAX,
    MOOD_MIN,
    NOTE_MAX,
    RATING_MAX,
    RATING_MIN,
    CheckIn,
    CheckInDraft,
    SoberAnswer,
    check_day,
    clean_optional,
    parse_craving,
    parse_mood,
    parse_rating,
    relapse_recorded_on,
    unknown_names,
)
from recovery_tui.core.counters import Counter
from recovery_tui.core.records import to_json
from recovery_tui.errors import InvalidInput
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services.checkins import Mode
from recovery_tui.store import Store

N = TypeVar("N", int, int | None)


class CheckinRequest(msgspec.Struct, frozen=True):
    """The options of one `recover checkin`, as typed (values are checked by `run_checkin`)."""

    mood: str | None = None
    craving: str | None = None
    difficulty: str | None = None
    confidence: str | None = None
    gratitude: str | None = None
    note: str | None = None
    not_sober: tuple[str, ...] = ()
    relapse: bool | None = None
    amend: bool = False
    add: bool = False
    day_text: str | None = None
    if_missing: bool = False
    as_json: bool = False


OPTIONS: tuple[Option, ...] = (
    Option("mood", ("--mood", "-m"), "Mood 1 (very low) to 5 (very good).", metavar=f"{MOOD_MIN}-{MOOD_MAX}"),
    Option(
        "craving", ("--craving", "-c"), "Craving 0 (none) to 10 (strongest).", metavar=f"{CRAVING_MIN}-{CRAVING_MAX}"
    ),
    Option(
        "difficulty",
        ("--difficulty",),
        "How hard today was, 0 (easy) to 10 (hardest). Optional.",
        metavar=f"{RATING_MIN}-{RATING_MAX}",
    ),
    Option(
        "confidence",
        ("--confidence",),
        "How sure you are you can stay on track this week, 0 (not at all) to 10 (completely). Optional.",
        metavar=f"{RATING_MIN}-{RATING_MAX}",
    ),
    Option("gratitude", ("--gratitude", "-g"), "Something you're grateful for.", metavar="TEXT"),
    Option("note", ("--note", "-n"), "A note about the day.", metavar="TEXT"),
    Option(
        "not_sober",
        ("--not-sober",),
        "A counter that was not sober that day (repeatable).",
        kind="many",
        metavar="COUNTER",
    ),
    Option(
        "relapse",
        ("--relapse",),
        "Record (or don't) a relapse for each --not-sober counter without asking. Default: ask at a terminal, "
        "otherwise don't.",
        kind="switch",
        off="--no-relapse",
    ),
    Option("amend", ("--amend",), "Update the day's check-in if it has one.", kind="flag"),
    Option("add", ("--add",), "Add another check-in even if the day has one.", kind="flag"),
    Option("day_text", ("--date", "-d"), "Back-fill a missed day: yesterday, -2d, 2026-11-18.", metavar="DAY"),
    Option("if_missing", ("--if-missing",), "Do nothing (exit 0) if the day already has a check-in.", kind="flag"),
    Option("as_json", ("--json",), "Print the saved check-in as JSON.", kind="flag"),
)
"""The options of `recover checkin`, in `--help` order: the Typer command (cli/checkin.py) and
the Typer-free fast path (cli/quick_checkin.py) are both built from this table. A field is a
CheckinRequest field."""


RATING_QUESTIONS = {
    "difficulty": "How hard was {day}, 0 (easy) to 10 (hardest)? (Enter to skip)",
    "confidence": "Can you stay on track this week? 0 (not sure) to 10 (sure) (Enter to skip)",
}
"""The optional evening questions, asked after the craving (a CheckinRequest field each)."""


def _when(day: date, now: datetime) -> str:
    return "today" if day == now.date() else f"on {day:%a %d %b}"


def _ask_number(question: str, default: int | None, field: str, parse: Callable[[object, str], N]) -> N:
    while True:
        answer = common.ask(question, default=None if default is None else str(default), field=field)
        try:
            return parse(answer, field)
        except InvalidInput as err:
            common.warn(at_prompt(err, "checkin"))


def _ask_mode(existing: CheckIn, when: str) -> Mode:
    question = (
        f"You already checked in {when} (at {existing.at:%H:%M}: {existing.summary()}). "
        "Update that check-in or add another? [update/add]"
    )
    while True:
        answer = common.ask(question, default="update", field="mode").strip().lower()
        if answer in {"u", "update", "amend"}:
            return "amend"
        if answer in {"a", "add"}:
            return "add"
        common.warn("Type update or add (Enter keeps update).")


def _decide_mode(existing: CheckIn | None, *, amend: bool, add: bool, when: str, day: date) -> Mode:
    if amend and add:
        raise InvalidInput("mode", "choose one: --amend updates the day's check-in, --add adds another.")
    if amend:
        return "amend"
    if add:
        return "add"
    if existing is None:
        return "new"
    if common.interactive():
        return _ask_mode(existing, when)
    raise InvalidInput(
        "mode",
        f"{day.isoformat()} already has a check-in; "
        "pass --amend to update it or --add to add another (nothing was stored).",
    )


def _sober_answers(
    counters: list[Counter],
    not_sober: list[str],
    base: CheckIn | None,
    prompting: bool,
    when: str,
    day: date,
    now: datetime,
) -> tuple[SoberAnswer, ...]:
    missing = unknown_names(counters, not_sober)
    if missing:
        names = ", ".join(c.name for c in counters) or "none"
        raise InvalidInput("not_sober", f"no active counter called '{missing[0]}' (active counters: {names}).")
    given = {n.casefold() for n in not_sober}
    previous = {s.counter_id: s.sober for s in base.sober} if base else {}
    answers: list[SoberAnswer] = []
    for counter in counters:
        # A relapse already recorded that day is not answered "sober" by default.
        default = previous.get(counter.id, not relapse_recorded_on(counter, day, now))
        if counter.name.casefold() in given:
            sober = False
        elif prompting and not given:
            sober = common.confirm(f"Sober {when} from {counter.name}?", assume_yes=False, default=default)
        else:
            sober = default
        answers.append(SoberAnswer(counter.id, counter.name, sober))
    return tuple(answers)


def run_checkin(store: Store, request: CheckinRequest) -> None:
    """Check in as `request` says, asking at a terminal for what is missing.

    Raises:
        InvalidInput: a bad value, or a missing one when not at a terminal (nothing stored).
    """
    now = common.now()
    day = check_day(
        date_option(request.day_text, now, field="day") if request.day_text is not None else now.date(), now
    )
    mood_value = parse_mood(request.mood) if request.mood is not None else None
    craving_value = parse_craving(request.craving) if request.craving is not None else None
    difficulty_value = parse_rating(request.difficulty, "difficulty")
    confidence_value = parse_rating(request.confidence, "confidence")
    gratitude_value = clean_optional(request.gratitude, "gratitude", GRATITUDE_MAX)
    note_value = clean_optional(request.note, "note", NOTE_MAX)
    when = _when(day, now)

    # `--add` without `--if-missing` adds whatever the day holds: no need to look it up.
    plain_add = request.add and not request.amend and not request.if_missing
    existing = None if plain_add else checkin_service.latest_on(store, day)
    if request.if_missing and existing is not None:
        return
    mode = _decide_mode(existing, amend=request.amend, add=request.add, when=when, day=day)
    base = existing if mode == "amend" else None
    counters = checkin_service.active_counters(store, day, now)

    prompting = common.interactive() and (mood_value is None or craving_value is None)
    if mood_value is None:
        if prompting:
            mood_value = _ask_number(
                "Mood " + when + ", 1 (very low) to 5 (very good)", base.mood if base else None, "mood", parse_mood
            )
        elif base is not None:
            mood_value = base.mood
        else:
            raise InvalidInput("mood", "is required when not at a terminal; use a whole number 1-5.")
    if craving_value is None:
        if prompting:
            craving_value = _ask_number(
                "Craving " + when + ", 0 (none) to 10 (strongest)",
                base.craving if base else None,
                "craving",
                parse_craving,
            )
        elif base is not None:
            craving_value = base.craving
        else:
            raise InvalidInput("craving", "is required when not at a terminal; use a whole number 0-10.")
    ratings = {"difficulty": difficulty_value, "confidence": confidence_value}
    for field, question in RATING_QUESTIONS.items():
        if getattr(request, field) is None:
            previous_rating: int | None = getattr(base, field) if base else None
            ratings[field] = (
                _ask_number(
                    question.format(day="today" if day == now.date() else "that day"),
                    previous_rating,
                    field,
                    parse_rating,
                )
                if prompting
                else previous_rating
            )
    sober = _sober_answers(counters, list(request.not_sober), base, prompting, when, day, now)
    if request.gratitude is None:
        previous = base.gratitude if base else None
        gratitude_value = (
            clean_optional(
                common.ask("Something you're grateful for (Enter to skip)", default=previous, field="gratitude"),
                "gratitude",
                GRATITUDE_MAX,
            )
            if prompting
            else previous
        )
    if request.note is None:
        previous = base.note if base else None
        note_value = (
            clean_optional(
                common.ask("A note about the day (Enter to skip)", default=previous, field="note"), "note", NOTE_MAX
            )
            if prompting
            else previous
        )

    relapse_for: list[str] = []
    messages: list[str] = []
    for answer in sober:
        if answer.sober:
            continue
        counter = next(c for c in counters if c.id == answer.counter_id)
        if relapse_recorded_on(counter, day, now):
            messages.append(f"A relapse for {counter.name} is already recorded {when}; its history is kept.")
            continue
        if request.relapse is None and common.interactive():
            wanted = common.confirm(
                wording.CHECKIN_RELAPSE["ask"].format(name=counter.name, when=when), assume_yes=False, default=False
            )
        else:
            wanted = bool(request.relapse)
        if wanted:
            relapse_for.append(counter.name)
        else:
            messages.append(wording.CHECKIN_RELAPSE["skipped"].format(name=counter.name))

    draft = CheckInDraft(
        day=day,
        mood=mood_value,
        craving=craving_value,
        sober=sober,
        gratitude=gratitude_value,
        note=note_value,
        difficulty=ratings["difficulty"],
        confidence=ratings["confidence"],
    )
    saved = checkin_service.save_checkin(store, draft, mode=mode, relapse_for=relapse_for, now=now)
    if request.as_json:
        common.emit_json(
            {
                "checkin": to_json(saved.checkin),
                "amended": saved.amended,
                "relapse_recorded": [c.name for c in saved.relapsed],
            }
        )
        return
    verb = "updated" if saved.amended else "saved"
    label = f"today ({day:%a %d %b})" if day == now.date() else f"{day:%a %d %b %Y}"
    common.say(f"Check-in {verb} for {label}: {saved.checkin.summary()}.")
    for line in messages:
        common.say(line)
    for counter in saved.relapsed:
        common.say(counter_service.relapse_message(counter, now=now, named=True))
    if saved.checkin.craving >= 7:
        common.say(wording.CHECKIN_RELAPSE["high_craving"].format(craving=saved.checkin.craving))
        from recovery_tui.services import reasons as reason_service

        for line in reason_service.after_craving(store, saved.checkin.craving, now.date()):
            common.say(line)
