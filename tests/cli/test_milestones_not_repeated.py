"""Milestones already behind are not announced again after `recover import` or
`recover backup restore`, while a congratulation still due for another counter is kept."""

from __future__ import annotations

from pathlib import Path

SEVEN_DAYS = "Milestone: 7 days free from alcohol. That took work, and it counts.\n"
DAY1 = {"RECOVER_NOW": "2026-11-14T09:00:00+00:00"}
LATER = {"RECOVER_NOW": "2026-11-20T21:00:00+00:00"}
LATER_STILL = {"RECOVER_NOW": "2026-11-20T21:10:00+00:00"}


def test_backup_restore_does_not_announce_a_milestone_again(cli, db_path: Path) -> None:
    assert cli("counter", "add", "alcohol", "--since", "2026-11-13 20:30", env=DAY1).exit_code == 0
    # the first write of 20 November copies the file as it was (before 7 days), then congratulates
    said = cli("config", "set", "pseudonym", "river", env=LATER)
    assert said.stderr == SEVEN_DAYS
    restored = cli("backup", "restore", "--yes", env=LATER_STILL)
    assert restored.exit_code == 0, restored.stderr
    after = cli("share", "alcohol", env=LATER_STILL)
    assert "river" not in after.stdout  # the older copy is back (no pseudonym yet)
    assert after.stderr == ""  # 7 days was said before the restore: not again
    assert cli("status", env=LATER_STILL).stderr == ""


def test_import_marks_milestones_behind_imported_counters_archived_too(cli, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "laptop.json"
    cli("--db", str(other), "counter", "add", "gambling", "--since", "400d", env=DAY1)
    cli("--db", str(other), "counter", "add", "nicotine", "--since", "200d", env=DAY1)
    cli("--db", str(other), "counter", "archive", "nicotine", env=DAY1)
    assert cli("counter", "add", "alcohol", "--since", "2026-11-13 20:30", env=DAY1).exit_code == 0
    imported = cli("import", str(other), env=LATER)
    assert imported.exit_code == 0 and "Added 2 records" in imported.stdout
    # alcohol's own 7 days was due before the import and is still said, once; nothing imported is
    assert imported.stderr == SEVEN_DAYS
    assert cli("status", env=LATER_STILL).stderr == ""
    assert cli("counter", "archive", "nicotine", "--restore", env=LATER_STILL).stderr == ""


def test_doctor_repair_from_a_backup_does_not_announce_a_milestone_again(cli, db_path: Path) -> None:
    assert cli("counter", "add", "alcohol", "--since", "2026-11-13 20:30", env=DAY1).exit_code == 0
    assert cli("config", "set", "pseudonym", "river", env=LATER).stderr == SEVEN_DAYS  # makes the daily copy
    db_path.write_bytes(b'{"counters": {"x": ')  # damaged
    fixed = cli("doctor", "--repair", "--yes", env=LATER_STILL)
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    after = cli("share", "alcohol", env=LATER_STILL)
    assert after.exit_code == 0 and after.stderr == ""
