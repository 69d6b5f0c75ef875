"""Crafted histories for the warnings (issue 19), written through the services on a real file.

Each ends at the frozen clock (Friday 2026-11-20 20:00 UTC, tests/conftest.py):

- `calm`: a counter of 200 days, a check-in on each of the last 27 days (craving 2), one
  trigger a week: no warning at all.
- `acute`: a restart two days ago, cravings of 9 on the last three days, and a trigger
  ('work stress', or the name given) four times this week against once in the weeks before:
  restart_recent, cravings_high and trigger_rising.
- `slow_rise`: no hard day and no restart, but the weekly mean craving rose four weeks
  running (2, 3, 4, 5, 6): craving_rising only, the slower pattern seen at a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from recovery_tui.core.checkin import CheckInDraft
from recovery_tui.core.insights import week_of
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import triggers as trigger_service
from recovery_tui.store import Store

RISING = "work stress"
ESCAPED_NAME = "stress\x1b]0;pwned\x07\x1b[2J"  # a trigger name that tries to act on the terminal


def _checkin(store: Store, now: datetime, days_ago: int, craving: int) -> None:
    draft = CheckInDraft((now - timedelta(days=days_ago)).date(), 4, craving)
    checkin_service.save_checkin(store, draft, mode="add", now=now)


def _trigger(store: Store, now: datetime, days_ago: int, what: str, intensity: int = 4) -> None:
    at = now - timedelta(days=days_ago, hours=3)
    trigger_service.log_trigger(store, what=what, at=at, now=now, intensity=intensity)


def calm(store: Store, now: datetime) -> list[str]:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=200), now=now)
    for days_ago in range(1, 28):
        _checkin(store, now, days_ago, 2)
    for days_ago in (3, 10, 17, 24):
        _trigger(store, now, days_ago, "payday")
    return []


def acute(store: Store, now: datetime, name: str = RISING) -> list[str]:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=200), now=now)
    counter_service.record_relapse(store, "alcohol", at=now - timedelta(days=2, hours=2), note=None, now=now)
    for days_ago in range(1, 28):
        _checkin(store, now, days_ago, 9 if days_ago <= 3 else 2)
    for days_ago in (0, 1, 2, 4, 20):
        _trigger(store, now, days_ago, name)
    _trigger(store, now, 15, "payday")
    return ["restart_recent", "cravings_high", "trigger_rising"]


def slow_rise(store: Store, now: datetime) -> list[str]:
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=200), now=now)
    this_week = week_of(now.date())
    for days_ago in range(28):
        day = (now - timedelta(days=days_ago)).date()
        _checkin(store, now, days_ago, 6 - (this_week - week_of(day)).days // 7)
    return ["craving_rising"]


HISTORIES: dict[str, Callable[[Store, datetime], list[str]]] = {"calm": calm, "acute": acute, "slow_rise": slow_rise}
