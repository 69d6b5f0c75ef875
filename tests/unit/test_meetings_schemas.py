"""The meetings, rewards and reward_claims schemas (import hygiene: tests/unit/test_import_hygiene.py)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from recovery_tui.errors import ValidationError
from recovery_tui.store import schemas

TABLES = ("meetings", "rewards", "reward_claims")
DRAFT7_KEYWORDS = {
    "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
    "enum", "minimum", "maximum", "minLength", "maxLength", "items", "minItems", "uniqueItems", "format", "pattern",
}  # fmt: skip


def keywords(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key == "properties":
                for sub in value.values():
                    found |= keywords(sub)
            else:
                found |= keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= keywords(item)
    return found


@pytest.mark.parametrize("table", TABLES)
def test_schema_is_valid_2020_12_with_draft7_keywords_only(table: str) -> None:
    schema = json.loads(schemas.schema_path(table).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    assert keywords(schema) <= DRAFT7_KEYWORDS
    assert {"id", "created_at", "updated_at"} <= set(schema["required"])
    assert set(schema["required"]) == set(schema["properties"])  # optional values are present as null


def test_records_are_checked_before_writing(store, now) -> None:  # type: ignore[no-untyped-def]
    fields = {"name": None, "at": now.isoformat(), "format": "zoom", "fellowship": None, "roles": [], "note": None}
    with pytest.raises(ValidationError, match="meetings.format: must be one of online, in-person"):
        store.insert("meetings", fields, now=now)
    with pytest.raises(ValidationError, match="rewards.cost"):
        store.insert("rewards", {"name": "book", "cost": 0, "note": None}, now=now)
    assert not store.exists()
