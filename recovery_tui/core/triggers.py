"""Trigger log domain objects: a Trigger entry, validation of each field, filters and names.

A trigger entry records what happened, where, with whom, the emotion, the HALT state
(hungry, angry, lonely, tired), the craving intensity 0-10, what the person did (coping) and
the outcome (resisted, used, ongoing). Every validator raises InvalidInput naming the field
(as the CLI option, e.g. `--halt`) and what is accepted, so the CLI and the dashboard form
show the same one-line messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import (
    CreatedAt,
    Moment,
    RecordId,
    UpdatedAt,
    clean_optional,
    each_once,
    iso,
    to_fields,
)
from recovery_tui.errors import InvalidInput

Halt = Literal["hungry", "angry", "lonely", "tired"]
Outcome = Literal["resisted", "used", "ongoing"]
HALT: tuple[Halt, ...] = get_args(Halt)
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)
INTENSITY_MAX = 10
WHAT_MAX = 500
PLACE_MAX = 200
EMOTION_MAX = 60
COPING_MAX = 500
NOTE_MAX = 5000


class Trigger(msgspec.Struct, forbid_unknown_fields=True):
    """One entry of the trigger log (part of the relapse resilience kit): what happened, where,
    with whom, the emotion, HALT state, craving intensity, what the person did and how it ended."""

    # Treat it as read-only. Not frozen: as a frozen dataclass it set each field through
    # object.__setattr__, which made reading ten years of entries (7,000) about 30 ms slower. A
    # frozen Struct would cost nothing extra (msgspec builds both kinds in C, ~5 ms for 7,000),
    # but freezing it would also make it hashable and refuse assignment, so it stays as it was.

    id: RecordId
    at: Annotated[Moment, msgspec.Meta(description="When it happened (not in the future when logged).")]
    what: Annotated[
        str,
        msgspec.Meta(
            min_length=1, max_length=WHAT_MAX, description="What happened, in a few words (spaces collapsed)."
        ),
    ]
    where: Annotated[
        Annotated[str, msgspec.Meta(max_length=PLACE_MAX)] | None, msgspec.Meta(description="Where it happened.")
    ] = None
    who: Annotated[
        Annotated[str, msgspec.Meta(max_length=PLACE_MAX)] | None, msgspec.Meta(description="Who was there.")
    ] = None
    emotion: Annotated[
        Annotated[str, msgspec.Meta(max_length=EMOTION_MAX)] | None, msgspec.Meta(description="The emotion felt.")
    ] = None
    halt: Annotated[
        tuple[Halt, ...],
        msgspec.Meta(
            description="HALT states present (hungry, angry, lonely, tired), each once, in that order.",
            extra_json_schema={"uniqueItems": True},
        ),
    ] = ()
    intensity: Annotated[
        Annotated[int, msgspec.Meta(ge=0, le=INTENSITY_MAX)] | None,
        msgspec.Meta(description="Craving intensity, 0 (none) to 10 (strongest)."),
    ] = None
    coping: Annotated[
        Annotated[str, msgspec.Meta(max_length=COPING_MAX)] | None,
        msgspec.Meta(description="What the person did about it."),
    ] = None
    outcome: Annotated[Outcome | None, msgspec.Meta(description="How it ended, if known yet.")] = None
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: each HALT state once (the schema's uniqueItems)."""
        each_once(self.halt, "HALT state", "halt")

    @property
    def key(self) -> str:
        """The normalised name used to group entries: case and spacing ignored."""
        return normalise(self.what)


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form of a trigger or coping text."""
    return " ".join(text.split()).casefold()


# -- field validators (shared by the CLI and the dashboard form) ---------------------------
def clean_what(text: str, *, field: str = "what") -> str:
    """What happened: 1-500 characters after trimming (spaces collapsed)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(field, messages.TRIGGER_WHAT)
    if len(cleaned) > WHAT_MAX:
        raise InvalidInput(field, f"keep it to {WHAT_MAX} characters or fewer (the note can hold more).")
    return cleaned


def parse_halt(value: str | Iterable[str] | None, *, field: str = "halt") -> tuple[Halt, ...]:
    """HALT states from 'hungry,tired' (or initials 'h,t', or a list); none when empty.

    Returns:
        The states in HALT order (hungry, angry, lonely, tired), each once.
    """
    if value is None:
        return ()
    words = value.replace(",", " ").split() if isinstance(value, str) else [w.strip() for w in value]
    chosen: set[str] = set()
    for word in words:
        lowered = word.strip().lower()
        if not lowered:
            continue
        match = [state for state in HALT if state == lowered or (len(lowered) == 1 and state[0] == lowered)]
        if not match:
            raise InvalidInput(
                field, f"'{word}' is not a HALT state; use hungry, angry, lonely or tired, separated by commas."
            )
        chosen.add(match[0])
    return tuple(state for state in HALT if state in chosen)


def parse_intensity(value: str | int | None, *, field: str = "intensity") -> int | None:
    """Craving intensity: a whole number 0-10, or none when empty."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in {"", "none"}:
            return None
        try:
            number = int(text)
        except ValueError:
            raise InvalidInput(field, f"'{value}' is not a whole number; use 0 (none) to 10 (strongest).") from None
    else:
        number = value
    if not 0 <= number <= INTENSITY_MAX:
        raise InvalidInput(field, f"{number} is out of range; use a whole number from 0 (none) to 10 (strongest).")
    return number


def parse_outcome(value: str | None, *, field: str = "outcome") -> Outcome | None:
    """The outcome: resisted, used or ongoing (a unique prefix is enough), or none when empty."""
    if value is None:
        return None
    text = value.strip().lower()
    if text in {"", "none"}:
        return None
    matches = [o for o in OUTCOMES if o.startswith(text)]
    if len(matches) != 1:
        raise InvalidInput(field, f"'{value}' is not an outcome; use resisted, used or ongoing.")
    return matches[0]


def check_at(at: datetime, now: datetime, *, field: str = "at") -> datetime:
    """A trigger happened at or before now."""
    if at > now:
        raise InvalidInput(field, messages.in_future("a trigger"))
    return at


def build_fields(
    *,
    what: str,
    at: datetime,
    now: datetime,
    where: str | None = None,
    who: str | None = None,
    emotion: str | None = None,
    halt: str | Iterable[str] | None = None,
    intensity: str | int | None = None,
    coping: str | None = None,
    outcome: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Validate every field of a new entry and return the stored fields.

    Raises:
        InvalidInput: the first field that is not accepted, named as its CLI option.
    """
    return to_fields(
        Trigger(
            id="",
            at=check_at(at, now),
            what=clean_what(what),
            where=clean_optional(where, field="where", limit=PLACE_MAX),
            who=clean_optional(who, field="who", limit=PLACE_MAX),
            emotion=clean_optional(emotion, field="emotion", limit=EMOTION_MAX),
            halt=parse_halt(halt),
            intensity=parse_intensity(intensity),
            coping=clean_optional(coping, field="coping", limit=COPING_MAX),
            outcome=parse_outcome(outcome),
            note=clean_optional(note, field="note", limit=NOTE_MAX),
        )
    )


# -- filters and the person's own trigger list --------------------------------------------
def filter_triggers(
    triggers: Iterable[Trigger],
    *,
    since: datetime | None = None,
    outcome: str | None = None,
    emotion: str | None = None,
    min_intensity: int | None = None,
) -> list[Trigger]:
    """Entries matching every given filter, newest first (emotion matched case-insensitively)."""
    wanted_emotion = normalise(emotion) if emotion else None
    kept = [
        t
        for t in triggers
        if (since is None or t.at >= since)
        and (outcome is None or t.outcome == outcome)
        and (wanted_emotion is None or (t.emotion is not None and normalise(t.emotion) == wanted_emotion))
        and (min_intensity is None or (t.intensity is not None and t.intensity >= min_intensity))
    ]
    kept.sort(key=lambda t: t.at, reverse=True)
    return kept


class TriggerName(msgspec.Struct, frozen=True):
    """One distinct trigger in the person's own list: how often and when last."""

    name: str
    count: int
    last_seen: datetime
    mean_intensity: float | None

    def to_json(self) -> dict[str, Any]:
        """For `--json`."""
        return {
            "name": self.name,
            "count": self.count,
            "last_seen": iso(self.last_seen),
            "mean_intensity": self.mean_intensity,
        }


def trigger_names(triggers: Iterable[Trigger]) -> list[TriggerName]:
    """Distinct triggers (case and spacing ignored) ranked by count, then most recent.

    Each is shown with its most recent spelling.
    """
    groups: dict[str, list[Any]] = {}  # key -> [label, count, last, intensity sum, intensity n]
    for t in triggers:
        group = groups.get(t.key)
        if group is None:
            groups[t.key] = [t.what, 1, t.at, t.intensity or 0, 0 if t.intensity is None else 1]
            continue
        group[1] += 1
        if t.at >= group[2]:
            group[0], group[2] = t.what, t.at
        if t.intensity is not None:
            group[3] += t.intensity
            group[4] += 1
    names = [
        TriggerName(label, count, last, round(total / n, 1) if n else None)
        for label, count, last, total, n in groups.values()
    ]
    names.sort(key=lambda n: (-n.count, -n.last_seen.timestamp(), n.name.casefold()))
    return names
