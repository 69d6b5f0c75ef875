"""compute_insights reads only the period it needs, and gets what reading everything gives."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from recovery_tui.core.insights import compute
from recovery_tui.services.demo import write_demo
from recovery_tui.services.insights import compute_insights, craving_points, skill_points, week_start
from recovery_tui.services.triggers import all_triggers
from recovery_tui.store import Store


@pytest.mark.parametrize("clock", ["20:00", "00:30", "23:50"])
@pytest.mark.parametrize("days", [1, 7, 90, 800])
def test_period_filtering_changes_nothing(tmp_path, days: int, clock: str) -> None:  # type: ignore[no-untyped-def]
    now = datetime.fromisoformat(f"2026-11-20T{clock}:00+00:00")
    store = Store(tmp_path / "demo.json")
    write_demo(store, years=2, now=now, seed=3)
    # entries stamped far from UTC, right at the edges of the period
    since = now - timedelta(days=days)
    far_east, far_west = timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))
    from recovery_tui.services import triggers as trigger_service

    earliest = since - (now - since)  # the previous period, which the comparison notes read
    edges = (earliest, since, now)
    for moment in [edge + timedelta(minutes=m) for edge in edges for m in (-1, 0, 1)]:
        for zone in (far_east, far_west):
            if moment <= now:
                trigger_service.log_trigger(store, what="edge", at=moment.astimezone(zone), now=now, intensity=5)
    fast = compute_insights(store, since=since, now=now)
    full = compute(
        all_triggers(store),
        craving_points(store),
        skill_points(store),
        since=since,
        now=now,
        week_start=week_start(store),
        top_limit=10,
    )
    assert fast == full
    assert fast.to_json() == full.to_json()
