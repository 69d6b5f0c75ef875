"""Encryption at rest through the real Store on a real file: round trip, refusals, no plaintext."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from recovery_tui.store import Store, crypto, storage
from recovery_tui.store.layout import DAMAGED_ADVICE

PASS = "correct horse battery"
MARKER = "PLAINTEXT-MARKER-7f3a"


def _entry(note: str = MARKER) -> dict[str, object]:
    return {
        "date": "2026-11-20",
        "at": "2026-11-20T20:00:00+00:00",
        "mood": 3,
        "craving": 4,
        "sober": [],
        "gratitude": None,
        "note": note,
        "difficulty": None,
        "confidence": None,
    }


def _encrypted_store(db_path: Path, now: datetime) -> Store:
    store = Store(db_path, passphrase=lambda: PASS, clock=lambda: now)
    store.insert("checkins", _entry(), now=now)
    store.encrypt(PASS)
    return store


def test_round_trip_keeps_records_and_hides_them(db_path: Path, now: datetime) -> None:
    store = _encrypted_store(db_path, now)
    raw = db_path.read_bytes()
    assert raw.startswith(crypto.MAGIC)
    assert MARKER.encode() not in raw
    reopened = Store(db_path, passphrase=lambda: PASS)
    assert [r["note"] for r in reopened.all("checkins")] == [MARKER]
    reopened.insert("checkins", _entry("second"), now=now)
    assert db_path.read_bytes().startswith(crypto.MAGIC)
    assert sorted(r["note"] for r in Store(db_path, passphrase=lambda: PASS).all("checkins")) == [MARKER, "second"]
    store.decrypt()
    assert db_path.read_bytes().startswith(b"{")
    assert sorted(r["note"] for r in Store(db_path).all("checkins")) == [MARKER, "second"]


def test_header_carries_kdf_parameters(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    header = crypto.parse_header(db_path.read_bytes(), "x")
    assert (header.kdf.log2_n, header.kdf.r, header.kdf.p) == (15, 8, 1)
    assert len(header.kdf.salt) == crypto.SALT_BYTES


def test_same_data_gives_different_ciphertexts(now: datetime) -> None:
    sealer = crypto.Sealer.create(PASS)
    first, second = sealer.seal(b"same data"), sealer.seal(b"same data")
    assert first != second
    assert sealer.open(first, "a") == sealer.open(second, "b") == b"same data"
    other_salt = crypto.Sealer.create(PASS)
    assert other_salt.params.salt != sealer.params.salt


def test_key_never_appears_in_a_repr() -> None:
    from rich.pretty import pretty_repr

    sealer = crypto.Sealer.create(PASS)
    shown = [repr(sealer), str(sealer), pretty_repr(sealer), repr([sealer]), pretty_repr({"k": sealer})]
    for secret in (sealer.key, sealer.check):
        for text in shown:
            assert repr(secret)[2:-1] not in text
            assert secret.hex() not in text
    assert all("Sealer(" in text and "params=" in text for text in shown)
    header = crypto.parse_header(sealer.seal(b"x"), "x")
    assert repr(header) == f"Header(kdf={header.kdf!r}, check={header.check!r}, nonce={header.nonce!r})"
    assert "raw=" not in pretty_repr(header)


def test_wrong_passphrase_refused_file_unchanged(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    before = db_path.read_bytes()
    wrong = Store(db_path, passphrase=lambda: "not the passphrase")
    with pytest.raises(crypto.WrongPassphrase, match="Wrong passphrase"):
        wrong.all("checkins")
    with pytest.raises(crypto.WrongPassphrase):
        wrong.insert("checkins", _entry("x"), now=now)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("where", ["ciphertext", "tag", "nonce"])
def test_flipped_byte_refused_file_unchanged(db_path: Path, now: datetime, where: str) -> None:
    _encrypted_store(db_path, now)
    raw = bytearray(db_path.read_bytes())
    index = {"ciphertext": crypto.HEADER_BYTES + 5, "tag": len(raw) - 1, "nonce": crypto.HEADER_BYTES - 1}[where]
    raw[index] ^= 0x01
    db_path.write_bytes(bytes(raw))
    store = Store(db_path, passphrase=lambda: PASS)
    with pytest.raises(crypto.SealedDamaged, match="recover doctor"):
        store.all("checkins")
    with pytest.raises(crypto.SealedDamaged):
        store.insert("checkins", _entry("x"), now=now)
    assert db_path.read_bytes() == bytes(raw)


def test_flipped_header_parameter_refused(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    raw = bytearray(db_path.read_bytes())
    raw[len(crypto.MAGIC) + 6] ^= 0x01  # a salt byte
    db_path.write_bytes(bytes(raw))
    with pytest.raises(crypto.WrongPassphrase):
        Store(db_path, passphrase=lambda: PASS).all("checkins")
    assert db_path.read_bytes() == bytes(raw)


def test_cut_short_refused(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    db_path.write_bytes(db_path.read_bytes()[:40])
    with pytest.raises(crypto.SealedDamaged, match="cut short"):
        Store(db_path, passphrase=lambda: PASS).all("checkins")


def test_no_passphrase_provider_refuses(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    with pytest.raises(crypto.PassphraseNeeded, match="RECOVER_PASSPHRASE_CMD"):
        Store(db_path).all("checkins")


def test_passphrase_asked_once_per_store(db_path: Path, now: datetime) -> None:
    _encrypted_store(db_path, now)
    asked: list[int] = []

    def provider() -> str:
        asked.append(1)
        return PASS

    store = Store(db_path, passphrase=provider)
    for i in range(3):
        store.insert("checkins", _entry(f"n{i}"), now=now)
        store.all("checkins")
    assert len(asked) == 1


def test_plain_file_never_asks(db_path: Path, now: datetime) -> None:
    def provider() -> str:
        raise AssertionError("asked for a passphrase on a plain file")

    store = Store(db_path, passphrase=provider)
    store.insert("checkins", _entry(), now=now)
    assert store.all("checkins")[0]["note"] == MARKER
    assert db_path.read_bytes().startswith(b"{")


def test_no_plaintext_reaches_any_write(db_path: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    _encrypted_store(db_path, now)
    written: list[bytes] = []
    real_write = os.write

    def spy(fd: int, data: bytes | memoryview) -> int:  # type: ignore[override]
        written.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(storage.os, "write", spy)
    store = Store(db_path, passphrase=lambda: PASS)
    store.insert("checkins", _entry(MARKER + "-again"), now=now)
    assert written, "the spy saw no write"
    assert all(MARKER.encode() not in chunk for chunk in written)


def test_short_passphrase_refused(db_path: Path, now: datetime) -> None:
    store = Store(db_path)
    store.insert("checkins", _entry(), now=now)
    before = db_path.read_bytes()
    with pytest.raises(Exception, match="at least 8"):
        store.encrypt("short")
    assert db_path.read_bytes() == before


def test_change_passphrase(db_path: Path, now: datetime) -> None:
    store = _encrypted_store(db_path, now)
    old_salt = crypto.parse_header(db_path.read_bytes(), "x").kdf.salt
    store.encrypt("a brand new passphrase")
    assert crypto.parse_header(db_path.read_bytes(), "x").kdf.salt != old_salt
    assert Store(db_path, passphrase=lambda: "a brand new passphrase").all("checkins")[0]["note"] == MARKER
    with pytest.raises(crypto.WrongPassphrase):
        Store(db_path, passphrase=lambda: PASS).all("checkins")


def test_scrypt_cost_is_cli_friendly() -> None:
    """The cost is held by its parameters (32 MiB of memory, one lane); the time it takes is
    measured by tests/bench/, not here, where a busy machine would fail a clock."""
    sealer = crypto.Sealer.create(PASS)
    kdf = crypto.parse_header(sealer.seal(b"x"), "x").kdf
    assert kdf == sealer.params
    assert (2**kdf.log2_n, kdf.r, kdf.p) == (2**15, 8, 1)
    assert 128 * kdf.r * 2**kdf.log2_n == 32 * 1024 * 1024


def test_damaged_advice_points_to_doctor() -> None:
    assert "recover doctor" in DAMAGED_ADVICE
