"""Record Structs read and write exactly the stored records recover has always written.

tests/fixtures/every_table.json holds a few records of every table, written by recover before
the Structs became the only declaration (0528df9: a one-year `recover demo`, then one command
per table the demo leaves empty, and a journal entry and a check-in at +02:00); a kind added
since gets a record written by the command that adds one, at the tests' frozen time. Every table
declared as a Struct (store/schemas.py RECORDS) must decode those records and encode them back
to the same dicts, keys in the same order, and the same bytes in the file; commands given the
same input must store the same bytes as before.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zlib
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


def _in_command_order(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """`record` with its keys in the order recover's commands write them. Only the demo differs:
    core/demo.py writes a counter's events with the id last, where `counter add`, `relapse`,
    corrections, import and migration 1 -> 2 put it first, as CounterEvent declares it."""
    if table != "counters":
        return record
    return {**record, "events": [{"id": event["id"], **event} for event in record["events"]]}


@pytest.mark.parametrize("table", CONVERTED)
def test_stored_records_decode_and_encode_to_the_same_bytes(table: str) -> None:
    cls = schemas.record_type(table)
    assert cls is not None
    for demo_record in _fixture()[table].values():
        record = _in_command_order(table, demo_record)
        assert record == demo_record
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
    args = ("checkin", "--mood", "4", "--craving", "2", "--gratitude", "tea", "--note", "ok", "--difficulty", "6")
    args += ("--confidence", "7")
    result = cli(*args, "--not-sober", "alcohol", "--no-relapse", "--add", env=env)
    assert result.exit_code == 0, result.output
    _same_but_id(_latest(db_path, "checkins"), _written_at_plus_two("checkins"))


# The command that wrote each of these fixture records into an empty file at the frozen time.
KIT_COMMANDS = {
    "contacts": ("contact", "add", "Sam", "--reach", "+44 7700 900123", "--role", "sponsor"),
    "aid_messages": ("aid", "add", "You got through last Friday.", "--from", "Sam"),
    "reasons": ("reason", "add", "I want to be there for my kids"),
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


@pytest.fixture
def run(db_path: Path, cli: Callable[..., Any]) -> Callable[..., str]:
    """`recover ARGS` at PLUS_TWO on a copy of the fixture: what it printed (it must succeed)."""
    db_path.parent.mkdir(parents=True)
    shutil.copy(FIXTURE, db_path)

    def run_recover(*args: str) -> str:
        result = cli(*args, env={"RECOVER_NOW": PLUS_TWO})
        assert result.exit_code == 0, result.output
        return str(result.stdout)

    return run_recover


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _numbered(text: str) -> str:
    """`text` with each UUID replaced by <n>, numbered in order of first appearance."""
    found: dict[str, str] = {}
    return re.sub(UUID, lambda m: found.setdefault(m.group(0), f"<{len(found)}>"), text)


# What these commands stored and printed before counters were declared as Structs (6b30bf2).
COUNTER_STORED = (
    '{"id":"<0>","name":"gambling","events":[{"id":"<1>","kind":"start","at":"2026-09-30T00:00:00+00:00",'
    '"note":null},{"id":"<2>","kind":"relapse","at":"2026-11-01T23:00:00+00:00","note":"worse"}],'
    '"archived":false,"cost_per_day":20.0,"hours_per_day":1.5,"custom_milestones":[{"label":"forty five",'
    '"days":45}],"edits":[{"at":"2026-11-21T09:30:00+02:00","action":"edit","event":"<2>","kind":"relapse",'
    '"before":{"at":"2026-11-01T22:00:00+00:00","note":"a bad night"},"after":{"at":"2026-11-01T23:00:00+00:00",'
    '"note":"worse"}},{"at":"2026-11-21T09:30:00+02:00","action":"remove","event":"<3>","kind":"relapse",'
    '"before":{"at":"2026-11-10T21:00:00+00:00","note":null},"after":null},{"at":"2026-11-21T09:30:00+02:00",'
    '"action":"undo","event":"<4>","kind":"relapse","before":{"at":"2026-11-15T20:00:00+00:00","note":null},'
    '"after":null},{"at":"2026-11-21T09:30:00+02:00","action":"edit","event":"<1>","kind":"start","before":'
    '{"at":"2026-10-01T00:00:00+00:00","note":null},"after":{"at":"2026-09-30T00:00:00+00:00","note":null}}],'
    '"created_at":"2026-11-21T09:30:00+02:00","updated_at":"2026-11-21T09:30:00+02:00"}'
)
COUNTER_HISTORY_JSON = {
    "id": "<0>",
    "name": "gambling",
    "events": [
        {"id": "<1>", "kind": "start", "at": "2026-09-30T00:00:00+00:00", "note": None},
        {"id": "<2>", "kind": "relapse", "at": "2026-11-01T23:00:00+00:00", "note": "worse"},
    ],
    "edits": [
        {
            "at": "2026-11-21T07:30:00+00:00",
            "action": "edit",
            "event": "<2>",
            "kind": "relapse",
            "before": {"at": "2026-11-01T22:00:00+00:00", "note": "a bad night"},
            "after": {"at": "2026-11-01T23:00:00+00:00", "note": "worse"},
            "text": "2026-11-21 07:30  restart of 2026-11-01 22:00 moved to 2026-11-01 23:00 and note changed",
        },
        {
            "at": "2026-11-21T07:30:00+00:00",
            "action": "remove",
            "event": "<3>",
            "kind": "relapse",
            "before": {"at": "2026-11-10T21:00:00+00:00", "note": None},
            "after": None,
            "text": "2026-11-21 07:30  restart of 2026-11-10 21:00 removed",
        },
        {
            "at": "2026-11-21T07:30:00+00:00",
            "action": "undo",
            "event": "<4>",
            "kind": "relapse",
            "before": {"at": "2026-11-15T20:00:00+00:00", "note": None},
            "after": None,
            "text": "2026-11-21 07:30  restart of 2026-11-15 20:00 undone",
        },
        {
            "at": "2026-11-21T07:30:00+00:00",
            "action": "edit",
            "event": "<1>",
            "kind": "start",
            "before": {"at": "2026-10-01T00:00:00+00:00", "note": None},
            "after": {"at": "2026-09-30T00:00:00+00:00", "note": None},
            "text": "2026-11-21 07:30  start of 2026-10-01 00:00 moved to 2026-09-30 00:00",
        },
    ],
}
COUNTER_SHOW_JSON = {
    "id": "<0>",
    "name": "gambling",
    "archived": False,
    "current_start": "2026-11-01T23:00:00+00:00",
    "current_seconds": 1672200,
    "current_days": 19,
    "current": "19d 08h 30m",
    "longest_seconds": 2847600,
    "streaks": 2,
    "relapses": 1,
    "average_seconds": 2259900,
    "total_sober_seconds": 4519800,
    "first_start": "2026-09-30T00:00:00+00:00",
    "cost_per_day": 20.0,
    "hours_per_day": 1.5,
    "money_saved": 1046.25,
    "hours_saved": 78.5,
    "currency": "$",
    "milestones_reached": [
        {"key": "24h", "label": "24 hours", "at": "2026-11-02T23:00:00+00:00"},
        {"key": "7d", "label": "7 days", "at": "2026-11-08T23:00:00+00:00"},
    ],
    "next_milestone": {"key": "30d", "label": "30 days", "at": "2026-12-01T23:00:00+00:00", "fraction": 0.5371},
    "events": [
        {"id": "<1>", "kind": "start", "at": "2026-09-30T00:00:00+00:00", "note": None},
        {"id": "<2>", "kind": "relapse", "at": "2026-11-01T23:00:00+00:00", "note": "worse"},
    ],
    "custom_milestones": [{"label": "forty five", "days": 45}],
}


def test_counter_commands_store_and_print_the_same_as_before(db_path: Path, run: Callable[..., str]) -> None:
    run("counter", "add", "gambling", "--since", "2026-10-01", "--cost-per-day", "20", "--hours-per-day", "1.5")
    run("relapse", "gambling", "--at", "2026-11-01 22:00", "--note", "a bad night")
    run("relapse", "gambling", "--at", "2026-11-10 21:00")
    events = json.loads(run("counter", "history", "gambling", "--json"))["events"]
    run("counter", "event", "edit", "gambling", events[1]["id"][:8], "--at", "2026-11-01 23:00", "--note", "worse")
    run("counter", "event", "remove", "gambling", events[2]["id"][:8], "--yes")
    run("relapse", "gambling", "--at", "2026-11-15 20:00")
    run("relapse", "undo", "gambling", "--yes")
    run("counter", "milestone", "gambling", "45", "forty five")
    run("counter", "edit", "gambling", "--since", "2026-09-30")
    (stored,) = [r for r in Store(db_path).all("counters") if r["name"] == "gambling"]
    assert _numbered(layout.dumps(stored).decode()) == COUNTER_STORED
    for command, expected in (("history", COUNTER_HISTORY_JSON), ("show", COUNTER_SHOW_JSON)):
        printed = json.loads(_numbered(run("counter", command, "gambling", "--json")))
        assert json.dumps(printed) == json.dumps(expected)  # the same keys in the same order


# What `ask` stored before help requests were declared as Structs (6b30bf2); `ask show --json`
# prints the same plus the message.
HELP_REQUESTS_STORED = [
    {
        "id": "<0>",
        "emotion": "lonely",
        "emotion_family": "lonely",
        "intensity": 6,
        "problem": "Friday nights alone I want to drink",
        "since": "May",
        "tried": "walking",
        "request": "talk",
        "request_text": None,
        "format": "forum",
        "title": "Feeling lonely - need someone to talk to now",
        "body": (
            "I'm feeling lonely right now (about 6 out of 10).\n\nFriday nights alone I want to drink. This has "
            "been going on since May. What I've tried so far: walking.\n\nIs anyone around to talk right now?\n\n"
            "Thank you for reading."
        ),
        "edited": False,
        "followups": [{"at": "2026-11-21T09:30:00+02:00", "helpful": True, "from": "Sam", "note": "called me"}],
        "created_at": "2026-11-21T09:30:00+02:00",
        "updated_at": "2026-11-21T09:30:00+02:00",
    },
    {
        "id": "<0>",
        "emotion": "sad",
        "emotion_family": "sad",
        "intensity": None,
        "problem": "the holidays are hard",
        "since": None,
        "tried": None,
        "request": "own",
        "request_text": "Can someone call me tonight?",
        "format": "text",
        "title": None,
        "body": "Hi, it's me. I'm feeling sad right now. The holidays are hard. Can someone call me tonight?",
        "edited": False,
        "followups": [],
        "created_at": "2026-11-21T09:30:00+02:00",
        "updated_at": "2026-11-21T09:30:00+02:00",
    },
]


def test_help_request_commands_store_and_print_the_same_as_before(db_path: Path, run: Callable[..., str]) -> None:
    steps = ("--emotion", "lonely", "--intensity", "6", "--problem", "Friday nights alone I want to drink")
    talk = json.loads(run("ask", *steps, "--since", "May", "--tried", "walking", "--request", "talk", "--json"))
    run("ask", "followup", talk["id"][:8], "--helpful", "yes", "--from", "Sam", "--note", "called me")
    own = ("--emotion", "sad", "--problem", "the holidays are hard", "--request", "Can someone call me tonight?")
    text = json.loads(run("ask", *own, "--format", "text", "--json"))
    stored = [r for r in Store(db_path).all("help_requests") if r["created_at"] == PLUS_TWO]
    assert [_numbered(layout.dumps(r).decode()) for r in stored] == [
        layout.dumps(r).decode() for r in HELP_REQUESTS_STORED
    ]
    for saved, expected in zip((talk, text), HELP_REQUESTS_STORED, strict=True):
        printed = json.loads(_numbered(run("ask", "show", saved["id"][:8], "--json")))
        message = printed.pop("message")
        assert json.dumps(printed) == json.dumps(expected)  # the stored record (keys in order), then the message
        assert message == (f"{printed['title']}\n\n" if printed["title"] else "") + printed["body"]


def test_demo_file_is_byte_identical_to_before(db_path: Path, cli: Callable[..., Any]) -> None:
    # sha256 of `RECOVER_NOW=2026-11-20T20:00:00+00:00 TZ=UTC recover demo --years 1` at 0528df9,
    # as data version 2: version 3 only adds the check-ins' difficulty and confidence (null).
    assert cli("demo", "--years", "1").exit_code == 0
    written = db_path.read_bytes()
    data = json.loads(written)
    assert layout.encode(data) == written
    assert data["meta"]["schema"]["schema_version"] == 3
    for checkin in data["checkins"].values():
        assert (checkin.pop("difficulty"), checkin.pop("confidence")) == (None, None)
    data["meta"]["schema"]["schema_version"] = 2
    digest = hashlib.sha256(_without_marks(layout.encode(data))).hexdigest()
    assert digest == "91d810909690f5ddcbab15c64045e0a8027cb06c8f83b37927c30a37d6c7b604"


def _without_marks(raw: bytes) -> bytes:
    """The file as recover wrote it before meta.layout had marks (store/marks.py): the same
    lines, the meta line without them and with its checksum taken as then."""
    lines = raw.split(b"\n")
    meta = json.loads(lines[1].removeprefix(b'"meta": ').removesuffix(b","))
    assert set(meta["layout"]) == {"crc32", "marks", "meta_crc32"}
    meta["layout"] = {"crc32": meta["layout"]["crc32"]}
    meta["layout"]["meta_crc32"] = zlib.crc32(layout.dumps(meta))
    lines[1] = b'"meta": ' + layout.dumps(meta) + b","
    return b"\n".join(lines)


# -- msgspec validation agrees with the published schema --------------------------------------


def _flat(node: Any, defs: dict[str, Any]) -> Any:
    """A schema node with $ref inlined and `anyOf: [X, null]` written as X with type [T, null]
    (or an enum with null among its choices)."""
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
    if "properties" in node:  # (a nullable object's come flat from its anyOf choice)
        flat["properties"] = {name: _flat(sub, defs) for name, sub in node["properties"].items()}
    return flat


# records whose nested parts the fixture's first record leaves empty (a counter's edits)
MORE_SAMPLES: dict[str, list[dict[str, Any]]] = {"counters": [json.loads(COUNTER_STORED)]}


@pytest.mark.parametrize("table", CONVERTED)
def test_validation_rejects_what_the_published_schema_rejects(table: str) -> None:
    published = schemas.load_schema(table)
    reference = Draft202012Validator(published)
    flat = _flat(published, published.get("$defs", {}))
    for record in _fixture()[table].values():
        assert reference.is_valid(record)
        schemas.validate(table, record)
    samples = [next(iter(_fixture()[table].values())), *MORE_SAMPLES.get(table, [])]
    for what, bad in (variant for sample in samples for variant in _invalid_variants(flat, sample)):
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


def test_an_event_id_twice_in_one_counter_is_refused() -> None:
    counter = json.loads(COUNTER_STORED)
    first = counter["events"][0]
    with pytest.raises(ValidationError) as caught:
        schemas.validate("counters", {**counter, "events": [first, {**first, "kind": "relapse"}]})
    assert str(caught.value) == "counters.events: Expected each event id once."


def test_a_naive_time_is_refused() -> None:
    checkin = next(iter(_fixture()["checkins"].values()))
    with pytest.raises(ValidationError, match=r"^checkins\.at: Expected `datetime` with a timezone"):
        schemas.validate("checkins", {**checkin, "at": "2026-01-01T10:00:00"})
    with pytest.raises(msgspec.ValidationError):
        from_record(schemas.record_type("checkins"), {**checkin, "at": "2026-01-01T10:00:00"})
