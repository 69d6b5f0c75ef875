"""`recover reward` through the real Typer app: add, list, remove, balance, claim, history."""

from __future__ import annotations

import json


def earn(cli, meetings: int) -> None:
    for index in range(meetings):
        assert cli("meeting", "log", "--format", "online", "--at", f"-{index + 1}h").exit_code == 0


def test_add_and_list(cli):
    earn(cli, 2)  # 6 points
    result = cli("reward", "add", "new book", "--cost", "30", "--note", "the one by the window")
    assert result.exit_code == 0
    assert "Added: new book for 30 points." in result.stdout
    assert "Your balance is 6: 24 points to go." in result.stdout
    assert "claim it now" in cli("reward", "add", "coffee out", "--cost", "5").stdout
    listing = cli("reward", "list")
    assert "Balance: 6 points" in listing.stdout
    assert listing.stdout.index("coffee out") < listing.stdout.index("new book")
    assert "24 to go" in listing.stdout
    data = json.loads(cli("reward", "list", "--json").stdout)
    assert data["balance"] == 6
    assert [(r["name"], r["ready"], r["to_go"]) for r in data["rewards"]] == [
        ("coffee out", True, 0),
        ("new book", False, 24),
    ]


def test_add_refusals(cli, db_path):
    bad = cli("reward", "add", "book", "--cost", "0")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("recover: --cost: use a whole number of points")
    assert not db_path.exists()
    cli("reward", "add", "book", "--cost", "3")
    dup = cli("reward", "add", "BOOK", "--cost", "4")
    assert dup.exit_code == 1
    assert dup.stderr == "recover: name: there is already a reward called 'BOOK'.\n"
    assert cli("reward", "add", "book").exit_code == 2  # --cost is required: usage error


def test_balance_breakdown(cli, store, now):
    earn(cli, 1)
    store.insert(
        "checkins",
        {
            "date": "2026-11-20",
            "at": "2026-11-20T09:00:00+00:00",
            "mood": 3,
            "craving": 4,
            "sober": [],
            "gratitude": None,
            "note": None,
            "difficulty": None,
            "confidence": None,
        },
        now=now,
    )
    result = cli("reward", "balance")
    assert result.exit_code == 0
    assert result.stdout.startswith("Points balance: 4\n")
    assert "check-in days        1 × 1  =      1" in result.stdout
    assert "meetings             1 × 3  =      3" in result.stdout
    assert "No rewards yet." in result.stdout
    cli("config", "set", "points.checkin", "5")
    data = json.loads(cli("reward", "balance", "--json").stdout)
    assert (data["balance"], data["earned"], data["claimed"]) == (8, 8, 0)
    assert data["sources"][0] == {"key": "checkin", "label": "check-in days", "count": 1, "points_each": 5, "points": 5}


def test_claim_refused_with_shortfall_then_allowed(cli, db_path):
    earn(cli, 3)  # 9 points
    cli("reward", "add", "new book", "--cost", "10")
    before = db_path.read_bytes()
    refused = cli("reward", "claim", "new book")
    assert refused.exit_code == 1
    assert refused.stdout == ""
    assert (
        refused.stderr
        == "recover: 'new book' costs 10 points and your balance is 9: 1 more to go. Nothing was claimed.\n"
    )
    assert db_path.read_bytes() == before
    earn(cli, 1)
    claimed = cli("reward", "claim", "New Book", "--note", "paperback")
    assert claimed.exit_code == 0
    assert "Claimed: new book for 10 points." in claimed.stdout
    assert "Balance: 2 points." in claimed.stdout
    assert cli("reward", "claim", "nothing-like-it").exit_code == 1


def test_history_json_and_balance_after_deleting_a_meeting(cli):
    earn(cli, 2)
    cli("reward", "add", "coffee out", "--cost", "5")
    data = json.loads(cli("reward", "claim", "coffee out", "--json").stdout)
    assert data["balance"] == 1
    history = json.loads(cli("reward", "history", "--json").stdout)
    assert len(history) == 1
    assert {k: history[0][k] for k in ("reward", "cost", "at", "note")} == {
        "reward": "coffee out",
        "cost": 5,
        "at": "2026-11-20T20:00:00+00:00",
        "note": None,
    }
    assert "coffee out" in cli("reward", "history").stdout
    meetings = json.loads(cli("meeting", "list", "--json").stdout)
    cli("meeting", "delete", meetings[0]["id"], "--yes")
    assert json.loads(cli("reward", "balance", "--json").stdout)["balance"] == -2


def test_history_empty(cli):
    result = cli("reward", "history")
    assert result.exit_code == 0
    assert result.stdout == "No rewards claimed yet.\n"
    assert json.loads(cli("reward", "history", "--json").stdout) == []


def test_remove_asks_and_keeps_claims(cli, store):
    earn(cli, 2)
    cli("reward", "add", "coffee out", "--cost", "5")
    cli("reward", "claim", "coffee out")
    refused = cli("reward", "remove", "coffee out")
    assert refused.exit_code == 1
    assert store.count("rewards") == 1
    removed = cli("reward", "remove", "coffee out", "--yes")
    assert removed.exit_code == 0
    assert "Removed: coffee out." in removed.stdout
    assert store.count("rewards") == 0
    assert len(json.loads(cli("reward", "history", "--json").stdout)) == 1
    missing = cli("reward", "remove", "coffee out", "--yes")
    assert missing.exit_code == 1
    assert "No reward called 'coffee out'" in missing.stderr


def test_help_has_examples(cli):
    assert "recover reward add 'new book' --cost 30" in cli("--help").stdout
    for command in ("add", "list", "remove", "balance", "claim", "history"):
        assert "Example: recover reward" in cli("reward", command, "--help").stdout
