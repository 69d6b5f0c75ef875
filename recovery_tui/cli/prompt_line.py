"""The fast path of `recover [--db PATH] status --short`, which runs at every shell prompt.

Typer costs too much to import for a prompt, and so does msgspec. `fast_status_short(argv)`
handles exactly this command with the standard library and a few light modules only
(store/peek.py, core/short_line.py, store/keyfacility.py; cli/startup.py has the figures): it
reads the data file without a lock (writes replace it atomically), and only as far as its
meta and counters lines (checked against their CRC-32), so ten years of journal cost it
nothing; it prints the same line as the Typer command, through safetext.visible_line (a
counter name never carries a control character or a newline into the prompt). An encrypted
file shows its counters only while unlocked (`recover unlock` kept its key:
store/unlocked.py), and nothing, without asking, while locked. Anything unusual (other
arguments, a file it cannot read, an older or newer data version, a value of an unexpected
shape) returns None, and the normal CLI runs instead, with its full checks and error
messages.

With the `prompt.warnings` setting on (off by default), the line ends with a marker such as
`!2` (core/insights.py `with_marker`): how many warnings hold now, decided by the same
function as everywhere else (`warnings_from_records`). Only then does it read further, as far
as the check-ins and triggers lines (still never the journal), and only the last weeks of
them become values; the setting lives in the meta line it reads anyway. On an encrypted file
the marker is left to the normal CLI (which uses the kept key while unlocked).
"""

from __future__ import annotations

import os
import stat
import sys

from recovery_tui.cli.startup import split_db

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from recovery_tui.core.counters import Counter


def fast_status_short(argv: list[str]) -> int | None:
    """Print the prompt line for `argv` if it is `[--db PATH] status --short`.

    Returns:
        The exit code (0) when handled, or None to let the normal CLI run.
    """
    db, args = split_db(argv)
    if args != ["status", "--short"]:
        return None
    from recovery_tui import clock, locations

    try:
        path = locations.data_file_text(db)
    except Exception:  # noqa: BLE001 - an empty --db or RECOVER_DB: the normal CLI explains it
        return None
    if not os.path.exists(path):
        return 0
    try:
        from recovery_tui.core.short_line import stored_line
        from recovery_tui.store.peek import CURRENT_VERSION

        sealed, data = leading_tables(path, {"counters"}, unlocked=True)  # meta and counters only
        if sealed and data is None:
            return 0  # never ask a passphrase at a shell prompt: a locked file shows nothing
        if data is None:
            return None
        if data["meta"]["schema"]["schema_version"] != CURRENT_VERSION:
            return None
        stored = list(data.get("counters", {}).values())
        now = clock.now()
        line = stored_line(stored, now)
        settings = data["meta"].get("config") or {}
        if "prompt.warnings" in settings:  # core.config.PROMPT_WARNINGS, imported only when set
            line = _marked(line, path, stored, settings, now)
    except Exception:  # noqa: BLE001 - any surprise: the normal CLI explains it properly
        return None
    if line:
        from recovery_tui.safetext import visible_line

        sys.stdout.write(visible_line(line) + "\n")
        sys.stdout.flush()
    return 0


def _marked(line: str, path: str, stored: list[Any], settings: dict[str, Any], now: datetime) -> str:
    """The line with the warning marker when prompt.warnings is on (else unchanged)."""
    from recovery_tui.cli.startup import load_msgspec_lean

    load_msgspec_lean()
    from recovery_tui.core.config import PROMPT_WARNINGS, is_on
    from recovery_tui.core.counters import Counter, creation_order
    from recovery_tui.core.insights import with_marker
    from recovery_tui.core.records import from_records

    if not is_on(PROMPT_WARNINGS, settings):
        return line
    counters = creation_order(from_records(Counter, stored))
    return with_marker(line, _warning_count(path, counters, settings, now))


def _warning_count(path: str, counters: list[Counter], settings: dict[str, Any], now: datetime) -> int:
    """How many warnings hold now (core/insights.py `current_warnings`, as everywhere else),
    from the check-ins and triggers lines, read without a lock and decoded straight into the
    few values the signs need (insights.StoredCraving, StoredTrigger).

    Raises:
        ValueError: those lines are not there as expected (the normal CLI then runs).
    """
    from recovery_tui.core import insights
    from recovery_tui.core.config import week_start_index

    types = {"checkins": dict[str, insights.StoredCraving], "triggers": dict[str, insights.StoredTrigger]}
    sealed, data = leading_tables(path, set(types), types)
    if sealed or data is None:
        raise ValueError("the data file changed under the prompt line")
    found = insights.warnings_from_stored(
        now=now,
        checkins=data.get("checkins", {}).values(),
        triggers=data.get("triggers", {}).values(),
        counters=counters,
        week_start=week_start_index(settings),
    )
    return len(found)


def leading_tables(
    path: str | os.PathLike[str],
    names: set[str],
    types: dict[str, Any] | None = None,
    *,
    unlocked: bool = False,
) -> tuple[bool, dict[str, Any] | None]:
    """(sealed, tables): meta and the tables `names` of the data file at `path`, read without
    a lock and only as far as they go (store/peek.read_leading_tables), as plain JSON values
    (the standard `json` module: no msgspec at a shell prompt) or, for a table named in
    `types`, decoded into that msgspec type (store/layout.read_leading_tables). `sealed` is
    True for an encrypted file: with `unlocked`, its tables when `recover unlock` kept its
    key (no scrypt run: store/unlocked.leading_tables), else nothing is read and tables is
    None. tables is None too when the file is not a regular file or not in the expected
    layout. O_NONBLOCK and the regular-file check keep a FIFO or a device there from hanging
    a shell prompt or a completion.

    Raises:
        OSError: the file cannot be opened or read (callers treat any error as "nothing").
    """
    from recovery_tui.store import peek

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return False, None
    with os.fdopen(fd, "rb") as handle:
        first = handle.read(1 << 16)
        sealed = peek.is_sealed(first)
        if sealed and not unlocked:
            return True, None
        if sealed:
            from recovery_tui.store import keyfacility

            view = keyfacility.prompt_view(path, handle, names)  # the usual prompt: no msgspec, no decryption
            if view is not None:
                return True, view
        elif not types:
            return False, peek.read_leading_tables(handle, first, names, peek.json_tables)
        # the rest decodes with msgspec (the first prompt after a write decrypts the file; a typed
        # table): loaded lean, as every other command loads it (cli/startup.py)
        from pathlib import Path

        from recovery_tui.cli.startup import load_msgspec_lean

        load_msgspec_lean()
        if sealed:
            from recovery_tui.store import unlocked as unlocked_key

            return True, unlocked_key.leading_tables(Path(path), handle, names)
        from recovery_tui.store import layout

        return False, layout.read_leading_tables(handle, first, names, Path(path), types)
