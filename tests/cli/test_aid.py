"""`recover aid` (random), `aid add`, `aid list`, `aid remove` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path


def test_empty(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("aid")
    assert result.exit_code == 0 and "recover aid add" in result.stdout
    assert json.loads(cli("aid", "--json").stdout) is None
    assert "No first-aid messages yet" in cli("aid", "list").stdout
    assert not db_path.exists()


def test_add_list_random_remove(cli) -> None:  # type: ignore[no-untyped-def]
    added = cli("aid", "add", "You got through last Friday.", "--from", "Sam")
    assert added.exit_code == 0 and "Saved (" in added.stdout
    cli("aid", "add", "Breathe.\nThen call someone.")
    data = json.loads(cli("aid", "list", "--json").stdout)
    assert [(m["text"], m["from"]) for m in data] == [
        ("You got through last Friday.", "Sam"),
        ("Breathe.\nThen call someone.", None),
    ]
    listing = cli("aid", "list").stdout.splitlines()
    assert listing[0] == f"{data[0]['id'][:8]}  You got through last Friday.  (from Sam)"
    assert listing[1].endswith("Breathe. ...")
    shown = {cli("aid").stdout for _ in range(25)}
    assert shown <= {"You got through last Friday.\n  (from Sam)\n", "Breathe.\nThen call someone.\n"}
    assert len(shown) == 2  # random: both appear in 25 tries (chance of failure 2 * 0.5**25)
    refused = cli("aid", "remove", data[0]["id"][:6])
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert cli("aid", "remove", data[0]["id"][:6], "--yes").exit_code == 0
    assert [m["from"] for m in json.loads(cli("aid", "list", "--json").stdout)] == [None]
    missing = cli("aid", "remove", "zzzz", "--yes")
    assert missing.exit_code == 1 and "recover aid list" in missing.stderr


def test_bad_text(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("aid", "add", "   ")
    assert result.exit_code == 1 and result.stderr.startswith("recover: text: ")
    long_from = cli("aid", "add", "ok", "--from", "x" * 61)
    assert long_from.exit_code == 1 and long_from.stderr.startswith("recover: --from: ")
    assert not db_path.exists()


def test_json_names_the_source_from_and_shows_when_saved_as_stored(cli, store) -> None:  # type: ignore[no-untyped-def]
    cli("aid", "add", "You got through last Friday.", "--from", "Sam", env={"RECOVER_NOW": "2026-11-21T09:30:00+02:00"})
    (stored,) = store.all("aid_messages")
    assert list(stored) == ["id", "text", "source", "created_at", "updated_at"]
    printed = {"id": stored["id"], "text": stored["text"], "from": "Sam", "created_at": "2026-11-21T09:30:00+02:00"}
    assert list(json.loads(cli("aid", "--json").stdout).items()) == list(printed.items())
    assert json.loads(cli("aid", "list", "--json").stdout) == [printed]
    assert json.loads(cli("sos", "--json").stdout)["first_aid"] == printed
