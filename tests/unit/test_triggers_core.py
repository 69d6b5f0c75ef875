"""Trigger entries: field validation, filters and the person's own trigger names (pure)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from recovery_tui.core import triggers as core
from recovery_tui.core.records import from_record, to_fields
from recovery_tui.core.triggers import Trigger
from recovery_tui.errors import InvalidInput

NOW = datetime.fromisoformat("2026-11-20T20:00:00+00:00")


def entry(what: str, hours_ago: float, **kw: object) -> Trigger:
    return Trigger(id=f"id-{what}-{hours_ago}", at=NOW - timedelta(hours=hours_ago), what=what, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hungry,tired", ("hungry", "tired")),
        ("tired, hungry", ("hungry", "tired")),
        ("H,a", ("hungry", "angry")),
        ("lonely lonely", ("lonely",)),
        ("", ()),
        (None, ()),
        (["angry", "tired"], ("angry", "tired")),
    ],
)
def test_parse_halt_accepts_words_initials_and_lists(text, expected):
    assert core.parse_halt(text) == expected


@pytest.mark.parametrize("text", ["hangry", "sad", "hungry,bored", "x"])
def test_parse_halt_refuses_other_words_naming_the_option(text):
    with pytest.raises(InvalidInput, match=r"^halt: .* hungry, angry, lonely or tired"):
        core.parse_halt(text)


@pytest.mark.parametrize(("text", "expected"), [("0", 0), ("10", 10), (" 7 ", 7), ("", None), ("none", None), (5, 5)])
def test_parse_intensity_range(text, expected):
    assert core.parse_intensity(text) == expected


@pytest.mark.parametrize("text", ["11", "-1", "seven", "7.5", 11])
def test_parse_intensity_refuses(text):
    with pytest.raises(InvalidInput, match=r"^intensity: .*0 \(none\) to 10"):
        core.parse_intensity(text)


@pytest.mark.parametrize(
    ("text", "expected"), [("resisted", "resisted"), ("USED", "used"), ("on", "ongoing"), ("", None)]
)
def test_parse_outcome(text, expected):
    assert core.parse_outcome(text) == expected


@pytest.mark.parametrize("text", ["maybe", "u s", "relapsed"])
def test_parse_outcome_refuses(text):
    with pytest.raises(InvalidInput, match=r"^outcome: .*resisted, used or ongoing"):
        core.parse_outcome(text)


def test_build_fields_cleans_every_field():
    fields = core.build_fields(
        what="  argument   with my boss ",
        at=NOW,
        now=NOW,
        where=" office ",
        who="",
        emotion="angry",
        halt="tired,angry",
        intensity="7",
        coping="walked",
        outcome="res",
        note=None,
    )
    assert fields == {
        "at": "2026-11-20T20:00:00+00:00",
        "what": "argument with my boss",
        "where": "office",
        "who": None,
        "emotion": "angry",
        "halt": ["angry", "tired"],
        "intensity": 7,
        "coping": "walked",
        "outcome": "resisted",
        "note": None,
    }


def test_build_fields_refuses_future_and_empty_what():
    with pytest.raises(InvalidInput, match="^at: .*future"):
        core.build_fields(what="x", at=NOW + timedelta(minutes=5), now=NOW)
    with pytest.raises(InvalidInput, match="^what: "):
        core.build_fields(what="   ", at=NOW, now=NOW)
    with pytest.raises(InvalidInput, match="^where: .*200"):
        core.build_fields(what="x", at=NOW, now=NOW, where="w" * 201)


def test_record_round_trip():
    record = {
        "id": "abc",
        **core.build_fields(what="x", at=NOW, now=NOW, halt="h"),
        "created_at": "2026-11-20T20:00:00+00:00",
    }
    trigger = from_record(Trigger, record)
    assert trigger.halt == ("hungry",)
    assert to_fields(trigger) == {k: v for k, v in record.items() if k not in {"id", "created_at"}}


def test_filters_combine_and_sort_newest_first():
    entries = [
        entry("a", 1, intensity=8, outcome="used", emotion="Angry"),
        entry("b", 50, intensity=9, outcome="used", emotion="angry"),
        entry("c", 2, intensity=3, outcome="used", emotion="angry"),
        entry("d", 3, intensity=None, outcome="resisted"),
    ]
    found = core.filter_triggers(
        entries, since=NOW - timedelta(days=1), outcome="used", emotion="ANGRY ", min_intensity=5
    )
    assert [t.what for t in found] == ["a"]
    assert [t.what for t in core.filter_triggers(entries)] == ["a", "c", "d", "b"]
    assert core.filter_triggers([], since=NOW) == []


def test_trigger_names_normalise_case_and_spacing_and_rank_by_count():
    entries = [
        entry("Argument with boss", 30, intensity=8),
        entry("argument  with boss", 10, intensity=6),
        entry("ARGUMENT WITH BOSS", 20),
        entry("payday", 1, intensity=9),
        entry("bar after work", 5),
        entry("bar after work", 2),
    ]
    names = core.trigger_names(entries)
    assert [(n.name, n.count) for n in names] == [
        ("argument  with boss", 3),
        ("bar after work", 2),
        ("payday", 1),
    ]
    assert names[0].last_seen == NOW - timedelta(hours=10)
    assert names[0].mean_intensity == 7.0
    assert names[1].mean_intensity is None
    assert core.trigger_names([]) == []


def test_sos_service_top_triggers_with_what_worked(store):
    from recovery_tui.services import triggers as service

    def log(what, hours, coping=None, outcome=None):
        service.log_trigger(store, what=what, at=NOW - timedelta(hours=hours), now=NOW, coping=coping, outcome=outcome)

    log("payday", 1, "called Sam", "resisted")
    log("Payday", 2, "called sam", "resisted")
    log("payday", 3, "walked", "resisted")
    log("payday", 4, "bar", "used")
    log("boss", 5, "walked", "resisted")
    log("boss", 6)
    log("rain", 7)
    found = service.top_triggers_with_coping(store, limit=2)
    assert [f.to_json() for f in found] == [
        {
            "name": "payday",
            "count": 4,
            "last_seen": "2026-11-20T19:00:00+00:00",
            "worked": [{"coping": "called Sam", "resisted": 2}, {"coping": "walked", "resisted": 1}],
        },
        {
            "name": "boss",
            "count": 2,
            "last_seen": "2026-11-20T15:00:00+00:00",
            "worked": [{"coping": "walked", "resisted": 1}],
        },
    ]
    recent = service.top_triggers_with_coping(store, since=NOW - timedelta(hours=1, minutes=30))
    assert [(f.name, f.count, f.worked) for f in recent] == [("payday", 1, (("called Sam", 1),))]
