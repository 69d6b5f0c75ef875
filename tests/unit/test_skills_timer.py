"""The pausable timer, driven by a hand-moved clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_tui.core.timer import FINISHED, PAUSED, READY, RUNNING, STOPPED, SkillTimer, clock_text, duration_text


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_pause_excludes_time_and_resume_continues() -> None:
    clock = FakeClock()
    timer = SkillTimer(600, clock)
    assert timer.state == READY
    timer.start()
    clock.t += 100
    assert timer.state == RUNNING and timer.remaining == 500
    timer.pause()
    clock.t += 1000
    assert timer.state == PAUSED and timer.remaining == 500
    timer.resume()
    clock.t += 50
    assert timer.elapsed == 150
    timer.toggle()
    assert timer.state == PAUSED
    timer.toggle()
    clock.t += 450
    assert timer.state == FINISHED and timer.completed and timer.done
    clock.t += 99
    assert timer.elapsed == 600 and timer.remaining == 0
    timer.stop()
    assert timer.state == FINISHED and timer.actual_seconds == 600


def test_stop_early_keeps_the_time_done() -> None:
    clock = FakeClock()
    timer = SkillTimer(600, clock)
    timer.start()
    clock.t += 61.4
    timer.pause()
    clock.t += 30
    timer.stop()
    clock.t += 30
    assert timer.state == STOPPED and not timer.completed
    assert timer.actual_seconds == 61


def test_clock_text_rounds_up() -> None:
    assert clock_text(600) == "10:00"
    assert clock_text(599.2) == "10:00"
    assert clock_text(0.2) == "00:01"
    assert clock_text(0) == "00:00"
    assert clock_text(-5) == "00:00"


def test_duration_text() -> None:
    assert [duration_text(s) for s in (0, 11.4, 60, 192, 600)] == ["0 s", "11 s", "1 min", "3 min 12 s", "10 min"]


@given(st.lists(st.tuples(st.sampled_from(["advance", "pause", "resume"]), st.floats(0, 200)), max_size=30))
def test_elapsed_is_the_running_time_only(steps: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    timer = SkillTimer(600, clock)
    timer.start()
    running, expected = True, 0.0
    for action, amount in steps:
        if action == "advance":
            clock.t += amount
            if running:
                expected += amount
        elif action == "pause":
            timer.pause()
            running = False
        else:
            timer.resume()
            running = True
    assert timer.elapsed == pytest.approx(min(600.0, expected), abs=1e-6)
    assert timer.remaining == pytest.approx(max(0.0, 600.0 - expected), abs=1e-6)
    assert timer.completed == (expected >= 600)
