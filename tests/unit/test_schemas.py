"""data_schema/ is valid JSON Schema 2020-12 and is what the record Structs generate (tables in
store/schemas.py RECORDS); msgspec's validation agrees with the reference implementation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from recovery_tui.core.counters import Counter
from recovery_tui.core.records import from_record, to_fields
from recovery_tui.errors import ValidationError
from recovery_tui.store import schemas

REPO = Path(__file__).resolve().parents[2]


def _all_schema_files() -> list[Path]:
    return sorted((REPO / "data_schema").rglob("*.schema.json"))


@pytest.mark.parametrize("path", _all_schema_files(), ids=lambda p: p.name)
def test_schema_is_valid_2020_12(path: Path) -> None:
    schema = json.loads(path.read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("table", [*sorted(schemas.RECORDS), schemas.ENVELOPE])
def test_published_schema_is_what_its_struct_generates(table: str) -> None:
    assert schemas.schema_path(table).read_bytes() == schemas.schema_text(table), (
        f"data_schema/{table}.schema.json is not what its Struct generates: "
        "run `python -m recovery_tui.store.schemas --generate`"
    )


def test_generate_writes_every_struct_schema(tmp_path: Path) -> None:
    written = schemas.generate_schemas(tmp_path)
    names = [*schemas.RECORDS, schemas.ENVELOPE]
    assert sorted(p.name for p in written) == sorted(f"{name}.schema.json" for name in names)
    for path in written:
        generated = json.loads(path.read_text())
        assert generated["$id"].endswith(f"/{path.name}")
        if path.name != "envelope.schema.json":
            assert generated["required"] == list(generated["properties"])
        else:
            generated = generated["properties"]["meta"] | {"$defs": generated["$defs"]}
        for node in [generated, *generated.get("$defs", {}).values()]:
            assert all(prop.get("description") for prop in node["properties"].values()), path.name


@pytest.mark.parametrize("table", schemas.table_names())
def test_every_record_has_an_id_and_times_and_no_unknown_fields(table: str) -> None:
    schema = schemas.load_schema(table)
    assert set(schema["required"]) >= {"id", "created_at", "updated_at"}
    assert schema["additionalProperties"] is False


COUNTER = {
    "id": "c1",
    "name": "alcohol",
    "events": [
        {"id": "e1", "kind": "start", "at": "2026-01-01T00:00:00+00:00", "note": None},
        {"id": "e2", "kind": "relapse", "at": "2026-02-01T00:00:00+00:00", "note": "moved"},
    ],
    "archived": False,
    "cost_per_day": 10,
    "hours_per_day": None,
    "custom_milestones": [],
    "edits": [
        {
            "at": "2026-02-02T00:00:00+00:00",
            "action": "edit",
            "event": "e2",
            "kind": "relapse",
            "before": {"at": "2026-02-01T09:00:00+00:00", "note": None},
            "after": {"at": "2026-02-01T00:00:00+00:00", "note": "moved"},
        },
        {
            "at": "2026-02-03T00:00:00+00:00",
            "action": "undo",
            "event": "e3",
            "kind": "relapse",
            "before": {"at": "2026-02-03T00:00:00+00:00", "note": None},
            "after": None,
        },
    ],
    "created_at": "2026-01-01T00:00:00+00:00",
    "updated_at": "2026-01-01T00:00:00+00:00",
}
COUNTER_EDIT: dict[str, object] = COUNTER["edits"][0]  # type: ignore[index]
BAD_COUNTERS = [
    ({"events": []}, "counters.events"),
    ({"name": ""}, "counters.name"),
    ({"cost_per_day": -1}, "counters.cost_per_day"),
    ({"hours_per_day": 25}, "counters.hours_per_day"),
    ({"events": [{"id": "e1", "kind": "oops", "at": "2026-01-01T00:00:00+00:00", "note": None}]}, "counters.events"),
    ({"events": [{"kind": "start", "at": "2026-01-01T00:00:00+00:00", "note": None}]}, "counters.events"),
    ({"edits": [{**COUNTER_EDIT, "action": "rewrite"}]}, "counters.edits"),
    ({"edits": [{**COUNTER_EDIT, "after": {"at": "2026-02-01T00:00:00+00:00"}}]}, "counters.edits"),
    ({"surprise": 1}, "counters.record"),
]


def test_fast_validator_agrees_with_reference_on_good_and_bad_records() -> None:
    reference = Draft202012Validator(schemas.load_schema("counters"))
    schemas.validate("counters", COUNTER)
    assert reference.is_valid(COUNTER)
    assert to_fields(from_record(Counter, COUNTER)) == {
        k: v for k, v in COUNTER.items() if k not in {"id", "created_at", "updated_at"}
    }
    for change, field in BAD_COUNTERS:
        bad = {**COUNTER, **change}
        assert not reference.is_valid(bad), change
        with pytest.raises(ValidationError, match=field.replace(".", r"\.")):
            schemas.validate("counters", bad)


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a known kind"):
        schemas.validate("nonsense", {})


FIXTURE = REPO / "tests" / "fixtures" / "every_table.json"


def _envelope_variants() -> dict[str, tuple[dict[str, Any], str]]:
    """Envelopes each breaking one rule, and where the message must say the fault is."""
    good = json.loads(FIXTURE.read_text())
    good["meta"]["config"] = {"theme": "dark", "points.meeting": 4, "country": None, "rate": 1.5, "on": True}
    good["meta"]["layout"] = {"crc32": {"journal": 1}, "meta_crc32": 5}
    entry_id = next(iter(good["journal"]))

    def changed(path: list[str], value: Any) -> dict[str, Any]:
        data = json.loads(json.dumps(good))
        target = data
        for step in path[:-1]:
            target = target[step]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value
        return data

    return {
        "good": (good, ""),
        "meta as a list": (changed(["meta"], []), "envelope.meta: "),
        "table as a list": (changed(["journal"], []), "envelope.journal: "),
        "record as a list": (changed(["journal", entry_id], []), f"envelope.journal.{entry_id}: "),
        "record without id": (changed(["journal", entry_id, "id"], KeyError), f"envelope.journal.{entry_id}: "),
        "no schema_version": (changed(["meta", "schema", "schema_version"], KeyError), "envelope.meta.schema: "),
        "negative version": (
            changed(["meta", "schema", "schema_version"], -1),
            "envelope.meta.schema.schema_version: ",
        ),
        "version as text": (
            changed(["meta", "schema", "schema_version"], "2"),
            "envelope.meta.schema.schema_version: ",
        ),
        "setting as a list": (changed(["meta", "config", "theme"], [1]), "envelope.meta.config.theme: "),
        "config as text": (changed(["meta", "config"], "dark"), "envelope.meta.config: "),
        "remembered state as a number": (changed(["meta", "celebrated"], 3), "envelope.meta.celebrated: "),
        "checksum as text": (changed(["meta", "layout", "crc32", "journal"], "x"), "envelope.meta.layout.crc32"),
    }


@pytest.mark.parametrize("case", list(_envelope_variants()))
def test_envelope_validation_agrees_with_the_published_schema(case: str) -> None:
    data, place = _envelope_variants()[case]
    reference = Draft202012Validator(schemas.load_schema(schemas.ENVELOPE))
    assert reference.is_valid(data) == (not place)
    if not place:
        schemas.validate(schemas.ENVELOPE, data)
        return
    with pytest.raises(ValidationError) as caught:
        schemas.validate(schemas.ENVELOPE, data)
    assert str(caught.value).startswith(place), str(caught.value)
