"""Skills: built-ins, custom skills, hiding, sessions and stats, through the real store."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core.breathing import BreathPattern
from recovery_tui.core.skills import BUILTINS, SkillSession, skill_stats
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import skills as svc
from recovery_tui.store import Store


def test_builtins_have_steps_and_the_cold_safety_note() -> None:
    names = [s.name for s in BUILTINS]
    assert names == [
        "box breathing",
        "4-7-8 breathing",
        "paced breathing",
        "cold impulse",
        "walking",
        "urge surfing",
        "grounding 5-4-3-2-1",
    ]
    assert all(s.steps and s.minutes == 10 for s in BUILTINS)
    cold = next(s for s in BUILTINS if s.name == "cold impulse")
    assert cold.note is not None and "heart condition" in cold.note
    assert "30 seconds" in " ".join(cold.steps)
    breaths = {s.name: s.breath.label for s in BUILTINS if s.breath}
    assert breaths == {"box breathing": "4-4-4-4", "4-7-8 breathing": "4-7-8", "paced breathing": "4-0-6"}


def test_find_by_unique_start(store: Store) -> None:
    assert svc.find_skill(store, "BOX").name == "box breathing"
    assert svc.find_skill(store, "4-7").name == "4-7-8 breathing"
    with pytest.raises(NotFound, match="no skill called"):
        svc.find_skill(store, "juggling")


def test_custom_skill_add_edit_remove(store: Store, now: datetime) -> None:
    skill = svc.add_skill(store, " evening  walk ", minutes=15, steps=["Walk to the park", " "], breath=None, now=now)
    assert skill.name == "evening walk" and skill.steps == ("Walk to the park",) and not skill.builtin
    with pytest.raises(InvalidInput, match="already a skill"):
        svc.add_skill(store, "Box Breathing", minutes=5, steps=["x"], breath=None, now=now)
    edited = svc.edit_skill(store, "evening", now=now, minutes=20, breath=BreathPattern(4, 0, 6, 0))
    assert edited.minutes == 20 and edited.breath is not None and edited.breath.label == "4-0-6"
    assert [s.name for s in svc.list_skills(store)][-1] == "evening walk"
    svc.remove_skill(store, "evening walk")
    assert store.count("skills") == 0


@pytest.mark.parametrize("minutes", [0, 61, -1])
def test_minutes_outside_1_to_60_are_refused(store: Store, now: datetime, minutes: int) -> None:
    with pytest.raises(InvalidInput, match="minutes: .* 1 to 60"):
        svc.add_skill(store, "x", minutes=minutes, steps=["y"], breath=None, now=now)
    assert not store.exists()


def test_builtins_cannot_be_removed_or_edited_but_can_be_hidden(store: Store, now: datetime) -> None:
    with pytest.raises(InvalidInput, match="hide it instead"):
        svc.remove_skill(store, "walking")
    with pytest.raises(InvalidInput, match="can't be edited"):
        svc.edit_skill(store, "walking", now=now, minutes=5)
    svc.set_hidden(store, "walking", True, now=now)
    svc.set_hidden(store, "walking", True, now=now)  # twice is fine: one mark
    assert store.count("skills") == 1
    assert "walking" not in [s.name for s in svc.list_skills(store)]
    assert svc.find_skill(store, "walking").hidden
    svc.set_hidden(store, "walking", False, now=now)
    assert "walking" in [s.name for s in svc.list_skills(store)]
    assert store.count("skills") == 0


def test_begin_and_finish_session_with_an_injected_clock(store: Store, now: datetime) -> None:
    t = [50.0]
    run = svc.begin_session(store, "paced", now=now, clock=lambda: t[0], minutes=2, craving_before=8)
    t[0] += 30
    run.timer.pause()
    t[0] += 500
    run.timer.resume()
    t[0] += 90
    assert run.timer.completed
    session = svc.finish_session(store, run, craving_after=5, now=now + timedelta(minutes=11))
    assert session.skill == "paced breathing"
    assert (session.planned_seconds, session.actual_seconds, session.completed) == (120, 120, True)
    assert session.craving_drop == 3
    stored = store.all("skill_sessions")
    assert len(stored) == 1 and stored[0]["started_at"] == "2026-11-20T20:00:00+00:00"
    with pytest.raises(InvalidInput, match="already saved"):
        svc.finish_session(store, run, craving_after=5, now=now)


def test_record_session_validates_ratings(store: Store, now: datetime) -> None:
    with pytest.raises(InvalidInput, match="craving after"):
        svc.record_session(
            store,
            skill="walking",
            started_at=now,
            planned_seconds=600,
            actual_seconds=600,
            completed=True,
            craving_before=5,
            craving_after=11,
            now=now,
        )
    assert not store.exists()


def _session(skill: str, completed: bool, before: int | None, after: int | None, day: int) -> SkillSession:
    return SkillSession(
        id=str(day),
        skill=skill,
        started_at=datetime(2026, 11, day, 20, 0).astimezone(),
        planned_seconds=600,
        actual_seconds=600 if completed else 120,
        completed=completed,
        craving_before=before,
        craving_after=after,
    )


def test_stats_per_skill() -> None:
    stats = skill_stats(
        [
            _session("walking", True, 8, 4, 1),
            _session("walking", False, 6, 5, 2),
            _session("Walking", True, None, None, 3),
            _session("urge surfing", True, 7, 7, 4),
        ]
    )
    walking, surfing = stats
    assert (walking.skill, walking.sessions, walking.completed, walking.rated) == ("Walking", 3, 2, 2)
    assert walking.completion_rate == pytest.approx(2 / 3)
    assert walking.average_drop == pytest.approx(2.5)
    assert walking.to_json()["total_minutes"] == 22.0
    assert surfing.average_drop == 0
