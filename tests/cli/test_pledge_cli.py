"""`recover pledge`: one pledge per local day (a second one changes that day's words), the
list, and removing one made by mistake. The clock is frozen (2026-11-20 20:00 UTC)."""

from __future__ import annotations

import json
from typing import Any


def test_pledge_once_a_day_and_change_its_words(cli: Any) -> None:
    first = cli("pledge")
    assert first.exit_code == 0 and first.stdout.startswith("Pledged for today (2026-11-20).")
    words = cli("pledge", "one day at a time")
    assert "pledged for today already, so its words are changed. Your words: one day at a time" in words.stdout
    assert "You have pledged for today already. Your words: one day at a time" in cli("pledge").stdout
    listed = json.loads(cli("pledge", "list", "--json").stdout)
    assert [(p["date"], p["text"]) for p in listed] == [("2026-11-20", "one day at a time")]
    assert "It has no words now." in cli("pledge", "").stdout
    assert "2026-11-20  (no words)" in cli("pledge", "list").stdout


def test_make_takes_a_subcommand_name_as_words(cli: Any) -> None:
    cli("pledge", "make", "list")
    assert json.loads(cli("pledge", "list", "--json").stdout)[0]["text"] == "list"


def test_remove_a_pledge_by_day(cli: Any) -> None:
    assert "No pledges yet" in cli("pledge", "list").stdout
    cli("pledge", "stay kind to myself", env={"RECOVER_NOW": "2026-11-19T08:00:00+00:00"})
    cli("pledge")
    refused = cli("pledge", "remove", "yesterday")
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert "Removed the pledge for 2026-11-19." in cli("pledge", "remove", "yesterday", "--yes").stdout
    assert [p["date"] for p in json.loads(cli("pledge", "list", "--json").stdout)] == ["2026-11-20"]
    (left,) = json.loads(cli("pledge", "list", "--json").stdout)
    assert "Removed the pledge for 2026-11-20." in cli("pledge", "remove", left["id"][:8], "--yes").stdout
    missing = cli("pledge", "remove", "2026-11-01", "--yes")
    assert missing.exit_code == 1 and "There is no pledge for 2026-11-01." in missing.stderr


def test_words_longer_than_280_are_refused_in_one_line(cli: Any) -> None:
    result = cli("pledge", "x" * 281)
    assert result.exit_code == 1 and result.stderr.startswith("recover: TEXT: keep it to 280")
    assert cli("pledge", "list", "--json").stdout.strip() == "[]"


def test_insights_count_the_days_that_began_with_a_pledge(cli: Any) -> None:
    assert "began with a pledge" not in cli("insights").stdout  # nothing said when there are none
    for day in ("2026-11-02", "2026-11-18", "2026-11-19"):
        cli("pledge", env={"RECOVER_NOW": f"{day}T08:00:00+00:00"})
    cli("pledge")
    assert json.loads(cli("insights", "--json", "--since", "7d").stdout)["pledge_days"] == 3
    assert "4 days began with a pledge." in cli("insights", "--since", "30d").stdout


def test_today_shows_the_pledge(cli: Any) -> None:
    assert "Pledged" not in cli("today").stdout
    cli("pledge", "call Sam tonight")
    assert "Pledged: call Sam tonight" in cli("today").stdout
    assert json.loads(cli("today", "--json").stdout)["pledge"]["text"] == "call Sam tonight"
