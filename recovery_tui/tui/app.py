"""RecoverApp: the Textual dashboard application (screens, global keys, data refresh).

The app owns one Store and one clock. Screens and panels read through services with
`app.store` and `app.now()`, write through the same services the CLI uses, then post
`DataChanged`. The app also polls the file's identity every two seconds, so a check-in made
from another terminal shows up without a restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from recovery_tui import clock as wall_clock
from recovery_tui.errors import RecoverError
from recovery_tui.store import Store
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.screens.dashboard import DashboardScreen
from recovery_tui.tui.screens.help import HelpScreen


class RecoverApp(App[None]):
    """The `recover` dashboard."""

    TITLE = "recover"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+s", "sos", "SOS", priority=True, show=True),  # issue 8: from every screen and form
    ]

    data_version: reactive[int] = reactive(0)

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self._clock = clock or wall_clock.now
        self.monotonic = monotonic or time.monotonic
        self._file_identity = self._identity()

    def now(self) -> datetime:
        """The current time (injected in tests)."""
        return self._clock()

    def _identity(self) -> tuple[int, int, int] | None:
        try:
            st = self.store.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def on_mount(self) -> None:
        self.sub_title = str(self.store.path)
        self.push_screen(DashboardScreen())
        self.set_interval(2.0, self._poll_file)

    def _poll_file(self) -> None:
        identity = self._identity()
        if identity != self._file_identity:
            self._file_identity = identity
            self.data_version += 1

    def on_data_changed(self, message: DataChanged) -> None:
        """A screen wrote data: tell every panel to reload."""
        self._file_identity = self._identity()
        self.data_version += 1

    def first_paint_done(self) -> bool:
        """True once the dashboard's panels are mounted and the counters panel shows its text.

        The benchmark waits on this to time the dashboard's first full paint.
        """
        screen = self.screen
        if not isinstance(screen, DashboardScreen):
            return False
        panels = list(screen.query(".panel"))
        if not panels or not all(panel.is_mounted for panel in panels):
            return False
        from textual.widgets import Static

        bodies = screen.query("#counters-body").results(Static)
        return any(str(body.render()).strip() for body in bodies)

    def report(self, error: RecoverError) -> None:
        """Show a user error as a notification (the dashboard never crashes on bad input)."""
        self.notify(str(error), severity="error", timeout=8)

    def action_sos(self) -> None:
        """Open the SOS screen on top of whatever is open; nothing happens if it is already open."""
        from recovery_tui.tui.screens.sos_screen import SosScreen

        if not any(isinstance(screen, SosScreen) for screen in self.screen_stack):
            self.push_screen(SosScreen())

    def action_help(self) -> None:
        """Open the keys and about screen."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
