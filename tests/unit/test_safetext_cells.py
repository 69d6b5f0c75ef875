"""Terminal cells (recovery_tui/safetext.py): `cells`, `truncate` and `pad` with wide text."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from recovery_tui.safetext import cells, pad, truncate

# Wide (CJK, Hangul, fullwidth, emoji), zero-width (combining marks, ZWJ, variation selector)
# and narrow (ASCII, accented Latin) characters, mixed: what breaks a len()-based cut.
MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0xC0, max_codepoint=0xFF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0xFF01, max_codepoint=0xFF60),
        st.characters(min_codepoint=0x1F600, max_codepoint=0x1F64F),
        st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
        st.sampled_from(["\u200d", "\ufe0f", "…"]),
    ),
    max_size=40,
)


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("plain", 5),
        ("", 0),
        ("今日", 4),
        ("👍", 2),
        ("cafe\u0301", 4),  # e + combining acute: one cell
        ("👨\u200d👩\u200d👧", 6),  # a ZWJ family: three emoji, joiners take no cell
        ("❤\ufe0f", 1),  # the variation selector takes no cell of its own
        ("ｗｉｄｅ", 8),  # fullwidth Latin
    ],
)
def test_cells_counts_terminal_cells(text: str, width: int) -> None:
    assert cells(text) == width


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("hello world", 11, "hello world"),
        ("hello world", 8, "hello w…"),  # ASCII: as text[: width - 1] + "…" always was
        ("今日は良い日", 7, "今日は…"),
        ("今日は良い日", 6, "今日…"),  # a third wide character would straddle the limit: left out whole
        ("a今日", 3, "a…"),
        ("cafe\u0301 au lait", 5, "cafe\u0301…"),  # the accent stays with its letter
        ("👍👍👍", 5, "👍👍…"),
        ("long", 1, "…"),
        ("long", 0, ""),
        ("long", -3, ""),
    ],
)
def test_truncate_examples(text: str, width: int, expected: str) -> None:
    assert truncate(text, width) == expected


def test_pad_fills_by_cells_and_never_cuts() -> None:
    assert pad("今", 4) == "今  "
    assert pad("ab", 4) == "ab  "
    assert pad("7", 3, right=True) == "  7"
    assert pad("日本", 5, right=True) == " 日本"
    assert pad("too long", 3) == "too long"  # as f"{text:<3}" leaves it: cutting is truncate's job


@given(MIXED, st.integers(min_value=0, max_value=50))
def test_truncate_never_exceeds_width(text: str, width: int) -> None:
    cut = truncate(text, width)
    assert cells(cut) <= width
    assert cell_len(cut) <= width  # and Rich (which lays out the dashboard) agrees


@given(MIXED, st.integers(min_value=1, max_value=50))
def test_truncate_keeps_whole_characters_and_marks_the_cut(text: str, width: int) -> None:
    cut = truncate(text, width)
    if cells(text) <= width:
        assert cut == text
        return
    kept = cut[:-1]
    assert cut.endswith("…") and text.startswith(kept)
    assert cells(kept) >= width - 2  # nothing more fitted: at most a wide character was left out
    assert cells(text[len(kept)]) > 0  # a combining mark or joiner is never cut off its character


@given(MIXED, st.integers(min_value=0, max_value=50))
def test_pad_of_a_truncated_text_is_exactly_width_cells(text: str, width: int) -> None:
    assert cells(pad(truncate(text, width), width)) == width
    assert cells(pad(truncate(text, width), width, right=True)) == width


@given(MIXED)
def test_cells_agrees_with_rich_on_wide_and_zero_width_text(text: str) -> None:
    assert cells(text) == cell_len(text)


def test_importing_safetext_stays_cheap() -> None:
    code = (
        "import sys\n"
        "import recovery_tui.safetext as s\n"
        "assert s.truncate('plain text', 5) == 'plai…'\n"
        "print(' '.join(m for m in ('unicodedata', 'rich', 'wcwidth', 'textual') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""  # unicodedata loads only when non-ASCII text is measured
