"""Stored text on the dashboard: the one rule (recovery_tui/safetext.py) in Textual's terms.

- `shown(text)` / `shown_line(text)`: for widgets with markup off (or a `Content`): control
  characters, ESC and bidi overrides shown as escapes (`\\x1b`), as on the command line.
- `markup(template, name=stored)`: our markup with stored text put in as `$name` template
  variables, which Textual inserts as text, never as markup (`markup("[b]$name[/b]", name=n)`).
  Escaping stored text into a markup string is not safe: `textual.markup.escape` leaves a
  trailing backslash that then escapes our own next tag ('x\\' + '[/b]'), so stored text
  never goes into a markup string here.
- `plain(text)`: a one-line `Content` that is never read as markup (Options, Select prompts,
  check box labels).
- Notifications quoting stored text: `app.notify(shown(text), markup=False)`.
- `ControlFilter`: the last line of defence. The app adds it to every widget's line filters
  (`RecoverApp.get_line_filters`), so whatever reaches the screen by a path that forgot the
  rule (an Input or TextArea showing a stored value, a title, a toast, a widget written
  tomorrow) loses its control characters before Textual writes it to the terminal. They take
  no cell, so dropping them moves nothing on screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from textual.color import Color
from textual.content import Content
from textual.filter import LineFilter

from recovery_tui.safetext import visible, visible_line, without_controls


def shown(text: str) -> str:
    """`text` for a widget with markup off: controls shown as escapes, newlines kept."""
    return visible(text)


def shown_line(text: str) -> str:
    """`text` on one line for a widget with markup off (newlines and tabs shown too)."""
    return visible_line(text)


def markup(template: str, **values: str) -> Content:
    """`template` (our markup) with each stored value put in as text, through the rule.

    Args:
        template: Textual markup written here, with `$name` where a value goes.
        **values: stored text; newlines kept, control characters shown as escapes.
    """
    return Content.from_markup(template, **{name: visible(value) for name, value in values.items()})


def lines(rows: Iterable[Content | str]) -> Content:
    """Rows (Content, or plain strings: never read as markup) joined by newlines."""
    return Content("\n").join(Content(shown(row)) if isinstance(row, str) else row for row in rows)


def plain(text: str) -> Content:
    """A Content of `text` on one line, never read as markup."""
    return Content(visible_line(text))


class ControlFilter(LineFilter):
    """Drops control characters, ESC and bidi overrides from every line drawn."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments with `safetext.without_controls` applied to their text."""
        out: list[Segment] = []
        changed = False
        for segment in segments:
            text = segment.text if segment.control else without_controls(segment.text)
            if text is segment.text:
                out.append(segment)
            else:
                changed = True
                out.append(Segment(text, segment.style, segment.control))
        return out if changed else segments
