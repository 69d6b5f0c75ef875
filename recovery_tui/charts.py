"""Text charts shared by the CLI and the dashboard: bars, heat-map shades and sparklines.

Plain strings only (no Rich, no Textual), so the shapes read the same with colour off
(NO_COLOR), in a pipe, and on both dashboard themes. Shading uses · ░ ▒ ▓ █.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

SHADES = ("·", "░", "▒", "▓", "█")
_EIGHTHS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")
_SPARKS = "▁▂▃▄▅▆▇█"


def bar(value: float, maximum: float, width: int) -> str:
    """A horizontal bar `width` cells long at `maximum`, in eighths of a cell."""
    if maximum <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = round(min(value, maximum) / maximum * width * 8)
    eighths = max(eighths, 1)
    return "█" * (eighths // 8) + _EIGHTHS[eighths % 8]


def shade_level(count: int, maximum: int) -> int:
    """0 for no entries, else 1-4 in quarters of the maximum (rounded up)."""
    if count <= 0 or maximum <= 0:
        return 0
    return min(4, max(1, math.ceil(4 * count / maximum)))


def shade(count: int, maximum: int) -> str:
    """The shading character for a heat-map cell."""
    return SHADES[shade_level(count, maximum)]


def shade_legend(maximum: int) -> str:
    """What each shade means for this map, e.g. '· none  ░ 1  ▒ 2  ▓ 3  █ 4'."""
    if maximum <= 0:
        return "· none"
    parts = ["· none"]
    for level in range(1, 5):
        low = math.floor((level - 1) * maximum / 4) + 1
        high = math.floor(level * maximum / 4)
        if high < low:
            continue
        parts.append(f"{SHADES[level]} {low}" if low == high else f"{SHADES[level]} {low}-{high}")
    return "  ".join(parts)


def sparkline(values: Sequence[float | None], low: float = 0.0, high: float = 10.0) -> str:
    """One character per value on a fixed scale (craving 0-10 by default); gaps as spaces."""
    out = []
    span = high - low
    for value in values:
        if value is None:
            out.append(" ")
            continue
        index = 0 if span <= 0 else round((min(max(value, low), high) - low) / span * (len(_SPARKS) - 1))
        out.append(_SPARKS[index])
    return "".join(out)
