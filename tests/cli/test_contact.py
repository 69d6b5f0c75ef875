"""`recover contact add/list/edit/remove/move` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path


def names(cli) -> list[str]:  # type: ignore[no-untyped-def]
    return [c["name"] for c in json.loads(cli("contact", "list", "--json").stdout)]


def test_add_and_list(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("contact", "add", "Sam", "--reach", "+44 7700 900123", "--role", "Sponsor", "--reachable", "Always")
    assert result.exit_code == 0
    assert "Added Sam (sponsor) at place 1, reachable 24/7." in result.stdout
    cli("contact", "add", "Jo", "--reach", "@jo", "--reachable", "fri 22:00-02:00", "--note", "text first")
    listing = cli("contact", "list").stdout.splitlines()
    assert listing[0].startswith(" 1. now Sam (sponsor)")
    assert listing[1].startswith(" 2.     Jo (peer)") and "(text first)" in listing[1]
    assert listing[1].endswith("(next Fri 22:00)")
    data = json.loads(cli("contact", "list", "--json").stdout)
    assert [(c["name"], c["position"], c["reachable_now"]) for c in data] == [("Sam", 1, True), ("Jo", 2, False)]
    assert data[1]["reachable"] == "fri 22:00-02:00" and data[1]["note"] == "text first"
    assert (data[0]["next_reachable"], data[1]["next_reachable"]) == (None, "2026-11-20T22:00+00:00")
    assert cli("contact").stdout == cli("contact", "list").stdout  # the group alone lists


def test_add_at_a_position(cli) -> None:  # type: ignore[no-untyped-def]
    cli("contact", "add", "A", "--reach", "1")
    cli("contact", "add", "B", "--reach", "2")
    assert cli("contact", "add", "C", "--reach", "3", "--position", "1").exit_code == 0
    assert names(cli) == ["C", "A", "B"]
    bad = cli("contact", "add", "D", "--reach", "4", "--position", "9")
    assert bad.exit_code == 1 and bad.stderr.startswith("recover: --position: use a number from 1 to 4")


def test_empty_list(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("contact", "list")
    assert result.exit_code == 0 and "recover contact add" in result.stdout
    assert json.loads(cli("contact", "list", "--json").stdout) == []
    assert not db_path.exists()


def test_bad_input_is_one_line_and_changes_nothing(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (("--reach", "1", "--role", "guru"), "recover: --role: use one of sponsor, peer, therapist, hotline, family."),
        (("--reach", "1", "--reachable", "evenings"), "recover: --reachable: "),
        (("--reach", "   "), "recover: --reach: "),
    ]
    for options, message in cases:
        result = cli("contact", "add", "Sam", *options)
        assert result.exit_code == 1
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert not db_path.exists()


def test_reach_is_required_without_a_terminal(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("contact", "add", "Sam")
    assert result.exit_code == 1 and result.stderr.startswith("recover: --reach: is required")
    assert not db_path.exists()
    asked = cli("contact", "add", "Sam", input="+1 555 0100\n", env={"RECOVER_INTERACTIVE": "1"})
    assert asked.exit_code == 0 and json.loads(cli("contact", "list", "--json").stdout)[0]["reach"] == "+1 555 0100"


def test_names_are_unique(cli) -> None:  # type: ignore[no-untyped-def]
    cli("contact", "add", "Sam", "--reach", "1")
    result = cli("contact", "add", "sam", "--reach", "2")
    assert result.exit_code == 1 and "already a contact called 'sam'" in result.stderr


def test_edit(cli) -> None:  # type: ignore[no-untyped-def]
    cli("contact", "add", "Sam", "--reach", "1", "--note", "old")
    cli("contact", "add", "Jo", "--reach", "2")
    result = cli("contact", "edit", "sam", "--reachable", "Mon-Fri 9:00-17:00", "--role", "therapist", "--note", "")
    assert result.exit_code == 0 and "mon-fri 09:00-17:00" in result.stdout
    data = json.loads(cli("contact", "list", "--json").stdout)[0]
    assert (data["role"], data["reachable"], data["note"]) == ("therapist", "mon-fri 09:00-17:00", None)
    assert cli("contact", "edit", "2", "--name", "Joanna").exit_code == 0  # by place in the chain
    assert names(cli) == ["Sam", "Joanna"]
    clash = cli("contact", "edit", "Joanna", "--name", "SAM")
    assert clash.exit_code == 1 and "already a contact" in clash.stderr
    nothing = cli("contact", "edit", "Sam")
    assert nothing.exit_code == 1 and nothing.stderr.startswith("recover: options: say what to change")
    missing = cli("contact", "edit", "Nobody", "--reach", "3")
    assert missing.exit_code == 1 and "No contact called 'Nobody' (contacts: Sam, Joanna)" in missing.stderr


def test_move(cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("A", "B", "C", "D"):
        cli("contact", "add", name, "--reach", "x")
    result = cli("contact", "move", "D", "2")
    assert result.exit_code == 0
    assert [row.split()[1] if "now" not in row else row.split()[2] for row in result.stdout.splitlines()] == [
        "A",
        "D",
        "B",
        "C",
    ]
    assert cli("contact", "move", "A", "4").exit_code == 0
    assert names(cli) == ["D", "B", "C", "A"]
    assert [c["position"] for c in json.loads(cli("contact", "list", "--json").stdout)] == [1, 2, 3, 4]
    bad = cli("contact", "move", "A", "0")
    assert bad.exit_code == 1 and bad.stderr.startswith("recover: position: use a number from 1 to 4.")
    assert cli("contact", "move", "A", "x").exit_code == 2  # not a number: usage error


def test_remove_asks_and_closes_the_gap(cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("A", "B", "C"):
        cli("contact", "add", name, "--reach", "x")
    refused = cli("contact", "remove", "B")
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert names(cli) == ["A", "B", "C"]
    kept = cli("contact", "remove", "B", input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert kept.exit_code == 0 and "Nothing changed." in kept.stdout and names(cli) == ["A", "B", "C"]
    assert cli("contact", "remove", "B", "--yes").exit_code == 0
    data = json.loads(cli("contact", "list", "--json").stdout)
    assert [(c["name"], c["position"]) for c in data] == [("A", 1), ("C", 2)]
    assert cli("contact", "remove", "B", "--yes").exit_code == 1


def test_contact_records_match_the_schema_shape(cli, store) -> None:  # type: ignore[no-untyped-def]
    cli("contact", "add", "Sam", "--reach", "1", "--role", "hotline")
    record = store.all("contacts")[0]
    assert set(record) == {"id", "name", "reach", "role", "reachable", "position", "note", "created_at", "updated_at"}


def test_json_is_the_stored_fields_then_id_and_reachability(cli, store) -> None:  # type: ignore[no-untyped-def]
    cli("contact", "add", "Sam", "--reach", "+1 555 0100", "--role", "sponsor", "--note", "call first")
    (stored,) = store.all("contacts")
    (shown,) = json.loads(cli("contact", "list", "--json").stdout)
    fields = {k: v for k, v in stored.items() if k not in {"id", "created_at", "updated_at"}}
    assert list(shown.items()) == [
        *fields.items(),
        ("id", stored["id"]),
        ("reachable_now", True),
        ("next_reachable", None),
    ]
    assert list(stored) == [
        "id", "name", "reach", "role", "reachable", "position", "note", "created_at", "updated_at"
    ]  # fmt: skip
