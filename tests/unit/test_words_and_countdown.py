"""Counts meet their nouns in the right number, and the milestone countdown never rounds a
day away ("7 days in 3d" when 3d 23h are left)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recovery_tui.core.milestones import countdown
from recovery_tui.core.words import counted, noun


@pytest.mark.parametrize(
    ("count", "singular", "plural", "expected"),
    [
        (1, "point", None, "1 point"),
        (0, "point", None, "0 points"),
        (2, "point", None, "2 points"),
        (-1, "point", None, "-1 point"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
        (1.5, "day", None, "1.5 days"),
    ],
)
def test_counted(count: float, singular: str, plural: str | None, expected: str) -> None:
    assert counted(count, singular, plural) == expected


def test_noun_alone() -> None:
    assert (noun(1, "was", "were"), noun(4, "was", "were")) == ("was", "were")


NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (timedelta(days=3, hours=23, minutes=40), "3d 23h"),
        (timedelta(days=4), "4d 00h"),
        (timedelta(hours=5, minutes=12), "5h 12m"),
        (timedelta(minutes=12), "12m"),
        (timedelta(seconds=20), "1m"),
    ],
)
def test_countdown(left: timedelta, expected: str) -> None:
    assert countdown(NOW, NOW + left, UTC) == expected
