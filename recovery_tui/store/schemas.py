"""Record validation and the published JSON Schemas in data_schema/ (the data file's contract).

Each record kind is declared ONCE, as the msgspec Struct in core/ that is also its domain
object. `RECORDS` maps a table name to that Struct (module and class name, imported on first
use only, so a command pays only for the kinds it touches) and the title of its schema.
Validating a record is `msgspec.convert(record, Struct)` plus two generic rules msgspec has no
option for: every stored field must be present (recover always writes every field; Python
defaults exist only for building objects in code), and dates and times (fields named `date`,
`at` or `*_at`) must fall in the years 1900-2999. Error messages name the table and the field:
`journal.tags[0]: Expected `str` of length <= 40.`

data_schema/<table>.schema.json is generated from the Struct (`msgspec.json.schema_components`
plus our header: $schema 2020-12, $id, title, the Struct's docstring as description; every
property required; nested Structs under $defs) by

    python -m recovery_tui.store.schemas --generate

and tests/unit/test_schemas.py holds the published files equal to what the Structs generate
and checks them against the 2020-12 meta-schema with the reference `jsonschema`.

## Recipe: declaring a record kind (one table)

(README.md, Development, lists every file a new kind touches; this is the store's part.)

1. In its core/ module, the Struct is the schema: `forbid_unknown_fields=True`; every field
   `Annotated[T, msgspec.Meta(description=..., min_length=/max_length=/ge=/le=/pattern=...)]`
   with a description on EVERY field (nested Structs too); nullable text as
   `Annotated[Annotated[str, Meta(max_length=N)] | None, Meta(description=...)]` (length limits
   on the inner str); enums as `Literal[...]`; times as `records.Moment` (aware; ISO 8601 with
   offset); `id: records.RecordId` first and `created_at: records.CreatedAt | UnsetType = UNSET`,
   `updated_at: records.UpdatedAt | UnsetType = UNSET` last; a stored name that differs from
   the Python name via `msgspec.field(name="date")`. A keyword msgspec cannot express goes in
   `Meta(extra_json_schema={"uniqueItems": True})`, and its check (like every rule across
   fields) in the Struct's `__post_init__`, raising `ValueError("Expected ... - at `$.field`")`
   (msgspec turns it into a ValidationError during convert; the "- at" suffix names the field
   in our message; in a NESTED Struct leave the suffix out: msgspec appends the nested
   object's path itself; `records.each_once` is the uniqueItems check). The Struct's docstring
   is the schema's description. Python defaults may stay where code builds objects with fewer
   arguments (the published schema and `validate` still require every field of a top-level
   record); a nested Struct declares no defaults. The years rule (1900-2999) is generic, in
   `_time_out_of_range` below: nothing to declare.
2. No hand-written conversions: `records.from_record(Cls, r)`, `records.from_records(Cls, rs)`,
   `records.to_fields(obj)` (for `Store.insert`/`update`), `records.to_json(obj)` (`--json`) and
   `records.to_record(obj)`. A `--json` form that differs from the stored record is a function
   of its own in the CLI module, named for what it prints.
3. Add the table to `RECORDS` below; run `python -m recovery_tui.store.schemas --generate`
   (writes data_schema/<table>.schema.json) and read the schema it wrote.
4. Add a record of it to tests/fixtures/every_table.json (written by its command at the tests'
   frozen time) and run tests/unit/test_schemas.py (published file == generated) and
   tests/unit/test_records.py (every RECORDS table decodes and encodes its fixture records to
   the same bytes; validation refuses every variant the published schema refuses, with a
   `table.field:` message).

Notes:
- envelope (the meta table and the shape of the file) is not a record kind and not in RECORDS:
  store/envelope.py declares it (Structs and `dict[str, ...]` types); `validate(ENVELOPE, data)`
  converts with them (`_envelope_problem`) and `envelope_schema` generates envelope.schema.json
  with the same header.
- A table recover does not know (another tool's) is left to its owner by `check_records`;
  `validate` refuses it.
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from recovery_tui.errors import ValidationError

ENVELOPE = "envelope"
_SUFFIX = ".schema.json"
_SCHEMA_ID = "https://recover.local/data_schema/{name}.schema.json"

# table -> (module, Struct, title of its schema). Imported on first use only.
RECORDS: dict[str, tuple[str, str, str]] = {
    "aid_messages": ("recovery_tui.core.aid", "AidMessage", "first-aid message"),
    "care_items": ("recovery_tui.core.care", "CareItem", "care item"),
    "care_logs": ("recovery_tui.core.care", "CareLog", "care log"),
    "checkins": ("recovery_tui.core.checkin", "CheckIn", "check-in"),
    "contacts": ("recovery_tui.core.contacts", "Contact", "contact"),
    "counters": ("recovery_tui.core.counters", "Counter", "counter"),
    "help_requests": ("recovery_tui.core.help_requests", "HelpRequest", "help request"),
    "journal": ("recovery_tui.core.journal", "JournalEntry", "journal entry"),
    "journal_templates": ("recovery_tui.core.templates", "Template", "journal template"),
    "meetings": ("recovery_tui.core.meetings", "Meeting", "meeting"),
    "plan_behaviours": ("recovery_tui.core.plan", "PlanBehaviour", "contingency plan behaviour"),
    "plan_care_links": ("recovery_tui.core.plan", "PlanCareLink", "contingency plan care link"),
    "plan_logs": ("recovery_tui.core.plan", "PlanLog", "contingency plan log"),
    "reasons": ("recovery_tui.core.reasons", "Reason", "reason"),
    "pledges": ("recovery_tui.core.pledges", "Pledge", "morning pledge"),
    "reminders": ("recovery_tui.core.reminders", "Reminder", "reminder"),
    "reward_claims": ("recovery_tui.core.rewards", "Claim", "reward claim"),
    "rewards": ("recovery_tui.core.rewards", "Reward", "reward"),
    "skill_sessions": ("recovery_tui.core.skills", "SkillSession", "skill session"),
    "skills": ("recovery_tui.core.skills", "Skill", "skill"),
    "tombstones": ("recovery_tui.core.tombstones", "Tombstone", "tombstone"),
    "triggers": ("recovery_tui.core.triggers", "Trigger", "trigger"),
    "user_crisis_lines": ("recovery_tui.core.crisis", "UserCrisisLine", "your crisis line"),
}

DATED: dict[str, str] = {
    "checkins": "date",
    "journal": "at",
    "skill_sessions": "started_at",
    "triggers": "at",
}
"""The kinds read by period (Store.select_dated) and the field whose day places a record in
one: the data file keeps marks of where those days stand in the table's line
(store/marks.py), so a period is read without decoding the rest."""


@cache
def record_type(table: str) -> type[msgspec.Struct]:
    """The Struct declaring `table`'s records.

    Raises:
        ValidationError: `table` is not a kind of record recover keeps.
    """
    entry = RECORDS.get(table)
    if entry is None:
        raise ValidationError(f"'{table}' is not a known kind of record (no schema for it).")
    cls: type[msgspec.Struct] = getattr(importlib.import_module(entry[0]), entry[1])
    return cls


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
    """Every record table recover keeps (each declared in RECORDS), sorted."""
    return sorted(RECORDS)


def _say(table: str, error: str, whole: str = "record") -> str:
    """`table.field: what msgspec said.` from a msgspec ValidationError's text (`whole` names
    the value itself when the error has no path)."""
    text, _, where = error.partition(" - at `")
    path = where.rstrip("`").removeprefix("$").removeprefix(".")
    field = path or whole
    place = f"{table}.{field}" if field and not field.startswith("[") else f"{table}{field}"
    missing = text.removeprefix("Object missing required field ")
    if missing != text:
        return f"{place}: is missing a required field ({missing.strip('`')})."
    unknown = text.removeprefix("Object contains unknown field ")
    if unknown != text:
        return f"{place}: has a field the schema does not allow ({unknown.strip('`')})."
    return f"{place}: {text}."


def _struct_problem(table: str, cls: type[msgspec.Struct], record: Any) -> str | None:
    try:
        msgspec.convert(record, cls)
    except msgspec.ValidationError as exc:
        return _say(table, str(exc))
    for name in cls.__struct_encode_fields__:
        if name not in record:
            return f"{table}.record: is missing a required field ({name})."
    return None


def _fits(where: str, value: Any, kind: Any) -> str | None:
    """`where: what msgspec said.` when `value` does not convert to `kind`, else None."""
    try:
        msgspec.convert(value, kind)
    except msgspec.ValidationError as exc:
        return _say(where, str(exc), whole="")
    return None


def _first(where: str, mapping: dict[str, Any], kind: Any) -> str | None:
    """The first value of `mapping` that does not convert to `kind`, named by its key."""
    return next((found for key, value in mapping.items() if (found := _fits(f"{where}.{key}", value, kind))), None)


def _envelope_problem(data: Any) -> str | None:
    """What is wrong with a whole file or dump (store/envelope.py: every table an object, the
    meta table's entries objects and its known ones typed, every other table's records with an
    id and times), or None. A table is converted in one call; when that fails, its entries
    one by one, to name the one at fault (msgspec does not name dict keys)."""
    from recovery_tui.store import envelope as env

    problem = _fits(ENVELOPE, data, dict[str, Any])
    for name, table in data.items() if problem is None else ():
        where = f"{ENVELOPE}.{name}"
        problem = _fits(where, table, dict[str, Any])
        if problem is None and name == env.META:
            problem = _first(where, table, env.MetaEntry) or _fits(where, table, env.MetaTable)
            config = table.get("config")
            if problem is not None and isinstance(config, dict):
                problem = _first(f"{where}.config", config, env.Setting) or problem
        elif problem is None:
            problem = _fits(where, table, env.Table) and (_first(where, table, env.StoredRecord) or problem)
        if problem is not None:
            return problem
    return problem


def _problem(table: str, record: Any) -> str | None:
    """What is wrong with one record of `table` (its Struct, then the years rule), or the
    envelope (`_envelope_problem`); None if nothing."""
    if table == ENVELOPE:
        return _envelope_problem(record)
    problem = _struct_problem(table, record_type(table), record)
    if problem is None:
        problem = _time_out_of_range(record, table)
    return problem


def validate(table: str, record: dict[str, Any]) -> None:
    """Check one record against its table's declaration.

    Raises:
        ValidationError: naming the table, the field and the rule broken.
    """
    problem = _problem(table, record)
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
    from recovery_tui.errors import DataFileError
    from recovery_tui.store.layout import DAMAGED_ADVICE

    if name not in RECORDS:
        return
    for key, record in table.items():
        if not isinstance(record, dict) or record.get("id") != key:
            problem: str | None = f"{name}: the entry filed under '{key}' does not have that id"
        else:
            problem = _problem(name, record)
        if problem is not None:
            raise DataFileError(
                f"{path} has an entry recover cannot use (table '{name}': {problem.rstrip('.')[:300]}); "
                f"{DAMAGED_ADVICE}."
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


# -- generating data_schema/ from the Structs (developers, after changing a record Struct) --


def _tidy(node: dict[str, Any]) -> dict[str, Any]:
    """One msgspec component as we publish it: no title nor defaults, description on one line."""
    out = {key: value for key, value in node.items() if key != "title" and (key != "required" or value)}
    if "description" in out:
        out["description"] = " ".join(str(out["description"]).split())
    if "properties" in out:
        out["properties"] = {
            name: {key: value for key, value in prop.items() if key != "default"}
            for name, prop in out["properties"].items()
        }
    return out


def generated_schema(table: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of `table`, made from its Struct: msgspec's schema of it with
    our header, every property required (recover writes every field) and nested Structs
    under $defs."""
    cls = record_type(table)
    _, components = msgspec.json.schema_components([cls], ref_template="#/$defs/{name}")
    top = _tidy(components.pop(cls.__name__))
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID.format(name=table),
        "title": RECORDS[table][2],
        "description": top.pop("description"),
        **top,
        "required": list(top["properties"]),
    }
    if components:
        schema["$defs"] = {name: _tidy(component) for name, component in sorted(components.items())}
    return schema


def envelope_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the whole file, made from store/envelope.py: the meta table
    (its known entries typed, any other entry an object) and every other table (record id ->
    a record with an id and times)."""
    from recovery_tui.store import envelope as env

    (meta, entry, table), components = msgspec.json.schema_components(
        [env.MetaTable, env.MetaEntry, env.Table], ref_template="#/$defs/{name}"
    )
    meta_table = _tidy(components.pop(env.MetaTable.__name__))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID.format(name=ENVELOPE),
        "title": env.TITLE,
        "description": env.DESCRIPTION,
        "type": "object",
        "properties": {env.META: {**meta_table, "additionalProperties": entry}},
        "additionalProperties": table,
        "$defs": {name: _tidy(component) for name, component in sorted(components.items())},
    }


def schema_text(table: str) -> bytes:
    """The bytes of data_schema/<table>.schema.json (or envelope.schema.json) as generated
    (2-space indent, final newline)."""
    schema = envelope_schema() if table == ENVELOPE else generated_schema(table)
    return msgspec.json.format(msgspec.json.encode(schema), indent=2) + b"\n"


def generate_schemas(directory: Path | None = None) -> list[Path]:
    """Write <directory>/<table>.schema.json for every table in RECORDS, and envelope.schema.json
    (default: data_schema/)."""
    directory = directory or schema_directory()
    written = []
    for table in [*sorted(RECORDS), ENVELOPE]:
        target = directory / f"{table}{_SUFFIX}"
        target.write_bytes(schema_text(table))
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """`python -m recovery_tui.store.schemas --generate`: write data_schema/ from the Structs and
    store/envelope.py."""
    if argv != ["--generate"]:
        print("usage: python -m recovery_tui.store.schemas --generate", file=sys.stderr)
        return 2
    for path in generate_schemas():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
