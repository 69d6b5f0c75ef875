"""Insight maths on hand-built data with answers worked out by hand (core/insights.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from recovery_tui import charts
from recovery_tui.core import insights as ins
from recovery_tui.core.insights import CravingPoint, SkillPoint
from recovery_tui.core.triggers import Trigger

NOW = datetime.fromisoformat("2026-11-20T20:00:00+00:00")  # a Friday
SINCE = NOW - timedelta(days=28)  # Friday 23 Oct 2026


def t(what: str, at: str, **kw: object) -> Trigger:
    return Trigger(id=f"{what}@{at}", at=datetime.fromisoformat(at + "+00:00"), what=what, **kw)  # type: ignore[arg-type]


TRIGGERS = [
    t("Boss", "2026-11-09T09:10", intensity=6, halt=("angry",), coping="called sponsor", outcome="resisted"),
    t("boss", "2026-11-16T09:40", intensity=8, halt=("angry", "tired"), coping="Called  Sponsor", outcome="resisted"),
    t("boss", "2026-11-17T18:05", halt=("tired",), coping="bar", outcome="used"),
    t("payday", "2026-11-13T18:30", intensity=9, coping="walked", outcome="used"),
    t("payday", "2026-11-06T18:00", intensity=5, coping="called sponsor", outcome="used"),
    t("lonely evening", "2026-11-14T22:15", intensity=4, halt=("lonely", "tired"), coping="walked", outcome="resisted"),
    t("payday", "2026-10-10T18:00", intensity=7, outcome="used"),  # previous period
    t("old", "2026-01-01T12:00"),  # long before both periods
]
CRAVINGS = [
    CravingPoint(date(2026, 10, 20), 10),  # before the period's first day: ignored
    CravingPoint(date(2026, 10, 23), 2),
    CravingPoint(date(2026, 10, 27), 3),
    CravingPoint(date(2026, 10, 29), 4),
    CravingPoint(date(2026, 11, 3), 4),
    CravingPoint(date(2026, 11, 10), 5),
    CravingPoint(date(2026, 11, 11), 6),
    CravingPoint(date(2026, 11, 17), 6),
    CravingPoint(date(2026, 11, 18), 7),
    CravingPoint(date(2026, 11, 19), 8),
]
SKILLS = [
    SkillPoint("box breathing", datetime.fromisoformat("2026-11-16T10:00+00:00"), True, 7, 4),
    SkillPoint("Box Breathing", datetime.fromisoformat("2026-11-17T10:00+00:00"), False, 6, None),
    SkillPoint("cold water", datetime.fromisoformat("2026-11-18T10:00+00:00"), True, 8, 3),
    SkillPoint("cold water", datetime.fromisoformat("2026-09-01T10:00+00:00"), True, 8, 8),  # outside
]


@pytest.fixture(scope="module")
def result() -> ins.Insights:
    return ins.compute(TRIGGERS, CRAVINGS, SKILLS, since=SINCE, now=NOW)


def test_counts_only_the_period(result):
    assert (result.trigger_count, result.checkin_count, result.skill_count) == (6, 9, 3)
    assert result.enough


def test_top_triggers_by_count_with_mean_intensity_and_outcomes(result):
    assert [(x.name, x.count, x.mean_intensity, x.resisted, x.used) for x in result.top] == [
        ("boss", 3, 7.0, 2, 1),
        ("payday", 2, 7.0, 0, 2),
        ("lonely evening", 1, 4.0, 1, 0),
    ]
    assert result.top[0].last_seen == datetime.fromisoformat("2026-11-17T18:05+00:00")


def test_top_triggers_ties_broken_by_mean_intensity_then_recency():
    entries = [
        t("a", "2026-11-01T10:00", intensity=3),
        t("b", "2026-11-02T10:00", intensity=0),
        t("c", "2026-11-03T10:00"),
    ]
    assert [x.name for x in ins.top_triggers(entries)] == ["a", "b", "c"]
    assert [x.name for x in ins.top_triggers(entries, limit=1)] == ["a"]


def test_heat_map_hour_by_weekday(result):
    expected = [[0] * 24 for _ in range(7)]
    expected[0][9] = 2  # two Monday mornings at 9
    expected[1][18] = 1  # Tuesday 18:05
    expected[4][18] = 2  # two Friday evenings at 18
    expected[5][22] = 1  # Saturday 22:15
    assert [list(row) for row in result.heat] == expected
    assert result.heat_max == 2


def test_halt_frequencies(result):
    assert [(h.state, h.count) for h in result.halt] == [("hungry", 0), ("angry", 2), ("lonely", 1), ("tired", 3)]
    assert [h.share for h in result.halt] == pytest.approx([0.0, 1 / 3, 1 / 6, 0.5])


def test_coping_ranked_by_share_resisted(result):
    assert [(c.coping, c.tried, c.resisted) for c in result.coping] == [
        ("Called  Sponsor", 3, 2),
        ("walked", 2, 1),
        ("bar", 1, 0),
    ]
    assert [c.share for c in result.coping] == pytest.approx([2 / 3, 0.5, 0.0])


def test_coping_ignores_ongoing_and_no_outcome():
    entries = [
        t("x", "2026-11-01T10:00", coping="walk", outcome="ongoing"),
        t("x", "2026-11-01T11:00", coping="walk", outcome=None),
        t("x", "2026-11-01T12:00", coping=None, outcome="resisted"),
    ]
    assert ins.coping_ranking(entries) == []


def test_skill_results_mean_change_when_rated(result):
    assert [(s.skill, s.sessions, s.completed, s.rated, s.mean_change) for s in result.skills] == [
        ("box breathing", 2, 1, 1, -3.0),
        ("cold water", 1, 1, 1, -5.0),
    ]


def test_weekly_craving_every_week_monday_first(result):
    assert [(w.week.isoformat(), w.mean, w.checkins) for w in result.weekly_craving] == [
        ("2026-10-19", 2.0, 1),
        ("2026-10-26", 3.5, 2),
        ("2026-11-02", 4.0, 1),
        ("2026-11-09", 5.5, 2),
        ("2026-11-16", 7.0, 3),
    ]
    assert result.daily_craving[0] == (date(2026, 10, 23), 2.0)
    assert len(result.daily_craving) == 9


def test_weeks_can_start_on_sunday():
    assert ins.week_of(date(2026, 11, 20), 6) == date(2026, 11, 15)
    assert ins.week_of(date(2026, 11, 15), 6) == date(2026, 11, 15)
    assert ins.week_of(date(2026, 11, 20), 0) == date(2026, 11, 16)
    weeks = ins.weekly_craving([CravingPoint(date(2026, 11, 15), 4)], date(2026, 11, 14), date(2026, 11, 20), 6)
    assert [(w.week, w.mean) for w in weeks] == [(date(2026, 11, 8), None), (date(2026, 11, 15), 4.0)]


def test_notes_state_numbers_as_observations(result):
    kinds = [n.kind for n in result.notes]
    assert kinds == ["craving_rising", "triggers_doubled", "trigger_doubled"]
    rising, doubled, boss = result.notes
    assert rising.numbers == {"weeks": 4, "means": [2.0, 3.5, 4.0, 5.5, 7.0], "from_week": "2026-10-19"}
    assert rising.text.startswith("Your weekly mean craving rose 4 weeks running, from 2.0 to 7.0")
    assert doubled.text == "You logged 6 triggers in this period, against 1 in the 28 days before."
    assert boss.text == "'boss' came up 3 times in this period and not at all in the 28 days before."
    for note in result.notes:
        assert not any(word in note.text.lower() for word in ("you are", "addict", "failed", "diagnos"))


def test_trigger_count_doubled_against_previous_period():
    previous = [t("payday", "2026-10-01T18:00"), t("payday", "2026-10-08T18:00")]
    current = [t("payday", f"2026-11-{d:02d}T18:00") for d in (1, 5, 9, 13)]
    notes = ins.trigger_change_notes(current, previous, timedelta(days=28))
    assert [n.numbers for n in notes] == [
        {"current": 4, "previous": 2},
        {"trigger": "payday", "current": 4, "previous": 2},
    ]
    assert notes[1].text == "'payday' came up 4 times in this period, against 2 in the 28 days before."
    assert ins.trigger_change_notes(current[:3], previous, timedelta(days=28)) == []  # 3 is not double 2
    assert ins.trigger_change_notes(current, [], timedelta(days=28)) == []  # nothing to compare with


def test_craving_rise_needs_three_rises_ending_recently_without_gaps():
    def weeks(*means: float | None, start: date = date(2026, 10, 26)) -> list[ins.WeekCraving]:
        return [ins.WeekCraving(start + timedelta(weeks=i), m, 1 if m is not None else 0) for i, m in enumerate(means)]

    today = date(2026, 11, 20)
    assert ins.craving_rise_note(weeks(1, 2, 3, 4), today) is not None
    assert ins.craving_rise_note(weeks(2, 3, 4), today) is None  # only two rises
    assert ins.craving_rise_note(weeks(1, 2, None, 3, 4), today - timedelta(weeks=-1)) is None  # a gap
    assert ins.craving_rise_note(weeks(1, 2, 2, 3), today) is None  # flat is not a rise
    assert ins.craving_rise_note(weeks(1, 2, 3, 4, start=date(2026, 9, 7)), today) is None  # ended weeks ago
    assert ins.craving_rise_note([], today) is None


def test_halt_state_before_using_note():
    used = [
        t("a", "2026-11-01T10:00", halt=("tired",), outcome="used"),
        t("b", "2026-11-02T10:00", halt=("tired", "lonely"), outcome="used"),
        t("c", "2026-11-03T10:00", halt=(), outcome="used"),
        t("d", "2026-11-04T10:00", halt=("tired",), outcome="resisted"),
    ]
    notes = ins.halt_used_notes(used)
    assert [n.text for n in notes] == ["Feeling tired was part of 2 of the 3 triggers that ended in using."]
    assert ins.halt_used_notes(used[:2]) == []  # fewer than three ended in using


def test_empty_data_gives_the_plain_empty_state():
    empty = ins.compute([], [], [], since=SINCE, now=NOW)
    assert not empty.enough
    assert (empty.trigger_count, empty.checkin_count, empty.skill_count) == (0, 0, 0)
    assert empty.top == [] and empty.coping == [] and empty.skills == [] and empty.notes == []
    assert empty.heat_max == 0
    assert [h.share for h in empty.halt] == [0.0] * 4
    assert all(w.mean is None for w in empty.weekly_craving)
    assert empty.daily_craving == []
    assert empty.to_json()["enough_data"] is False


def test_one_entry():
    one = ins.compute(
        [t("payday", "2026-11-20T19:00", intensity=6, halt=("hungry",), coping="walk", outcome="resisted")],
        [CravingPoint(date(2026, 11, 20), 5)],
        [],
        since=SINCE,
        now=NOW,
    )
    assert not one.enough
    assert [(x.name, x.count, x.mean_intensity) for x in one.top] == [("payday", 1, 6.0)]
    assert one.heat[4][19] == 1 and one.heat_max == 1
    assert [(h.state, h.share) for h in one.halt if h.count] == [("hungry", 1.0)]
    assert [(c.coping, c.share) for c in one.coping] == [("walk", 1.0)]
    assert one.weekly_craving[-1].mean == 5.0
    assert one.notes == []


def test_json_shape(result):
    data = result.to_json()
    assert data["counts"] == {"triggers": 6, "checkins": 9, "skill_sessions": 3}
    assert data["coping"][0] == {"coping": "Called  Sponsor", "tried": 3, "resisted": 2, "share_resisted": 0.667}
    assert len(data["heat_map"]["counts"]) == 7 and len(data["heat_map"]["counts"][0]) == 24


def test_what_worked_against_each_top_trigger():
    found = ins.what_worked(TRIGGERS, limit=2)
    assert [(w.name, w.count, w.worked) for w in found] == [
        ("boss", 3, (("Called  Sponsor", 2),)),  # tied on count and mean intensity 7.0; seen later
        ("payday", 3, ()),
    ]
    assert ins.what_worked([]) == []


def test_charts_shapes():
    assert charts.bar(10, 10, 4) == "████"
    assert charts.bar(5, 10, 4) == "██"
    assert charts.bar(1, 16, 2) == "▏"
    assert charts.bar(0, 10, 4) == ""
    assert [charts.shade(c, 8) for c in (0, 1, 2, 3, 4, 5, 8)] == ["·", "░", "░", "▒", "▒", "▓", "█"]
    assert charts.shade_legend(8) == "· none  ░ 1-2  ▒ 3-4  ▓ 5-6  █ 7-8"
    assert charts.shade_legend(1) == "· none  █ 1"
    assert charts.sparkline([0, 10, None, 5]) == "▁█ ▅"
