"""Counter domain objects: a counter is a name plus its history of starts and relapses.

Figures are never stored; they are derived from the events in time order, so a relapse
entered late with an earlier time gives the same result as one entered on time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from recovery_tui.core.records import aware, iso
from recovery_tui.errors import InvalidInput

NAME_MAX = 60


class CounterEvent(msgspec.Struct, frozen=True):
    """A start (the first day) or a relapse (a restart) at a moment, with an optional note."""

    kind: str
    at: datetime
    note: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The stored form."""
        return {"kind": self.kind, "at": iso(self.at), "note": self.note}


class CustomMilestone(msgspec.Struct, frozen=True):
    """A milestone the person chose for one counter, e.g. 'first sober birthday' at 45 days."""

    label: str
    days: int


class Counter(msgspec.Struct, frozen=True):
    """One tracked addiction or habit."""

    id: str
    name: str
    events: tuple[CounterEvent, ...]
    archived: bool = False
    cost_per_day: float | None = None
    hours_per_day: float | None = None
    custom_milestones: tuple[CustomMilestone, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def ordered_events(self) -> list[CounterEvent]:
        """Events sorted by time (entry order never matters)."""
        return sorted(self.events, key=lambda e: (e.at, e.kind != "start"))

    @property
    def first_start(self) -> datetime:
        """When the counter first started."""
        return min(e.at for e in self.events if e.kind == "start")

    @property
    def current_start(self) -> datetime:
        """The start of the current streak: the latest event."""
        return max(e.at for e in self.events)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Counter:
        """Build from a stored record."""
        return cls(
            id=record["id"],
            name=record["name"],
            events=tuple(CounterEvent(e["kind"], aware(e["at"]), e.get("note")) for e in record["events"]),
            archived=bool(record.get("archived", False)),
            cost_per_day=record.get("cost_per_day"),
            hours_per_day=record.get("hours_per_day"),
            custom_milestones=tuple(
                CustomMilestone(m["label"], int(m["days"])) for m in record.get("custom_milestones", [])
            ),
            created_at=aware(record["created_at"]) if record.get("created_at") else None,
            updated_at=aware(record["updated_at"]) if record.get("updated_at") else None,
        )

    def to_fields(self) -> dict[str, Any]:
        """The stored fields (without id and timestamps)."""
        return {
            "name": self.name,
            "events": [e.to_record() for e in self.events],
            "archived": self.archived,
            "cost_per_day": self.cost_per_day,
            "hours_per_day": self.hours_per_day,
            "custom_milestones": [{"label": m.label, "days": m.days} for m in self.custom_milestones],
        }


def clean_name(name: str) -> str:
    """Validate a counter name: 1-60 characters after trimming; unicode welcome."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name: a counter needs a name, such as alcohol or gambling.")
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(f"name: keep it to {NAME_MAX} characters or fewer.")
    return cleaned


def check_relapse(counter: Counter, at: datetime, now: datetime) -> None:
    """Refuse a relapse before the counter started or in the future."""
    if at > now:
        raise InvalidInput("--at: a relapse can't be in the future; give a time up to now.")
    if at < counter.first_start:
        raise InvalidInput(
            f"--at: {counter.name} started on {counter.first_start:%Y-%m-%d %H:%M}; a relapse has to be after that."
        )


MONEY_PER_DAY_MAX = 1_000_000.0


def parse_rate(text: str | None, *, field: str, maximum: float | None = MONEY_PER_DAY_MAX) -> float | None:
    """Parse an optional amount per day (money or hours): a number 0 or more, up to `maximum`
    (by default a million a day: anything more is a typo).

    Returns:
        The number, or None when `text` is None or blank.

    Raises:
        InvalidInput: naming `field` and what is accepted.
    """
    if text is None or not text.strip():
        return None
    accepted = f"a number 0 or more{f' and at most {maximum:g}' if maximum is not None else ''}, such as 12.50"
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise InvalidInput(f"{field}: '{text}' is not a number; use {accepted}.") from None
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        raise InvalidInput(f"{field}: '{text}' is not accepted; use {accepted}.")
    if maximum is not None and value > maximum:
        raise InvalidInput(f"{field}: '{text}' is too much; use {accepted}.")
    return value


def check_custom_days(days: int) -> int:
    """A custom milestone's day count: a whole number from 1 to 36500."""
    if not 1 <= days <= 36_500:
        raise InvalidInput("days: use a whole number of days from 1 to 36500.")
    return days


def creation_order(counters: list[Counter], *, include_archived: bool = False) -> list[Counter]:
    """Counters in the order they were created (archived ones only when asked)."""
    ordered = sorted(counters, key=lambda c: (c.created_at or c.first_start, c.name.casefold()))
    return [c for c in ordered if include_archived or not c.archived]


def parse_start(text: str, now: datetime, *, field: str = "--since") -> datetime:
    """When a counter started: a span back from now (`90d`) or a time (`2026-01-01`).

    Raises:
        InvalidInput: not understood, or in the future.
    """
    from recovery_tui.core.timeparse import OutOfRange, back_from, parse_span, parse_time

    try:
        span = parse_span(text, field=field)
    except OutOfRange:
        raise
    except InvalidInput:
        moment = parse_time(text, now, field=field, allow_future=True)
    else:
        moment = back_from(now, span, text, field)
    if moment > now:
        raise InvalidInput(f"{field}: a counter can't start in the future; give a time up to now.")
    return moment
