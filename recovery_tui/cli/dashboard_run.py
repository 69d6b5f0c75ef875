"""Opening the dashboard without Typer: `run_dashboard`, shared by the Typer command
(cli/dashboard.py) and `fast_dashboard`, the fast path of `recover`, `recover --db PATH` and
`recover dashboard` with nothing else on the line (cli/startup.py says what it buys).

Textual is imported only inside `run_dashboard`. An encrypted data file's passphrase comes from
RECOVER_PASSPHRASE_CMD, or the key `recover unlock` kept (no passphrase at all), else the
dashboard opens on its passphrase screen (three tries, ctrl+s for crisis lines without a key),
which keeps the key unlocked for the `unlock.minutes` setting (services/unlock.py); it is kept
in memory for the run.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from recovery_tui.cli import common
from recovery_tui.errors import InvalidInput, RecoverError

if TYPE_CHECKING:
    from recovery_tui.store import Store


def _has_terminal() -> bool:
    """True when keys can be read and the screen drawn (Textual draws on stdout or stderr)."""
    try:
        return sys.stdin.isatty() and (sys.stdout.isatty() or sys.stderr.isatty())
    except (AttributeError, ValueError):
        return False


COMPLETION = ("_RECOVER_COMPLETE", "_TYPER_COMPLETE_ARGS")
"""Shell completion runs `recover` with no words and one of these set: Typer answers it."""


def starts_locked(store: Store) -> bool:
    """True when the dashboard must open on its passphrase screen: the file is encrypted, no
    RECOVER_PASSPHRASE_CMD is set and no key kept by `recover unlock` opens it. Then the
    store never asks on its own (the screen does)."""
    if not store.is_encrypted() or os.environ.get(common.PASSPHRASE_CMD, "").strip():
        return False
    from recovery_tui.services import sos as sos_service

    return not sos_service.unlock_kept(store)


def fast_dashboard(argv: list[str]) -> int | None:
    """Open the dashboard for `argv` if it is `[--db PATH]` or `[--db PATH] dashboard`, with
    the same error line and exit code as the Typer command.

    Returns:
        The exit code, or None to let the Typer app run (any other arguments).
    """
    from recovery_tui.cli.startup import split_db

    db, rest = split_db(argv)
    if rest not in ([], ["dashboard"]) or any(name in os.environ for name in COMPLETION):
        return None
    from recovery_tui import wording
    from recovery_tui.cli.flags import describe

    try:
        run_dashboard(common.open_store(db))
    except RecoverError as exc:
        common.warn(f"recover: {describe(exc, ' '.join(rest), {'--db'})}")
        return exc.exit_code
    except (KeyboardInterrupt, EOFError):
        sys.stderr.write(f"\n{wording.STOPPED}\n")
        return 130
    return 0


def run_dashboard(store: Store) -> None:
    """Run the dashboard on `store`.

    The file is read first (an older one is migrated then). A file it cannot read (damaged,
    from a newer recover, not a file at all) still opens the dashboard at a terminal: each
    panel says what is wrong, nothing is written to it, and ctrl+s shows the crisis lines and
    a skill, as help must stay one key away. Without a terminal the problem is the one line.

    The garbage collector is off from here until the dashboard has painted its counters (the app
    turns it on again then, and it is on again whenever this returns or raises): see
    tui/dashboard/dashboard.py for what that buys.

    Raises:
        RecoverError: there is no terminal to draw on (the file's problem first, if it has one).
    """
    gc.disable()
    try:
        _open_dashboard(store)
    finally:
        gc.enable()


def _open_dashboard(store: Store) -> None:
    problem: RecoverError | None = None
    try:
        locked = starts_locked(store)
        if not locked:
            store.all("counters")  # migrate an older file now; find out about a damaged or newer one
    except RecoverError as error:
        locked, problem = False, error
    # From here Textual owns the terminal: never prompt again. A file someone encrypts while the
    # dashboard runs can still be opened through RECOVER_PASSPHRASE_CMD.
    store.set_passphrase_provider(lambda: common.passphrase_for(store.path, allow_prompt=False))
    if not _has_terminal():
        if problem is not None:
            raise problem
        raise InvalidInput(
            "dashboard",
            "it needs a terminal (stdin and the screen are not one here); in scripts use "
            "commands such as 'recover status' or 'recover today'.",
        )
    from recovery_tui.tui.app import RecoverApp

    RecoverApp(store, locked=locked).run()
