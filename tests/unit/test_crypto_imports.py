"""The `cryptography` package is loaded only when a file is encrypted (CLI start-up stays lean)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from recovery_tui.store import Store

REPO = Path(__file__).resolve().parents[2]


def _imported_modules(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "recovery_tui", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-500:]
    return done.stderr


def test_plain_file_never_imports_cryptography(db_path: Path, now: datetime) -> None:
    Store(db_path).set_meta("config", {"currency": "€"})
    for args in (("where",), ("config", "list"), ("--help",)):
        assert "cryptography" not in _imported_modules(*args), args


def test_encrypted_file_imports_it(db_path: Path) -> None:
    env = {"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'"}
    Store(db_path).set_meta("config", {"currency": "€"})
    assert "cryptography.hazmat" in _imported_modules("encrypt", env=env)
    assert "cryptography.hazmat" in _imported_modules("where", env=env)
