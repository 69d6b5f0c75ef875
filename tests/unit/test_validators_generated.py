"""TRANSITIONAL (until every table is a Struct in store/schemas.py RECORDS; then delete this file):
the pre-generated validators in recovery_tui/store/validators/ of the tables not converted yet
are current, behave exactly like fastjsonschema.compile on the same schema
(same exceptions, same error text from schemas.validate), and are set aside for run-time
compiling when a schema changed since."""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from schema_samples import _invalid_variants, _nodes, _nulls, _sample, _with

from recovery_tui.core.demo import build_history
from recovery_tui.errors import ValidationError
from recovery_tui.store import schemas

VALIDATORS = Path(schemas.__file__).resolve().parent / "validators"
NAMES = schemas.transitional_names()
REGENERATE = "run `python -m recovery_tui.store.schemas --generate` and commit recovery_tui/store/validators/"
Steps = list[str | int]  # keys and indexes into a record


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    schemas._validator.cache_clear()
    schemas.load_schema.cache_clear()
    yield
    schemas._validator.cache_clear()
    schemas.load_schema.cache_clear()


def _generated(name: str) -> Any:
    return importlib.import_module(f"recovery_tui.store.validators.{name}")


@cache
def _compiled(name: str) -> Callable[[Any], Any]:
    """What schemas._validator did before validators were generated."""
    return fastjsonschema.compile(schemas.load_schema(name), use_default=False)


# -- the generated modules are current --------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_generated_module_exists_and_matches_its_schema(name: str) -> None:
    assert (VALIDATORS / f"{name}.py").is_file(), f"no generated validator for '{name}': {REGENERATE}"
    module = _generated(name)
    data = schemas.schema_path(name).read_bytes()
    assert module.SCHEMA_SHA256 == hashlib.sha256(data).hexdigest(), f"'{name}' schema changed: {REGENERATE}"
    assert module.SCHEMA_BYTES == data, f"'{name}' schema changed: {REGENERATE}"
    assert module.validate.__module__ == module.__name__
    if module.VERSION == fastjsonschema.VERSION:  # another fastjsonschema may write other code
        text = (VALIDATORS / f"{name}.py").read_text(encoding="utf-8")
        assert text == schemas.generated_source(name), f"'{name}' module was edited by hand: {REGENERATE}"
    assert schemas._validator(name) is module.validate


def test_no_generated_module_is_left_without_a_schema() -> None:
    modules = {p.stem for p in VALIDATORS.glob("*.py")} - {"__init__"}
    assert modules == set(NAMES), f"modules without a schema: {sorted(modules - set(NAMES))}; {REGENERATE}"


def test_generator_writes_a_module_per_schema_and_removes_leftovers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "gone.py").write_text("")
    written = schemas.generate_validators(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{name}.py" for name in NAMES)
    assert sorted(p.name for p in tmp_path.glob("*.py")) == sorted(["__init__.py", *(p.name for p in written)])
    assert "removed" in capsys.readouterr().out
    for path in written:
        assert "GENERATED FILE, do not edit" in path.read_text()
        assert "python -m recovery_tui.store.schemas --generate" in path.read_text()
    assert schemas.main([]) == 2


# -- sample records, good and bad, for every schema ---------------------------------------------

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)


@cache
def _demo_records() -> dict[str, list[dict[str, Any]]]:
    history = build_history(NOW, 1)
    return {table: records[:3] + records[-1:] for table, records in history.items()}


def _valid_samples(name: str) -> list[Any]:
    schema = schemas.load_schema(name)
    synthetic = _sample(schema)
    return [synthetic, *_demo_records().get(name, []), _nulls(schema, synthetic)]


def _outcome(validator: Callable[[Any], Any], name: str, record: Any) -> tuple[Any, ...] | None:
    try:
        validator(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        fields = (exc.message, exc.name, exc.path, exc.rule, exc.rule_definition, exc.definition, exc.value)
        return (type(exc), *fields, schemas._describe(name, exc))
    return None


def _error_text(table: str, record: Any) -> str | None:
    try:
        schemas.validate(table, record)
    except ValidationError as exc:
        return str(exc)
    return None


# -- generated and compiled validators agree -----------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_generated_and_compiled_validators_agree_on_good_and_bad_records(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = schemas.load_schema(name)
    reference = Draft202012Validator(schema)
    generated, compiled = _generated(name).validate, _compiled(name)
    valid = _valid_samples(name)
    invalid = [case for record in valid[:1] for case in _invalid_variants(schema, record)]
    assert len(invalid) >= 5, invalid
    for record in valid:
        assert reference.is_valid(record), record
        assert _outcome(generated, name, record) is None
        assert _outcome(compiled, name, record) is None
        assert _error_text(name, record) is None
    texts = {}
    for description, record in invalid:
        if "bad date" not in description:  # jsonschema checks formats only with extra packages
            assert not reference.is_valid(record), description
        outcome = _outcome(generated, name, record)
        assert outcome is not None, description
        assert outcome == _outcome(compiled, name, record), description
        texts[description] = _error_text(name, record)
        assert texts[description] == f"{outcome[-1]}", description
    with monkeypatch.context() as patched:
        patched.setattr(schemas, "_validator", _compiled)
        for description, record in invalid:
            assert _error_text(name, record) == texts[description], description


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=4)
    | st.sampled_from(["2026-11-20", "2026-11-20T20:00:00+00:00", "start", "sad", "online", "x" * 70]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_and_compiled_validators_agree_on_random_changes(name: str, data: st.DataObject) -> None:
    schema = schemas.load_schema(name)
    record = data.draw(st.sampled_from(_valid_samples(name)))
    paths = [path for path, _, _ in _nodes(schema, record, [])]
    path = data.draw(st.sampled_from(paths))
    changed = _with(record, path, data.draw(JSON_VALUES))
    assert _outcome(_generated(name).validate, name, changed) == _outcome(_compiled(name), name, changed)


# -- an edited schema is never checked with stale generated code --------------------------------

# any table still checked by a generated validator; every table's `id` has a maxLength of 64
TABLE = next(name for name in NAMES if name != schemas.ENVELOPE)
SAMPLE = _sample(schemas.load_schema(TABLE))


def test_stale_generated_module_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _generated(TABLE)
    bad = {**SAMPLE, "id": "x" * 65}
    expected = _error_text(TABLE, bad)
    assert expected is not None and expected.startswith(f"{TABLE}.id: ")
    schemas._validator.cache_clear()
    monkeypatch.setattr(module, "SCHEMA_BYTES", module.SCHEMA_BYTES + b" ")
    validator = schemas._validator(TABLE)
    assert validator is not module.validate and validator.__module__ != module.__name__
    schemas.validate(TABLE, SAMPLE)
    assert _error_text(TABLE, bad) == expected


@pytest.fixture
def schema_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of data_schema/ that schemas reads instead of the real one."""
    directory = tmp_path / "data_schema"
    shutil.copytree(schemas.schema_directory(), directory)
    monkeypatch.setattr(schemas, "schema_directory", lambda: directory)
    return directory


def test_edited_schema_is_honoured_before_regeneration(schema_copy: Path) -> None:
    path = schema_copy / f"{TABLE}.schema.json"
    schema = json.loads(path.read_text())
    schema["properties"]["id"]["maxLength"] = 5
    path.write_text(json.dumps(schema, indent=2))
    record = {**SAMPLE, "id": "abcdefg"}
    _generated(TABLE).validate(record)  # the stale code would let it through
    with pytest.raises(ValidationError) as caught:
        schemas.validate(TABLE, record)
    assert str(caught.value) == f"{TABLE}.id: must be shorter than or equal to 5 characters (rule: maxLength 5)."
    schemas.validate(TABLE, {**SAMPLE, "id": "abcd"})


def test_schema_without_a_generated_module_is_compiled(schema_copy: Path) -> None:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://recover.local/data_schema/wishes.schema.json",
        "type": "object",
        "properties": {
            "id": {"type": "string", "minLength": 1, "maxLength": 64},
            "cost": {"type": "integer", "minimum": 1, "maximum": 1000000},
            "note": {"type": ["string", "null"], "maxLength": 2000},
        },
        "required": ["id", "cost", "note"],
        "additionalProperties": False,
    }
    (schema_copy / "wishes.schema.json").write_text(json.dumps(schema))
    wish = _sample(schema)
    schemas.validate("wishes", wish)
    assert schemas._validator("wishes").__module__ != "recovery_tui.store.validators.wishes"
    expected = "wishes.cost: must be bigger than or equal to 1 (rule: minimum 1)."
    assert _error_text("wishes", {**wish, "cost": 0}) == expected


def test_unknown_and_odd_table_names_are_refused_without_importing() -> None:
    for name in ("nonsense", "../envelope", "validators", "__init__"):
        with pytest.raises(ValidationError, match="not a known kind"):
            schemas.validate(name, {})
