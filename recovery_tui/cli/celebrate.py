"""Once-only milestone congratulations, printed on stderr after a command succeeds.

`celebrate_after(ctx)` is called by the root callback for every command except the dashboard
(which celebrates on screen); `announce(store)` prints them (the Typer-free check-in fast path
calls it directly). The counters service is imported only when the command has finished, so
commands that fail, and the `status --short` fast path, pay nothing for it. A command can
silence it by setting `ctx.meta[QUIET]`. Importing this module does not import Typer.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from recovery_tui.cli import common
from recovery_tui.errors import RecoverError

if TYPE_CHECKING:
    import typer

    from recovery_tui.store import Store

QUIET = "recover.counter.quiet"


def celebrate_after(ctx: typer.Context) -> None:
    """Arrange for once-only milestone congratulations on stderr after this command succeeds."""
    if ctx.invoked_subcommand in (None, "dashboard"):
        return
    ctx.call_on_close(lambda: _celebrate(ctx))


def _celebrate(ctx: typer.Context) -> None:
    from typer import Exit

    if ctx.meta.get(QUIET):
        return
    error = sys.exc_info()[1]
    if error is not None and not (isinstance(error, Exit) and error.exit_code == 0):
        return
    announce(common.get_store(ctx))


def announce(store: Store) -> None:
    """Print, once each, the milestones reached since they were last announced (stderr)."""
    try:
        if not store.exists() or not store.count("counters"):
            return
        from recovery_tui.services.counters import take_celebrations

        for celebration in take_celebrations(store, common.now()):
            common.warn(celebration.message)
    except RecoverError:
        return
    except Exception:  # noqa: BLE001 - the command already succeeded (and may have stored
        return  # something): a congratulation must never turn it into a failure a script retries
