"""PassphraseScreen: unlock an encrypted data file inside the dashboard, with SOS one key away.

Shown first when the dashboard opens on an encrypted file and RECOVER_PASSPHRASE_CMD is not
set. Up to three tries (`services.sos.MAX_TRIES`); each runs scrypt in a worker thread so
the screen stays live. A wrong try says "did not unlock", never "damaged"; after the third
the field closes and the screen says the data is safe and unchanged. ctrl+s (the app's key)
opens the SOS screen with the crisis lines for the country kept beside the file; escape quits.
Dismisses with True once the file is open; its key is then kept unlocked for the
`unlock.minutes` setting, as `recover unlock` does (services/unlock.py), where the system has
a keyring for it.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from recovery_tui import wording
from recovery_tui.errors import RecoverError
from recovery_tui.services import sos as sos_service
from recovery_tui.services import unlock as unlock_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.said import said


class PassphraseScreen(Screen[bool]):
    """Type the passphrase of the encrypted data file (three tries)."""

    DEFAULT_CSS = """
    PassphraseScreen { align: center middle; }
    PassphraseScreen > Vertical {
        width: 64; max-width: 100%; height: auto; border: round $primary; padding: 0 1; background: $surface;
    }
    PassphraseScreen #passphrase-title { text-style: bold; margin-bottom: 1; }
    PassphraseScreen #passphrase { margin: 1 0 0 0; }
    PassphraseScreen #passphrase-status { height: auto; min-height: 1; color: $warning; }
    PassphraseScreen #passphrase-sos { margin-top: 1; color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "quit", "Quit")]

    def __init__(self) -> None:
        super().__init__()
        self.tries = 0
        self.busy = False
        self.opened = False

    def compose(self) -> ComposeResult:
        path = str(recover_app(self).store.path)
        with Vertical():
            yield Static(wording.PASSPHRASE_TITLE, id="passphrase-title", markup=False)
            yield Static(wording.PASSPHRASE_INTRO.format(path=path), id="passphrase-intro", markup=False)
            yield Input(password=True, id="passphrase", placeholder="passphrase")
            yield Static("", id="passphrase-status", markup=False)
            yield Static(wording.PASSPHRASE_SOS, id="passphrase-sos", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()

    def _status(self, text: str) -> None:
        self.query_one("#passphrase-status", Static).update(text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter tries the typed passphrase (an empty field only says what to do)."""
        event.stop()
        if self.busy or self.opened or self.tries >= sos_service.MAX_TRIES:
            return
        if not event.value:
            self._status(wording.PASSPHRASE_EMPTY)
            return
        self.busy = True
        self._status(wording.PASSPHRASE_CHECKING)
        self.try_passphrase(event.value)

    @work(thread=True, exclusive=True, group="unlock")
    def try_passphrase(self, passphrase: str) -> None:
        """Derive the key and open the file (off the event loop: scrypt takes a moment)."""
        app = recover_app(self)
        try:
            opened, problem = sos_service.unlock(app.store, passphrase), None
            if opened:
                unlock_service.keep_after_asking(app.store)  # other commands skip it for a while
        except RecoverError as error:  # the passphrase is right but the file cannot be read
            opened, problem = False, said(error)
        app.call_from_thread(self._tried, opened, problem)

    def _tried(self, opened: bool, problem: str | None) -> None:
        self.busy = False
        field = self.query_one("#passphrase", Input)
        field.value = ""
        if opened:
            self.opened = True
            recover_app(self).locked = False
            if self.is_current:  # else (SOS open on top) when this screen shows again
                self.dismiss(True)
            return
        if problem:
            self._status(problem)
            return
        self.tries += 1
        left = sos_service.MAX_TRIES - self.tries
        if left:
            self._status(wording.PASSPHRASE_WRONG.format(left=left))
            return
        self._status(wording.PASSPHRASE_GAVE_UP)
        field.disabled = True

    def on_screen_resume(self) -> None:
        """Back from SOS: if the file was opened meanwhile, go on to the dashboard."""
        if self.opened:
            self.dismiss(True)

    def action_quit(self) -> None:
        """Leave without unlocking; nothing was changed."""
        self.app.exit()
