"""The balance read from a real data file: other areas' records, edits, deletions and claims."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core.rewards import NotEnoughPoints
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.store import Store


def checkin(store: Store, now: datetime, day: str) -> dict[str, object]:
    fields = {"date": day, "at": f"{day}T21:00:00+00:00", "mood": 4, "craving": 2, "sober": []}
    return store.insert(
        "checkins", {**fields, "gratitude": None, "note": None, "difficulty": None, "confidence": None}, now=now
    )


def skill(store: Store, now: datetime, completed: bool) -> dict[str, object]:
    fields = {
        "skill": "box breathing",
        "started_at": "2026-11-19T08:00:00+00:00",
        "planned_seconds": 600,
        "actual_seconds": 600 if completed else 120,
        "completed": completed,
        "craving_before": 7,
        "craving_after": 3,
    }
    return store.insert("skill_sessions", fields, now=now)


def test_balance_from_every_source_and_deletions(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=12, hours=3), now=now)
    first = checkin(store, now, "2026-11-19")
    checkin(store, now, "2026-11-20")
    done = skill(store, now, completed=True)
    skill(store, now, completed=False)
    meeting = meeting_service.log_meeting(
        store, at=now - timedelta(hours=3), format="online", now=now, roles=["greeter", "listened"]
    )
    # 2 check-in days + 12 sober days + 1 completed skill * 2 + 1 meeting * 3 + 1 helper role * 2 = 21
    assert reward_service.balance(store, now=now).balance == 21

    store.delete("checkins", str(first["id"]))
    store.update("skill_sessions", str(done["id"]), {"completed": False}, now=now)
    meeting_service.remove_meeting(store, meeting.id[:8])
    assert reward_service.balance(store, now=now).balance == 1 + 12


def test_relapse_keeps_earlier_sober_days(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "gambling", since=now - timedelta(days=10), now=now)
    counter_service.record_relapse(store, "gambling", at=now - timedelta(days=4, hours=6), note=None, now=now)
    # streak 1: 5 days 18 hours -> 5; streak 2: 4 days 6 hours -> 4
    assert reward_service.balance(store, now=now).source("sober_day").count == 9


def test_rates_follow_settings(store: Store, now: datetime) -> None:
    meeting_service.log_meeting(store, at=now, format="in-person", now=now, roles=["chair"])
    assert reward_service.balance(store, now=now).balance == 5
    config_service.set_value(store, "points.meeting", "4")
    config_service.set_value(store, "points.helper_role", "0")
    assert reward_service.balance(store, now=now).balance == 4
    with pytest.raises(InvalidInput, match="points.meeting: use a whole number"):
        config_service.set_value(store, "points.meeting", "-1")


def test_claims_spend_points_and_refusals_store_nothing(store: Store, now: datetime) -> None:
    for hours in (1, 30, 54):
        meeting_service.log_meeting(store, at=now - timedelta(hours=hours), format="online", now=now)
    reward_service.add_reward(store, "new book", cost=30, now=now)
    reward_service.add_reward(store, "Coffee out", cost=5, now=now)
    before = store.path.read_bytes()
    with pytest.raises(NotEnoughPoints, match="21 more to go"):
        reward_service.claim_reward(store, "NEW BOOK", now=now)
    assert store.path.read_bytes() == before

    claim, after = reward_service.claim_reward(store, "coffee", now=now, note="flat white")
    assert (claim.reward, claim.cost, after.balance) == ("Coffee out", 5, 4)
    # The claim keeps its cost even when the reward is removed afterwards.
    reward_service.remove_reward(store, "coffee out")
    assert [c.cost for c in reward_service.history(store)] == [5]
    assert reward_service.balance(store, now=now).balance == 4
    with pytest.raises(NotFound, match="No reward called 'coffee'"):
        reward_service.find_reward(store, "coffee")


def test_reward_names_unique_and_costs_checked(store: Store, now: datetime) -> None:
    reward_service.add_reward(store, "new book", cost=30, now=now)
    with pytest.raises(InvalidInput, match="already a reward called 'New Book'"):
        reward_service.add_reward(store, "New  Book", cost=10, now=now)
    with pytest.raises(InvalidInput, match="cost"):
        reward_service.add_reward(store, "cinema", cost=0, now=now)
    assert [r.name for r in reward_service.list_rewards(store)] == ["new book"]


def test_goal_and_progress_through_the_store(store: Store, now: datetime) -> None:
    assert meeting_service.goal(store) == 0
    meeting_service.set_goal(store, 1)
    meeting_service.log_meeting(store, at=datetime.fromisoformat("2026-11-15T23:30:00+00:00"), format="online", now=now)
    assert meeting_service.progress(store, now=now).current_run == 1  # last week (Mon 9 - Sun 15 Nov)
    config_service.set_value(store, "week_start", "sunday")
    progress = meeting_service.progress(store, now=now)
    assert progress.this_week.meetings == 1  # Sunday 15 Nov opens this week now
    assert progress.current_run == 1
    with pytest.raises(InvalidInput, match="goal"):
        meeting_service.set_goal(store, 51)


def test_log_meeting_refuses_the_future_and_bad_roles(store: Store, now: datetime) -> None:
    with pytest.raises(InvalidInput, match="at"):
        meeting_service.log_meeting(store, at=now + timedelta(hours=1), format="online", now=now)
    with pytest.raises(InvalidInput, match="role"):
        meeting_service.log_meeting(store, at=now, format="online", now=now, roles=["sponsor"])
    assert store.count("meetings") == 0
