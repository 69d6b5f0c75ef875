"""Stored text made safe for a terminal: the one rule every output path uses.

What a person (or an imported file) stored is shown as written, except the characters a
terminal would act on instead of print: C0 controls (ESC, BEL, NUL, CR, backspace ...),
DEL, C1 controls (U+0080-U+009F, which some terminals read as CSI/OSC), and the Unicode
bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) that can make text read
differently from what it is. Each is rendered visibly as a Python-style escape: ESC becomes
`\\x1b`, RIGHT-TO-LEFT OVERRIDE becomes `\\u202e`. A backslash itself is left alone, so ordinary
text (Windows paths, regexes) reads as typed.

`visible(text)` keeps newlines and tabs (journal bodies, notes); `visible_line(text)` also
renders them, for one-line places (table cells, names, the prompt line). `json_safe(text)`
turns raw C1/DEL/bidi characters in already-encoded JSON into `\\u` escapes, which JSON
decodes back to the same characters, so `--json` output stays exact JSON. `csv_cell(text)` is
`visible` for a CSV export, plus the spreadsheet rule (OWASP, CSV injection): a cell that
starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
shows it as text instead of running it as a formula. `without_controls(text)` is the last line
of defence for a fixed grid of cells (the dashboard's line filter): it drops what `visible`
would show, which takes no cell, so nothing on screen moves.

Width is counted in terminal cells, not characters: `cells(text)` (wide CJK and emoji take
two, combining marks, zero-width joiners and variation selectors none), `truncate(text, width)`
(at most `width` cells, ending in "…" when cut, never half of a wide character) and
`pad(text, width)` (filled with spaces to `width` cells, as `:<width` pads characters). Every
place that cuts or aligns text for a terminal, in the CLI and the dashboard alike, uses these.
They follow Unicode's East Asian Width as Python's `unicodedata` knows it; the few symbols a
newer Unicode made wide (U+2630 trigrams ...) count one cell here, and skin-tone modifiers
count two where a terminal joins them to the emoji before (too wide is safe, too narrow is not).

Pure string work with `str.translate` and a cached table: no imports beyond the standard
library's `re` (and `unicodedata`, imported the first time non-ASCII text is measured), fast
enough for ten years of journal (a 7 MB string in ~20 ms here).
"""

from __future__ import annotations

import re

_C0 = [c for c in range(0x20) if c not in (0x09, 0x0A)]
_OTHER = [0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE: dict[int, str] = {code: _escape(code) for code in (*_C0, *_OTHER)}
_LINE_TABLE: dict[int, str] = {**_TABLE, 0x09: "\\t", 0x0A: "\\n"}
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with every control character, ESC and bidi override shown as an escape.

    Newlines and tabs are kept. Safe to print to any terminal.
    """
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def visible_line(text: str) -> str:
    """Like `visible`, for one-line places: newlines and tabs are shown as `\\n` and `\\t` too."""
    if _UNSAFE_LINE.search(text) is None:
        return text
    return text.translate(_LINE_TABLE)


def is_safe(text: str) -> bool:
    """True when `text` holds nothing `visible` would change."""
    return _UNSAFE.search(text) is None


def json_safe(encoded: str) -> str:
    """Encoded JSON with raw DEL, C1 and bidi characters written as `\\uXXXX` escapes.

    JSON encoders escape C0 controls already; the rest are valid raw in JSON but a terminal
    may act on them. The escaped form decodes to exactly the same strings.
    """
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded  # the common case, in microseconds: a regex search of a 7.7 MB export took 60 ms
    if _JSON_UNSAFE.search(encoded) is None:
        return encoded
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """`text` for a CSV cell: `visible`, and a leading `'` where a spreadsheet would see a formula."""
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return visible(text)


_DROP: dict[int, None] = {code: None for code in (*_C0, 0x09, 0x0A, *_OTHER)}


def without_controls(text: str) -> str:
    """`text` without the characters `visible_line` would show (they take no terminal cell)."""
    if _UNSAFE_LINE.search(text) is None:
        return text
    return text.translate(_DROP)


ELLIPSIS = "…"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WIDTHS: dict[str, int] = {}  # non-ASCII character -> cells, filled as characters are met


def _char_cells(char: str) -> int:
    width = _WIDTHS.get(char)
    if width is None:
        import unicodedata

        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            width = 0
        else:
            width = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        _WIDTHS[char] = width
    return width


def cells(text: str) -> int:
    """How many terminal cells `text` takes: wide CJK and emoji count 2, combining marks 0.

    Meant for text already made visible (`visible_line`): raw control characters count 1.
    Only the non-ASCII characters are looked up (a line with one "…" costs one lookup: a
    10-year `journal search` measured every character, 395,000 lookups, +150 ms).
    """
    if text.isascii():
        return len(text)
    wide = _NON_ASCII.findall(text)
    return len(text) - len(wide) + sum(map(_char_cells, wide))


def truncate(text: str, width: int) -> str:
    """`text` in at most `width` cells, ending in "…" when it had to be cut.

    A wide character that would straddle the limit is left out whole; combining marks stay
    with the character they follow. `width` below 1 gives "".

    Example: truncate("今日は良い日", 7) == "今日は…" (6 cells + 1).
    """
    if width < 1:
        return ""
    if text.isascii():
        return text if len(text) <= width else text[: width - 1] + ELLIPSIS
    if cells(text) <= width:
        return text
    used = 0
    for end, char in enumerate(text):
        size = 1 if char.isascii() else _char_cells(char)
        if used + size > width - 1:
            return text[:end] + ELLIPSIS
        used += size
    return text  # not reached: the text is wider than `width`


def pad(text: str, width: int, *, right: bool = False) -> str:
    """`text` filled with spaces to `width` cells, as `f"{text:<{width}}"` does with characters
    (on the left when `right`, as `:>` does). Wider text is left whole: `pad(truncate(text, w), w)`
    gives exactly `w` cells."""
    fill = " " * (width - cells(text))
    return fill + text if right else text + fill
