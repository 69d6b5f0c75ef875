"""Points derived from the logs (core/rewards.py), with known answers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core.counters import Counter, CounterEvent
from recovery_tui.core.meetings import Meeting
from recovery_tui.core.rewards import (
    Claim,
    NotEnoughPoints,
    PointRates,
    Reward,
    check_claim,
    compute_balance,
    outlook,
    sober_days,
)

NOW = datetime.fromisoformat("2026-11-20T20:00:00+00:00")


def counter(*events: tuple[str, datetime]) -> Counter:
    return Counter(
        id="c",
        name="alcohol",
        events=tuple(CounterEvent(f"e{i}", kind, at, None) for i, (kind, at) in enumerate(events)),
    )


def test_sober_days_whole_days_only() -> None:
    assert sober_days(counter(("start", NOW - timedelta(days=10, hours=5))), NOW) == 10
    assert sober_days(counter(("start", NOW - timedelta(hours=23, minutes=59))), NOW) == 0
    assert sober_days(counter(("start", NOW - timedelta(hours=24))), NOW) == 1


def test_sober_days_per_streak_with_relapse_in_any_order() -> None:
    start = NOW - timedelta(days=20)
    relapse = start + timedelta(days=3, hours=12)  # streak 1: 3 whole days
    # streak 2: 16 days 12 hours -> 16 whole days; 3 + 16 = 19 (not 20: the half days don't add up)
    c = counter(("relapse", relapse), ("start", start))
    assert sober_days(c, NOW) == 19


def test_sober_days_ignore_events_after_now() -> None:
    c = counter(("start", NOW - timedelta(days=5)), ("relapse", NOW + timedelta(days=1)))
    assert sober_days(c, NOW) == 5


def test_balance_known_answer_with_default_rates() -> None:
    meetings = [
        Meeting(id="m1", at=NOW - timedelta(days=1), format="online", roles=("greeter", "shared")),
        Meeting(id="m2", at=NOW - timedelta(days=2), format="in-person", roles=("listened",)),
    ]
    balance = compute_balance(
        checkin_dates=["2026-11-18", "2026-11-19", "2026-11-19"],  # two days
        counters=[counter(("start", NOW - timedelta(days=7, hours=1)))],  # 7 days
        completed_skill_sessions=3,
        meetings=meetings,
        claims=[Claim("k", None, "coffee", 10, NOW)],
        rates=PointRates(),
        now=NOW,
    )
    # 2*1 + 7*1 + 3*2 + 2*3 + 2*2 = 2 + 7 + 6 + 6 + 4 = 25
    assert balance.earned == 25
    assert balance.claimed == 10
    assert balance.balance == 15
    assert balance.source("helper_role").count == 2
    assert balance.source("checkin").count == 2


def test_rates_from_config_and_deleted_entries() -> None:
    rates = PointRates.from_config({"points.meeting": 4, "points.sober_day": 0, "country": "GB"})
    assert rates == PointRates(checkin=1, sober_day=0, skill_session=2, meeting=4, helper_role=2)
    one = Meeting(id="m1", at=NOW - timedelta(hours=2), format="online", roles=("chair",))
    two = Meeting(id="m2", at=NOW - timedelta(hours=30), format="online")
    kwargs = dict(
        checkin_dates=[],
        counters=[counter(("start", NOW - timedelta(days=3)))],
        completed_skill_sessions=0,
        claims=[],
        rates=rates,
        now=NOW,
    )
    assert compute_balance(meetings=[one, two], **kwargs).balance == 4 + 2 + 4  # type: ignore[arg-type]
    assert compute_balance(meetings=[one], **kwargs).balance == 6  # type: ignore[arg-type]


def test_balance_can_go_below_zero_after_a_deletion() -> None:
    balance = compute_balance(
        checkin_dates=[],
        counters=[],
        completed_skill_sessions=0,
        meetings=[],
        claims=[Claim("k", None, "book", 30, NOW)],
        rates=PointRates(),
        now=NOW,
    )
    assert balance.balance == -30


def test_outlook_ready_and_next() -> None:
    rewards = [Reward("a", "coffee out", 10), Reward("b", "new book", 30), Reward("c", "cinema", 20)]
    view = outlook(rewards, 22)
    assert view.ready is not None and view.ready.name == "cinema"
    assert view.next is not None and view.next.name == "new book"
    assert view.to_go == 8
    nothing = outlook([], 5)
    assert (nothing.ready, nothing.next, nothing.to_go) == (None, None, 0)
    assert outlook(rewards, 100).next is None


def test_claim_refused_with_shortfall() -> None:
    with pytest.raises(NotEnoughPoints, match="costs 30 points and your balance is 22: 8 more to go"):
        check_claim(Reward("b", "new book", 30), 22)
    check_claim(Reward("b", "new book", 30), 30)  # exactly enough is enough
