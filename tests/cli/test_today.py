"""`recover today`: the day's check-in, journal entries, triggers and skill sessions."""

from __future__ import annotations

import json


def _trigger(store, now, at: str, what: str) -> None:
    store.insert(
        "triggers",
        {
            "at": at,
            "what": what,
            "where": None,
            "who": None,
            "emotion": "bored",
            "halt": ["tired"],
            "intensity": 6,
            "coping": "walked",
            "outcome": "resisted",
            "note": None,
        },
        now=now,
    )


def _skill(store, now, at: str) -> None:
    store.insert(
        "skill_sessions",
        {
            "skill": "box breathing",
            "started_at": at,
            "planned_seconds": 600,
            "actual_seconds": 600,
            "completed": True,
            "craving_before": 7,
            "craving_after": 4,
        },
        now=now,
    )


def test_empty_day_says_what_to_do(cli):
    result = cli("today")
    assert result.exit_code == 0
    assert "Friday 20 November 2026" in result.stdout
    assert "Check-in: not yet (recover checkin)" in result.stdout
    assert "Journal: 0 entries" in result.stdout


def test_everything_of_today_and_nothing_else(cli, store, now):
    cli("checkin", "--mood", "4", "--craving", "2", "--gratitude", "tea")
    cli("checkin", "--date", "yesterday", "--mood", "1", "--craving", "9")
    cli("journal", "add", "today's entry")
    cli("journal", "add", "private", "--sensitive")
    cli("journal", "add", "yesterday's entry", "--at", "yesterday 21:00")
    _trigger(store, now, "2026-11-20T17:00:00+00:00", "payday drinks invite")
    _trigger(store, now, "2026-11-19T17:00:00+00:00", "old trigger")
    _skill(store, now, "2026-11-20T17:30:00+00:00")
    result = cli("today")
    out = result.stdout
    assert "mood 4/5" in out and "grateful for: tea" in out
    assert "mood 1/5" not in out
    assert "today's entry" in out and "yesterday's entry" not in out
    assert "private" not in out and "hidden until opened" in out
    assert "payday drinks invite" in out and "old trigger" not in out
    assert "box breathing, completed, craving 7 -> 4" in out

    data = json.loads(cli("today", "--json").stdout)
    assert data["date"] == "2026-11-20"
    assert [c["mood"] for c in data["checkins"]] == [4]
    assert len(data["journal"]) == 2 and len(data["triggers"]) == 1 and len(data["skill_sessions"]) == 1
    (trigger,) = data["triggers"]
    assert list(trigger) == ["id", "at", "what", "intensity", "outcome"]
    assert trigger | {"id": ""} == {
        "id": "",
        "at": "2026-11-20T17:00:00+00:00",
        "what": "payday drinks invite",
        "intensity": 6,
        "outcome": "resisted",
    }
    (session,) = data["skill_sessions"]
    assert list(session)[1:] == ["started_at", "skill", "completed", "craving_before", "craving_after"]
    assert [session[k] for k in list(session)[2:]] == ["box breathing", True, 7, 4]


def test_another_day(cli):
    cli("checkin", "--date", "yesterday", "--mood", "1", "--craving", "9")
    data = json.loads(cli("today", "--date", "yesterday", "--json").stdout)
    assert [c["mood"] for c in data["checkins"]] == [1]
