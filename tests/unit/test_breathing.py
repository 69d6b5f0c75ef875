"""The breathing phase schedule: phase and time left at any t, for each built-in pattern."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_tui.core.breathing import HOLD, HOLD_OUT, IN, OUT, BreathPattern, lung_level, parse_pattern, phase_at
from recovery_tui.errors import InvalidInput

BOX = BreathPattern(4, 4, 4, 4)
FOUR_SEVEN_EIGHT = BreathPattern(4, 7, 8, 0)
PACED = BreathPattern(4, 0, 6, 0)


@pytest.mark.parametrize(
    ("pattern", "t", "name", "left"),
    [
        (BOX, 0.0, IN, 4.0),
        (BOX, 1.5, IN, 2.5),
        (BOX, 4.0, HOLD, 4.0),
        (BOX, 7.9, HOLD, 0.1),
        (BOX, 8.0, OUT, 4.0),
        (BOX, 12.0, HOLD_OUT, 4.0),
        (BOX, 15.0, HOLD_OUT, 1.0),
        (BOX, 16.0, IN, 4.0),
        (BOX, 16 * 37 + 9.0, OUT, 3.0),
        (FOUR_SEVEN_EIGHT, 3.0, IN, 1.0),
        (FOUR_SEVEN_EIGHT, 4.0, HOLD, 7.0),
        (FOUR_SEVEN_EIGHT, 10.5, HOLD, 0.5),
        (FOUR_SEVEN_EIGHT, 11.0, OUT, 8.0),
        (FOUR_SEVEN_EIGHT, 18.0, OUT, 1.0),
        (FOUR_SEVEN_EIGHT, 19.0, IN, 4.0),
        (PACED, 0.0, IN, 4.0),
        (PACED, 4.0, OUT, 6.0),
        (PACED, 9.5, OUT, 0.5),
        (PACED, 10.0, IN, 4.0),
        (PACED, 600.0, IN, 4.0),
        (PACED, -3.0, IN, 4.0),
    ],
)
def test_phase_and_time_left(pattern: BreathPattern, t: float, name: str, left: float) -> None:
    state = phase_at(pattern, t)
    assert state.name == name
    assert state.time_left == pytest.approx(left)


def test_countdown_shows_whole_seconds_down_to_one() -> None:
    counts = [phase_at(BOX, t).count for t in (0.0, 0.5, 1.0, 2.2, 3.99)]
    assert counts == [4, 4, 3, 2, 1]
    assert phase_at(FOUR_SEVEN_EIGHT, 4.0).words == "Hold"
    assert phase_at(PACED, 4.2).words == "Breathe out"


def test_cycle_number_counts_full_breaths() -> None:
    assert phase_at(PACED, 9.9).cycle == 0
    assert phase_at(PACED, 10.0).cycle == 1
    assert phase_at(BOX, 64.1).cycle == 4


def test_lung_level_grows_holds_and_shrinks() -> None:
    assert lung_level(BOX, 0.0) == 0.0
    assert lung_level(BOX, 2.0) == pytest.approx(0.5)
    assert lung_level(BOX, 6.0) == 1.0
    assert lung_level(BOX, 11.0) == pytest.approx(0.25)
    assert lung_level(BOX, 13.0) == 0.0
    assert lung_level(PACED, 7.0) == pytest.approx(0.5)


@given(
    inhale=st.integers(1, 20),
    hold=st.integers(0, 20),
    exhale=st.integers(1, 20),
    hold_out=st.integers(0, 20),
    t=st.floats(0, 10_000, allow_nan=False),
)
def test_schedule_invariants(inhale: int, hold: int, exhale: int, hold_out: int, t: float) -> None:
    pattern = BreathPattern(inhale, hold, exhale, hold_out)
    state = phase_at(pattern, t)
    assert state.seconds > 0
    assert 0.0 <= state.time_left <= state.seconds
    assert 1 <= state.count <= state.seconds
    assert 0.0 <= lung_level(pattern, t) <= 1.0
    # the same moment one cycle later is the same phase with the same time left
    later = phase_at(pattern, t + pattern.cycle_seconds)
    assert later.name == state.name
    assert later.time_left == pytest.approx(state.time_left, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "expected", "label"),
    [("4,7,8", (4, 7, 8, 0), "4-7-8"), ("4-4-4-4", (4, 4, 4, 4), "4-4-4-4"), ("4 6", (4, 0, 6, 0), "4-0-6")],
)
def test_parse_pattern(text: str, expected: tuple[int, ...], label: str) -> None:
    pattern = parse_pattern(text)
    assert pattern.as_tuple() == expected
    assert pattern.label == label


@pytest.mark.parametrize("text", ["4", "a,b", "4,4,4,4,4", "0,4", "4,4,30", ""])
def test_parse_pattern_refuses_with_the_option_named(text: str) -> None:
    with pytest.raises(InvalidInput, match="breath"):
        parse_pattern(text)
