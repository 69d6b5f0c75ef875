"""The one rule for showing stored text in a terminal (recovery_tui/safetext.py)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from recovery_tui.safetext import csv_cell, is_safe, json_safe, visible, visible_line, without_controls

CORPUS = [
    "\x1b]52;c;RVZJTA==\x07",  # OSC 52: write the clipboard
    "\x1b]0;PWNED\x07",  # OSC 0: retitle the terminal
    "\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b[2J\x1b[H",  # CSI: clear the screen
    "\x9b2J",  # C1 CSI
    "\u202eevil\u202c",  # bidi override
    "\u2066iso\u2069",
    "nul\x00byte",
    "back\x08space\rcarriage\x7fdel",
]


def test_every_corpus_entry_loses_its_control_characters() -> None:
    for text in CORPUS:
        shown = visible(text)
        assert is_safe(shown), repr(shown)
        assert not any(ord(c) < 0x20 and c not in "\n\t" for c in shown)
    assert visible("\x1b]0;PWNED\x07") == "\\x1b]0;PWNED\\x07"
    assert visible("a\u202eb") == "a\\u202eb"


def test_plain_text_is_untouched_and_newlines_kept() -> None:
    text = "Called Sam.\n\tFelt better. C:\\Users\\me — ça va 👍 שלום"
    assert visible(text) == text
    assert visible_line("a\nb\tc") == "a\\nb\\tc"


@given(st.text())
def test_visible_output_never_holds_a_terminal_control(text: str) -> None:
    shown = visible_line(text)
    assert all(
        not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069)
        for c in shown
    )


@given(st.text())
def test_json_safe_decodes_to_the_same_value(text: str) -> None:
    encoded = json.dumps({"note": text}, ensure_ascii=False)
    safe = json_safe(encoded)
    assert json.loads(safe) == {"note": text}
    assert is_safe(safe.replace("\n", ""))


def test_csv_cell_keeps_formulas_as_text_and_shows_controls() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(text).startswith("'"), text
    assert csv_cell("\rx") == "'\\x0dx"
    assert csv_cell("a=b, -1") == "a=b, -1"
    assert csv_cell("hi \x1b]0;T\x07") == "hi \\x1b]0;T\\x07"


@given(st.text())
def test_without_controls_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    kept = without_controls(text)
    assert visible_line(kept) == kept
    assert without_controls("a\x1b]0;T\x07b\u202ec") == "a]0;Tbc"
