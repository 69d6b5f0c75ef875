"""The wheel ships data_schema/ and the dashboard's .tcss layout files, and an installed
(non-editable) layout finds the schemas and the record Structs they are generated from (and
they agree)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, once for the module."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    (built,) = out.glob("recover-*.whl")
    return built


def test_wheel_ships_the_dashboard_layout_files(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    layouts = {p.relative_to(REPO).as_posix() for p in (REPO / "recovery_tui").rglob("*.tcss")}
    assert len(layouts) > 10 and layouts <= names  # every screen's CSS_PATH file ships


def test_wheel_ships_schemas_and_installed_layout_finds_them(wheel: Path, tmp_path: Path) -> None:
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
