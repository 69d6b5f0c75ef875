"""Acute signals and `current_warnings` (core/insights.py) on crafted histories: calm, acute, slow rise."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from recovery_tui import wording
from recovery_tui.core import insights as ins
from recovery_tui.core.insights import CravingPoint, Note, Restart
from recovery_tui.core.triggers import Trigger

NOW = datetime.fromisoformat("2026-11-20T20:00:00+00:00")  # a Friday evening
TODAY = NOW.date()


def day(n: int) -> date:
    """`n` days before today."""
    return TODAY - timedelta(days=n)


def trig(days_ago: int, *, intensity: int | None = None, halt: tuple[str, ...] = ()) -> Trigger:
    at = NOW - timedelta(days=days_ago, hours=1)
    return Trigger(id=f"t{days_ago}{halt}", at=at, what="x", intensity=intensity, halt=halt)


def calm_checkins(days: int = 28, craving: int = 2) -> list[CravingPoint]:
    return [CravingPoint(day(n), craving) for n in range(days)]


def kinds(notes: list[Note]) -> list[str]:
    return [n.kind for n in notes]


def warnings(**kw: object) -> list[Note]:
    args: dict[str, object] = {"now": NOW, "cravings": [], "triggers": [], "restarts": []}
    args.update(kw)
    return ins.current_warnings(**args)  # type: ignore[arg-type]


def test_a_calm_history_has_no_warning() -> None:
    cravings = calm_checkins() + [CravingPoint(day(2), 9)]  # one hard day is not three
    triggers = [trig(1, intensity=8, halt=("tired", "hungry")), trig(20, intensity=10)]
    restarts = [Restart("alcohol", NOW - timedelta(days=8))]  # eight days ago: outside the week
    assert warnings(cravings=cravings, triggers=triggers, restarts=restarts) == []


def test_the_week_of_the_issue_is_not_calm() -> None:
    # cravings at 9-10 most of the week and a relapse two days ago
    cravings = [CravingPoint(day(n), 9 + n % 2) for n in range(6)]
    restarts = [Restart("alcohol", NOW - timedelta(days=2, hours=3))]
    found = warnings(cravings=cravings, restarts=restarts)
    assert kinds(found) == ["restart_recent", "cravings_high"]
    assert "'alcohol' 2 days ago" in found[0].text and "Your history is kept" in found[0].text
    assert found[1].numbers["days"] == 6 and found[1].numbers["highest"] == 10
    assert "6 of the last 7 days (highest 10/10)" in found[1].text


def test_three_hard_days_are_the_threshold_and_triggers_count() -> None:
    two = [CravingPoint(day(0), 8), CravingPoint(day(6), 8), CravingPoint(day(7), 10)]  # day 7 is outside
    assert warnings(cravings=two) == []
    with_trigger = warnings(cravings=two, triggers=[trig(3, intensity=9)])
    assert kinds(with_trigger) == ["cravings_high"] and with_trigger[0].numbers["days"] == 3
    assert with_trigger[0].numbers["dates"] == [day(6).isoformat(), day(3).isoformat(), day(0).isoformat()]


def test_several_restarts_name_each_counter_once() -> None:
    restarts = [
        Restart("alcohol", NOW - timedelta(days=5)),
        Restart("gambling", NOW - timedelta(days=1)),
        Restart("alcohol", NOW - timedelta(hours=2)),
    ]
    (note,) = warnings(restarts=restarts)
    assert "'alcohol' and 'gambling' 3 times in the last 7 days, the latest today" in note.text
    assert note.numbers["restarts"] == 3


def test_a_restart_in_the_future_is_not_counted() -> None:
    assert warnings(restarts=[Restart("alcohol", NOW + timedelta(hours=1))]) == []


def test_halt_states_piling_up() -> None:
    stacked = [trig(n, halt=("tired", "lonely")) for n in (0, 2)] + [trig(4, halt=("angry", "tired"))]
    assert warnings(triggers=stacked[:2] + [trig(4, halt=("tired",))]) == []  # two stacked are not three
    (note,) = warnings(triggers=[*stacked, trig(5, halt=("hungry",))])
    assert note.kind == "halt_piling"
    assert note.text.startswith("3 of your 4 triggers in the last 7 days") and "(most often tired)" in note.text


def test_a_pause_after_a_steady_habit() -> None:
    steady = [CravingPoint(day(n), 3) for n in range(5, 19)]  # every day from 18 to 5 days ago
    (note,) = warnings(cravings=steady)
    assert note.kind == "checkins_paused" and note.numbers == {
        "days": 5,
        "last": day(5).isoformat(),
        "steady_days": 14,
    }
    assert warnings(cravings=[CravingPoint(day(n), 3) for n in range(3, 17)]) == []  # 3 days: not yet
    assert warnings(cravings=[CravingPoint(day(n), 3) for n in range(5, 19, 2)]) == []  # not a steady habit
    assert warnings(cravings=[CravingPoint(day(n), 3) for n in range(20, 34)]) == []  # a long pause is not acute


def test_acute_signs_come_before_the_pattern_notes() -> None:
    rising = Note("craving_rising", "Your weekly mean craving rose 3 weeks running.")
    found = warnings(restarts=[Restart("alcohol", NOW)], notes=[rising])
    assert kinds(found) == ["restart_recent", "craving_rising"]
    assert found[0].acute and not found[1].acute


def test_each_sign_points_to_help_in_the_words_of_its_surface() -> None:
    cravings = [CravingPoint(day(n), 9) for n in range(3)]
    steady = [CravingPoint(day(n), 3) for n in range(5, 19)]
    stacked = [trig(n, halt=("tired", "lonely")) for n in range(3)]
    found = warnings(cravings=cravings, triggers=[*stacked, trig(20)], restarts=[Restart("a", NOW)])  # 'x' rising
    found += warnings(cravings=steady)
    assert sorted(kinds(found)) == sorted(ins.ACUTE_KINDS)
    for note in found:
        cli, dashboard = note.help(), note.help(dashboard=True)
        assert cli and "recover " in cli and ("recover sos" in cli or "recover skill start" in cli)
        assert dashboard and "ctrl+s" in dashboard and "recover " not in dashboard
        assert note.to_json()["help"] == cli
    assert Note("craving_rising", "x").help() is None


@pytest.mark.parametrize("kind", ins.ACUTE_KINDS)
def test_the_words_are_kind_and_never_a_diagnosis(kind: str) -> None:
    words = (wording.WARNING_TEXT[kind] + " " + wording.WARNING_HELP_CLI[kind]).lower()
    for harsh in ("fail", "relapse risk", "addict", "disorder", "should have", "you must", "danger", "diagnos"):
        assert harsh not in words


def test_compute_puts_the_acute_signs_first_and_in_json() -> None:
    cravings = [CravingPoint(day(n), 9) for n in range(7)]
    result = ins.compute(
        [], cravings, [], since=NOW - timedelta(days=90), now=NOW, restarts=[Restart("alcohol", NOW - timedelta(1))]
    )
    assert kinds(result.acute) == ["restart_recent", "cravings_high"]
    assert kinds(result.warnings)[:2] == ["restart_recent", "cravings_high"]
    data = result.to_json()
    assert [w["kind"] for w in data["warnings"]][:2] == ["restart_recent", "cravings_high"]
    assert data["warnings"][0]["help"].startswith("`recover sos`")


def test_compute_sees_the_last_week_even_for_a_short_period() -> None:
    cravings = [CravingPoint(day(n), 9) for n in range(5)]
    result = ins.compute([], cravings, [], since=NOW - timedelta(days=2), now=NOW)
    assert kinds(result.acute) == ["cravings_high"] and result.acute[0].numbers["days"] == 5
    assert result.checkin_count == 3  # the period's own figures still count only the period
