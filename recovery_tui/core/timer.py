"""A pausable countdown driven by an injected monotonic clock (no sleeping, no tick counting).

`SkillTimer(planned_seconds, clock)` reads `clock()` (time.monotonic in real use, a number the
test moves by hand otherwise) whenever it is asked how much time has passed. Pauses are
excluded. Because the answer is always computed from the clock, the display is right however
rarely it is redrawn, and a timer keeps going while nobody looks at it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

READY, RUNNING, PAUSED, FINISHED, STOPPED = "ready", "running", "paused", "finished", "stopped"


@dataclass
class SkillTimer:
    """Countdown of `planned_seconds`, paused and resumed at will, stopped early or finished.

    A dataclass, not a msgspec Struct like the records: its clock state is set only by its
    methods (`field(init=False)`), which a Struct cannot express without taking that state
    as constructor arguments; and it is imported only when a skill runs, not at start-up.
    """

    planned_seconds: int
    clock: Callable[[], float]
    _started: float | None = field(default=None, init=False)
    _paused_at: float | None = field(default=None, init=False)
    _paused_total: float = field(default=0.0, init=False)
    _ended: float | None = field(default=None, init=False)
    _stopped_early: bool = field(default=False, init=False)

    def start(self) -> None:
        """Start counting (once)."""
        if self._started is None:
            self._started = self.clock()

    def pause(self) -> None:
        """Stop the clock for now; `resume` continues from the same time left."""
        if self.state == RUNNING:
            self._paused_at = self.clock()

    def resume(self) -> None:
        """Continue after a pause."""
        if self._paused_at is not None and self._ended is None:
            self._paused_total += self.clock() - self._paused_at
            self._paused_at = None

    def toggle(self) -> None:
        """Pause when running, resume when paused."""
        if self.state == PAUSED:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        """End early (a finished timer stays finished)."""
        if self._started is None or self._ended is not None:
            return
        if self.elapsed >= self.planned_seconds:
            self._ended = self._end_moment()
            return
        self._ended = self._paused_at if self._paused_at is not None else self.clock()
        self._stopped_early = True

    def _end_moment(self) -> float:
        assert self._started is not None
        return self._started + self._paused_total + self.planned_seconds

    def _raw_elapsed(self) -> float:
        if self._started is None:
            return 0.0
        if self._ended is not None:
            upto = self._ended
        elif self._paused_at is not None:
            upto = self._paused_at
        else:
            upto = self.clock()
        return max(0.0, upto - self._started - self._paused_total)

    @property
    def elapsed(self) -> float:
        """Seconds counted so far (pauses excluded), at most `planned_seconds`."""
        return min(float(self.planned_seconds), self._raw_elapsed())

    @property
    def remaining(self) -> float:
        """Seconds left."""
        return max(0.0, self.planned_seconds - self.elapsed)

    @property
    def fraction(self) -> float:
        """Share done, 0.0 to 1.0."""
        return self.elapsed / self.planned_seconds if self.planned_seconds else 1.0

    @property
    def state(self) -> str:
        """ready, running, paused, finished (the full time) or stopped (ended early)."""
        if self._started is None:
            return READY
        if self._ended is not None:
            return STOPPED if self._stopped_early else FINISHED
        if self._raw_elapsed() >= self.planned_seconds:
            return FINISHED
        return PAUSED if self._paused_at is not None else RUNNING

    @property
    def done(self) -> bool:
        """True once finished or stopped."""
        return self.state in (FINISHED, STOPPED)

    @property
    def completed(self) -> bool:
        """True when the full planned time ran."""
        return self.state == FINISHED

    @property
    def actual_seconds(self) -> int:
        """Whole seconds counted, as stored with the session."""
        return int(round(self.elapsed))


def clock_text(seconds: float) -> str:
    """Time left as people read it: 09:59, 00:05 (rounded up, so 0.2 s left shows 00:01)."""
    whole = int(-(-max(0.0, seconds) // 1))
    minutes, secs = divmod(whole, 60)
    return f"{minutes:02d}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """A duration as people say it, to the nearest second: '45 s', '3 min 12 s', '10 min'."""
    whole = int(round(max(0.0, seconds)))
    minutes, secs = divmod(whole, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"
