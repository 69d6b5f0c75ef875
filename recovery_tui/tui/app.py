"""RecoverApp: the Textual dashboard application (screens, global keys, data refresh).

The app owns one Store and one clock. Screens and panels read through services with
`app.store` and `app.now()`, write through the same services the CLI uses, then post
`DataChanged`.

Store work runs in Textual thread workers (`@work(thread=True, exclusive=True)`), never on the
event loop: while another process holds the data file's lock a write can wait up to 10 s, and
the dashboard (above all ctrl+s, SOS) must keep answering. A Store is not thread-safe, so
every worker goes through `app.with_store(job)`, which holds one app-wide lock around the job;
results come back to the event loop with `app.deliver(callback, value)`.

The app also polls the file's identity every two seconds, so a check-in made from another
terminal shows up without a restart. The theme picked in the command palette is
kept in the `theme` setting (written once it has settled for two seconds, or at quit, not for
every theme the palette previews) and applied at the next start.

On a new, empty data file the first-run welcome (welcome/welcome_screen.py) opens over the
dashboard, once (services/welcome.py decides and remembers).

On an encrypted file opened without RECOVER_PASSPHRASE_CMD the app starts `locked`: the
passphrase screen (three tries, ctrl+s for crisis lines) comes before the dashboard.
Output safety: widgets show stored text through tui/safe.py, and every line drawn passes the
app's ControlFilter, so no control character a file holds ever reaches the terminal.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.filter import LineFilter
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme
from textual.timer import Timer

from recovery_tui import clock as wall_clock
from recovery_tui.errors import RecoverError
from recovery_tui.store import Store
from recovery_tui.tui.bindings import HELP_TOOLTIP, SOS_TOOLTIP
from recovery_tui.tui.commands import RecoverCommands
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.messages import DataChanged, Restarted
from recovery_tui.tui.safe import ControlFilter, shown, shown_line
from recovery_tui.tui.said import said
from recovery_tui.tui.shared.help import HelpScreen

THEME_SETTLE_SECONDS = 2.0

T = TypeVar("T")


class RecoverApp(App[None]):
    """The `recover` dashboard."""

    TITLE = "recover"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", tooltip=HELP_TOOLTIP),
        Binding("q", "quit", "Quit", tooltip="quit"),
        Binding(
            "ctrl+s", "sos", "SOS", priority=True, show=True, tooltip=SOS_TOOLTIP
        ),  # issue 8: from every screen and form
    ]

    COMMANDS = {RecoverCommands}  # ctrl+p: the app's own commands, then get_system_commands' (Theme)
    data_version: reactive[int] = reactive(0)
    exiting = False

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] | None = None,
        locked: bool = False,
    ) -> None:
        """Args:
        store: the data file's Store.
        clock: the current time (tests freeze it).
        monotonic: a monotonic clock (tests drive it).
        locked: the file is encrypted and not yet unlocked: the passphrase screen comes first.
        """
        super().__init__()
        self.store = store
        self.store_lock = threading.RLock()  # one store user at a time (workers run in threads)
        self.locked = locked
        self._control_filter = ControlFilter()
        self._clock = clock or wall_clock.now
        self.monotonic = monotonic or time.monotonic
        self._file_identity = self._identity()
        self._saved_theme = ""
        self._theme_timer: Timer | None = None

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then ours: no control character reaches the terminal."""
        return [*super().get_line_filters(), self._control_filter]

    def now(self) -> datetime:
        """The current time (injected in tests)."""
        return self._clock()

    def with_store(self, job: Callable[[Store], T]) -> T:
        """Run `job(store)` holding the app's store lock. Call it from a worker thread only:
        it may wait (for another thread, or for another process's file lock)."""
        with self.store_lock:
            return job(self.store)

    def store_work(
        self,
        job: Callable[[Store], T],
        then: Callable[[T], object],
        *,
        group: str,
        failed: Callable[[RecoverError], object] | None = None,
        owner: DOMNode | None = None,
    ) -> None:
        """Run `job(store)` in a thread worker (a newer one in `group` supersedes it), then
        `then(result)` on the event loop; a RecoverError goes to `failed` (default: a notice).
        With `owner` (the widget that shows the result), nothing is shown once it is gone."""

        def if_attached(callback: Callable[[Any], object]) -> Callable[[Any], object]:
            def show(value: Any) -> object:
                if owner is not None and not owner.is_attached:
                    return None
                return callback(value)

            return show

        def run() -> None:
            from textual.worker import get_current_worker

            try:
                result = self.with_store(job)
            except RecoverError as error:
                self.deliver(if_attached(failed or self.report), error)
                return
            if not get_current_worker().is_cancelled:
                self.deliver(if_attached(then), result)

        self.run_worker(run, thread=True, exclusive=True, group=group, name=group)

    def deliver(self, callback: Callable[..., object], *args: Any) -> None:
        """From a worker thread: run `callback(*args)` on the event loop (dropped once quitting)."""
        if self.exiting or not self.is_running:
            return
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass  # the app closed while the worker ran

    def _identity(self) -> tuple[int, int, int] | None:
        try:
            st = self.store.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    @property
    def shown_path(self) -> str:
        """The data file's path for the header: a control character in it shown as an escape."""
        return shown_line(str(self.store.path))

    def on_mount(self) -> None:
        self.sub_title = self.shown_path
        if self.locked:
            from recovery_tui.tui.shared.passphrase_screen import PassphraseScreen

            gc.enable()  # off for the dashboard's first paint (cli/dashboard_run.py); none here

            self.push_screen(PassphraseScreen(), self._unlocked)
        else:
            # after Textual's start-up batch, not inside it: a screen pushed from on_mount is laid
            # out and drawn while repaints are held, and that frame is thrown away and drawn again
            # (dashboard/dashboard.py has the figure)
            self.call_later(self._open_dashboard)
        self.set_interval(2.0, self._poll_file)

    def _unlocked(self, opened: bool | None) -> None:
        if opened:
            self.locked = False
            self._open_dashboard()

    def _open_dashboard(self) -> None:
        self._apply_saved_theme()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.push_screen(DashboardScreen())
        self._welcome_if_new()

    def _welcome_if_new(self) -> None:
        """On a new, empty data file never welcomed, open the first-run welcome over the dashboard."""
        from recovery_tui.services import welcome as welcome_service

        def opened(new: bool) -> None:
            if new:
                from recovery_tui.tui.welcome.welcome_screen import WelcomeScreen

                self.push_screen(WelcomeScreen())

        # the dashboard itself will say what is wrong with an unreadable file
        self.store_work(welcome_service.needs_welcome, opened, group="welcome", failed=lambda _error: None)

    def _apply_saved_theme(self) -> None:
        from recovery_tui.services import config as config_service

        def load(store: Store) -> str:
            return str(config_service.load(store).get("theme") or "")

        # the dashboard itself will say what is wrong with an unreadable file
        self.store_work(load, self._use_theme, group="theme-load", failed=lambda _error: None)

    def _use_theme(self, name: str) -> None:
        self._saved_theme = name
        if name in self.available_themes and name != self.theme:
            self.theme = name
            self._saved_theme = name

    def _remember_theme(self, _theme: Theme) -> None:
        # The palette previews each theme the cursor passes: save once it settles (or at exit).
        if self._theme_timer is not None:
            self._theme_timer.stop()
        self._theme_timer = self.set_timer(THEME_SETTLE_SECONDS, self._save_theme)

    def _save_theme(self, *, now: bool = False) -> None:
        """Remember the theme (in a store worker; at quit, `now`, before the app closes)."""
        self._theme_timer = None
        name = self.theme
        if name == self._saved_theme:
            return
        from recovery_tui.services import config as config_service

        def save(store: Store) -> str:
            config_service.set_value(store, "theme", name)
            return name

        if not now:
            self.store_work(save, self._theme_saved, group="theme-save")
            return
        try:
            self.with_store(save)
        except RecoverError:
            return  # quitting: nowhere left to say it; the theme is only a preference
        self._saved_theme = name

    def theme_kept(self, name: str) -> None:
        """Apply `name` now; it was just saved (the settings screen), so nothing more is written."""
        if name in self.available_themes:
            self.theme = name
        self._theme_saved(name)

    def _theme_saved(self, name: str) -> None:
        self._saved_theme = name
        self._file_identity = self._identity()  # our own write: nothing to reload

    def _poll_file(self) -> None:
        identity = self._identity()
        if identity != self._file_identity:
            self._file_identity = identity
            self.data_version += 1

    def on_data_changed(self, message: DataChanged) -> None:
        """A screen wrote data: tell every panel to reload."""
        self._file_identity = self._identity()
        self.data_version += 1

    def on_restarted(self, message: Restarted) -> None:
        """A form restarted a counter: the dashboard offers to undo it."""
        for screen in self.screen_stack:
            if isinstance(screen, DashboardScreen):
                screen.offer_undo(message.restarts)

    def first_paint_done(self) -> bool:
        """True once the dashboard's panels are mounted and the counters panel shows its text.

        The benchmark waits on this to time the dashboard's first full paint.
        """
        screen = self.screen
        if not isinstance(screen, DashboardScreen) or not screen.filled:
            return False
        panels = list(screen.query(".panel"))
        if not panels or not all(panel.is_mounted for panel in panels):
            return False
        from textual.widgets import Static

        bodies = screen.query("#counters-body").results(Static)
        return any(str(body.render()).strip() for body in bodies)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Quit; keys still queued behind `q` no longer open screens on the way out."""
        if self._theme_timer is not None and not self.exiting:
            self._theme_timer.stop()
            self._save_theme(now=True)
        self.exiting = True
        super().exit(*args, **kwargs)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """Push a screen, unless the app is already quitting (a key typed right after `q`)."""
        if self.exiting:
            future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            future.set_result(None)
            return future
        return super().push_screen(*args, **kwargs)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands that a person here needs: Theme. Quit and Keys come
        from our keys (tui/commands.py: quit asks first while a skill runs; `?` is our help);
        Maximize is layout, and Screenshot would write an unencrypted picture of private
        entries to disk."""
        for command in super().get_system_commands(screen):
            if command.title == "Theme":
                yield command

    def report(self, error: RecoverError) -> None:
        """Show a user error as a notification (the dashboard never crashes on bad input).

        A refused value shows its sentence alone: forms put it under their field first
        (shared/field_error.py), so this is for the fields a form does not have.
        """
        self.notify(shown(said(error)), markup=False, severity="error", timeout=8)

    def action_sos(self) -> None:
        """Open the SOS screen on top of whatever is open; nothing happens if it is already open."""
        from recovery_tui.tui.sos.sos_screen import SosScreen

        if not any(isinstance(screen, SosScreen) for screen in self.screen_stack):
            self.push_screen(SosScreen())

    async def action_quit(self) -> None:
        """Quit; while a skill runs, ask first and keep the session (stopped early)."""
        from recovery_tui.tui.skills.skills_screen import active_run

        run = active_run(self)
        if run is None:
            self.exit()
            return
        from recovery_tui.tui.skills.skill_quit_screen import SkillQuitScreen

        if any(isinstance(screen, SkillQuitScreen) for screen in self.screen_stack):
            return

        def answered(quit_now: bool | None) -> None:
            if quit_now:
                from recovery_tui.tui.skills.skills_screen import stop_and_save

                stop_and_save(self, lambda _session: self.exit())

        self.push_screen(SkillQuitScreen(ended=run.timer.done), answered)

    def action_help(self) -> None:
        """Open the keys and about screen."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
