"""Reward services: rewards with a cost, the points balance derived from the logs, and claims.

The balance reads check-ins, counters, skill sessions, meetings and claims each time, so it
always matches the records (see core/rewards.py for the rules). A claim is refused, with the
shortfall, when the balance does not cover the reward; the check and the write happen under
one lock, so two claims at once cannot both spend the same points.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from recovery_tui import messages
from recovery_tui.core.meetings import NOTE_MAX, clean_text
from recovery_tui.core.records import by_name, from_record, from_records, several_start, to_fields
from recovery_tui.core.rewards import (
    Balance,
    Claim,
    PointRates,
    Reward,
    RewardOutlook,
    check_claim,
    check_cost,
    clean_reward_name,
    outlook,
)
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import config as config_service
from recovery_tui.services import plan as plan_service
from recovery_tui.services.plan import PlanEntry
from recovery_tui.store import Store

REWARDS = "rewards"
CLAIMS = "reward_claims"


class PointsView(msgspec.Struct, frozen=True):
    """Everything the balance screen and panel show: balance, rewards, the outlook, and the
    contingency plan (each behaviour with what its next success earns)."""

    balance: Balance
    rewards: tuple[Reward, ...]
    outlook: RewardOutlook
    plan: tuple[PlanEntry, ...] = ()


def rates(store: Store) -> PointRates:
    """Points per behaviour from the settings."""
    return PointRates.from_config(config_service.load(store))


def list_rewards(store: Store) -> list[Reward]:
    """Rewards, cheapest first."""
    rewards = from_records(Reward, store.all(REWARDS))
    return sorted(rewards, key=lambda r: (r.cost, r.name.casefold()))


def find_reward(store: Store, name: str) -> Reward:
    """A reward by name (case-insensitive), by the start of one name only, or by id prefix."""
    rewards = list_rewards(store)
    found = by_name(rewards, name, "reward", "recover reward remove {id}")
    if found is not None:
        return found
    try:
        return from_record(Reward, store.find(REWARDS, name.strip()))
    except NotFound:
        if (several := several_start(rewards, name, "reward")) is not None:
            raise several from None
    names = ", ".join(f"'{r.name}'" for r in rewards) or "none yet; add one with recover reward add"
    raise NotFound(f"No reward called '{name}' (rewards: {names}).")


def add_reward(store: Store, name: str, *, cost: int, now: datetime, note: str | None = None) -> Reward:
    """Add a reward; names are unique, case-insensitively."""
    reward = Reward("", clean_reward_name(name), check_cost(cost), clean_text(note, field="note", limit=NOTE_MAX))
    with store.transaction():
        if any(r.name.casefold() == reward.name.casefold() for r in list_rewards(store)):
            raise InvalidInput("name", messages.already_called("reward", reward.name))
        record = store.insert(REWARDS, to_fields(reward), now=now)
    return from_record(Reward, record)


def remove_reward(store: Store, name: str) -> Reward:
    """Remove a reward; past claims of it stay in the history."""
    with store.transaction():
        reward = find_reward(store, name)
        store.delete(REWARDS, reward.id)
    return reward


def history(store: Store) -> list[Claim]:
    """Every claim, oldest first."""
    return sorted(from_records(Claim, store.all(CLAIMS)), key=lambda c: (c.at, c.id))


def balance(store: Store, *, now: datetime) -> Balance:
    """Points earned from the logs under the contingency plan (services/plan.py: with no plan of
    your own, exactly core/rewards.compute_balance) minus points claimed, as of `now`."""
    return _balance(store, plan_service.plan_view(store, now=now))


def _balance(store: Store, entries: list[PlanEntry]) -> Balance:
    """The balance from the plan's entries and the claims."""
    return Balance(plan_service.point_sources(entries), sum(c.cost for c in history(store)))


def points_view(store: Store, *, now: datetime) -> PointsView:
    """The balance, the rewards and what is ready or next."""
    entries = plan_service.plan_view(store, now=now)
    current = _balance(store, entries)
    rewards = list_rewards(store)
    return PointsView(current, tuple(rewards), outlook(rewards, current.balance), tuple(entries))


def claim_reward(
    store: Store, name: str, *, now: datetime, note: str | None = None, at: datetime | None = None
) -> tuple[Claim, Balance]:
    """Claim a reward when the balance covers it; returns the claim and the new balance.

    `at` (default `now`) is when the claim is recorded as made, for back-filled or demo data;
    the balance is always checked as of `now`.

    Raises:
        NotEnoughPoints: the balance is short (the message gives the shortfall); nothing is stored.
        NotFound: no such reward.
    """
    cleaned_note = clean_text(note, field="note", limit=NOTE_MAX)
    with store.transaction():
        reward = find_reward(store, name)
        check_claim(reward, balance(store, now=now).balance)
        claim = Claim("", reward.id, reward.name, reward.cost, at or now, cleaned_note)
        record = store.insert(CLAIMS, to_fields(claim), now=now)
        after = balance(store, now=now)
    return from_record(Claim, record), after
