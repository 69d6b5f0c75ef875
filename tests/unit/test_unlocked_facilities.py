"""store/unlocked.py: the kept key's bytes, and each facility's put/get/delete for real.

The kernel keyring tests run where this machine allows `keyctl` (else they are skipped; the
in-memory keyring, used by the CLI tests there instead, is tested here in any case).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_tui.store import crypto, unlocked


def _sealer() -> crypto.Sealer:
    return crypto.Sealer(crypto.KdfParams(salt=bytes(range(16))), key=b"K" * 32, check=b"C" * 16)


def test_kept_payload_round_trip_and_repr_hides_the_key() -> None:
    sealer = _sealer()
    kept = unlocked.Kept(sealer.params, sealer.key, sealer.check, expires=1234.5, minutes=15)
    raw = kept.payload()
    assert len(raw) == 81
    assert unlocked.Kept.from_payload(raw) == kept
    assert unlocked.Kept.from_payload(raw[:-1]) is None
    assert unlocked.Kept.from_payload(b"XXXX" + raw[4:]) is None
    assert "KKKK" not in repr(kept) and "CCCC" not in repr(kept)


def test_memory_keyring_expires_by_its_clock() -> None:
    now = [100.0]
    memory = unlocked.MemoryKeyring(lambda: now[0])
    memory.put("a", b"secret", 60)
    assert memory.get("a") == b"secret"
    now[0] = 159.0
    assert memory.get("a") == b"secret"
    memory.put("a", b"secret", 60)  # a use moves it on
    now[0] = 200.0
    assert memory.get("a") == b"secret"
    now[0] = 219.0
    assert memory.get("a") is None
    assert memory.delete("a") is False
    memory.put("b", b"x", 60)
    assert memory.delete("b") is True and memory.get("b") is None


def _kernel(library: str | None) -> unlocked.KernelKeyring:
    try:
        keyring = unlocked.KernelKeyring(library)
        keyring.put("recover:unlock:test-probe", b"probe", 30)
        keyring.delete("recover:unlock:test-probe")
    except (unlocked.FacilityUnavailable, OSError) as exc:
        pytest.skip(f"no kernel keyring here: {exc}")
    return keyring


@pytest.fixture(params=["libkeyutils.so.1", None], ids=["libkeyutils", "raw-syscalls"])
def kernel(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[unlocked.KernelKeyring, str]]:
    keyring = _kernel(request.param)
    label = unlocked.label_for(tmp_path / "recover.json")
    yield keyring, label
    keyring.delete(label)


def test_kernel_keyring_put_get_delete(kernel: tuple[unlocked.KernelKeyring, str]) -> None:
    keyring, label = kernel
    assert keyring.get(label) is None
    keyring.put(label, b"first", 600)
    assert keyring.get(label) == b"first"
    keyring.put(label, b"second", 600)  # the same name: updated in place
    assert keyring.get(label) == b"second"
    big = bytes(range(256)) * 12  # larger than the first read buffer
    keyring.put(label, big, 600)
    assert keyring.get(label) == big
    assert keyring.delete(label) is True
    assert keyring.get(label) is None
    assert keyring.delete(label) is False


def test_kernel_key_has_its_timeout(kernel: tuple[unlocked.KernelKeyring, str]) -> None:
    keyring, label = kernel
    keyring.put(label, b"x", 600)
    proc_keys = Path("/proc/keys")
    if not proc_keys.exists():
        pytest.skip("no /proc/keys")
    lines = [line for line in proc_keys.read_text().splitlines() if line.rstrip().endswith(f"{label}: 1")]
    assert len(lines) == 1
    expiry = lines[0].split()[3]  # "perm" when it never expires, else "10m" / "9m" ...
    assert expiry != "perm" and expiry.endswith("m")


def test_keep_and_forget_through_the_module(tmp_path: Path) -> None:
    memory = unlocked.MemoryKeyring(lambda: 0.0)
    before = unlocked.use_facility(memory)
    try:
        path = tmp_path / "recover.json"
        sealer = _sealer()
        kept = unlocked.keep(path, sealer, 5)
        assert kept.minutes == 5 and kept.key == sealer.key
        assert unlocked.sealer_for(path, sealer.params) is not None
        other = crypto.KdfParams(salt=bytes(16))
        assert unlocked.sealer_for(path, other) is None  # another salt: stale, dropped
        assert unlocked.kept(path) is None
        unlocked.keep(path, sealer, 5)
        assert unlocked.forget(path) is True and unlocked.forget(path) is False
    finally:
        if before is None:
            unlocked.pick_again()
        else:
            unlocked.use_facility(before)
