"""Insights service: reads triggers, check-ins, skill sessions and pledges and runs core/insights.py;
adds the care plan's adherence for the period's weeks (services/care.py).

Records are converted straight to the small values the maths needs (CravingPoint,
SkillPoint, Restart), so this does not depend on the check-in and skill modules' own classes.
Only the period is read (plus the previous period for the comparison notes), except that the
acute signals always see the last few weeks even for a shorter period: a few weeks of
check-ins (core.insights.LOOKBACK_DAYS), five weeks of triggers (TRIGGER_LOOKBACK_DAYS) and
the small counters table. `warnings`, for the screens that show the current warnings without
the rest of insights (the dashboard's Today panel, status, SOS), decodes the check-ins and
triggers into two small Structs (Store.decoded: no dict per record) and keeps those weeks.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import msgspec

from recovery_tui.core.config import week_start_index
from recovery_tui.core.insights import (
    LOOKBACK_DAYS,
    TRIGGER_LOOKBACK_DAYS,
    CravingPoint,
    Insights,
    Note,
    Restart,
    SkillPoint,
    StoredCraving,
    StoredTrigger,
    compute,
    restarts_of,
    warnings_from_stored,
)
from recovery_tui.core.records import aware
from recovery_tui.services import config as config_service
from recovery_tui.services.care import weekly_adherence
from recovery_tui.services.pledges import list_pledges
from recovery_tui.services.triggers import triggers_between
from recovery_tui.store import Store

CARE_WEEKS_MAX = 53  # the care plan's weeks in insights: the period's, at most a year


def craving_points(store: Store, since: date | None = None) -> list[CravingPoint]:
    """One point per check-in (from the day `since` on, if given): the day, its craving, difficulty
    and confidence."""
    low = since.isoformat() if since is not None else ""
    records = store.select_dated("checkins", "date", low) if low else store.all("checkins")
    return [
        CravingPoint(date.fromisoformat(r["date"]), int(r["craving"]), r.get("difficulty"), r.get("confidence"))
        for r in records
    ]


def skill_points(store: Store, since: date | None = None) -> list[SkillPoint]:
    """One point per skill session (started within two days of `since` or later, if given)."""
    low = (since - timedelta(days=2)).isoformat() if since is not None else ""
    records = store.select_dated("skill_sessions", "started_at", low) if low else store.all("skill_sessions")
    return [
        SkillPoint(
            str(r["skill"]),
            aware(r["started_at"]),
            bool(r["completed"]),
            r.get("craving_before"),
            r.get("craving_after"),
        )
        for r in records
    ]


def restarts(store: Store) -> list[Restart]:
    """Every restart (relapse) of every counter in use, oldest first."""
    from recovery_tui.services.counters import list_counters

    return restarts_of(list_counters(store))


def warnings(store: Store, *, now: datetime) -> list[Note]:
    """The warnings that hold now: the acute signals, then the weekly craving rising (the
    pattern note that makes sense at a glance; insights adds its period's own notes).

    Reads the check-ins and triggers of the last weeks the signs look at, decoded into the
    few fields the signs need (store.decoded from the file's marks), and the counters."""
    from recovery_tui.services.counters import list_counters

    first_day = (now.date() - timedelta(days=LOOKBACK_DAYS)).isoformat()
    return warnings_from_stored(
        now=now,
        checkins=store.decoded("checkins", StoredCraving, since=first_day),
        # a trigger's stored day is its own offset's: two days' margin for any time zone
        triggers=store.decoded(
            "triggers", StoredTrigger, since=(now - timedelta(days=TRIGGER_LOOKBACK_DAYS + 3)).date().isoformat()
        ),
        counters=list_counters(store),
        week_start=week_start(store),
    )


def week_start(store: Store) -> int:
    """The first weekday of the week from settings (0 Monday ... 6 Sunday)."""
    return week_start_index(store.meta(config_service.CONFIG))


def compute_insights(store: Store, *, since: datetime, now: datetime, top_limit: int = 10) -> Insights:
    """Insights for the period from `since` to `now` (see core/insights.py), with the care
    plan's adherence for the weeks of the period."""
    earliest = since - (now - since)  # the previous period of equal length feeds the comparison notes
    acute_since = now - timedelta(days=TRIGGER_LOOKBACK_DAYS + 1)  # the acute signals look at five weeks ...
    lookback = (now - timedelta(days=LOOKBACK_DAYS)).date()  # ... and a few weeks of check-ins
    result = compute(
        triggers_between(store, min(earliest, acute_since), now),
        craving_points(store, min(since.date(), lookback)),  # compute() keeps the period's for its figures
        skill_points(store, since.date()),
        since=since,
        now=now,
        week_start=week_start(store),
        top_limit=top_limit,
        restarts=restarts(store),
        pledged=[p.day for p in list_pledges(store, since=since.date(), until=now.date())],
    )
    weeks = min(max(1, -(-(now - since).days // 7)), CARE_WEEKS_MAX)
    return msgspec.structs.replace(result, care=tuple(weekly_adherence(store, now=now, weeks=weeks)))
