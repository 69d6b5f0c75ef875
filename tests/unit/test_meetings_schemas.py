"""The meetings, rewards and reward_claims schemas (import hygiene: tests/unit/test_import_hygiene.py)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from recovery_tui.errors import ValidationError
from recovery_tui.store import schemas

TABLES = ("meetings", "rewards", "reward_claims")


@pytest.mark.parametrize("table", TABLES)
def test_schema_is_valid_2020_12_and_requires_every_field(table: str) -> None:
    schema = json.loads(schemas.schema_path(table).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    assert {"id", "created_at", "updated_at"} <= set(schema["required"])
    assert set(schema["required"]) == set(schema["properties"])  # optional values are present as null


def test_records_are_checked_before_writing(store, now) -> None:  # type: ignore[no-untyped-def]
    fields = {"name": None, "at": now.isoformat(), "format": "zoom", "fellowship": None, "roles": [], "note": None}
    with pytest.raises(ValidationError, match=r"^meetings\.format: Invalid enum value 'zoom'"):
        store.insert("meetings", fields, now=now)
    with pytest.raises(ValidationError, match="rewards.cost"):
        store.insert("rewards", {"name": "book", "cost": 0, "note": None}, now=now)
    assert not store.exists()
