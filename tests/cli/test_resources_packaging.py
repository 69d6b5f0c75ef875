"""The shipped data files and their schemas are inside the wheel (no network, no source tree)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path


def test_wheel_contains_shipped_data(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            str(repo),
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "recovery_tui/data/crisis_lines.json",
        "recovery_tui/data/resources.json",
        "recovery_tui/data/emergency_numbers.json",
        "recovery_tui/data_schema/shipped/emergency_numbers.schema.json",
        "recovery_tui/data_schema/shipped/crisis_lines.schema.json",
        "recovery_tui/data_schema/shipped/resources.schema.json",
        "recovery_tui/data_schema/contacts.schema.json",
        "recovery_tui/data_schema/aid_messages.schema.json",
        "recovery_tui/data_schema/user_crisis_lines.schema.json",
    ):
        assert name in names
