"""core/reasons.py: the text rule, the reason of the day, and what follows a strong craving."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from recovery_tui import wording
from recovery_tui.core.reasons import AFTER_CRAVING_MAX, TEXT_MAX, Reason, after_craving, clean_text, of_the_day
from recovery_tui.errors import InvalidInput

DAY = date(2026, 11, 20)


def _reasons(*texts: str) -> list[Reason]:
    return [Reason(f"id-{i}", text) for i, text in enumerate(texts)]


def test_text_is_trimmed_and_limited() -> None:
    assert clean_text("  my kids\nand me  ") == "my kids\nand me"
    assert clean_text("x" * TEXT_MAX) == "x" * TEXT_MAX
    for bad in ("", "   ", "x" * (TEXT_MAX + 1)):
        with pytest.raises(InvalidInput) as refused:
            clean_text(bad)
        assert refused.value.field == "text"


def test_reason_of_the_day_turns_through_them_all() -> None:
    reasons = _reasons("a", "b", "c")
    seen = [of_the_day(reasons, DAY + timedelta(days=n)) for n in range(3)]
    assert sorted(pick[1].text for pick in seen if pick) == ["a", "b", "c"]
    assert all(pick is not None and reasons[pick[0] - 1] is pick[1] for pick in seen)
    assert of_the_day(reasons, DAY) == of_the_day(reasons, DAY)  # the same all day
    assert of_the_day([], DAY) is None


@pytest.mark.parametrize("craving", [None, 0, 6])
def test_nothing_follows_a_weaker_craving(craving: int | None) -> None:
    assert after_craving(_reasons("a"), craving, DAY) == []


def test_a_strong_craving_is_followed_by_up_to_three_reasons_of_the_day_first() -> None:
    reasons = _reasons("a", "b", "c", "d")
    lines = after_craving(reasons, 7, DAY)
    first = of_the_day(reasons, DAY)
    assert first is not None
    assert lines[0] == wording.REASONS_AFTER_CRAVING
    assert len(lines) == 1 + AFTER_CRAVING_MAX and lines[1] == f"  • {first[1].text}"
    assert after_craving([], 10, DAY) == []
    assert after_craving(_reasons("two\nlines"), 10, DAY)[1] == "  • two lines"
