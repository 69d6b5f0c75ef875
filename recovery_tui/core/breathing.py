"""Breathing patterns as a pure phase schedule: which phase is on at time t, and its time left.

A pattern is up to four phase lengths in seconds, in the order in, hold, out, hold (the second
hold is after breathing out). Zero-length phases are skipped, so paced breathing is (4, 0, 6, 0)
and 4-7-8 is (4, 7, 8, 0). The schedule repeats for as long as the skill runs.

Everything here is a function of `t` (seconds since the skill started, pauses excluded), so the
CLI, the dashboard and the tests all agree on what to show at any moment without counting ticks.
"""

from __future__ import annotations

import math

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput

IN, HOLD, OUT, HOLD_OUT = "in", "hold", "out", "hold out"
PHASE_ORDER = (IN, HOLD, OUT, HOLD_OUT)
PHASE_WORDS = {IN: "Breathe in", HOLD: "Hold", OUT: "Breathe out", HOLD_OUT: "Hold"}
PHASE_MAX_SECONDS = 20


class BreathPattern(msgspec.Struct, frozen=True):
    """Seconds of each phase: in, hold (full), out, hold (empty). Zero means no such phase."""

    inhale: int
    hold: int
    exhale: int
    hold_out: int = 0

    def __post_init__(self) -> None:
        values = self.as_tuple()
        if any(v < 0 or v > PHASE_MAX_SECONDS for v in values):
            raise InvalidInput("breath", f"each phase is 0-{PHASE_MAX_SECONDS} seconds.")
        if self.inhale < 1 or self.exhale < 1:
            raise InvalidInput("breath", messages.BREATH_IN_OUT)

    def as_tuple(self) -> tuple[int, int, int, int]:
        """(in, hold, out, hold out) in seconds."""
        return (self.inhale, self.hold, self.exhale, self.hold_out)

    @property
    def phases(self) -> tuple[tuple[str, int], ...]:
        """The non-empty phases in order, as (name, seconds)."""
        return tuple((name, s) for name, s in zip(PHASE_ORDER, self.as_tuple(), strict=True) if s > 0)

    @property
    def cycle_seconds(self) -> int:
        """Length of one full breath."""
        return sum(self.as_tuple())

    @property
    def label(self) -> str:
        """How people write it: 4-4-4-4, 4-7-8, 4-0-6 (trailing zero holds left off)."""
        values = list(self.as_tuple())
        while len(values) > 2 and values[-1] == 0:
            values.pop()
        return "-".join(str(v) for v in values)

    def to_list(self) -> list[int]:
        """The stored form: [in, hold, out, hold out]."""
        return list(self.as_tuple())

    @classmethod
    def from_list(cls, values: list[int] | tuple[int, ...]) -> BreathPattern:
        """Build from 2-4 numbers: [in, out], [in, hold, out] or [in, hold, out, hold out]."""
        if len(values) == 2:
            return cls(values[0], 0, values[1], 0)
        if len(values) == 3:
            return cls(values[0], values[1], values[2], 0)
        if len(values) == 4:
            return cls(values[0], values[1], values[2], values[3])
        raise InvalidInput("breath", messages.BREATH_COUNT)


def parse_pattern(text: str) -> BreathPattern:
    """Parse '4,7,8', '4-4-4-4' or '4 6' into a pattern.

    Raises:
        InvalidInput: naming --breath and what is accepted.
    """
    parts = [p for p in text.replace("-", ",").replace(" ", ",").split(",") if p]
    try:
        values = [int(p) for p in parts]
    except ValueError:
        raise InvalidInput("breath", messages.BREATH_NUMBERS) from None
    return BreathPattern.from_list(values)


class PhaseState(msgspec.Struct, frozen=True):
    """Where a pattern is at one moment."""

    name: str
    seconds: int
    elapsed: float
    cycle: int

    @property
    def time_left(self) -> float:
        """Seconds left in this phase."""
        return max(0.0, self.seconds - self.elapsed)

    @property
    def count(self) -> int:
        """The whole-second countdown people see: 4, 3, 2, 1 during a 4-second phase."""
        return max(1, math.ceil(self.time_left - 1e-9))

    @property
    def fraction(self) -> float:
        """How far through this phase, 0.0 to 1.0."""
        return min(1.0, self.elapsed / self.seconds) if self.seconds else 1.0

    @property
    def words(self) -> str:
        """The instruction: Breathe in, Hold, Breathe out."""
        return PHASE_WORDS[self.name]


def phase_at(pattern: BreathPattern, t: float) -> PhaseState:
    """The phase at `t` seconds after the start (negative t counts as 0).

    At a boundary the next phase has begun: with 4-4-4-4, t=4.0 is the first second of Hold.
    """
    t = max(0.0, t)
    cycle, into = divmod(t, pattern.cycle_seconds)
    for name, seconds in pattern.phases:
        if into < seconds:
            return PhaseState(name, seconds, into, int(cycle))
        into -= seconds
    name, seconds = pattern.phases[0]  # float rounding at the very end of a cycle
    return PhaseState(name, seconds, 0.0, int(cycle) + 1)


def lung_level(pattern: BreathPattern, t: float) -> float:
    """How full to draw the lungs at `t`: 0.0 empty to 1.0 full.

    Grows during 'in', stays full during 'hold', shrinks during 'out', stays empty after.
    """
    state = phase_at(pattern, t)
    if state.name == IN:
        return state.fraction
    if state.name == HOLD:
        return 1.0
    if state.name == OUT:
        return 1.0 - state.fraction
    return 0.0
