"""The current warnings as plain lines for the command line, one way for every command that
shows them (`recover status`, `recover sos`, `recover insights`).

Each sign is a bullet with its sentence, then where help is, wrapped to the width given. The
sentences can quote stored text (a trigger's or a counter's name), so they go through
safetext.visible_line. Plain strings, no Rich: `sos` and `status` import none.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from recovery_tui.core.insights import Note
from recovery_tui.safetext import visible_line


def warning_lines(notes: Sequence[Note], width: int, *, indent: str = "  ", helps: bool = True) -> list[str]:
    """Each note as a bullet (`indent` + "• ") with its sentence, and (`helps`) where help is
    under it (SOS leaves that out: what it points to is on the SOS screen itself)."""
    rows: list[str] = []
    inner = indent + "  "
    for note in notes:
        rows += textwrap.wrap(visible_line(note.text), width, initial_indent=indent + "• ", subsequent_indent=inner)
        if helps:
            rows += textwrap.wrap(note.help() or "", width, initial_indent=inner, subsequent_indent=inner)
    return rows
