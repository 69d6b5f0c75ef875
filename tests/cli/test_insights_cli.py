"""`recover insights` through the real Typer app: empty state, charts, NO_COLOR, JSON, refusals,
and the time it takes on a ten-year file."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from recovery_tui.core.triggers import build_fields
from recovery_tui.services import insights as insights_service
from recovery_tui.store import schemas


def add_trigger(store, at, what, **kw):
    return store.insert("triggers", build_fields(what=what, at=at, now=at, **kw), now=at)


def add_checkin(store, day: date, craving: int, mood: int = 3):
    at = datetime.combine(day, datetime.min.time()).replace(
        hour=21, tzinfo=datetime.fromisoformat("2026-01-01T00:00+00:00").tzinfo
    )
    fields = {
        "date": day.isoformat(),
        "at": at.isoformat(),
        "mood": mood,
        "craving": craving,
        "sober": [],
        "gratitude": None,
        "note": None,
        "difficulty": None,
        "confidence": None,
    }
    return store.insert("checkins", fields, now=at)


def add_session(store, at, skill, before, after, completed=True):
    fields = {
        "skill": skill,
        "started_at": at.isoformat(timespec="seconds"),
        "planned_seconds": 600,
        "actual_seconds": 600 if completed else 200,
        "completed": completed,
        "craving_before": before,
        "craving_after": after,
    }
    return store.insert("skill_sessions", fields, now=at)


def fill(store, now):
    with store.transaction():
        for weeks_ago, craving in ((3, 2), (2, 3), (1, 5), (0, 7)):
            for day in range(2):
                add_checkin(store, now.date() - timedelta(weeks=weeks_ago, days=day), craving)
        for days_ago in (1, 8, 15):
            add_trigger(
                store,
                now - timedelta(days=days_ago, hours=2),
                "argument with boss",
                intensity=7,
                halt="a,t",
                coping="called sponsor",
                outcome="resisted",
            )
        add_trigger(store, now - timedelta(days=3), "payday", intensity=9, halt="t", coping="bar", outcome="used")
        add_session(store, now - timedelta(days=2), "box breathing", 8, 5)


def test_empty_state_is_plain(cli):
    result = cli("insights")
    assert result.exit_code == 0
    assert "0 triggers, 0 check-ins, 0 skill sessions" in result.stdout
    assert "Too little logged yet to see patterns, and that's fine" in result.stdout
    assert "Top triggers" not in result.stdout


def test_charts_and_notes(cli, store, now):
    fill(store, now)
    result = cli("insights", "--since", "28d")
    out = result.stdout
    assert result.exit_code == 0, result.stderr
    assert "4 triggers, 8 check-ins, 1 skill session" in out
    assert out.index("argument with boss") < out.index("payday")
    # heat map: the three Thursday 18:00 arguments make the darkest cell
    thursday = next(line for line in out.splitlines() if line.startswith("Thu"))
    assert thursday[5 + 18 * 2 : 5 + 18 * 2 + 2] == "██"
    assert "· none" in out
    assert "tired" in out and "100%" in out  # tired was in every trigger
    assert "called sponsor" in out and "100% (3 of 3)" in out
    assert "box breathing: 1 session, 1 completed, craving -3.0 on average over 1 rated" in out
    assert "Your weekly mean craving rose 3 weeks running, from 2.0 to 7.0" in out
    assert "observations, not a diagnosis" in out


def test_no_color_still_reads(cli, store, now):
    fill(store, now)
    result = cli("insights", env={"NO_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" not in result.stdout
    assert "██" in result.stdout and "·" in result.stdout


def test_json_numbers(cli, store, now):
    fill(store, now)
    data = json.loads(cli("insights", "--since", "28d", "--json").stdout)
    assert data["counts"] == {"triggers": 4, "checkins": 8, "skill_sessions": 1}
    assert data["top_triggers"][0] == {
        "name": "argument with boss",
        "count": 3,
        "mean_intensity": 7.0,
        "last_seen": "2026-11-19T18:00:00+00:00",
        "resisted": 3,
        "used": 0,
    }
    assert data["heat_map"]["counts"][3][18] == 3
    assert {h["state"]: h["count"] for h in data["halt"]} == {"hungry": 0, "angry": 3, "lonely": 0, "tired": 4}
    assert [w["mean"] for w in data["weekly_craving"]][-4:] == [2.0, 3.0, 5.0, 7.0]
    assert data["notes"][0]["kind"] == "craving_rising"


def test_week_start_setting_is_used(cli, store, now):
    fill(store, now)
    cli("config", "set", "week_start", "sunday")
    data = json.loads(cli("insights", "--json").stdout)
    assert date.fromisoformat(data["weekly_craving"][0]["week"]).weekday() == 6


def test_bad_since_is_refused(cli):
    result = cli("insights", "--since", "lately")
    assert result.exit_code == 1
    assert result.stderr.startswith("recover: --since: 'lately' is not understood")


def ten_year_file(store, now):
    """Write ~7,000 triggers and 3,650 check-ins in one transaction (records validated)."""
    rng = random.Random(5)
    start = now - timedelta(days=3650)
    names = [f"trigger {i}" for i in range(40)]
    triggers = []
    for _ in range(7000):
        at = start + timedelta(minutes=rng.randrange(3650 * 24 * 60))
        fields = build_fields(
            what=rng.choice(names), at=at, now=now, halt=rng.sample(["h", "a", "l", "t"], rng.randrange(3)),
            intensity=rng.randrange(11), coping=rng.choice(["walk", "call", None]),
            outcome=rng.choice(["resisted", "used", "ongoing", None]),
        )  # fmt: skip
        triggers.append(store.stamp(fields, at))
    checkins = []
    for d in range(3650):
        day = (start + timedelta(days=d)).date()
        checkins.append(
            store.stamp(
                {"date": day.isoformat(), "at": f"{day.isoformat()}T21:00:00+00:00", "mood": 3,
                 "craving": rng.randrange(11), "sober": [], "gratitude": None, "note": None,
                 "difficulty": None, "confidence": None},
                now,
            )
        )  # fmt: skip
    for table, records in (("triggers", triggers), ("checkins", checkins)):
        for record in records:
            schemas.validate(table, record)
    # One write of whole tables: Store.insert_records inserts one by one (quadratic in TinyDB).
    with store.transaction():
        data = store.storage.read() or {}
        data["triggers"] = {r["id"]: r for r in triggers}
        data["checkins"] = {r["id"]: r for r in checkins}
        store.storage.write(data)


def test_ten_years_compute(store, now):
    """~7,000 triggers and 3,650 check-ins are all counted (their speed: tests/bench/run.py)."""
    ten_year_file(store, now)
    fresh = type(store)(store.path)
    result = insights_service.compute_insights(fresh, since=now - timedelta(days=3650), now=now)
    assert result.trigger_count == 7000 and result.checkin_count == 3650


def test_ten_years_whole_process(store, now, run_recover):
    """The whole `recover insights` process on the ten-year file (its time: tests/bench/run.py)."""
    ten_year_file(store, now)
    result = run_recover("insights")
    assert result.returncode == 0, result.stderr
    assert "Top triggers" in result.stdout
