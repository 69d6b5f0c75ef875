"""`recover export` and `recover import` on a known data set, through the real Typer app."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest

from recovery_tui.store import Store, schemas

T = "2026-11-20T20:00:00+00:00"


def _rec(record_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": record_id, **fields, "created_at": T, "updated_at": T}


KNOWN: dict[str, list[dict[str, Any]]] = {
    "counters": [
        _rec(
            "c0000000-0000-4000-8000-000000000001",
            name="alcohol",
            events=[
                {
                    "id": "e0000000-0000-4000-8000-000000000001",
                    "kind": "start",
                    "at": "2026-11-01T08:00:00+00:00",
                    "note": None,
                },
                {
                    "id": "e0000000-0000-4000-8000-000000000002",
                    "kind": "relapse",
                    "at": "2026-11-19T22:15:00+00:00",
                    "note": "office party",
                },
            ],
            archived=False,
            cost_per_day=12.5,
            hours_per_day=None,
            custom_milestones=[],
            edits=[],
        )
    ],
    "checkins": [
        _rec(
            "a0000000-0000-4000-8000-000000000001",
            date="2026-11-20",
            at="2026-11-20T19:30:00+00:00",
            mood=4,
            craving=2,
            sober=[{"counter_id": "c0000000-0000-4000-8000-000000000001", "counter": "alcohol", "sober": True}],
            gratitude="my sister called",
            note="Quiet evening.\nWent to bed early.",
            difficulty=3,
            confidence=8,
        ),
        _rec(
            "a0000000-0000-4000-8000-000000000002",
            date="2026-11-19",
            at="2026-11-19T21:00:00+00:00",
            mood=2,
            craving=8,
            sober=[{"counter_id": "c0000000-0000-4000-8000-000000000001", "counter": "alcohol", "sober": False}],
            gratitude=None,
            note=None,
            difficulty=None,
            confidence=None,
        ),
    ],
    "triggers": [
        _rec(
            "b0000000-0000-4000-8000-000000000001",
            at="2026-11-19T18:05:00+00:00",
            what="office party, drinks offered",
            where="work",
            who="colleagues",
            emotion="anxious",
            halt=["hungry", "tired"],
            intensity=8,
            coping=None,
            outcome="used",
            note=None,
        )
    ],
    "skill_sessions": [
        _rec(
            "d0000000-0000-4000-8000-000000000001",
            skill="box breathing",
            started_at="2026-11-20T19:40:00+00:00",
            planned_seconds=600,
            actual_seconds=600,
            completed=True,
            craving_before=6,
            craving_after=3,
        )
    ],
}


def seed(db_path: Path) -> Store:
    store = Store(db_path)
    for table, records in KNOWN.items():
        store.insert_records(table, records)
    return store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_json_export_then_import_into_empty_file_is_identical(cli, db_path: Path, tmp_path: Path) -> None:
    store = seed(db_path)
    out = tmp_path / "out" / "dump.json"
    result = cli("export", "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert _mode(out) == 0o600
    dump = orjson.loads(out.read_bytes())
    schemas.validate(schemas.ENVELOPE, dump)
    assert set(schemas.table_names()) <= set(dump)

    fresh = tmp_path / "fresh" / "recover.json"
    result = cli("--db", str(fresh), "import", str(out))
    assert result.exit_code == 0, result.stderr
    assert "Added 5 records" in result.stdout
    imported = Store(fresh)
    for table in schemas.table_names():
        key = lambda r: r["id"]  # noqa: E731
        assert sorted(imported.all(table), key=key) == sorted(store.all(table), key=key)

    again = cli("--db", str(fresh), "import", str(out), "--json")
    report = json.loads(again.stdout)
    assert report["added"] == {} and report["unchanged"] == 5 and report["conflicts"] == []


def test_import_reports_conflicts_and_leaves_them(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "dump.json"
    cli("export", "--out", str(out))
    dump = orjson.loads(out.read_bytes())
    changed_id = "a0000000-0000-4000-8000-000000000001"
    dump["checkins"][changed_id]["mood"] = 1
    new_id = "a0000000-0000-4000-8000-000000000009"
    dump["checkins"][new_id] = {**dump["checkins"][changed_id], "id": new_id, "date": "2026-11-18"}
    out.write_bytes(orjson.dumps(dump))
    result = cli("import", str(out))
    assert result.exit_code == 0
    assert "Added 1 record (1 checkins)" in result.stdout
    assert changed_id in result.stdout and "left as it is" in result.stdout
    store = Store(db_path)
    assert store.get("checkins", changed_id)["mood"] == 4  # type: ignore[index]
    assert store.get("checkins", new_id) is not None


def test_import_dry_run_changes_nothing(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "dump.json"
    cli("export", "--out", str(out))
    fresh = tmp_path / "fresh" / "recover.json"
    result = cli("--db", str(fresh), "import", str(out), "--dry-run")
    assert result.exit_code == 0
    assert "Would add 5 records" in result.stdout and "nothing was changed" in result.stdout
    assert not fresh.exists()


def test_import_validates_everything_first(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "dump.json"
    cli("export", "--out", str(out))
    dump = orjson.loads(out.read_bytes())
    dump["triggers"]["b0000000-0000-4000-8000-000000000001"]["intensity"] = 11
    out.write_bytes(orjson.dumps(dump))
    fresh = tmp_path / "fresh" / "recover.json"
    result = cli("--db", str(fresh), "import", str(out))
    assert result.exit_code == 1
    assert "1 record is not valid, so nothing was imported" in result.stderr
    assert "triggers.intensity" in result.stderr
    assert not fresh.exists()


def test_import_refuses_non_json(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    result = cli("import", str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith("recover: FILE:")


def test_csv_folder_on_known_data(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "csv"
    result = cli("export", "-f", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert _mode(out) == 0o700
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{t}.csv" for t in schemas.table_names())
    assert all(_mode(p) == 0o600 for p in out.iterdir())
    rows = list(csv.reader(io.StringIO((out / "checkins.csv").read_text())))
    assert rows[0] == [
        "id", "date", "at", "mood", "craving", "sober", "gratitude", "note", "difficulty", "confidence",
        "created_at", "updated_at",
    ]  # fmt: skip
    by_id = {row[0]: row for row in rows[1:]}
    first = by_id["a0000000-0000-4000-8000-000000000001"]
    assert first[1:5] == ["2026-11-20", "2026-11-20T19:30:00+00:00", "4", "2"]
    assert json.loads(first[5]) == KNOWN["checkins"][0]["sober"]
    assert first[6] == "my sister called" and first[7] == "Quiet evening.\nWent to bed early."
    assert by_id["a0000000-0000-4000-8000-000000000002"][6:8] == ["", ""]
    triggers = list(csv.DictReader(io.StringIO((out / "triggers.csv").read_text())))
    assert triggers[0]["halt"] == '["hungry","tired"]' and triggers[0]["coping"] == ""
    skills = list(csv.DictReader(io.StringIO((out / "skill_sessions.csv").read_text())))
    assert skills[0]["completed"] == "true" and skills[0]["craving_after"] == "3"


def test_csv_zip(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "export.zip"
    result = cli("export", "-f", "csv", "-o", str(out))
    assert result.exit_code == 0
    assert _mode(out) == 0o600
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(f"{t}.csv" for t in schemas.table_names())
        counters = archive.read("counters.csv").decode()
    assert "alcohol" in counters and "office party" in counters


EXPECTED_MARKDOWN = """\
# recover journal

Exported 2026-11-20 20:00.
This file is private and not encrypted: keep it somewhere only you can read.

## Sunday 1 November 2026

### Counters

- 08:00 · alcohol: started

## Thursday 19 November 2026

### Check-in

- 21:00 · mood 2/5 · craving 8/10
- alcohol: not sober

### Counters

- 22:15 · alcohol: restarted, history kept
- Note:
  > office party

### Triggers

- 18:05 · office party, drinks offered · at work · with colleagues · feeling anxious · HALT: hungry, tired · \
intensity 8/10 · outcome: used

## Friday 20 November 2026

### Check-in

- 19:30 · mood 4/5 · craving 2/10 · difficulty 3/10 · confidence 8/10
- alcohol: sober
- Grateful for: my sister called
- Note:
  > Quiet evening.
  > Went to bed early.

### Skills

- 19:40 · box breathing · 10 min (completed) · craving 6 → 3
"""


def test_markdown_journal_on_known_data(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    out = tmp_path / "journal.md"
    result = cli("export", "--format", "markdown", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert _mode(out) == 0o600
    assert out.read_text() == EXPECTED_MARKDOWN


def test_markdown_since_and_stdout(cli, db_path: Path) -> None:
    seed(db_path)
    result = cli("export", "-f", "markdown", "--since", "2026-11-20", "-o", "-")
    assert result.exit_code == 0
    assert "## Friday 20 November 2026" in result.stdout
    assert "19 November" not in result.stdout
    assert "entries since 2026-11-20 00:00" in result.stdout


def test_json_since_keeps_recent_records(cli, db_path: Path) -> None:
    seed(db_path)
    result = cli("export", "--since", "2026-11-19 22:00", "--out", "-")
    dump = json.loads(result.stdout)
    assert list(dump["checkins"]) == ["a0000000-0000-4000-8000-000000000001"]
    assert dump["triggers"] == {}
    assert list(dump["counters"]) == ["c0000000-0000-4000-8000-000000000001"]  # restarted 22:15
    later = json.loads(cli("export", "--since", "2026-11-20 19:45", "--out", "-").stdout)
    assert later["checkins"] == {} and later["skill_sessions"] == {}
    assert later["meta"]["schema"]["schema_version"] == 3


def test_default_path_and_no_overwrite(cli, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(db_path)
    monkeypatch.chdir(tmp_path)
    first = cli("export")
    assert first.exit_code == 0
    target = tmp_path / "recover-export-20261120.json"
    assert target.exists() and _mode(target) == 0o600
    before = target.read_bytes()
    second = cli("export")
    assert second.exit_code == 1 and "--force" in second.stderr
    assert target.read_bytes() == before
    assert cli("export", "--force").exit_code == 0


def test_unknown_format_refused(cli, db_path: Path) -> None:
    result = cli("export", "--format", "xml")
    assert result.exit_code == 1 and "--format" in result.stderr


def test_import_an_encrypted_backup(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    env = {"RECOVER_PASSPHRASE_CMD": "printf 'long passphrase here'"}
    assert cli("encrypt", env=env).exit_code == 0
    fresh = tmp_path / "fresh" / "recover.json"
    result = cli("--db", str(fresh), "import", str(db_path), env=env)
    assert result.exit_code == 0, result.stderr
    assert "Added 5 records" in result.stdout


def test_out_folder_gets_the_default_name(cli, db_path: Path, tmp_path: Path) -> None:
    seed(db_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    result = cli("export", "-f", "markdown", "-o", str(folder))
    assert result.exit_code == 0, result.stderr
    assert (folder / "recover-export-20261120.md").read_text() == EXPECTED_MARKDOWN


def test_markdown_journal_entries_and_other_tables(cli, db_path: Path) -> None:
    store = seed(db_path)
    store.insert_records(
        "journal",
        [
            _rec(
                "e0000000-0000-4000-8000-000000000001",
                at="2026-11-20T19:50:00+00:00",
                text="Long day.\nWalked home instead of the pub.",
                tags=["evening", "win"],
                sensitive=False,
                template=None,
            )
        ],
    )
    journal = cli("export", "-f", "markdown", "-o", "-").stdout
    friday = journal[journal.index("## Friday 20 November 2026") :]
    assert "### Journal\n\n- 19:50 · #evening #win\n  > Long day.\n  > Walked home instead of the pub.\n" in friday


def test_export_into_a_pipe_writes_into_it_and_never_replaces_it(cli, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`--out /dev/null` or a FIFO: written into, never renamed over (a plain file would take
    the device's place for the whole machine)."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = cli("export", "--format", "json", "--out", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe
    assert json.loads(got[0])["meta"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pipe")]  # no temp file beside it


def test_export_over_a_link_writes_the_file_it_points_to(cli, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert cli("export", "--format", "json", "--out", str(link), "--force").exit_code == 0
    assert link.is_symlink() and target.read_text().startswith("{")
