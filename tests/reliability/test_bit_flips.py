"""Damage that still parses is found: every single flipped bit of a data file is either
refused in one line naming the file, or provably harmless (everything a person stored reads
back exactly as before); the file is never written over. `doctor` names the damaged tables.

The file holds a few records in many tables plus settings (the meta line is covered by its
own checksum). Flips are seeded, so a failure names a position that can be replayed.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path
from typing import Any

from recovery_tui.errors import DataFileError
from recovery_tui.store import Store

FLIPS = 400


def _seed(db_path: Path, now: datetime) -> None:
    store = Store(db_path)
    store.set_meta("config", {"country": "GB", "currency": "EUR", "backups.daily": 0})
    for i in range(3):
        store.insert(
            "triggers",
            {
                "at": f"2026-11-1{i}T19:00:00+00:00",
                "what": f"payday {i}",
                "where": "work",
                "who": None,
                "emotion": "angry",
                "halt": ["tired"],
                "intensity": 3 + i,
                "coping": "walk",
                "outcome": "resisted",
                "note": None,
            },
            now=now,
        )
        store.insert(
            "journal",
            {
                "at": f"2026-11-1{i}T21:00:00+00:00",
                "text": f"day {i}",
                "tags": ["x"],
                "sensitive": False,
                "template": None,
            },
            now=now,
        )
        store.insert(
            "checkins",
            {
                "date": f"2026-11-1{i}",
                "at": f"2026-11-1{i}T21:00:00+00:00",
                "mood": 3,
                "craving": i,
                "sober": [],
                "gratitude": None,
                "note": "ok",
                "difficulty": None,
                "confidence": None,
            },
            now=now,
        )


def _everything(db_path: Path) -> dict[str, Any]:
    store = Store(db_path)
    tables = {name: sorted(store.all(name), key=lambda r: r["id"]) for name in store.tables()}
    meta = store.meta_all()
    meta.pop("layout", None)
    return {"tables": tables, "meta": meta}


def test_every_bit_flip_is_refused_or_harmless(db_path: Path, now: datetime) -> None:
    _seed(db_path, now)
    original = db_path.read_bytes()
    expected = _everything(db_path)
    rng = random.Random(15)
    refused = harmless = 0
    for _ in range(FLIPS):
        bit = rng.randrange(len(original) * 8)
        damaged = bytearray(original)
        damaged[bit // 8] ^= 1 << (bit % 8)
        db_path.write_bytes(bytes(damaged))
        try:
            got = _everything(db_path)
        except DataFileError as exc:
            message = str(exc)
            assert str(db_path) in message and "\n" not in message, (bit, message)
            refused += 1
        else:
            assert got == expected, f"bit {bit} (byte {bit // 8}: {original[bit // 8 : bit // 8 + 1]!r}) changed data"
            harmless += 1
        assert db_path.read_bytes() == bytes(damaged), f"bit {bit}: the file was written over"
    assert refused > FLIPS * 0.9, (refused, harmless)


def test_doctor_names_the_tables_whose_checksums_do_not_match(db_path: Path, now: datetime, cli) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path, now)
    raw = db_path.read_bytes()
    damaged = raw.replace(b'"text":"day 1"', b'"text":"day 7"').replace(b'"what":"payday 2"', b'"what":"paydaz 2"')
    assert damaged != raw
    db_path.write_bytes(damaged)
    result = cli("doctor", "--json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    checksums = [f for f in findings if f["check"] == "checksums"]
    assert checksums and checksums[0]["level"] == "problem"
    assert "'journal'" in checksums[0]["message"] and "'triggers'" in checksums[0]["message"]
    assert "'checkins'" not in checksums[0]["message"]
    for args in (("where",), ("trigger", "x")):
        result = cli(*args)
        assert result.exit_code == 1 and "does not match" in result.stderr or "do not match" in result.stderr
    assert db_path.read_bytes() == damaged
