"""Record validation against the JSON Schemas in data_schema/ (the data file's contract).

Schemas are JSON Schema 2020-12 documents restricted to keywords whose meaning is the same in
draft 7, so fastjsonschema (which compiles a schema to a small Python function) can check
them quickly. Each table's validator is compiled on first use only, so a command pays only
for the tables it writes. tests/unit/test_schemas.py checks every schema against the 2020-12
meta-schema with the reference `jsonschema` implementation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from recovery_tui.errors import ValidationError

ENVELOPE = "envelope"
_SUFFIX = ".schema.json"


@cache
def schema_directory() -> Path:
    """Where data_schema/ is: inside the installed package, or at the top of a source tree."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data_schema", here.parent / "data_schema"):
        if (candidate / f"{ENVELOPE}{_SUFFIX}").is_file():
            return candidate
    raise FileNotFoundError("data_schema/ is missing from this installation of recover")


def schema_path(name: str) -> Path:
    """The file holding the schema for table `name` (or the envelope)."""
    return schema_directory() / f"{name}{_SUFFIX}"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Read and parse one schema file."""
    path = schema_path(name)
    if not path.is_file():
        raise ValidationError(f"'{name}' is not a known kind of record (no schema for it).")
    schema: dict[str, Any] = orjson.loads(path.read_bytes())
    return schema


def table_names() -> list[str]:
    """Every record table described in data_schema/, sorted."""
    return sorted(
        p.name[: -len(_SUFFIX)] for p in schema_directory().glob(f"*{_SUFFIX}") if p.name != f"{ENVELOPE}{_SUFFIX}"
    )


@cache
def _validator(name: str) -> Callable[[Any], Any]:
    import fastjsonschema

    return fastjsonschema.compile(load_schema(name), use_default=False)


def _describe(table: str, exc: Any) -> str:
    path = [str(part) for part in exc.path[1:]]
    field = ".".join(path) if path else "record"
    message = str(exc.message)
    if message.startswith(str(exc.name)):
        message = message[len(str(exc.name)) :].strip()
    rule = exc.rule
    definition = exc.rule_definition
    if rule == "enum":
        allowed = ", ".join(str(v) for v in definition)
        return f"{table}.{field}: must be one of {allowed}."
    if rule == "required":
        return f"{table}.{field}: is missing a required field ({message})."
    if rule == "additionalProperties":
        return f"{table}.{field}: has a field the schema does not allow ({message})."
    return f"{table}.{field}: {message} (rule: {rule} {definition})."


def validate(table: str, record: dict[str, Any]) -> None:
    """Check one record against its table's schema.

    Raises:
        ValidationError: naming the table, the field and the rule broken.
    """
    import fastjsonschema

    try:
        _validator(table)(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ValidationError(_describe(table, exc)) from None
