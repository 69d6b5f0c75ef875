"""Record Structs read and write exactly the stored records recover has always written.

tests/fixtures/every_table.json holds a few records of every table, written by recover before
the Structs became the only declaration (0528df9: a one-year `recover demo`, then one command
per table the demo leaves empty, and a journal entry and a check-in at +02:00). Every table
declared as a Struct (store/schemas.py RECORDS) must decode those records and encode them back
to the same dicts, keys in the same order, and the same bytes in the file; commands given the
same input must store the same bytes as before.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from jsonschema import Draft202012Validator
from schema_samples import _invalid_variants

from recovery_tui.core.records import from_record, to_fields, to_json, to_record
from recovery_tui.errors import ValidationError
from recovery_tui.store import Store, layout, schemas

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "every_table.json"
CONVERTED = sorted(schemas.RECORDS)
PLUS_TWO = "2026-11-21T09:30:00+02:00"  # when the fixture's last journal entry and check-in were written


def _fixture() -> dict[str, dict[str, dict[str, Any]]]:
    data: dict[str, dict[str, dict[str, Any]]] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def test_fixture_covers_every_table() -> None:
    assert set(_fixture()) == {"meta", *schemas.table_names()}
    assert all(_fixture()[table] for table in schemas.table_names())


@pytest.mark.parametrize("table", CONVERTED)
def test_stored_records_decode_and_encode_to_the_same_bytes(table: str) -> None:
    cls = schemas.record_type(table)
    assert cls is not None
    for record in _fixture()[table].values():
        encoded = to_record(from_record(cls, record))
        assert list(encoded.items()) == list(record.items())
        assert layout.dumps(encoded) == layout.dumps(record)
        assert to_fields(from_record(cls, record)) == {
            k: v for k, v in record.items() if k not in {"id", "created_at", "updated_at"}
        }
        assert to_json(from_record(cls, record)) == {
            k: v for k, v in record.items() if k not in {"created_at", "updated_at"}
        }


def _latest(db_path: Path, table: str) -> dict[str, Any]:
    records = Store(db_path).all(table)
    return max(records, key=lambda r: (r["created_at"], r["id"] not in _fixture()[table]))


def _written_at_plus_two(table: str) -> dict[str, Any]:
    (record,) = [r for r in _fixture()[table].values() if r["created_at"] == PLUS_TWO]
    return record


def _same_but_id(written: dict[str, Any], before: dict[str, Any]) -> None:
    assert written["id"] != before["id"]
    assert layout.dumps({**written, "id": before["id"]}) == layout.dumps(before)


def test_commands_store_the_same_records_as_before(db_path: Path, cli: Callable[..., Any]) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)
    env = {"RECOVER_NOW": PLUS_TWO}
    text = "Daily review\nWhat went well today:\n- slept"
    assert cli("journal", "add", text, "--template", "daily", "--tag", "Sleep,late night", env=env).exit_code == 0
    _same_but_id(_latest(db_path, "journal"), _written_at_plus_two("journal"))
    args = ("checkin", "--mood", "4", "--craving", "2", "--gratitude", "tea", "--note", "ok")
    result = cli(*args, "--not-sober", "alcohol", "--no-relapse", "--add", env=env)
    assert result.exit_code == 0, result.output
    _same_but_id(_latest(db_path, "checkins"), _written_at_plus_two("checkins"))


# The command that wrote each of these fixture records into an empty file at the frozen time.
KIT_COMMANDS = {
    "contacts": ("contact", "add", "Sam", "--reach", "+44 7700 900123", "--role", "sponsor"),
    "aid_messages": ("aid", "add", "You got through last Friday.", "--from", "Sam"),
    "user_crisis_lines": ("crisis", "add", "Crisis Text Line", "--country", "US", "--text", "HOME to 741741"),
}


@pytest.mark.parametrize("table", sorted(KIT_COMMANDS))
def test_kit_commands_store_the_same_records_as_before(db_path: Path, cli: Callable[..., Any], table: str) -> None:
    result = cli(*KIT_COMMANDS[table])
    assert result.exit_code == 0, result.output
    (written,) = Store(db_path).all(table)
    (before,) = _fixture()[table].values()
    _same_but_id(written, before)


def _one(table: str) -> dict[str, Any]:
    (record,) = _fixture()[table].values()
    return record


def test_reward_commands_store_and_print_the_same_records_as_before(db_path: Path, cli: Callable[..., Any]) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)
    reward, claim = _one("rewards"), _one("reward_claims")  # written at the frozen time
    printed = {key: claim[key] for key in ("id", "at", "reward", "reward_id", "cost", "note")}
    assert json.loads(cli("reward", "history", "--json").stdout) == [printed]
    listed = json.loads(cli("reward", "list", "--json").stdout)["rewards"]
    assert listed == [{**{k: v for k, v in reward.items() if not k.endswith("_at")}, "ready": True, "to_go": 0}]
    assert cli("reward", "remove", "new book", "--yes").exit_code == 0
    assert cli("reward", "add", "new book", "--cost", "3").exit_code == 0
    added = _latest(db_path, "rewards")
    _same_but_id(added, reward)
    made = json.loads(cli("reward", "claim", "new book", "--json").stdout)["claim"]
    stored = _latest(db_path, "reward_claims")
    _same_but_id({**stored, "reward_id": claim["reward_id"]}, claim)
    assert stored["reward_id"] == added["id"]
    assert list(made.items()) == list({**printed, "id": stored["id"], "reward_id": added["id"]}.items())


def test_skill_commands_store_and_print_the_same_records_as_before(db_path: Path, cli: Callable[..., Any]) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)
    skill = _one("skills")  # recover skill add 'evening walk' --minutes 15 --step "Walk to the park and back"
    printed = {"name": "evening walk", "kind": "custom", "minutes": 15, "breath": None}
    printed |= {"steps": skill["steps"], "note": None, "hidden": False}
    assert list(json.loads(cli("skill", "show", "evening walk", "--json").stdout).items()) == list(printed.items())
    assert cli("skill", "remove", "evening walk", "--yes").exit_code == 0
    args = ("skill", "add", "evening walk", "--minutes", "15", "--step", "Walk to the park and back")
    assert cli(*args).exit_code == 0
    _same_but_id(_latest(db_path, "skills"), skill)
    assert cli("skill", "hide", "walking").exit_code == 0
    mark = {"name": "walking", "builtin": True, "hidden": True, "minutes": None, "steps": [], "breath": None}
    (stored,) = [r for r in Store(db_path).all("skills") if r["builtin"]]
    assert list(stored.items())[1:8] == list({**mark, "note": None}.items())
    shown = json.loads(cli("skill", "show", "box breathing", "--json").stdout)
    assert (shown["kind"], shown["minutes"], shown["breath"], shown["hidden"]) == ("built-in", 10, [4, 4, 4, 4], False)


def test_template_commands_store_and_print_the_same_records_as_before(db_path: Path, cli: Callable[..., Any]) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)
    template = _one("journal_templates")  # journal template add gratitude "Three good things today:" --title ...
    listed = json.loads(cli("journal", "template", "list", "--json").stdout)
    assert [(t["name"], t["builtin"]) for t in listed][-2:] == [("abcde", True), ("gratitude", False)]
    mine = {"name": "gratitude", "title": template["title"], "builtin": False, "body": template["body"]}
    assert list(listed[-1].items()) == list(mine.items())
    assert cli("journal", "template", "remove", "gratitude", "--yes").exit_code == 0
    args = ("journal", "template", "add", "gratitude", "Three good things today:", "--title", template["title"])
    assert cli(*args).exit_code == 0
    _same_but_id(_latest(db_path, "journal_templates"), template)


def test_demo_file_is_byte_identical_to_before(db_path: Path, cli: Callable[..., Any]) -> None:
    # sha256 of `RECOVER_NOW=2026-11-20T20:00:00+00:00 TZ=UTC recover demo --years 1` at 0528df9
    assert cli("demo", "--years", "1").exit_code == 0
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert digest == "91d810909690f5ddcbab15c64045e0a8027cb06c8f83b37927c30a37d6c7b604"


# -- msgspec validation agrees with the published schema --------------------------------------


def _flat(node: Any, defs: dict[str, Any]) -> Any:
    """A schema node with $ref inlined and `anyOf: [X, null]` written as X with type [T, null]."""
    if isinstance(node, list):
        return [_flat(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _flat(defs[node["$ref"].rsplit("/", 1)[1]], defs)
    flat = {key: _flat(value, defs) for key, value in node.items() if key != "$defs"}
    choices = flat.pop("anyOf", None)
    if choices is not None:
        (choice,) = [c for c in choices if c.get("type") != "null"]
        if "enum" in choice:  # a nullable enum: null is one more choice
            flat.update({**choice, "enum": [*choice["enum"], None]})
        else:
            flat.update({**choice, "type": [choice["type"], "null"]})
    if "properties" in flat:
        flat["properties"] = {name: _flat(sub, defs) for name, sub in node["properties"].items()}
    return flat


@pytest.mark.parametrize("table", CONVERTED)
def test_validation_rejects_what_the_published_schema_rejects(table: str) -> None:
    published = schemas.load_schema(table)
    reference = Draft202012Validator(published)
    flat = _flat(published, published.get("$defs", {}))
    for record in _fixture()[table].values():
        assert reference.is_valid(record)
        schemas.validate(table, record)
    for what, bad in _invalid_variants(flat, next(iter(_fixture()[table].values()))):
        if not what.endswith(("bad date-time", "bad date")):  # jsonschema checks formats only when told
            assert not reference.is_valid(bad), what
        field = what.split(":")[0].replace(".0", "[0]")
        with pytest.raises(ValidationError) as caught:
            schemas.validate(table, bad)
        assert str(caught.value).startswith(f"{table}.{field}: "), (what, str(caught.value))
        assert "\n" not in str(caught.value)


def test_messages_name_the_table_and_the_field() -> None:
    entry = next(iter(_fixture()["journal"].values()))
    cases = {
        "journal.tags[0]: Expected `str` of length <= 40.": {**entry, "tags": ["x" * 41]},
        "journal.tags: Expected each tag once.": {**entry, "tags": ["a", "a"]},
        "journal.record: is missing a required field (template).": {k: v for k, v in entry.items() if k != "template"},
        "journal.record: has a field the schema does not allow (mood).": {**entry, "mood": 3},
        "journal.at: 0999-01-01T00:00:00+00:00 is outside the years 1900-2999 recover accepts.": {
            **entry,
            "at": "0999-01-01T00:00:00+00:00",
        },
    }
    for message, record in cases.items():
        with pytest.raises(ValidationError) as caught:
            schemas.validate("journal", record)
        assert str(caught.value) == message


def test_a_naive_time_is_refused() -> None:
    checkin = next(iter(_fixture()["checkins"].values()))
    with pytest.raises(ValidationError, match=r"^checkins\.at: Expected `datetime` with a timezone"):
        schemas.validate("checkins", {**checkin, "at": "2026-01-01T10:00:00"})
    with pytest.raises(msgspec.ValidationError):
        from_record(schemas.record_type("checkins") or msgspec.Struct, {**checkin, "at": "2026-01-01T10:00:00"})
