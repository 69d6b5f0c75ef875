"""Sample records for a JSON Schema: a valid one built from the schema, and variants that
each break exactly one of its rules (used to hold our validation to the published schemas)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

Steps = list[str | int]  # keys and indexes into a record

PATTERN_SAMPLES = ["x", "NZ", "a-1"]
WRONG_TYPES: list[Any] = ["wrong", 7, 2.5, [], {}, None, True]
JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def _sample(node: dict[str, Any]) -> Any:
    """A valid value for a schema node (the first non-null choice wherever there is one)."""
    if "enum" in node:
        return next(v for v in node["enum"] if v is not None)
    kind = next(t for t in _types(node) if t != "null")
    if kind == "object":
        properties = node.get("properties", {})
        value = {key: _sample(sub) for key, sub in properties.items()}
        value.update({key: "x" for key in node.get("required", []) if key not in properties})
        if isinstance(node.get("additionalProperties"), dict):
            value["extra"] = _sample(node["additionalProperties"])
        return value
    if kind == "array":
        return [_sample(node["items"])] * max(node.get("minItems", 0), 1)
    if kind == "string":
        if "pattern" in node:
            fits = [s for s in PATTERN_SAMPLES if re.search(node["pattern"], s)]
            assert fits, f"add a string matching {node['pattern']!r} to PATTERN_SAMPLES"
            return fits[0]
        formats = {"date": "2026-11-20", "date-time": "2026-11-20T20:00:00+00:00"}
        return formats.get(node.get("format", ""), "x" * max(node.get("minLength", 0), 1))
    if kind in ("integer", "number"):
        return node.get("minimum", 0)
    return True


def _nodes(node: dict[str, Any], value: Any, path: Steps) -> Iterator[tuple[Steps, dict[str, Any], Any]]:
    """Every (path, schema node, value) in a sample, the record itself included."""
    yield path, node, value
    if isinstance(value, dict):
        extra = node.get("additionalProperties")
        for key, sub in value.items():
            child = node.get("properties", {}).get(key, extra)
            if isinstance(child, dict):
                yield from _nodes(child, sub, [*path, key])
    elif isinstance(value, list) and value and isinstance(node.get("items"), dict):
        yield from _nodes(node["items"], value[0], [*path, 0])


def _with(record: Any, path: Steps, value: Any) -> Any:
    if not path:
        return value
    changed = copy.deepcopy(record)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _without(record: Any, path: Steps) -> Any:
    changed = copy.deepcopy(record)
    target = changed
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return changed


def _invalid_variants(node: dict[str, Any], record: Any) -> Iterator[tuple[str, Any]]:
    """(description, record) pairs, each breaking exactly one rule of the schema."""
    for path, sub, value in _nodes(node, record, []):
        where = ".".join(map(str, path)) or "record"
        kinds = _types(sub)
        if kinds:
            wrong = next(v for v in WRONG_TYPES if not any(JSON_TYPES[k](v) for k in kinds))
            yield f"{where}: type {wrong!r}", _with(record, path, wrong)
        if "integer" in kinds and "number" not in kinds:
            yield f"{where}: not an integer", _with(record, path, 2.5)
        if "enum" in sub:
            yield f"{where}: not in enum", _with(record, path, "not-a-choice")
        if "minLength" in sub and sub["minLength"] > 0:
            yield f"{where}: too short", _with(record, path, "x" * (sub["minLength"] - 1))
        if "maxLength" in sub:
            yield f"{where}: too long", _with(record, path, "x" * (sub["maxLength"] + 1))
        if "minimum" in sub:
            yield f"{where}: below minimum", _with(record, path, sub["minimum"] - 1)
        if "maximum" in sub:
            yield f"{where}: above maximum", _with(record, path, sub["maximum"] + 1)
        if "format" in sub:
            yield f"{where}: bad {sub['format']}", _with(record, path, "yesterday")
        if "pattern" in sub:
            yield f"{where}: breaks pattern", _with(record, path, "Not Valid!")
        if isinstance(value, list) and value:
            if sub.get("minItems", 0) > 0:
                yield f"{where}: too few items", _with(record, path, value[: sub["minItems"] - 1])
            if "maxItems" in sub:
                yield f"{where}: too many items", _with(record, path, [value[0]] * (sub["maxItems"] + 1))
            if sub.get("uniqueItems"):
                yield f"{where}: repeated items", _with(record, path, [value[0], value[0]])
        if isinstance(value, dict):
            for key in sub.get("required", []):
                yield f"{where}: without {key}", _without(record, [*path, key])
            if sub.get("additionalProperties") is False:
                yield f"{where}: with a surprise field", _with(record, [*path, "surprise"], 1)


def _nulls(node: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """The record with every nullable top-level field set to None."""
    return {k: None if "null" in _types(node["properties"].get(k, {})) else v for k, v in record.items()}
