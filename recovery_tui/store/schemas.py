"""Record validation against the JSON Schemas in data_schema/ (the data file's contract).

Schemas are JSON Schema 2020-12 documents restricted to keywords whose meaning is the same in
draft 7, so fastjsonschema (which turns a schema into a small Python function) can check
them quickly. tests/unit/test_schemas.py checks every schema against the 2020-12 meta-schema
with the reference `jsonschema` implementation.

Each validator is made on first use only, so a command pays only for the tables it writes.
The functions are pre-generated, one module per schema in recovery_tui/store/validators/, by

    python -m recovery_tui.store.schemas --generate

which a developer runs after editing a schema (tests/unit/test_validators_generated.py fails
until they do). Importing a generated module takes about 2 ms (mostly compiling its format
regular expressions, which `fastjsonschema.compile` does too) where compiling the schema takes
8-15 ms. A generated module is used only while the schema file's bytes are exactly the ones it
was made from; otherwise the schema is compiled at run time as before, so an edited schema is
never checked with stale code, only more slowly.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from recovery_tui.errors import ValidationError

ENVELOPE = "envelope"
_SUFFIX = ".schema.json"
_GENERATED = "recovery_tui.store.validators"  # one generated module per schema


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
    schema: dict[str, Any] = msgspec.json.decode(path.read_bytes())
    return schema


def table_names() -> list[str]:
    """Every record table described in data_schema/, sorted."""
    return sorted(
        p.name[: -len(_SUFFIX)] for p in schema_directory().glob(f"*{_SUFFIX}") if p.name != f"{ENVELOPE}{_SUFFIX}"
    )


@cache
def _validator(name: str) -> Callable[[Any], Any]:
    """The validation function for `name`: the generated one while it is current, else compiled.

    Freshness is checked by comparing the schema file's bytes with the copy the generated
    module embeds (SCHEMA_BYTES). That is exact and needs no hashing: importing hashlib alone
    costs about 3.5 ms, more than the import it would guard. SCHEMA_SHA256 in the same module
    records the same bytes for people and tests.
    """
    try:
        current = schema_path(name).read_bytes() if name.isidentifier() else None
    except OSError:
        current = None  # no such schema: load_schema below says so
    if current is not None:
        try:
            generated = importlib.import_module(f"{_GENERATED}.{name}")
        except ImportError:  # not generated yet, or made by a newer fastjsonschema than installed
            generated = None
        if generated is not None and generated.SCHEMA_BYTES == current:
            validate_generated: Callable[[Any], Any] = generated.validate
            return validate_generated
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
    if table != ENVELOPE:
        problem = _time_out_of_range(record, table)
        if problem is not None:
            raise ValidationError(problem)


_FIRST_YEAR, _LAST_YEAR = 1900, 2999  # as core/timeparse.py accepts: far inside datetime's range


def _time_out_of_range(value: Any, where: str, key: str = "") -> str | None:
    """The first date or time (a field named `date` or `*_at`/`at`) outside 1900-2999, which
    the schemas' formats allow but date arithmetic (a day later, another time zone) cannot
    always do near years 1 and 9999; None when there is none."""
    if isinstance(value, dict):
        for name, item in value.items():
            found = _time_out_of_range(item, f"{where}.{name}", str(name))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _time_out_of_range(item, f"{where}.{index}", key)
            if found is not None:
                return found
    elif isinstance(value, str) and (key == "date" or key == "at" or key.endswith("_at")):
        year = value[:4]
        if year.isdigit() and value[4:5] == "-" and not _FIRST_YEAR <= int(year) <= _LAST_YEAR:
            return f"{where}: {value[:40]} is outside the years {_FIRST_YEAR}-{_LAST_YEAR} recover accepts."
    return None


def check_records(path: Path, name: str, table: dict[str, Any]) -> None:
    """Check every record of one table read from `path` (its schema, and that each is filed
    under its own id). Tables without a schema (another tool's) are left to their owner.

    Raises:
        DataFileError: naming the file, the table, the record and what is wrong.
    """
    import fastjsonschema

    from recovery_tui.errors import DataFileError
    from recovery_tui.store.layout import DAMAGED_ADVICE

    if not name.isidentifier() or not schema_path(name).is_file():
        return
    check = _validator(name)
    for key, record in table.items():
        problem = None
        if record.get("id") != key:
            problem = f"{name}: the entry filed under '{key}' does not have that id"
        else:
            try:
                check(record)
            except fastjsonschema.JsonSchemaValueException as exc:
                problem = _describe(name, exc).rstrip(".")
            else:
                found = _time_out_of_range(record, name)
                problem = found.rstrip(".") if found is not None else None
        if problem is not None:
            raise DataFileError(
                f"{path} has an entry recover cannot use (table '{name}': {problem[:300]}); {DAMAGED_ADVICE}."
            )


def check_unverified(data: Any, path: Path, current_version: int) -> None:
    """Check the tables of a file just read that recover did not write as they are (see
    store/layout.py): the meta table against the envelope schema, and every record of the
    others against its table's schema. Only for a file of `current_version`: an older file is
    checked after it is migrated, a newer one is refused by the store.

    Raises:
        DataFileError: naming the file, the table and what is wrong; nothing was changed.
    """
    from recovery_tui.errors import DataFileError
    from recovery_tui.store.layout import DAMAGED_ADVICE

    meta = data.get("meta") if "meta" in data else None
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, dict) or schema.get("schema_version") != current_version:
        return
    try:
        validate(ENVELOPE, {"meta": meta})
    except ValidationError as exc:
        raise DataFileError(
            f"{path} has a meta table recover cannot use ({str(exc).rstrip('.')}); {DAMAGED_ADVICE}."
        ) from None
    for name in sorted(getattr(data, "unverified", data.keys())):
        if name != "meta" and name in data:
            check_records(path, name, data[name])


# -- generating the validator modules (developers, after editing a schema) ------------------

_HEADER = """\
# GENERATED FILE, do not edit. Made from data_schema/{file} by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema {version}, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
\"\"\"Validator for '{name}' records, generated from data_schema/{file}.\"\"\"

SCHEMA_SHA256 = {sha256!r}
SCHEMA_BYTES = {data!r}

"""


def generated_source(name: str) -> str:
    """The source of the generated validator module for schema `name` (table or envelope)."""
    import hashlib

    import fastjsonschema
    from fastjsonschema.ref_resolver import RefResolver

    data = schema_path(name).read_bytes()
    schema = msgspec.json.decode(data)
    code = fastjsonschema.compile_to_code(schema, use_default=False)
    function = RefResolver.from_schema(schema, handlers={}, store={}).get_scope_name()
    if f"\ndef {function}(" not in code:
        raise RuntimeError(f"fastjsonschema named the validator of '{name}' differently than expected")
    header = _HEADER.format(
        file=schema_path(name).name,
        name=name,
        version=fastjsonschema.VERSION,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
    return f"{header}{code.rstrip()}\n\n\nvalidate = {function}\n"


def generate_validators(directory: Path | None = None) -> list[Path]:
    """Write <directory>/<name>.py for the envelope and every table; delete modules of schemas
    that no longer exist. `directory` defaults to recovery_tui/store/validators/."""
    directory = directory or Path(__file__).resolve().parent / "validators"
    written = []
    for name in [ENVELOPE, *table_names()]:
        target = directory / f"{name}.py"
        target.write_text(generated_source(name), encoding="utf-8")
        written.append(target)
    for leftover in directory.glob("*.py"):
        if leftover not in written and leftover.name != "__init__.py":
            leftover.unlink()
            print(f"removed {leftover} (its schema is gone)")
    return written


def main(argv: list[str]) -> int:
    """`python -m recovery_tui.store.schemas --generate`: regenerate the validator modules."""
    if argv != ["--generate"]:
        print("usage: python -m recovery_tui.store.schemas --generate", file=sys.stderr)
        return 2
    for path in generate_validators():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
