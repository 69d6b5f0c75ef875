"""Counter services on a real store: history kept, late relapses, once-only congratulations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import counters as service
from recovery_tui.store import Store


def test_relapse_entered_late_gives_the_same_figures_as_on_time(tmp_path, now: datetime) -> None:
    on_time, late = Store(tmp_path / "a.json"), Store(tmp_path / "b.json")
    begin = now - timedelta(days=100)
    first, second = now - timedelta(days=60), now - timedelta(days=20)
    for store in (on_time, late):
        service.add_counter(store, "alcohol", since=begin, now=begin)
    service.record_relapse(on_time, "alcohol", at=first, note=None, now=first)
    service.record_relapse(on_time, "alcohol", at=second, note=None, now=second)
    service.record_relapse(late, "alcohol", at=second, note=None, now=now)
    service.record_relapse(late, "alcohol", at=first, note=None, now=now)  # remembered late
    a = service.summarize(service.find_counter(on_time, "alcohol"), now)
    b = service.summarize(service.find_counter(late, "alcohol"), now)
    assert a.stats == b.stats
    assert a.progress == b.progress
    assert a.stats.current.days == 20
    assert a.stats.longest == timedelta(days=40)


def test_relapse_keeps_history_and_note(store: Store, now: datetime) -> None:
    service.add_counter(store, "Gambling", since=now - timedelta(days=31), now=now)
    counter = service.record_relapse(store, "gambling", at=now - timedelta(hours=2), note=" payday ", now=now)
    assert [e.kind for e in counter.ordered_events] == ["start", "relapse"]
    assert counter.ordered_events[-1].note == "payday"
    message = service.relapse_message(counter, at=now - timedelta(hours=2), now=now)
    assert "Your history is kept: 30 days in your longest streak" in message
    assert "recover skill start" in message and "recover sos" in message
    assert "lost" not in message.lower()


def test_refusals_change_nothing(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=5), now=now)
    before = store.path.read_bytes()
    with pytest.raises(InvalidInput, match="already a counter"):
        service.add_counter(store, "ALCOHOL", since=now, now=now)
    with pytest.raises(InvalidInput, match="after that"):
        service.record_relapse(store, "alcohol", at=now - timedelta(days=6), note=None, now=now)
    with pytest.raises(InvalidInput, match="future"):
        service.record_relapse(store, "alcohol", at=now + timedelta(hours=1), note=None, now=now)
    with pytest.raises(InvalidInput, match="future"):
        service.add_counter(store, "cannabis", since=now + timedelta(days=1), now=now)
    with pytest.raises(NotFound, match="No counter called 'opioids'"):
        service.record_relapse(store, "opioids", at=now, note=None, now=now)
    assert store.path.read_bytes() == before
    service.add_counter(store, "x", since=now, now=now)
    with pytest.raises(InvalidInput, match="already a counter"):
        service.rename_counter(store, "x", "Alcohol", now=now)
    assert service.rename_counter(store, "alcohol", "Alcohol", now=now).name == "Alcohol"


def test_congratulates_once_per_milestone_and_again_after_a_restart(store: Store, now: datetime) -> None:
    began = now - timedelta(hours=1)
    service.add_counter(store, "alcohol", since=began, now=began)
    assert service.take_celebrations(store, now) == []
    day_later = began + timedelta(hours=24, minutes=1)
    said = service.take_celebrations(store, day_later)
    assert [(c.counter, c.label) for c in said] == [("alcohol", "24 hours")]
    assert "Milestone: 24 hours free from alcohol" in said[0].message
    assert service.take_celebrations(store, day_later + timedelta(minutes=5)) == []
    week = began + timedelta(days=7, minutes=1)
    assert [c.label for c in service.take_celebrations(store, week)] == ["7 days"]
    service.record_relapse(store, "alcohol", at=week, note=None, now=week)
    assert service.take_celebrations(store, week + timedelta(hours=2)) == []
    assert [c.label for c in service.take_celebrations(store, week + timedelta(hours=25))] == ["24 hours"]


def test_milestones_behind_a_new_counter_are_not_congratulated(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=400), now=now)
    assert service.take_celebrations(store, now + timedelta(hours=1)) == []
    remembered = store.meta(service.CELEBRATED)
    (entry,) = remembered.values()
    assert {"24h", "7d", "90d", "1y"} <= set(entry["keys"])


def test_missed_milestones_give_one_congratulation_for_the_highest(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now, now=now)
    said = service.take_celebrations(store, now + timedelta(days=65))
    assert [c.label for c in said] == ["60 days"]


def test_no_data_file_means_nothing_to_celebrate_and_no_file(store: Store, now: datetime) -> None:
    assert service.take_celebrations(store, now) == []
    assert service.status_short(store, now) == ""
    assert not store.path.exists()


def test_custom_milestone_archive_and_remove(store: Store, now: datetime) -> None:
    service.add_counter(store, "alcohol", since=now - timedelta(days=10), now=now)
    counter = service.add_custom_milestone(store, "alcohol", days=45, label="first  sober birthday", now=now)
    assert [(m.label, m.days) for m in counter.custom_milestones] == [("first sober birthday", 45)]
    state = service.summarize(counter, now).progress
    assert state.next.milestone.key == "30d"
    later = service.summarize(counter, now + timedelta(days=25)).progress
    assert later.next.milestone.label == "first sober birthday"
    with pytest.raises(InvalidInput, match="days"):
        service.add_custom_milestone(store, "alcohol", days=0, label="x", now=now)
    with pytest.raises(NotFound):
        service.remove_custom_milestone(store, "alcohol", days=46, now=now)
    assert service.remove_custom_milestone(store, "alcohol", days=45, now=now).custom_milestones == ()
    service.set_archived(store, "alcohol", True, now=now)
    assert service.list_counters(store) == []
    assert service.status_short(store, now) == ""
    assert len(service.list_counters(store, include_archived=True)) == 1
    service.remove_counter(store, "alcohol")
    assert service.list_counters(store, include_archived=True) == []
    assert store.meta(service.CELEBRATED) == {}


def test_share_text_is_anonymous_and_signed(store: Store, now: datetime) -> None:
    from recovery_tui.services import config as config_service

    service.add_counter(store, "alcohol", since=now - timedelta(days=90), now=now)
    assert service.share_text(store, "alcohol", now) == "90 days free from alcohol today. One day at a time."
    config_service.set_value(store, "pseudonym", "river")
    text = service.share_text(store, "alcohol", now + timedelta(days=2))
    assert text == "92 days free from alcohol so far. One day at a time. - river"
