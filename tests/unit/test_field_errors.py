"""InvalidInput carries a domain field apart from its sentence; the CLI names the field as
the command calls it (cli/flags.py), from a map that lists only the differences."""

from __future__ import annotations

import pytest

from recovery_tui import messages
from recovery_tui.cli.flags import FLAGS, describe, flag_for
from recovery_tui.core.checkin import check_day, parse_mood
from recovery_tui.errors import AlreadyExists, Conflict, InvalidInput, NotFound


def test_an_invalid_input_keeps_its_field_apart_from_its_sentence() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_mood("9")
    assert caught.value.field == "mood"
    assert caught.value.message == "9 is out of range; use a whole number 1-5."
    assert str(caught.value) == "mood: 9 is out of range; use a whole number 1-5."
    assert "--" not in caught.value.message


def test_a_whole_record_problem_has_no_field() -> None:
    error = InvalidInput(None, messages.SESSION_SAVED)
    assert error.field is None and str(error) == "This session is already saved."
    assert describe(error, "skill start") == "This session is already saved."


def test_already_exists_is_both_a_conflict_and_an_invalid_input() -> None:
    error = AlreadyExists("mode", "2026-11-20 already has a check-in.")
    assert isinstance(error, Conflict) and isinstance(error, InvalidInput)
    assert error.removed is False and error.field == "mode"
    assert describe(error, "checkin") == "--amend/--add: 2026-11-20 already has a check-in."


def test_the_flag_is_the_option_of_the_command_else_the_field_itself() -> None:
    assert flag_for("counter add", "cost_per_day", {"--since", "--cost-per-day"}) == "--cost-per-day"
    assert flag_for("counter add", "name", {"--since", "--cost-per-day"}) == "name"  # the argument
    assert flag_for("config set", "RECOVER_NOW", {"--db"}) == "RECOVER_NOW"
    assert flag_for("checkin", "mood") == "--mood"  # options not known: the fast check-in path


def test_the_map_lists_only_the_differences() -> None:
    assert flag_for("checkin", "day") == "--date"
    assert flag_for("skill edit", "skill", {"--name"}) == "name"
    for command, fields in FLAGS.items():
        for field, flag in fields.items():
            assert flag != "--" + field.replace("_", "-"), (command, field)


def test_core_checks_name_domain_fields() -> None:
    from datetime import date, datetime, timezone

    now = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)
    with pytest.raises(InvalidInput) as caught:
        check_day(date(2026, 11, 21), now)
    assert caught.value.field == "day"
    assert describe(caught.value, "checkin").startswith("--date: 2026-11-21 is in the future")


def test_not_found_is_printed_as_it_is() -> None:
    assert describe(NotFound("no counter called 'x'."), "counter show") == "no counter called 'x'."


def test_an_environment_variable_is_named_as_it_is_even_where_options_are_unknown() -> None:
    assert flag_for("checkin", "RECOVER_DB") == "RECOVER_DB"
    assert flag_for("checkin", "RECOVER_NOW", {"--mood"}) == "RECOVER_NOW"
