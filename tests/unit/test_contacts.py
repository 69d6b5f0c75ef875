"""Contacts in core: parsing 'reachable', who is reachable at a fixed moment, chain order."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from recovery_tui.core.contacts import (
    Contact,
    chain,
    format_reachable,
    moved,
    normalise_reachable,
    parse_reachable,
    reachable_now,
)
from recovery_tui.errors import InvalidInput


def at(text: str) -> datetime:
    """A moment in UTC; 2026-11-16 is a Monday, 2026-11-20 a Friday, 2026-11-22 a Sunday."""
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("24/7", "24/7"),
        ("Always", "24/7"),
        ("mon-fri 09:00-17:00; sat 10:00-14:00", "mon-fri 09:00-17:00; sat 10:00-14:00"),
        ("Monday - Friday 9:00-17:00", "mon-fri 09:00-17:00"),
        ("fri 22:00-02:00", "fri 22:00-02:00"),
        ("daily 07:00-23:00", "daily 07:00-23:00"),
        ("weekends 10:00-12:00", "sat-sun 10:00-12:00"),
        ("mon, wed 09:00-12:00,14:00-18:00", "mon,wed 09:00-12:00; mon,wed 14:00-18:00"),
        ("fri-mon 20:00-24:00", "mon,fri-sun 20:00-24:00"),
    ],
)
def test_reachable_is_normalised(typed: str, stored: str) -> None:
    assert normalise_reachable(typed) == stored
    assert normalise_reachable(stored) == stored  # stable once stored


@pytest.mark.parametrize(
    "typed",
    ["", "sometimes", "mon", "mon 9-17", "xyz 09:00-17:00", "mon 25:00-26:00", "mon 09:00-09:00", "mon 24:00-02:00"],
)
def test_bad_reachable_names_the_option(typed: str) -> None:
    with pytest.raises(InvalidInput, match="^reachable: "):
        parse_reachable(typed)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-20T21:59", False),  # Friday just before
        ("2026-11-20T22:00", True),  # Friday start
        ("2026-11-20T23:59", True),  # Friday before midnight
        ("2026-11-21T00:00", True),  # Saturday midnight: still the Friday window
        ("2026-11-21T01:59", True),
        ("2026-11-21T02:00", False),  # end is exclusive
        ("2026-11-21T22:30", False),  # Saturday night is not Friday night
        ("2026-11-19T23:00", False),  # Thursday night
    ],
)
def test_window_across_midnight(moment: str, expected: bool) -> None:
    assert parse_reachable("fri 22:00-02:00").reachable_at(at(moment)) is expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-22T23:00", True),  # Sunday night
        ("2026-11-23T01:00", True),  # Monday early: the Sunday window wraps round the week
        ("2026-11-23T03:00", False),
        ("2026-11-16T01:00", True),  # an earlier Monday too
        ("2026-11-17T01:00", False),  # Tuesday early: no Monday-night window
    ],
)
def test_window_across_the_week_boundary(moment: str, expected: bool) -> None:
    assert parse_reachable("sun 22:00-02:00").reachable_at(at(moment)) is expected


def test_weekday_hours_and_weekend() -> None:
    availability = parse_reachable("mon-fri 09:00-17:00; sat 10:00-14:00")
    assert availability.reachable_at(at("2026-11-20T16:59"))  # Friday
    assert not availability.reachable_at(at("2026-11-20T17:00"))
    assert availability.reachable_at(at("2026-11-21T10:00"))  # Saturday
    assert not availability.reachable_at(at("2026-11-22T12:00"))  # Sunday
    assert not availability.reachable_at(at("2026-11-16T08:59"))  # Monday early


def test_end_of_day_and_always() -> None:
    assert parse_reachable("mon 20:00-24:00").reachable_at(at("2026-11-16T23:59"))
    assert not parse_reachable("mon 20:00-24:00").reachable_at(at("2026-11-17T00:00"))
    assert parse_reachable("24/7").reachable_at(at("2026-11-17T03:33"))


def test_next_start() -> None:
    availability = parse_reachable("mon-fri 09:00-17:00")
    assert availability.next_start(at("2026-11-20T20:00")) == at("2026-11-23T09:00")  # Friday -> Monday
    assert parse_reachable("24/7").next_start(at("2026-11-20T20:00")) is None


def test_format_round_trip() -> None:
    availability = parse_reachable("sat 10:00-14:00; mon-fri 09:00-17:00")
    assert format_reachable(availability) == "mon-fri 09:00-17:00; sat 10:00-14:00"


def _contact(name: str, position: int, reachable: str = "24/7") -> Contact:
    return Contact(id=name.lower(), name=name, reach="x", role="peer", reachable=reachable, position=position)


def test_reachable_now_keeps_chain_order() -> None:
    contacts = [
        _contact("Cara", 3),
        _contact("Ann", 1, "mon-fri 09:00-17:00"),
        _contact("Bo", 2, "fri 22:00-02:00"),
        _contact("Dee", 4),
    ]
    assert [c.name for c in chain(contacts)] == ["Ann", "Bo", "Cara", "Dee"]
    assert [c.name for c in reachable_now(contacts, at("2026-11-21T01:00"))] == ["Bo", "Cara", "Dee"]
    assert [c.name for c in reachable_now(contacts, at("2026-11-20T10:00"))] == ["Ann", "Cara", "Dee"]


def test_moved_renumbers_without_gaps() -> None:
    contacts = [_contact("Ann", 1), _contact("Bo", 2), _contact("Cara", 3)]
    assert dict(moved(contacts, "cara", 1)) == {"cara": 1, "ann": 2, "bo": 3}
    assert dict(moved(contacts, "ann", 3)) == {"bo": 1, "cara": 2, "ann": 3}
    assert moved(contacts, "bo", 2) == []
    with pytest.raises(InvalidInput, match="^position: "):
        moved(contacts, "bo", 4)


def test_next_reachable_picks_the_soonest_window() -> None:
    from recovery_tui.core.contacts import next_reachable

    contacts = [_contact("Ann", 1, "mon-fri 09:00-17:00"), _contact("Bo", 2, "sat 10:00-12:00")]
    found = next_reachable(contacts, at("2026-11-20T20:00"))  # Friday evening
    assert found is not None and found[0].name == "Bo" and found[1] == at("2026-11-21T10:00")
    found = next_reachable(contacts, at("2026-11-21T12:30"))  # Saturday after Bo's window
    assert found is not None and found[0].name == "Ann" and found[1] == at("2026-11-23T09:00")
    assert next_reachable([_contact("Cy", 1)], at("2026-11-21T12:30")) is None  # 24/7 has no "next"
