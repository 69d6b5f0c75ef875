"""The 24/7 contact chain: contacts, when each can be reached, and who is reachable now.

Reachability is written the way people say it and stored as that text, normalised:
``24/7``, or ``;``-separated parts of days and hours such as
``mon-fri 09:00-17:00; sat 10:00-14:00``. Days are ``mon``..``sun``, ranges (``mon-fri``,
``fri-mon`` wraps round the week), lists (``mon,wed``), ``daily``, ``weekdays`` or
``weekends``; several hour ranges may follow (``mon 09:00-12:00,14:00-18:00``). A range whose
end is not after its start crosses midnight: ``fri 22:00-02:00`` covers Friday 22:00 to
Saturday 02:00. ``24:00`` means the end of the day. Everything here is pure: `now` is a
parameter and only its weekday and wall-clock time count (the person's local time).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Annotated, Literal, get_args

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt
from recovery_tui.errors import InvalidInput

Role = Literal["sponsor", "peer", "therapist", "hotline", "family"]
ROLES: tuple[Role, ...] = get_args(Role)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALWAYS = "24/7"
NAME_MAX = 60
REACH_MAX = 200
NOTE_MAX = 500
REACHABLE_MAX = 500
MINUTES_PER_DAY = 24 * 60
REACHABLE_HELP = "24/7, or days and hours such as 'mon-fri 09:00-17:00; sat 10:00-14:00' or 'fri 22:00-02:00'"

_DAY_GROUPS = {"daily": tuple(range(7)), "weekdays": tuple(range(5)), "weekends": (5, 6)}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class Window(msgspec.Struct, frozen=True):
    """A span of time starting on one weekday (0 = Monday); `end` <= `start` crosses midnight."""

    day: int
    start: int  # minutes after midnight
    end: int  # minutes after midnight, 1..1440

    @property
    def crosses_midnight(self) -> bool:
        """True when the window runs into the next day."""
        return self.end <= self.start

    def contains(self, weekday: int, minute: int) -> bool:
        """Whether the moment `minute` (after midnight) on `weekday` falls inside."""
        if not self.crosses_midnight:
            return weekday == self.day and self.start <= minute < self.end
        if weekday == self.day and minute >= self.start:
            return True
        return weekday == (self.day + 1) % 7 and minute < self.end


class Availability(msgspec.Struct, frozen=True):
    """When a contact can be reached: always, or inside any of its windows."""

    always: bool
    windows: tuple[Window, ...] = ()

    def reachable_at(self, moment: datetime) -> bool:
        """Whether `moment` (local wall-clock time) falls in a window."""
        if self.always:
            return True
        weekday, minute = moment.weekday(), moment.hour * 60 + moment.minute
        return any(w.contains(weekday, minute) for w in self.windows)

    def next_start(self, moment: datetime) -> datetime | None:
        """When the contact can next be reached after `moment` (None if always or never)."""
        if self.always or not self.windows:
            return None
        midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        best: datetime | None = None
        for offset in range(8):
            day = midnight + timedelta(days=offset)
            for window in self.windows:
                if window.day != day.weekday():
                    continue
                candidate = day + timedelta(minutes=window.start)
                if candidate > moment and (best is None or candidate < best):
                    best = candidate
        return best


def _minutes(text: str, *, end: bool) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise InvalidInput("reachable", f"'{text}' is not a time; use HH:MM such as 09:00 ({REACHABLE_HELP}).")
    hour, minute = int(match.group(1)), int(match.group(2))
    if end and hour == 24 and minute == 0:
        return MINUTES_PER_DAY
    if hour > 23 or minute > 59:
        raise InvalidInput("reachable", f"'{text}' is not a time; use 00:00 to 23:59 (24:00 for end of day).")
    return hour * 60 + minute


def _day(text: str) -> int:
    key = text.strip().lower()[:3]
    if key not in DAYS or len(text.strip()) < 3:
        raise InvalidInput("reachable", f"'{text}' is not a weekday; use mon, tue, wed, thu, fri, sat or sun.")
    return DAYS.index(key)


def _days(text: str) -> list[int]:
    result: list[int] = []
    for piece in text.split(","):
        piece = piece.strip().lower()
        if not piece:
            continue
        if piece in _DAY_GROUPS:
            result.extend(_DAY_GROUPS[piece])
        elif "-" in piece:
            first, _, last = piece.partition("-")
            a, b = _day(first), _day(last)
            result.extend((a + i) % 7 for i in range((b - a) % 7 + 1))
        else:
            result.append(_day(piece))
    if not result:
        raise InvalidInput("reachable", f"name the days, e.g. {REACHABLE_HELP}.")
    return sorted(set(result))


def parse_reachable(text: str) -> Availability:
    """Read what a person typed for `--reachable`.

    Raises:
        InvalidInput: naming --reachable and the accepted forms.
    """
    raw = re.sub(r"\s*([,;-])\s*", r"\1", " ".join(text.split()).lower())
    if raw in {"24/7", "always", "anytime", "any time"}:
        return Availability(always=True)
    if not raw:
        raise InvalidInput("reachable", messages.reachable_say_when(REACHABLE_HELP))
    windows: list[Window] = []
    for part in raw.split(";"):
        part = part.strip()
        if not part:
            continue
        day_text, _, hours_text = part.partition(" ")
        if not hours_text.strip():
            raise InvalidInput("reachable", f"'{part}' needs hours after the days, e.g. {REACHABLE_HELP}.")
        days = _days(day_text)
        for span in hours_text.replace(" ", "").split(","):
            start_text, dash, end_text = span.partition("-")
            if not dash:
                raise InvalidInput("reachable", f"'{span}' is not an hour range; use HH:MM-HH:MM such as 09:00-17:00.")
            start, end = _minutes(start_text, end=False), _minutes(end_text, end=True)
            if start == end:
                raise InvalidInput(
                    "reachable", f"'{span}' starts and ends at the same time; for all day use 00:00-24:00."
                )
            windows.extend(Window(day, start, end) for day in days)
    if not windows:
        raise InvalidInput("reachable", messages.reachable_say_when(REACHABLE_HELP))
    return Availability(always=False, windows=tuple(sorted(set(windows), key=lambda w: (w.day, w.start, w.end))))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_reachable(availability: Availability) -> str:
    """The normalised text form (what is stored): '24/7' or 'mon-fri 09:00-17:00; sat 10:00-14:00'."""
    if availability.always:
        return ALWAYS
    by_hours: dict[tuple[int, int], list[int]] = {}
    for window in availability.windows:
        by_hours.setdefault((window.start, window.end), []).append(window.day)
    parts: list[tuple[int, str]] = []
    for (start, end), days in by_hours.items():
        parts.append((min(days), f"{_day_list(sorted(set(days)))} {_clock(start)}-{_clock(end)}"))
    return "; ".join(text for _, text in sorted(parts))


def _day_list(days: list[int]) -> str:
    if days == list(range(7)):
        return "daily"
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    pieces = [DAYS[r[0]] if len(r) == 1 else f"{DAYS[r[0]]}-{DAYS[r[-1]]}" for r in runs]
    return ",".join(pieces)


def normalise_reachable(text: str) -> str:
    """Parse and re-format, so equal schedules are stored the same way."""
    return format_reachable(parse_reachable(text))


class Contact(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One link of the 24/7 contact chain (relapse resilience kit): who, how to reach them, their
    role, when they can be reached and their place in the chain. `reachable` is '24/7' or
    weekday hours such as 'mon-fri 09:00-17:00; sat 10:00-14:00'; a range whose end is not after
    its start crosses midnight ('fri 22:00-02:00'). `position` 1 is called first."""

    id: RecordId
    name: Annotated[
        str, msgspec.Meta(min_length=1, max_length=NAME_MAX, description="Their name (a first name or pseudonym).")
    ]
    reach: Annotated[
        str,
        msgspec.Meta(
            min_length=1, max_length=REACH_MAX, description="How to reach them: a phone number, a handle or a link."
        ),
    ]
    role: Annotated[Role, msgspec.Meta(description="Who they are to the person.")]
    reachable: Annotated[
        str,
        msgspec.Meta(
            min_length=1,
            max_length=REACHABLE_MAX,
            description="When they can be reached, normalised: '24/7' or weekday hours (see the record).",
        ),
    ]
    position: Annotated[int, msgspec.Meta(ge=1, description="Place in the chain; 1 is called first.")]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    @property
    def availability(self) -> Availability:
        """The parsed schedule."""
        return parse_reachable(self.reachable)

    def reachable_at(self, moment: datetime) -> bool:
        """Whether this contact can be reached at `moment`."""
        return self.availability.reachable_at(moment)


def clean_contact_name(name: str) -> str:
    """1-60 characters after trimming."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", messages.CONTACT_NAME)
    if len(cleaned) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    return cleaned


def clean_reach(reach: str) -> str:
    """How to reach them: a phone number, handle or link, 1-200 characters."""
    cleaned = " ".join(reach.split())
    if not cleaned:
        raise InvalidInput("reach", messages.CONTACT_REACH)
    if len(cleaned) > REACH_MAX:
        raise InvalidInput("reach", messages.too_long(REACH_MAX))
    return cleaned


def clean_role(role: str) -> Role:
    """One of ROLES."""
    cleaned = role.strip().lower()
    if cleaned not in ROLES:
        raise InvalidInput("role", messages.one_of(ROLES))
    return ROLES[ROLES.index(cleaned)]  # the Literal it equals


def clean_note(note: str | None) -> str | None:
    """An optional note of up to 500 characters (empty means none)."""
    if note is None:
        return None
    cleaned = note.strip()
    if len(cleaned) > NOTE_MAX:
        raise InvalidInput("note", messages.too_long(NOTE_MAX))
    return cleaned or None


def chain(contacts: list[Contact]) -> list[Contact]:
    """Contacts in chain order (position, then name)."""
    return sorted(contacts, key=lambda c: (c.position, c.name.casefold()))


def reachable_now(contacts: list[Contact], now: datetime) -> list[Contact]:
    """The contacts that can be reached at `now`, in chain order."""
    return [c for c in chain(contacts) if c.reachable_at(now)]


def next_reachable(contacts: list[Contact], now: datetime) -> tuple[Contact, datetime] | None:
    """The contact whose next window opens soonest after `now` (chain order breaks ties)."""
    best: tuple[Contact, datetime] | None = None
    for contact in chain(contacts):
        start = contact.availability.next_start(now)
        if start is not None and (best is None or start < best[1]):
            best = (contact, start)
    return best


def moved(contacts: list[Contact], contact_id: str, position: int) -> list[tuple[str, int]]:
    """New positions (1..n, no gaps) after moving one contact to `position` (1-based).

    Returns:
        (id, position) for every contact whose position changes.

    Raises:
        InvalidInput: position outside 1..n.
    """
    ordered = chain(contacts)
    if not 1 <= position <= len(ordered):
        raise InvalidInput("position", messages.number_from_one(len(ordered)))
    target = next(c for c in ordered if c.id == contact_id)
    rest = [c for c in ordered if c.id != contact_id]
    rest.insert(position - 1, target)
    return [(c.id, i) for i, c in enumerate(rest, start=1) if c.position != i]
