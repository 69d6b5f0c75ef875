"""Regression tests for problems found by end-to-end QA of the merged product."""

from __future__ import annotations

import json
from pathlib import Path


def test_checkin_after_a_relapse_today_does_not_say_sober(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "-10d").exit_code == 0
    assert cli("relapse", "alcohol", "--at", "-1h").exit_code == 0
    result = cli("checkin", "--mood", "3", "--craving", "3", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    answers = record.get("sober") or record["checkin"]["sober"]
    assert [a["sober"] for a in answers] == [False]


def test_not_sober_hint_names_a_command_that_exists(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "-10d").exit_code == 0
    result = cli("checkin", "--mood", "2", "--craving", "8", "--not-sober", "alcohol", "--add")
    assert "recover relapse alcohol" in result.output
    assert "counter relapse" not in result.output


def test_import_does_not_congratulate_old_milestones(cli, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "2026-01-01").exit_code == 0
    out = tmp_path / "export.json"
    assert cli("export", "--format", "json", "--out", str(out)).exit_code == 0
    other = tmp_path / "other" / "recover.json"
    imported = cli("--db", str(other), "import", str(out))
    assert imported.exit_code == 0, imported.output
    assert "Milestone" not in imported.output
    after = cli("--db", str(other), "where")
    assert "Milestone" not in after.output


def test_sos_on_an_unreadable_file_does_not_claim_no_country_was_set(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("config", "set", "country", "GB").exit_code == 0
    db_path.write_text("{broken")
    result = cli("sos", env={"LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.exit_code == 0
    assert "No country set" not in result.stdout
    assert "could not be read" in result.stdout
    assert db_path.read_text() == "{broken"


def test_backup_list_keeps_names_whole_at_80_columns(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("config", "set", "currency", "€").exit_code == 0
    assert cli("backup", "create").exit_code == 0
    listed = cli("backup", "list", "--json")
    names = [row["name"] for row in __import__("json").loads(listed.stdout)]
    shown = cli("backup", "list", env={"COLUMNS": "80"}).stdout
    assert names and all(name in shown for name in names)


def test_skill_stats_shows_change_with_the_same_sign_as_insights(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "skill",
        "start",
        "walking",
        "--minutes",
        "1",
        "--quiet",
        "--craving-before",
        "7",
        "--craving-after",
        "3",
        env={"RECOVER_CLOCK_SPEED": "6000"},
    )
    assert result.exit_code == 0, result.output
    stats = cli("skill", "stats").stdout
    assert "-4.0" in stats and "- means it eased" in stats


def test_absurd_cost_per_day_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("counter", "add", "zz", "--cost-per-day", "1e308")
    assert result.exit_code == 1 and "--cost-per-day" in result.stderr
