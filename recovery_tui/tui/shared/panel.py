"""Panel: the base of the dashboard's four panels (counters, today, triggers, meetings & points).

What each panel did for itself is here once: a rounded box with its title and, in the bottom
border, the keys of its feature; one body (a Static, id `<NAME>-body`, markup off) drawn from
what a store worker read; reading when it mounts and again whenever the app's `data_version`
moves (a write on the dashboard, or the file changed under it), in the store-work group
`<NAME>-load` so a newer read supersedes an older one; drawing again on resize from what was
read (no re-reading); the reason in the body when the file could not be read (said as the
dashboard says it, tui/said.py; the body has the class `-problem` then, so a panel that cuts
its lines can wrap it); an empty state
when there is nothing to show. A panel says when it has drawn for the first time with the
Panel.FirstDrawn message: the dashboard mounts its other panels only once the counters panel
has (dashboard/dashboard.py says why). A panel gives NAME, TITLE, KEYS, EMPTY, `read(store, now)`
(runs in the worker) and `rows(read, width)` (the body's lines; none shows EMPTY).

Panels are not focusable and clip what does not fit; one with a key of its own (the counters
panel's enter) sets `can_focus = True` and `overflow-y: auto` in its .tcss, and then
scrolls with the arrow and page keys (ScrollableContainer's) and shows the accent border while
it has focus. Each panel's id is `<NAME>-panel`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from recovery_tui.errors import RecoverError
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import lines
from recovery_tui.tui.said import said

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_WIDTH = 35  # the body's width in cells at 80 columns, until the panel has been laid out


class Panel(ScrollableContainer, Generic[T], can_focus=False):
    """A dashboard panel: title, keys, one body drawn from what a store worker read."""

    DEFAULT_CSS = """
    Panel {
        border: round $primary;
        border-title-color: $text;
        padding: 0 1;
        height: 1fr;
        min-height: 6;
        overflow: hidden hidden;
    }
    Panel:focus-within { border: round $accent; }
    """

    NAME: ClassVar[str]
    """Names the body (`#<NAME>-body`) and the store-work group (`<NAME>-load`)."""
    TITLE: ClassVar[str]
    """The border title."""
    KEYS: ClassVar[str] = ""
    """The bottom border: the dashboard keys of this feature (`t log · i insights`)."""
    EMPTY: ClassVar[str] = ""
    """The body when `rows` gives none."""

    class FirstDrawn(Message):
        """A panel has drawn for the first time (what it read, or why it could not)."""

        def __init__(self, panel: Panel[Any]) -> None:
            super().__init__()
            self.panel = panel

    def __init__(self, *, classes: str | None = None) -> None:
        """Args:
        classes: CSS classes.
        """
        super().__init__(classes=classes, id=f"{self.NAME}-panel")
        self.last_read: T | None = None
        self.problem: str | None = None  # why the last read failed
        self.drawn = False  # True once it has drawn what it read (or why it could not)

    def compose(self) -> ComposeResult:
        yield Static(id=f"{self.NAME}-body", markup=False)

    def on_mount(self) -> None:
        self.border_title = self.TITLE
        self.border_subtitle = self.KEYS
        self.watch(self.app, "data_version", self.reload)

    @property
    def body(self) -> Static:
        """The Static the panel draws into."""
        return self.query_one(f"#{self.NAME}-body", Static)

    @property
    def text_width(self) -> int:
        """The body's width in cells (DEFAULT_WIDTH before the first layout)."""
        return self.scrollable_content_region.width or DEFAULT_WIDTH

    def read(self, store: Store, now: datetime) -> T:
        """What the panel shows, read from the store (runs in a store worker)."""
        raise NotImplementedError

    def rows(self, read: T, width: int) -> Iterable[Content | str]:
        """The body's lines for what was read, fitted to `width` cells (plain strings are shown
        as text, never markup); none shows EMPTY."""
        raise NotImplementedError

    def reload(self, _version: int = 0) -> None:
        """Read again (in a store worker), then draw."""
        self.load(self.read, self.loaded)

    def load(self, job: Callable[[Store, datetime], R], then: Callable[[R], object]) -> None:
        """Run `job(store, now)` in the panel's store-work group, then `then(result)`; a failure
        is shown in the body. Nothing is shown once the panel is gone."""
        app = recover_app(self)
        now = app.now()
        app.store_work(lambda store: job(store, now), then, group=f"{self.NAME}-load", failed=self.failed, owner=self)

    def loaded(self, read: T) -> None:
        """Keep what the worker read and draw it."""
        self.last_read, self.problem = read, None
        self.draw()
        self._first_drawn()

    def failed(self, error: RecoverError) -> None:
        """The file could not be read: say why in the body."""
        self.problem = said(error)
        self.draw()
        self._first_drawn()

    def _first_drawn(self) -> None:
        if not self.drawn:
            self.drawn = True
            self.post_message(self.FirstDrawn(self))

    def draw(self) -> None:
        """Draw the body from what was read last (nothing before the first read)."""
        self.body.set_class(self.problem is not None, "-problem")
        if self.problem is not None:
            self.body.update(lines([self.problem]))
        elif self.last_read is not None:
            self.body.update(lines(list(self.rows(self.last_read, self.text_width)) or [self.EMPTY]))

    def on_resize(self) -> None:
        """Fit the lines to the new size from what was read."""
        self.draw()
