"""`counted(n, noun)`: a count with its noun in the right number ("1 point", "2 points").

The one helper for every place a count meets a noun, in the CLI and the dashboard alike, so
no line ever says "1 points" or falls back to "record(s)". Nouns that do not just add an `s`
give their plural (`counted(n, "entry", "entries")`).
"""

from __future__ import annotations


def noun(count: int | float, singular: str, plural: str | None = None) -> str:
    """`singular` when `count` is exactly 1 (or -1), else `plural` (default: singular + 's')."""
    if abs(count) == 1:
        return singular
    return plural if plural is not None else f"{singular}s"


def counted(count: int | float, singular: str, plural: str | None = None) -> str:
    """`count` and its noun: `1 point`, `0 points`, `3 entries`, `1 day`."""
    return f"{count} {noun(count, singular, plural)}"
