"""core/care.py: the schedule grammar (property tests: what it writes it reads back; any text
parses or is refused with a line naming `schedule`), statuses per kind, and adherence over
several weeks with a fixed clock: a mid-week start, every other week, a one-off appointment,
a weekly any-day test, an end day, a Sunday week start."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_tui.core.care import (
    CareItem,
    CareLog,
    Schedule,
    adherence,
    clean_kind,
    clean_status,
    make_item,
    parse_schedule,
    planned_on,
    schedule_text,
    summary_line,
    week_line,
)
from recovery_tui.errors import InvalidInput

UTC = timezone.utc
NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)  # Friday 20:00


def item(
    schedule: str | None = None, *, at: datetime | None = None, start: date = date(2026, 11, 2), **more: object
) -> CareItem:
    return CareItem(
        id=f"id-{schedule or at}",
        kind=str(more.pop("kind", "medication" if schedule else "appointment")),  # type: ignore[arg-type]
        name=str(more.pop("name", "x")),
        schedule=schedule,
        at=at,
        starts_on=start,
        **more,  # type: ignore[arg-type]
    )


def log(it: CareItem, when: str, status: str = "taken") -> CareLog:
    return CareLog(id=f"log-{when}", item_id=it.id, status=status, at=datetime.fromisoformat(when + "+00:00"))  # type: ignore[arg-type]


# -- the grammar ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical", "days", "per_day", "every"),
    [
        ("daily 08:00", "daily 08:00", tuple(range(7)), 1, 1),
        ("twice daily 08:00 20:00", "daily 08:00 20:00", tuple(range(7)), 2, 1),
        ("Twice a day", "twice daily", tuple(range(7)), 2, 1),
        ("3x daily", "thrice daily", tuple(range(7)), 3, 1),
        ("weekdays 08:00", "weekdays 08:00", (0, 1, 2, 3, 4), 1, 1),
        ("Mon, Thu 18:00", "weekly mon,thu 18:00", (0, 3), 1, 1),
        ("weekly tuesday 10:00", "weekly tue 10:00", (1,), 1, 1),
        ("weekly", "weekly", (), 1, 1),
        ("once a week", "weekly", (), 1, 1),
        ("twice weekly", "twice weekly", (), 2, 1),
        ("every 2 weeks thu 10:00", "every 2 weeks thu 10:00", (3,), 1, 2),
        ("every week fri", "weekly fri", (4,), 1, 1),
        ("every day 21:30 07:15", "daily 07:15 21:30", tuple(range(7)), 2, 1),
    ],
)
def test_schedules_people_type(typed: str, canonical: str, days: tuple[int, ...], per_day: int, every: int) -> None:
    plan = parse_schedule(typed)
    assert (plan.days, plan.per_day, plan.every_weeks) == (days, per_day, every)
    assert schedule_text(plan) == canonical


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "say when it repeats"),
        ("08:00", "say on which days"),
        ("daily 25:00", "'25:00' is not a time of day"),
        ("twice daily 08:00", "2 times a day but 1 given"),
        ("daily 08:00 08:00", "08:00 is there twice"),
        ("every 0 weeks mon", "repeat every 1 to 52 weeks"),
        ("every fortnight", "is not a schedule I understand"),
        ("13 times daily", "use 1 to 12 times"),
        ("twice mon,thu", "give the times instead of a count"),
        ("daily at noon", "'at' in 'daily at noon' is not understood"),
    ],
)
def test_schedules_refused_name_the_field_and_what_is_accepted(typed: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_schedule(typed)
    assert caught.value.field == "schedule"
    assert says in caught.value.message


SETS = ((), (0, 1, 2, 3, 4, 5, 6), (0, 1, 2, 3, 4), (5, 6))  # a count goes with these (not named days)


def _schedule(days: set[int], count: int, times: set[time], every: int) -> Schedule:
    ordered = tuple(sorted(days))
    per_day = len(times) or (count if ordered in SETS else 1)
    return Schedule(ordered, per_day, tuple(sorted(times)), every)


schedules = st.builds(
    _schedule,
    st.sets(st.integers(0, 6)),
    st.integers(1, 12),
    st.sets(st.builds(time, st.integers(0, 23), st.integers(0, 59)), max_size=12),
    st.integers(1, 52),
)


@settings(max_examples=300, deadline=None)
@given(schedules)
def test_what_is_written_reads_back_the_same(plan: Schedule) -> None:
    assert parse_schedule(schedule_text(plan)) == plan


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("adeiklmnortuwxyhsf0123456789:, ")), max_size=40) | st.text(max_size=40))
def test_any_text_parses_or_is_refused_on_the_schedule_field(text: str) -> None:
    try:
        plan = parse_schedule(text)
    except InvalidInput as error:
        assert error.field == "schedule"
        assert error.message
    else:
        assert parse_schedule(schedule_text(plan)) == plan


def test_kinds_and_statuses() -> None:
    assert clean_kind("Therapy") == "appointment"
    assert clean_kind("meds") == "medication"
    with pytest.raises(InvalidInput, match="not a kind of care item"):
        clean_kind("vitamin")
    assert clean_status(None, "medication") == "taken"
    assert clean_status(None, "appointment") == "attended"
    assert clean_status("done", "appointment") == "attended"
    with pytest.raises(InvalidInput, match="negative, positive, missed") as caught:
        clean_status(None, "test")
    assert caught.value.field == "status"
    with pytest.raises(InvalidInput, match="a medication is logged as taken or missed"):
        clean_status("attended", "medication")


def test_cross_field_rules() -> None:
    plan = {"id": "", "name": "n", "schedule": "weekly", "at": None, "starts_on": date(2026, 11, 2), "note": None}
    with pytest.raises(InvalidInput) as caught:
        make_item(**plan, kind="test", dose="5 mg", ends_on=None)  # type: ignore[arg-type]
    assert caught.value.field == "dose"
    with pytest.raises(InvalidInput) as caught:
        make_item(**plan, kind="medication", dose=None, ends_on=date(2026, 11, 1))  # type: ignore[arg-type]
    assert caught.value.field == "ends_on"
    assert make_item(**plan, kind="test", dose=None, ends_on=None).schedule == "weekly"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="either a schedule or a time"):
        CareItem(id="a", kind="test", name="t", schedule=None, at=None, starts_on=date(2026, 1, 1))


# -- adherence -----------------------------------------------------------------------------------


def test_daily_medication_over_weeks_with_a_mid_week_start() -> None:
    med = item("daily 08:00", start=date(2026, 11, 4))  # Wednesday
    logs = [log(med, f"2026-11-{d:02d}T08:05:00") for d in (4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20)]
    logs.append(log(med, "2026-11-06T08:00:00", "missed"))
    (entry,) = adherence([med], logs, now=NOW, weeks=4)
    this, last, first, before_start = entry.weeks
    assert (before_start.start, before_start.planned) == (date(2026, 10, 26), 0)
    assert (first.start, first.planned, first.done, first.missed) == (date(2026, 11, 2), 5, 4, 1)  # Wed-Sun
    assert (last.planned, last.done) == (7, 6)
    assert (this.planned, this.done) == (5, 5)  # Mon-Fri up to 20:00: nothing outstanding
    assert week_line(first, this_week=False) == "4 of 5, 1 marked missed"
    assert week_line(this) == "5 of 5 this week"
    assert summary_line(entry) == "x: 5 of 5 this week; 15 of 17 over 3 weeks"


def test_todays_later_dose_is_not_counted_before_its_time() -> None:
    med = item("daily 08:00 21:00", start=date(2026, 11, 16))
    (entry,) = adherence([med], [], now=NOW)
    assert entry.this_week.planned == 9  # Mon-Thu twice, today 08:00 only (21:00 not yet)
    assert planned_on(med, NOW.date()) == (time(8), time(21))


def test_a_dose_taken_a_little_early_is_done_not_unplanned() -> None:
    med = item("daily 08:00 21:00", start=date(2026, 11, 19))  # Thursday
    early = log(med, "2026-11-20T19:50:00")  # today's 21:00 dose at 19:50 (now is 20:00)
    morning = log(med, "2026-11-20T08:02:00")
    thursday = [log(med, "2026-11-19T08:00:00"), log(med, "2026-11-19T21:00:00")]
    (entry,) = adherence([med], [*thursday, morning, early], now=NOW)
    assert (entry.this_week.planned, entry.this_week.done) == (4, 4)  # was 3 of 3: the early dose unplanned
    assert week_line(entry.this_week) == "4 of 4 this week"
    (skipped,) = adherence([med], [morning, early], now=NOW)  # Thursday not logged
    assert (skipped.this_week.planned, skipped.this_week.done) == (4, 2)
    gp = item(at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC))  # tonight, seen early
    (visit,) = adherence([gp], [log(gp, "2026-11-20T19:30:00", "attended")], now=NOW, weeks=1)
    assert (visit.this_week.planned, visit.this_week.done) == (1, 1)


def test_every_other_week_session_and_a_sunday_week_start() -> None:
    therapy = item("every 2 weeks thu 10:00", kind="appointment", start=date(2026, 11, 5))
    logs = [log(therapy, "2026-11-05T10:00:00", "attended"), log(therapy, "2026-11-19T10:00:00", "missed")]
    (entry,) = adherence([therapy], logs, now=NOW, weeks=3)
    assert [(w.planned, w.done, w.missed) for w in entry.weeks] == [(1, 0, 1), (0, 0, 0), (1, 1, 0)]
    (sunday,) = adherence([therapy], logs, now=NOW, week_start="sunday", weeks=3)
    assert [w.start for w in sunday.weeks] == [date(2026, 11, 15), date(2026, 11, 8), date(2026, 11, 1)]
    assert [w.planned for w in sunday.weeks] == [1, 0, 1]


def test_one_off_appointment_counts_in_its_own_week_once_its_time_came() -> None:
    gp = item(at=datetime(2026, 11, 11, 14, 0, tzinfo=UTC), start=date(2026, 11, 1))
    late_log = log(gp, "2026-11-17T09:00:00", "attended")  # logged the next week: counts for its week
    (entry,) = adherence([gp], [late_log], now=NOW, weeks=3)
    assert [(w.planned, w.done) for w in entry.weeks] == [(0, 0), (1, 1), (0, 0)]
    soon = item(at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    (ahead,) = adherence([soon], [], now=NOW, weeks=1)
    assert ahead.this_week.planned == 0  # tomorrow: not planned yet
    assert week_line(ahead.this_week) == "none planned this week"


def test_weekly_test_any_day_and_an_end_day() -> None:
    urine = item("weekly", kind="test", start=date(2026, 11, 2), ends_on=date(2026, 11, 10))
    logs = [log(urine, "2026-11-03T09:00:00", "negative"), log(urine, "2026-11-04T09:00:00", "positive")]
    (entry,) = adherence([urine], logs, now=NOW, weeks=3)
    assert [(w.planned, w.done, w.logged) for w in entry.weeks] == [(0, 0, 0), (1, 0, 0), (1, 1, 2)]
    assert planned_on(urine, date(2026, 11, 12)) == 0  # after its end
    assert planned_on(urine, date(2026, 11, 9)) == 1
