"""`recover reason` through the real CLI at the frozen time (add, list, edit, remove, --json,
bad values), and where reasons show: `recover sos` after the crisis lines and reachable
contacts (and never an error on a locked or damaged file), and after a check-in or trigger
with a craving of 7 or more."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from recovery_tui import wording
from recovery_tui.store import Store

PASS = "a long passphrase"
CMD = {"RECOVER_PASSPHRASE_CMD": f"printf '{PASS}'"}


def one_line(result: Any) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


def test_add_list_edit_remove(cli: Any, store: Store) -> None:
    assert "No reasons yet" in cli("reason").stdout
    result = cli("reason", "add", "  I want to be there for my kids  ")
    assert result.exit_code == 0 and "Saved as reason 1" in result.stdout
    added = json.loads(cli("reason", "add", "Clear mornings\nand a clear head", "--json").stdout)
    assert (added["number"], added["text"]) == (2, "Clear mornings\nand a clear head")
    [first, second] = store.all("reasons")
    assert first["text"] == "I want to be there for my kids"
    assert first["created_at"] == "2026-11-20T20:00:00+00:00"
    listed = cli("reason", "list").stdout.splitlines()
    assert listed == [
        f"1. I want to be there for my kids  ({first['id'][:8]})",
        f"2. Clear mornings  ({second['id'][:8]})",
        "   and a clear head",
    ]
    assert cli("reason").stdout == cli("reason", "list").stdout
    assert cli("reason", "edit", "2", "Clear mornings").exit_code == 0
    assert cli("reason", "edit", first["id"][:6], "My kids").exit_code == 0
    data = json.loads(cli("reason", "list", "--json").stdout)
    assert data == [
        {"number": 1, "id": first["id"], "text": "My kids"},
        {"number": 2, "id": second["id"], "text": "Clear mornings"},
    ]
    result = cli("reason", "remove", "1", "--yes")
    assert result.exit_code == 0 and "Deleted." in result.stdout
    assert [r["text"] for r in store.all("reasons")] == ["Clear mornings"]


def test_remove_asks_first_at_a_terminal(cli: Any, store: Store) -> None:
    cli("reason", "add", "my kids")
    result = cli("reason", "remove", "1", input="n\n", env={"RECOVER_INTERACTIVE": "1"})
    assert result.exit_code == 0 and "Nothing changed." in result.stdout
    assert len(store.all("reasons")) == 1


@pytest.mark.parametrize(
    ("args", "start", "code"),
    [
        (("reason", "add", "   "), "recover: TEXT: write your reason in your own words", 1),
        (("reason", "add", "x" * 501), "recover: TEXT: keep it to 500 characters or fewer.", 1),
        (("reason", "edit", "1", ""), "recover: TEXT: write your reason in your own words", 1),
        (("reason", "edit", "3", "words"), "recover: No reason has the number or id '3' (numbers: 1 to 1;", 1),
        (("reason", "remove", "0", "--yes"), "recover: No reason has the number or id '0'", 1),
        (("reason", "remove", "--yes"), "Missing argument 'N|ID'", 2),
    ],
)
def test_bad_values_are_one_line_and_change_nothing(
    cli: Any, store: Store, args: tuple[str, ...], start: str, code: int
) -> None:
    cli("reason", "add", "my kids")
    before = store.all("reasons")
    result = cli(*args)
    assert result.exit_code == code
    if code == 1:
        assert one_line(result).startswith(start)
    else:
        assert start in result.stderr
    assert store.all("reasons") == before


def _sos_with_contact_and_reason(cli: Any) -> None:
    assert (
        cli("contact", "add", "Sam", "--reach", "+44 7700", "--role", "sponsor", "--reachable", "24/7").exit_code == 0
    )
    assert cli("reason", "add", "I want to be there for my kids").exit_code == 0


def test_sos_shows_reasons_after_crisis_lines_and_contacts(cli: Any) -> None:
    _sos_with_contact_and_reason(cli)
    result = cli("sos")
    assert result.exit_code == 0
    out = result.stdout
    crisis, contacts = out.index(wording.SOS_CRISIS_HEADING), out.index(wording.SOS_CONTACTS_HEADING)
    reasons, aid = out.index(wording.SOS_REASONS_HEADING), out.index(wording.SOS_AID_HEADING)
    assert crisis < contacts < out.index("Sam (sponsor)") < reasons < out.index("• I want to be there") < aid
    assert json.loads(cli("sos", "--json").stdout)["reasons"] == ["I want to be there for my kids"]


def test_sos_without_reasons_has_no_reasons_section(cli: Any) -> None:
    result = cli("sos")
    assert result.exit_code == 0 and wording.SOS_REASONS_HEADING not in result.stdout
    assert json.loads(cli("sos", "--json").stdout)["reasons"] == []


def test_sos_on_a_locked_file_shows_no_reasons_and_no_error(cli: Any) -> None:
    _sos_with_contact_and_reason(cli)
    assert cli("encrypt", env=CMD).exit_code == 0
    result = cli("sos")
    assert result.exit_code == 0 and result.stderr == ""
    assert wording.SOS_CRISIS_HEADING in result.stdout and "there for my kids" not in result.stdout
    assert json.loads(cli("sos", "--json").stdout)["reasons"] == []
    unlocked = cli("sos", env=CMD)
    assert unlocked.exit_code == 0 and "• I want to be there for my kids" in unlocked.stdout


def test_sos_on_a_damaged_reason_still_shows_everything_else(cli: Any, db_path: Path) -> None:
    _sos_with_contact_and_reason(cli)
    data = json.loads(db_path.read_text())
    for record in data["reasons"].values():
        record["text"] = 42  # not a reason any more
    db_path.write_text(json.dumps(data))
    result = cli("sos")
    assert result.exit_code == 0
    assert wording.SOS_CRISIS_HEADING in result.stdout
    assert wording.SOS_REASONS_HEADING not in result.stdout


def test_a_strong_craving_at_check_in_shows_the_reasons_after_saving(cli: Any) -> None:
    cli("reason", "add", "my kids")
    cli("reason", "add", "clear mornings")
    calm = cli("checkin", "--mood", "3", "--craving", "6")
    assert calm.exit_code == 0 and wording.REASONS_AFTER_CRAVING not in calm.stdout
    strong = cli("checkin", "--mood", "3", "--craving", "7", "--add")
    assert strong.exit_code == 0
    lines = strong.stdout.splitlines()
    assert lines[0].startswith("Check-in saved")
    at = lines.index(wording.REASONS_AFTER_CRAVING)
    assert sorted(lines[at + 1 :]) == ["  • clear mornings", "  • my kids"]
    assert "REASONS" not in cli("checkin", "--mood", "3", "--craving", "9", "--add", "--json").stdout.upper()


def test_a_strong_trigger_shows_the_reasons_after_logging(cli: Any) -> None:
    cli("reason", "add", "my kids")
    calm = cli("trigger", "payday", "--intensity", "6")
    assert calm.exit_code == 0 and "my kids" not in calm.stdout
    strong = cli("trigger", "payday", "--intensity", "7")
    assert strong.exit_code == 0
    assert strong.stdout.splitlines()[-2:] == [wording.REASONS_AFTER_CRAVING, "  • my kids"]


def test_no_reasons_means_no_lines_after_a_strong_craving(cli: Any) -> None:
    result = cli("checkin", "--mood", "3", "--craving", "9")
    assert result.exit_code == 0 and wording.REASONS_AFTER_CRAVING not in result.stdout
