"""Export and import work generically over every table in data_schema/ (a year of demo data)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from recovery_tui.store import Store, schemas


def test_round_trip_and_all_formats_on_demo_history(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("demo", "--years", "1").exit_code == 0
    original = Store(db_path)
    filled = [t for t in schemas.table_names() if original.count(t)]
    assert len(filled) >= 4

    dump = tmp_path / "all.json"
    assert cli("export", "-o", str(dump)).exit_code == 0
    fresh = tmp_path / "fresh" / "recover.json"
    result = cli("--db", str(fresh), "import", str(dump), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["unchanged"] == 0
    copy = Store(fresh)
    for table in schemas.table_names():
        by_id = {r["id"]: r for r in original.all(table)}
        assert {r["id"]: r for r in copy.all(table)} == by_id, table

    archive = tmp_path / "all.zip"
    assert cli("export", "-f", "csv", "-o", str(archive)).exit_code == 0
    with zipfile.ZipFile(archive) as zipped:
        for table in schemas.table_names():
            rows = list(csv.reader(io.StringIO(zipped.read(f"{table}.csv").decode())))
            assert len(rows) - 1 == original.count(table), table

    journal = cli("export", "-f", "markdown", "-o", "-")
    assert journal.exit_code == 0
    assert journal.stdout.count("\n## ") > 300  # a section per day of the year
    assert "### Check-in" in journal.stdout
