"""Crisis lines and shipped data: files valid against their schemas, country choice, order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from recovery_tui.core.crisis import (
    CrisisLine,
    choose_country,
    clean_line_fields,
    country_from_locale,
    lines_for,
)
from recovery_tui.errors import InvalidInput
from recovery_tui.services import crisis_lines as crisis_lines_service

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [
    ("crisis_lines", "crisis_lines.json"),
    ("resources", "resources.json"),
    ("emergency_numbers", "emergency_numbers.json"),
]
TABLES = ["contacts", "aid_messages", "user_crisis_lines"]


@pytest.mark.parametrize(("schema_name", "data_name"), SHIPPED)
def test_shipped_data_validates_against_its_schema(schema_name: str, data_name: str) -> None:
    schema = json.loads((ROOT / "data_schema" / "shipped" / f"{schema_name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    data = json.loads((ROOT / "recovery_tui" / "data" / data_name).read_text())
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("table", TABLES)
def test_table_schemas_are_valid_2020_12(table: str) -> None:
    schema = json.loads((ROOT / "data_schema" / f"{table}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) >= {"id", "created_at", "updated_at"}


def test_shipped_schemas_are_not_tables() -> None:
    from recovery_tui.store import schemas

    names = schemas.table_names()
    assert {"contacts", "aid_messages", "user_crisis_lines"} <= set(names)
    assert not {"crisis_lines", "resources", "emergency_numbers"} & set(names)


def test_every_shipped_line_can_be_reached_and_has_a_dated_source() -> None:
    lines = crisis_lines_service.shipped_lines()
    assert lines
    for line in lines:
        assert line.phone or line.text, line.name
        assert line.source_url and line.source_name and line.checked, line.name


def test_well_known_numbers_are_shipped() -> None:
    by_country = {(line.country, line.phone) for line in crisis_lines_service.shipped_lines()}
    assert ("US", "988") in by_country
    assert ("US", "1-800-662-4357") in by_country
    assert ("GB", "116 123") in by_country


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANG": "de_DE@euro"}, "DE"),
        ({"LC_ALL": "en_AU.UTF-8", "LANG": "en_US.UTF-8"}, "AU"),
        ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "CA"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
    ],
)
def test_country_from_locale(env: dict[str, str], expected: str | None) -> None:
    assert country_from_locale(env) == expected


def test_choose_country_prefers_setting_then_locale_then_us() -> None:
    assert choose_country("gb", {"LANG": "de_DE.UTF-8"}).code == "GB"
    assert choose_country(None, {"LANG": "de_DE.UTF-8"}).origin == "locale"
    fallback = choose_country(None, {"LANG": "C"})
    assert (fallback.code, fallback.origin) == ("US", "fallback")


def test_own_lines_come_first_then_emergency_before_others() -> None:
    shipped = [
        CrisisLine("GB", "Samaritans", "116 123", None, "24/7"),
        CrisisLine("GB", "Emergency", "999", None, "24/7", kind="emergency"),
        CrisisLine("US", "988", "988", "988", "24/7"),
    ]
    own = [CrisisLine("GB", "Night team", "0800", None, "22-06", user=True)]
    assert [line.name for line in lines_for("gb", shipped, own)] == ["Night team", "Emergency", "Samaritans"]


def test_own_line_needs_a_number_or_text() -> None:
    with pytest.raises(InvalidInput, match="^phone: "):
        clean_line_fields(name="X", country="GB", phone=None, text=None, hours=None, note=None)
    with pytest.raises(InvalidInput, match="^country: "):
        clean_line_fields(name="X", country="Britain", phone="1", text=None, hours=None, note=None)
    fields = clean_line_fields(name=" Night  team ", country="gb", phone="0800 1", text=None, hours=None, note="")
    assert fields == {
        "country": "GB",
        "name": "Night team",
        "phone": "0800 1",
        "text": None,
        "hours": "24/7",
        "note": None,
    }
