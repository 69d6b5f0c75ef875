"""Core of the kit besides contacts: top triggers with what worked, first-aid pick, resources."""

from __future__ import annotations

import random

import pytest

from recovery_tui.core.aid import AidMessage, clean_text, pick
from recovery_tui.core.resources import APPROACHES, Resource, clean_approach, select
from recovery_tui.core.sos import top_triggers
from recovery_tui.errors import InvalidInput
from recovery_tui.services import resources as resources_service


def trig(what: str, at: str, coping: str | None = None, outcome: str | None = None) -> dict[str, object]:
    return {"what": what, "at": at, "coping": coping, "outcome": outcome}


def test_top_triggers_group_count_and_keep_what_worked() -> None:
    records = [
        trig("Payday evening", "2026-11-01T19:00:00+00:00", "walked the dog", "resisted"),
        trig("payday  evening", "2026-11-08T19:00:00+00:00", "called Sam", "resisted"),
        trig("Payday evening", "2026-11-15T19:00:00+00:00", "Walked the dog", "resisted"),
        trig("Payday evening", "2026-11-16T19:00:00+00:00", "went to the pub", "used"),
        trig("argument at home", "2026-11-10T22:00:00+00:00", "urge surfing", "ongoing"),
        trig("argument at home", "2026-11-12T22:00:00+00:00", None, "resisted"),
        trig("lonely sunday", "2026-11-02T15:00:00+00:00", "meeting", "resisted"),
    ]
    top = top_triggers(records, limit=2)
    assert [t.what for t in top] == ["Payday evening", "argument at home"]
    assert top[0].count == 4 and top[0].resisted == 3
    # most used first, in its latest spelling; the coping of a "used" outcome is not counted
    assert top[0].worked == ("Walked the dog", "called Sam")
    assert top[1].worked == ()  # resisted, but no coping written


def test_top_triggers_ties_broken_by_most_recent() -> None:
    records = [trig("a", "2026-11-01T10:00:00+00:00"), trig("b", "2026-11-05T10:00:00+00:00")]
    assert [t.what for t in top_triggers(records)] == ["b", "a"]
    assert top_triggers([]) == []
    assert top_triggers([{"what": None}, {"at": "x"}]) == []


def test_pick_is_random_but_repeatable_with_a_seed() -> None:
    messages = [AidMessage(id=str(i), text=f"m{i}") for i in range(5)]
    assert pick([], random.Random(1)) is None
    assert pick(messages, random.Random(7)) == pick(list(reversed(messages)), random.Random(7))
    seen = {pick(messages, random.Random(seed)).id for seed in range(40)}  # type: ignore[union-attr]
    assert len(seen) > 1


def test_aid_text_rules() -> None:
    with pytest.raises(InvalidInput, match="^text: "):
        clean_text("   ")
    with pytest.raises(InvalidInput, match="^text: "):
        clean_text("x" * 1001)
    assert clean_text("  line one\nline two ") == "line one\nline two"


def test_resources_by_approach() -> None:
    shipped = list(resources_service.shipped_resources())
    names = {r.name for r in shipped}
    for expected in ("Alcoholics Anonymous (AA)", "SMART Recovery", "Celebrate Recovery", "This Naked Mind"):
        assert expected in names
    for approach in APPROACHES:
        chosen = select(shipped, approach=approach)
        assert chosen, approach
        assert all(approach in r.approaches for r in chosen)
    kinds = [r.kind for r in select(shipped)]
    assert kinds == sorted(kinds, key=["peer-group", "online-community", "podcast", "book"].index)


def test_bad_approach_names_the_option() -> None:
    with pytest.raises(InvalidInput, match="^approach: use one of 12-step, skills"):
        clean_approach("yoga")
    assert select([Resource("x", "book", (), "d")], approach="faith") == []


def test_every_shipped_country_has_an_emergency_number() -> None:
    import json
    from pathlib import Path

    import recovery_tui

    data = json.loads((Path(recovery_tui.__file__).parent / "data" / "crisis_lines.json").read_text())
    countries = {line["country"] for line in data["lines"]}
    with_emergency = {line["country"] for line in data["lines"] if line["kind"] == "emergency"}
    assert countries == with_emergency
