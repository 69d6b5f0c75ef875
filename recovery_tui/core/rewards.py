"""Points for do-it-yourself rewards: earned from the logs, spent by claims, never stored as a total.

Contingency management pairs a target behaviour with a small reward the person chose. Here
the balance is always recomputed from the records, so editing or deleting an entry changes it:

    earned  = check-in days x points.checkin
            + whole sober days x points.sober_day
            + completed skill sessions x points.skill_session
            + meetings x points.meeting
            + helper roles x points.helper_role
    balance = earned - the cost of every claim (copied into the claim when it was made)

Rules, chosen to be simple to explain and hard to game by accident:
- Check-ins count once per calendar day (`date`), however often that day was checked in.
- Sober days are whole days within each streak of each counter (archived ones too: those days
  happened). A streak runs from a start or relapse to the next event, or to now; a relapse
  ends one streak and begins the next, and the history is kept.
- Skill sessions count when `completed` is true (a session stopped early earns nothing, and
  earns nothing against you either).
- Each meeting earns points.meeting; each helper role in it (greeter, shared, buddy, chair)
  earns points.helper_role; 'listened' is welcome and earns the meeting's points only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.counters import Counter
from recovery_tui.core.meetings import NOTE_MAX, Meeting
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput, RecoverError

DAY_SECONDS = 86_400
REWARD_NAME_MAX = 60
COST_MAX = 1_000_000

# (setting key suffix, label, default points) in display order.
BEHAVIOURS: tuple[tuple[str, str, int], ...] = (
    ("checkin", "check-in days", 1),
    ("sober_day", "sober days", 1),
    ("skill_session", "skill sessions", 2),
    ("meeting", "meetings", 3),
    ("helper_role", "helper roles", 2),
)


class NotEnoughPoints(RecoverError):
    """A claim was refused because the balance is short (the message gives the shortfall)."""


class PointRates(msgspec.Struct, frozen=True):
    """Points per behaviour (settings points.checkin, points.sober_day, ...)."""

    checkin: int = 1
    sober_day: int = 1
    skill_session: int = 2
    meeting: int = 3
    helper_role: int = 2

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> PointRates:
        """Read the `points.*` settings; missing ones keep their defaults."""
        values = {key: int(config.get(f"points.{key}", default)) for key, _label, default in BEHAVIOURS}
        return cls(**values)


class PointSource(msgspec.Struct, frozen=True):
    """One kind of behaviour: how many times, and the points each earns (`rate`: at the first
    step; `total`: what an escalating schedule of the contingency plan made of them)."""

    key: str
    label: str
    count: int
    rate: int
    total: int | None = None

    @property
    def points(self) -> int:
        """The total when a schedule gave one, else count x rate."""
        return self.count * self.rate if self.total is None else self.total


class Reward(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A reward the person chose for themselves (contingency management done yourself), with its
    cost in points. A reward can be claimed again and again; each claim is a reward_claims record."""

    id: RecordId
    name: Annotated[
        str,
        msgspec.Meta(
            min_length=1, max_length=REWARD_NAME_MAX, description="Its name (unique, compared case-insensitively)."
        ),
    ]
    cost: Annotated[int, msgspec.Meta(ge=1, le=COST_MAX, description="Its cost in points.")]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None,
        msgspec.Meta(description="A note for the person themselves."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


class Claim(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One reward claimed. The reward's name and cost are copied at claim time, so changing or
    removing the reward later never changes past claims. The points balance is everything earned
    (derived from the logs) minus the sum of `cost` over all claims."""

    id: RecordId
    reward_id: Annotated[
        Annotated[str, msgspec.Meta(max_length=64)] | None,
        msgspec.Meta(description="The id of the reward claimed (it may have been removed since)."),
    ]
    reward: Annotated[
        str,
        msgspec.Meta(min_length=1, max_length=REWARD_NAME_MAX, description="The reward's name when it was claimed."),
    ]
    cost: Annotated[int, msgspec.Meta(ge=0, le=COST_MAX, description="The points it cost when it was claimed.")]
    at: Annotated[Moment, msgspec.Meta(description="When it was claimed.")]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None,
        msgspec.Meta(description="A note about the claim."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


class Balance(msgspec.Struct, frozen=True):
    """Points earned per behaviour, points claimed, and what is left."""

    sources: tuple[PointSource, ...]
    claimed: int

    @property
    def earned(self) -> int:
        """All points earned so far."""
        return sum(s.points for s in self.sources)

    @property
    def balance(self) -> int:
        """Earned minus claimed (can be below 0 after entries are deleted)."""
        return self.earned - self.claimed

    def source(self, key: str) -> PointSource:
        """The source with this key (checkin, sober_day, ...)."""
        for item in self.sources:
            if item.key == key:
                return item
        raise KeyError(key)


class RewardOutlook(msgspec.Struct, frozen=True):
    """The best reward claimable now (if any) and the next one within reach, with points to go."""

    ready: Reward | None
    next: Reward | None
    to_go: int


def streaks(counter: Counter, now: datetime) -> list[tuple[datetime, datetime]]:
    """(begin, end) of every streak of one counter up to `now`: each event (start or relapse)
    begins one that lasts until the next event or `now`. Events after `now` are ignored."""
    moments = sorted(e.at for e in counter.events if e.at <= now)
    return [(begin, moments[i + 1] if i + 1 < len(moments) else now) for i, begin in enumerate(moments)]


def whole_days(begin: datetime, end: datetime) -> int:
    """Whole days from `begin` to `end` (23 h 59 m is 0 days)."""
    return int((end - begin).total_seconds() // DAY_SECONDS)


def sober_days(counter: Counter, now: datetime) -> int:
    """Whole sober days across every streak of one counter, up to `now` (see `streaks`)."""
    return sum(whole_days(begin, end) for begin, end in streaks(counter, now))


def compute_balance(
    *,
    checkin_dates: Iterable[date | str],
    counters: Iterable[Counter],
    completed_skill_sessions: int,
    meetings: Iterable[Meeting],
    claims: Iterable[Claim],
    rates: PointRates,
    now: datetime,
) -> Balance:
    """Derive the balance from the logs (see the module docstring for the rules)."""
    days = {d if isinstance(d, str) else d.isoformat() for d in checkin_dates}
    sober = sum(sober_days(c, now) for c in counters)
    meeting_list = [m for m in meetings if m.at <= now]
    helper_count = sum(len(m.helper_roles) for m in meeting_list)
    counts = {
        "checkin": len(days),
        "sober_day": sober,
        "skill_session": completed_skill_sessions,
        "meeting": len(meeting_list),
        "helper_role": helper_count,
    }
    sources = tuple(PointSource(key, label, counts[key], getattr(rates, key)) for key, label, _default in BEHAVIOURS)
    return Balance(sources, sum(c.cost for c in claims))


def outlook(rewards: Sequence[Reward], balance: int) -> RewardOutlook:
    """The dearest reward the balance covers, and the cheapest one it does not yet cover."""
    by_cost = sorted(rewards, key=lambda r: (r.cost, r.name.casefold()))
    ready = [r for r in by_cost if r.cost <= balance]
    waiting = [r for r in by_cost if r.cost > balance]
    upcoming = waiting[0] if waiting else None
    return RewardOutlook(
        ready=ready[-1] if ready else None,
        next=upcoming,
        to_go=upcoming.cost - balance if upcoming else 0,
    )


def check_claim(reward: Reward, balance: int) -> None:
    """Refuse a claim the balance does not cover, naming the shortfall."""
    if reward.cost > balance:
        short = reward.cost - balance
        raise NotEnoughPoints(
            f"'{reward.name}' costs {counted(reward.cost, 'point')} and your balance is {balance}: "
            f"{short} more to go. Nothing was claimed."
        )


def clean_reward_name(name: str) -> str:
    """A reward name: 1-60 characters after trimming."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", messages.REWARD_NAME)
    if len(cleaned) > REWARD_NAME_MAX:
        raise InvalidInput("name", messages.too_long(REWARD_NAME_MAX))
    return cleaned


def check_cost(cost: int) -> int:
    """A cost is a whole number of points, 1 or more."""
    if not 1 <= cost <= COST_MAX:
        raise InvalidInput("cost", f"use a whole number of points from 1 to {COST_MAX:,}.")
    return cost
