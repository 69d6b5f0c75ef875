"""Backups: daily copies on the first write of a day, rotation, restore, pre-migration copies."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from recovery_tui.store import Store, backups


def _counter(name: str) -> dict[str, object]:
    return {
        "name": name,
        "events": [{"id": f"{name}-start", "kind": "start", "at": "2026-11-01T08:00:00+00:00", "note": None}],
        "archived": False,
        "cost_per_day": None,
        "hours_per_day": None,
        "custom_milestones": [],
        "edits": [],
    }


def _day(n: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, n, hour, 0, tzinfo=timezone.utc)


def test_first_write_of_each_day_makes_one_verified_copy(db_path: Path) -> None:
    moment = _day(2)
    store = Store(db_path, clock=lambda: moment)
    store.insert("counters", _counter("a"), now=moment)  # creates the file: nothing to copy yet
    assert store.backups() == []
    store.insert("counters", _counter("b"), now=moment)
    copies = store.backups()
    assert [b.label for b in copies] == ["daily"]
    assert len(orjson.loads(copies[0].path.read_bytes())["counters"]) == 1  # the file as it was
    store.insert("counters", _counter("c"), now=moment)
    assert len(store.backups()) == 1  # once a day
    folder = backups.folder(db_path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copies[0].path.stat().st_mode) == 0o600


def test_rotation_over_30_days_keeps_7_daily_and_4_weekly(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("counters", _counter("seed"), now=clock["now"])
    for n in range(1, 31):
        clock["now"] = _day(n, 10)
        store.insert("counters", _counter(f"day{n}"), now=clock["now"])
        clock["now"] = _day(n, 18)
        store.insert("counters", _counter(f"evening{n}"), now=clock["now"])
    kept_days = sorted(b.taken.day for b in store.backups())
    # November 2026: weeks run Mon 2-8, 9-15, 16-22, 23-29. Daily keeps the 7 most recent
    # days (24-30); weekly keeps the newest older copy of the 4 most recent weeks: 23, 22, 15, 8.
    assert kept_days == [8, 15, 22, 23, 24, 25, 26, 27, 28, 29, 30]
    assert all(b.label == "daily" for b in store.backups())


def test_rotation_follows_settings(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("counters", _counter("seed"), now=clock["now"])
    store.set_meta("config", {"backups.daily": 2, "backups.weekly": 1})
    for n in range(2, 20):
        clock["now"] = _day(n)
        store.insert("counters", _counter(f"d{n}"), now=clock["now"])
    # daily: 19, 18; weekly: the newest older copy of the most recent week (Mon 16 - Sun 22)
    assert sorted(b.taken.day for b in store.backups()) == [17, 18, 19]


def test_no_daily_copies_when_set_to_zero(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.set_meta("config", {"backups.daily": 0})
    for n in range(2, 5):
        clock["now"] = _day(n)
        store.insert("counters", _counter(f"d{n}"), now=clock["now"])
    assert store.backups() == []


def test_select_kept_is_pure_and_ignores_other_labels(tmp_path: Path) -> None:
    items = [backups.Backup(tmp_path / f"r.daily.{n}.json", "daily", datetime(2026, 11, n, 9)) for n in range(1, 11)]
    items.append(backups.Backup(tmp_path / "r.pre-v2.json", "pre-v2", datetime(2026, 10, 1)))
    kept = backups.select_kept(items, daily=3, weekly=1)
    assert {p.name for p in kept} == {"r.daily.10.json", "r.daily.9.json", "r.daily.8.json", "r.daily.7.json"}


def test_restore_keeps_current_file_aside(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("counters", _counter("first"), now=clock["now"])
    clock["now"] = _day(2)
    store.insert("counters", _counter("second"), now=clock["now"])
    current = db_path.read_bytes()
    (copy,) = store.backups()
    aside = store.restore(copy)
    assert aside is not None and aside.read_bytes() == current
    assert [c["name"] for c in store.all("counters")] == ["first"]
    assert {b.label for b in store.backups()} == {"daily", "before-restore"}


def test_restore_refuses_a_damaged_backup(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"])
    store.insert("counters", _counter("first"), now=clock["now"])
    clock["now"] = _day(2)
    store.insert("counters", _counter("second"), now=clock["now"])
    (copy,) = store.backups()
    copy.path.write_bytes(b"{ broken")
    before = db_path.read_bytes()
    with pytest.raises(Exception, match="not valid JSON"):
        store.restore(copy)
    assert db_path.read_bytes() == before


def test_migration_makes_a_pre_version_copy(db_path: Path, now: datetime) -> None:
    db_path.parent.mkdir(mode=0o700, parents=True)
    prototype = {"counters": {"1": {"name": "alcohol", "start": "2026-10-01T08:00:00"}}}
    db_path.write_bytes(orjson.dumps(prototype))
    os.chmod(db_path, 0o600)
    store = Store(db_path, clock=lambda: now)
    assert store.all("counters")[0]["name"] == "alcohol"
    labels = [b.label for b in store.backups()]
    assert "pre-v3" in labels  # named after the version it migrates to
    pre = next(b for b in store.backups() if b.label == "pre-v3")
    assert orjson.loads(pre.path.read_bytes()) == prototype


def test_encrypted_file_backups_stay_encrypted(db_path: Path) -> None:
    clock = {"now": _day(1)}
    store = Store(db_path, clock=lambda: clock["now"], passphrase=lambda: "long enough pass")
    store.insert("counters", _counter("first"), now=clock["now"])
    store.encrypt("long enough pass")
    clock["now"] = _day(2) + timedelta(hours=1)
    store.insert("counters", _counter("second"), now=clock["now"])
    assert store.backups()
    for copy in store.backups():
        assert copy.path.read_bytes().startswith(b"RECOVER-ENCRYPTED")
        assert store.load_copy(copy.path)["counters"]


def test_a_copy_killed_midway_leaves_no_half_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    moment = _day(3)
    store = Store(db_path, clock=lambda: moment)
    store.insert("counters", _counter("a"), now=moment)
    real_fsync = os.fsync

    def die(fd: int) -> None:
        raise KeyboardInterrupt  # stands in for a kill between write and fsync of the copy

    monkeypatch.setattr(backups.os, "fsync", die)
    with pytest.raises(KeyboardInterrupt):
        store.insert("counters", _counter("b"), now=moment)
    monkeypatch.setattr(backups.os, "fsync", real_fsync)
    assert store.backups() == []  # no truncated copy under a backup name
    store.insert("counters", _counter("b"), now=moment)
    (copy,) = store.backups()
    assert store.load_copy(copy.path)["counters"]
    assert backups.temp_files(db_path) == []
