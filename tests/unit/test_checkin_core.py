"""Check-in rules (pure) and the check-in service's single-write behaviour."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from recovery_tui.core.checkin import (
    CheckIn,
    CheckInDraft,
    SoberAnswer,
    latest,
    parse_craving,
    parse_mood,
    relapse_moment,
)
from recovery_tui.core.counters import Counter, CounterEvent
from recovery_tui.core.records import from_record, to_fields
from recovery_tui.errors import InvalidInput
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service


@pytest.mark.parametrize("value", [1, 5, "3", " 4 "])
def test_mood_accepts_1_to_5(value):
    assert 1 <= parse_mood(value) <= 5


@pytest.mark.parametrize("value", [0, 6, 7, "-1", "x", "3.5", True, ""])
def test_mood_refuses_everything_else(value):
    with pytest.raises(InvalidInput, match="^mood: "):
        parse_mood(value)


@pytest.mark.parametrize(("value", "ok"), [(0, True), (10, True), (-1, False), (11, False), ("2", True)])
def test_craving_range(value, ok):
    if ok:
        assert parse_craving(value) == int(value)
    else:
        with pytest.raises(InvalidInput, match="^craving: "):
            parse_craving(value)


def test_relapse_moment_never_before_the_first_start(now):
    started = now - timedelta(hours=2)  # the counter started today, after noon yesterday
    counter = Counter("c1", "alcohol", (CounterEvent("e1", "start", started, None),))
    assert relapse_moment(counter, now.date(), now) == now
    old = Counter("c2", "gambling", (CounterEvent("e2", "start", now - timedelta(days=10), None),))
    yesterday = now.date() - timedelta(days=1)
    assert relapse_moment(old, yesterday, now) == datetime(2026, 11, 19, 12, 0, tzinfo=timezone.utc)


def test_record_round_trip():
    checkin = CheckIn(
        "id1",
        date(2026, 11, 20),
        datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc),
        3,
        4,
        (SoberAnswer("c", "alcohol", False),),
        None,
        "n",
    )
    again = from_record(CheckIn, {"id": "id1", **to_fields(checkin)})
    assert again == checkin
    assert again.not_sober == ["alcohol"]
    assert "sober: alcohol no" in again.summary()


def test_latest_prefers_the_last_written_on_ties(now):
    a = CheckIn("a", now.date(), now, 1, 1)
    b = CheckIn("b", now.date(), now, 2, 2)
    assert latest([a, b]) is b and latest([]) is None


def test_checkin_and_relapse_land_together_or_not_at_all(store, now, monkeypatch):
    counter = counter_service.add_counter(store, "alcohol", since=now - timedelta(days=5), now=now)
    draft = CheckInDraft(now.date(), 2, 8, (SoberAnswer(counter.id, counter.name, False),))

    def broken(*_args, **_kwargs):
        raise InvalidInput(None, "simulated failure while recording the relapse")

    monkeypatch.setattr(counter_service, "record_relapse", broken)
    with pytest.raises(InvalidInput):
        checkin_service.save_checkin(store, draft, mode="new", relapse_for=["alcohol"], now=now)
    assert store.all("checkins") == []
    monkeypatch.undo()
    saved = checkin_service.save_checkin(store, draft, mode="new", relapse_for=["alcohol"], now=now)
    assert len(store.all("checkins")) == 1
    assert [e.kind for e in saved.relapsed[0].events] == ["start", "relapse"]


def test_relapse_only_for_counters_answered_not_sober(store, now):
    counter = counter_service.add_counter(store, "alcohol", since=now - timedelta(days=5), now=now)
    draft = CheckInDraft(now.date(), 4, 1, (SoberAnswer(counter.id, counter.name, True),))
    with pytest.raises(InvalidInput, match="answered sober"):
        checkin_service.save_checkin(store, draft, mode="new", relapse_for=["alcohol"], now=now)
    assert store.all("checkins") == []


def test_new_mode_refuses_a_second_checkin(store, now):
    draft = CheckInDraft(now.date(), 4, 1)
    checkin_service.save_checkin(store, draft, mode="new", now=now)
    with pytest.raises(InvalidInput, match="amend"):
        checkin_service.save_checkin(store, draft, mode="new", now=now)
    assert checkin_service.save_checkin(store, draft, mode="amend", now=now).amended is True
    assert len(store.all("checkins")) == 1
