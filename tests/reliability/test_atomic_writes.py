"""A write that fails at any step leaves the old file byte-identical and no temp file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recovery_tui.errors import StorageError
from recovery_tui.store import Store

from .helpers import temp_files


def _seed(store: Store, now) -> bytes:  # type: ignore[no-untyped-def]
    store.insert("triggers", _trigger("first"), now=now)
    return store.path.read_bytes()


def _trigger(what: str) -> dict[str, object]:
    return {
        "at": "2026-11-20T19:00:00+00:00",
        "what": what,
        "where": None,
        "who": None,
        "emotion": None,
        "halt": [],
        "intensity": 5,
        "coping": None,
        "outcome": None,
        "note": None,
    }


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_oserror_at_each_step_leaves_old_file(step: str, store: Store, now, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _seed(store, now)
    real = {"write": os.write, "fsync": os.fsync, "replace": os.replace}[step]
    calls = {"n": 0}

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, failing)
    with pytest.raises(StorageError, match="Nothing was changed"):
        store.insert("triggers", _trigger("second"), now=now)
    monkeypatch.setattr(os, step, real)

    assert calls["n"] >= 1
    assert store.path.read_bytes() == before
    assert temp_files(store.path.parent) == []
    # the store did not keep the failed change in memory either
    assert [r["what"] for r in store.all("triggers")] == ["first"]
    assert [r["what"] for r in Store(store.path).all("triggers")] == ["first"]


def test_a_failed_transaction_writes_nothing(store: Store, now) -> None:  # type: ignore[no-untyped-def]
    before = _seed(store, now)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.insert("triggers", _trigger("second"), now=now)
            store.insert("triggers", _trigger("third"), now=now)
            raise RuntimeError("boom")
    assert store.path.read_bytes() == before
    assert store.count("triggers") == 1


def test_a_transaction_is_one_file_replace(store: Store, now) -> None:  # type: ignore[no-untyped-def]
    _seed(store, now)
    writes = store.storage.writes
    inode = os.stat(store.path).st_ino
    with store.transaction():
        for i in range(5):
            store.insert("triggers", _trigger(f"t{i}"), now=now)
    assert store.storage.writes == writes + 1
    assert os.stat(store.path).st_ino != inode
    assert store.count("triggers") == 6


def test_writing_without_the_lock_is_refused(store: Store, now) -> None:  # type: ignore[no-untyped-def]
    _seed(store, now)
    with pytest.raises(RuntimeError, match="without holding its lock"):
        store.storage.write({"meta": {}})


def test_invalid_record_touches_no_file(store: Store, db_path: Path, now) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.errors import ValidationError

    with pytest.raises(ValidationError, match=r"triggers\.intensity"):
        store.insert("triggers", {**_trigger("x"), "intensity": 11}, now=now)
    assert not db_path.exists()
    assert not db_path.parent.exists() or os.listdir(db_path.parent) == []


def test_stale_temp_files_are_removed_on_next_lock(store: Store, now) -> None:  # type: ignore[no-untyped-def]
    _seed(store, now)
    stale = store.path.parent / f".{store.path.name}.abc123.tmp"
    stale.write_bytes(b"half a write")
    unrelated = store.path.parent / "notes.tmp"
    unrelated.write_text("mine")
    store.insert("triggers", _trigger("second"), now=now)
    assert not stale.exists()
    assert unrelated.exists()


def test_temp_files_are_new_private_and_named_for_cleanup(tmp_path: Path) -> None:
    import stat

    from recovery_tui.store.storage import create_temp_file, temp_prefix

    data = tmp_path / "recover.json"
    old = os.umask(0)
    try:
        made = [create_temp_file(tmp_path, temp_prefix(data)) for _ in range(20)]
    finally:
        os.umask(old)
    names = {name for _, name in made}
    assert len(names) == 20  # each call makes a new file
    for fd, name in made:
        os.close(fd)
        assert Path(name).parent == tmp_path
        assert Path(name).name.startswith(".recover.json.") and name.endswith(".tmp")
        assert stat.S_IMODE(os.stat(name).st_mode) == 0o600
