"""The check-in's optional evening ratings, difficulty and confidence (0-10), through the real
CLI at the frozen time: flags, skipping, amending, `today`, `insights` (text and --json), and
migration 2 -> 3 of a stored file (with its backup copy)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from recovery_tui.store import Store, migrations


def test_flags_are_stored_shown_and_printed_as_json(cli: Any, store: Store) -> None:
    result = cli("checkin", "--mood", "4", "--craving", "2", "--difficulty", "6", "--confidence", "8")
    assert result.exit_code == 0, result.stderr
    assert "craving 2/10 · difficulty 6/10 · confidence 8/10" in result.stdout
    [record] = store.all("checkins")
    assert (record["difficulty"], record["confidence"]) == (6, 8)
    shown = cli("today").stdout
    assert "difficulty 6/10 · confidence 8/10" in shown
    printed = json.loads(cli("today", "--json").stdout)["checkins"][0]
    assert (printed["difficulty"], printed["confidence"]) == (6, 8)


def test_skipped_ratings_are_null_and_not_shown(cli: Any, store: Store) -> None:
    result = cli("checkin", "--mood", "4", "--craving", "2", "--difficulty", "", "--json")
    assert result.exit_code == 0, result.stderr
    saved = json.loads(result.stdout)["checkin"]
    assert (saved["difficulty"], saved["confidence"]) == (None, None)
    assert "difficulty" not in cli("today").stdout and "confidence" not in cli("today").stdout


def test_amend_keeps_ratings_not_given_and_changes_the_one_given(cli: Any, store: Store) -> None:
    cli("checkin", "--mood", "2", "--craving", "5", "--difficulty", "9", "--confidence", "3")
    result = cli("checkin", "--amend", "--confidence", "5")
    assert result.exit_code == 0, result.stderr
    [record] = store.all("checkins")
    assert (record["mood"], record["difficulty"], record["confidence"]) == (2, 9, 5)


def test_bad_rating_is_one_line_naming_the_flag_and_range(cli: Any, db_path: Path) -> None:
    for flag in ("--difficulty", "--confidence"):
        result = cli("checkin", "--mood", "3", "--craving", "2", flag, "11")
        assert result.exit_code == 1
        assert result.stderr.strip() == f"recover: {flag}: 11 is out of range; use a whole number 0-10."
    assert not db_path.exists()


def _checkin(cli: Any, day: date, craving: int, *ratings: str) -> None:
    args = ("checkin", "--mood", "3", "--craving", str(craving), "--date", day.isoformat(), "--add", *ratings)
    assert cli(*args).exit_code == 0


def test_insights_chart_confidence_beside_craving_and_mean_difficulty(cli: Any, now: Any) -> None:
    today = now.date()
    _checkin(cli, today - timedelta(days=8), 4, "--confidence", "4", "--difficulty", "7")
    _checkin(cli, today - timedelta(days=7), 3, "--confidence", "6")
    _checkin(cli, today - timedelta(days=1), 2, "--confidence", "8", "--difficulty", "4")
    _checkin(cli, today, 2)
    for day in range(2, 6):
        _checkin(cli, today - timedelta(days=day), 3)
    data = json.loads(cli("insights", "--since", "14d", "--json").stdout)
    rated = [w for w in data["weekly_confidence"] if w["mean"] is not None]
    assert [(w["mean"], w["checkins"]) for w in rated] == [(5.0, 2), (8.0, 1)]
    assert len(data["weekly_confidence"]) == len(data["weekly_craving"])
    assert data["difficulty"] == {"mean": 5.5, "checkins": 2}
    text = cli("insights", "--since", "14d").stdout
    assert "Weekly mean confidence" in text
    assert text.index("Weekly mean craving") < text.index("Weekly mean confidence")
    assert "mean 5.5 over 2 rated check-ins" in text


def test_insights_without_ratings_show_no_confidence_chart(cli: Any, now: Any) -> None:
    for day in range(6):
        _checkin(cli, now.date() - timedelta(days=day), 3)
    data = json.loads(cli("insights", "--json").stdout)
    assert all(w["mean"] is None for w in data["weekly_confidence"])
    assert data["difficulty"] == {"mean": None, "checkins": 0}
    assert "confidence" not in cli("insights").stdout


V2_CHECKIN = {
    "id": "c-1",
    "date": "2026-11-19",
    "at": "2026-11-19T21:00:00+00:00",
    "mood": 3,
    "craving": 4,
    "sober": [],
    "gratitude": None,
    "note": "kept",
    "created_at": "2026-11-19T21:00:00+00:00",
    "updated_at": "2026-11-19T21:00:00+00:00",
}


def test_migration_2_to_3_adds_null_ratings_and_nothing_else(now: Any) -> None:
    v2 = {"meta": {"schema": {"schema_version": 2}, "other": 1}, "checkins": {"c-1": V2_CHECKIN}, "triggers": {}}
    before = json.dumps(v2)
    migrated = migrations.migrate(v2, now)
    assert json.dumps(v2) == before  # pure: the input is not changed
    assert migrated["meta"] == {"schema": {"schema_version": 3}, "other": 1}
    assert migrated["checkins"]["c-1"] == {**V2_CHECKIN, "difficulty": None, "confidence": None}
    assert migrated["triggers"] == {}
    assert migrations.migrate({"meta": {"schema": {"schema_version": 2}}}, now)["meta"]["schema"]["schema_version"] == 3


def test_a_version_2_file_is_backed_up_then_migrated_on_first_write(cli: Any, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    v2 = {"meta": {"schema": {"schema_version": 2}}, "checkins": {"c-1": V2_CHECKIN}}
    db_path.write_text(json.dumps(v2))
    result = cli("checkin", "--mood", "4", "--craving", "1", "--confidence", "9")
    assert result.exit_code == 0, result.stderr
    store = Store(db_path)
    assert store.schema_version() == migrations.CURRENT_VERSION == 3
    old = store.get("checkins", "c-1")
    assert (old["note"], old["difficulty"], old["confidence"]) == ("kept", None, None)
    copies = list(db_path.parent.glob("**/*pre-v3*"))
    assert len(copies) == 1
    assert json.loads(copies[0].read_text())["meta"]["schema"]["schema_version"] == 2


def test_each_rating_question_fits_an_80_column_line() -> None:
    from recovery_tui.cli.checkin_flow import RATING_QUESTIONS

    for question in RATING_QUESTIONS.values():
        asked = question.format(day="on Wed 30 Sep") + ": "  # the longest day, as the prompt ends
        assert len(asked) <= 80, asked
