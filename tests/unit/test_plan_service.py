"""The contingency plan on a real data file: the default plan gives the points of before, a
schedule of your own escalates, and removing a log takes its points back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core.rewards import PointRates, compute_balance
from recovery_tui.errors import InvalidInput
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import meetings as meeting_service
from recovery_tui.services import plan as plan_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.services.demo import write_demo
from recovery_tui.store import Store


def flat_balance(store: Store, now: datetime) -> int:
    """The balance as it was computed before the plan existed (core/rewards.compute_balance)."""
    return compute_balance(
        checkin_dates=[r["date"] for r in store.all("checkins")],
        counters=counter_service.list_counters(store, include_archived=True),
        completed_skill_sessions=sum(1 for r in store.all("skill_sessions") if r.get("completed")),
        meetings=meeting_service.list_meetings(store),
        claims=reward_service.history(store),
        rates=PointRates.from_config(config_service.load(store)),
        now=now,
    ).balance


def test_default_plan_gives_the_points_of_before_on_the_demo_history(store: Store, now: datetime) -> None:
    write_demo(store, years=1, now=now)
    before = flat_balance(store, now)
    assert before > 1000
    assert reward_service.balance(store, now=now).balance == before
    config_service.set_value(store, "points.meeting", "5")  # the settings still set the built-ins' points
    assert (
        reward_service.balance(store, now=now).balance
        == flat_balance(store, now)
        == before + 2 * store.count("meetings")
    )
    keys = [s.key for s in reward_service.balance(store, now=now).sources]
    assert keys == ["checkin", "sober_day", "skill_session", "meeting", "helper_role"]  # as before


def test_own_behaviour_escalates_and_a_removed_log_gives_points_back(store: Store, now: datetime) -> None:
    plan_service.add_behaviour(store, "negative test", points=5, step=2, cap=9, every="week", now=now)
    logs = [
        plan_service.log_behaviour(store, "negative test", at=now - timedelta(weeks=w), now=now)[0]
        for w in (3, 2, 1, 0)
    ]
    entry = next(e for e in plan_service.plan_view(store, now=now) if e.behaviour.name == "negative test")
    assert entry.tally.points == 5 + 7 + 9 + 9
    assert reward_service.balance(store, now=now).earned == 30
    plan_service.remove_log(store, logs[1].id[:8])  # a gap of a week: the step starts again
    assert reward_service.balance(store, now=now).earned == 5 + 5 + 7
    _log, after = plan_service.log_behaviour(store, "neg", at=now - timedelta(days=2), now=now, outcome="missed")
    assert after.tally.points == 5 + 5 + 5  # the miss came between the last two successes
    assert (after.tally.in_a_row, after.tally.next_points) == (1, 5)


def test_resisted_urges_earn_once_given_points_and_a_use_resets(store: Store, now: datetime) -> None:
    for days, outcome in ((5, "resisted"), (4, "resisted"), (3, "used"), (2, "resisted")):
        trigger_service.log_trigger(store, what="payday", at=now - timedelta(days=days), now=now, outcome=outcome)
    assert "urge_resisted" not in [s.key for s in reward_service.balance(store, now=now).sources]
    urges = next(e for e in plan_service.plan_view(store, now=now) if e.key == "urge_resisted")
    assert (urges.tally.count, urges.tally.points) == (3, 0)  # counted, earning nothing until given points
    plan_service.edit_behaviour(store, "resisted urges", points=2, step=1, now=now)
    assert reward_service.balance(store, now=now).source("urge_resisted").points == 2 + 3 + 2


def test_built_in_points_are_the_setting_and_built_ins_stay(store: Store, now: datetime) -> None:
    plan_service.edit_behaviour(store, "meeting", points=4, step=1, cap=6, every="week", now=now)
    assert config_service.load(store)["points.meeting"] == 4
    for days in (15, 8, 1, 0):
        meeting_service.log_meeting(store, at=now - timedelta(days=days, hours=1), format="online", now=now)
    assert reward_service.balance(store, now=now).source("meeting").points == 4 + 5 + 6 + 6
    with pytest.raises(InvalidInput) as gone:
        plan_service.remove_behaviour(store, "meetings")
    assert gone.value.field == "name"
    with pytest.raises(InvalidInput) as renamed:
        plan_service.edit_behaviour(store, "meetings", new_name="groups", now=now)
    assert renamed.value.field == "new_name"
    with pytest.raises(InvalidInput) as logged:
        plan_service.log_behaviour(store, "meetings", at=now, now=now)
    assert logged.value.field == "name"


def test_removing_a_behaviour_takes_its_logs(store: Store, now: datetime) -> None:
    plan_service.add_behaviour(store, "therapy attended", points=4, now=now)
    plan_service.log_behaviour(store, "therapy attended", at=now, now=now)
    assert reward_service.balance(store, now=now).earned == 4
    gone, logs = plan_service.remove_behaviour(store, "therapy")
    assert (gone.name, logs, store.count("plan_logs")) == ("therapy attended", 1, 0)
    assert reward_service.balance(store, now=now).earned == 0


def test_earned_between_counts_the_period_with_the_step_carried_in(store: Store, now: datetime) -> None:
    from recovery_tui.core.plan import care_mark
    from recovery_tui.services import care as care_service

    assert (care_mark("taken"), care_mark("attended"), care_mark("negative")) == (True, True, True)
    assert (care_mark("missed"), care_mark("positive")) == (False, None)
    care_service.add_care_item(store, "test", "urine test", schedule="weekly", now=now - timedelta(days=60))
    plan_service.add_behaviour(
        store, "negative test", points=5, step=1, cap=10, every="week", now=now, care_item="urine test"
    )
    for days, status in ((28, "negative"), (21, "negative"), (14, "positive"), (7, "negative"), (1, "negative")):
        care_service.log_care(store, "urine", status=status, at=now - timedelta(days=days), now=now)
    earned = {
        e.entry.behaviour.name: e for e in plan_service.earned_between(store, since=now - timedelta(days=10), now=now)
    }
    mine = earned["negative test"]
    # 5, 6 before the period; the positive week had no success, so 5 again, then 6 the week after
    assert (mine.entry.tally.count, mine.entry.tally.points) == (4, 5 + 6 + 5 + 6)
    assert (mine.count, mine.points) == (2, 5 + 6)
    assert earned["check-in days"].count == 0
