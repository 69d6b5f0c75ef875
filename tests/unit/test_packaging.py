"""The wheel ships data_schema/, and an installed (non-editable) layout finds the schemas and
the record Structs they are generated from (and they agree)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_ships_schemas_and_installed_layout_finds_them(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    (wheel,) = out.glob("recover-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        shipped = {n.split("/")[-1] for n in names if n.startswith("recovery_tui/data_schema/")}
        source = {p.name for p in (REPO / "data_schema").glob("*.schema.json")}
        assert source <= shipped
        site = tmp_path / "site"
        zf.extractall(site)
    # import from the unpacked wheel only (cwd elsewhere, no source tree on the path)
    code = (
        "from recovery_tui.store import schemas\n"
        "d = schemas.schema_directory()\n"
        "print(d)\n"
        "print(','.join(schemas.table_names()))\n"
        "print(all(schemas.schema_text(t) == schemas.schema_path(t).read_bytes() for t in schemas.table_names()))\n"
        "print(schemas.record_type('counters').__name__)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    proc = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); exec({code!r})"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    directory, tables, agree, struct = proc.stdout.splitlines()
    assert directory == str(site / "recovery_tui" / "data_schema")
    assert "counters" in tables.split(",")
    assert agree == "True"  # the shipped schemas are the ones the shipped Structs generate
    assert struct == "Counter"
