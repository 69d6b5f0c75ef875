"""The dashboard's first-run welcome: whether to show it, and remembering that it was shown.

The welcome opens when the data file holds no record at all (it does not exist yet, or holds
only settings) and was never welcomed. Finishing or skipping it writes the meta entry
`welcome` (`{"at": ISO time, "skipped": bool}`), so it never shows again; a file with any
record never shows it, so someone who started with the CLI goes straight to the dashboard.
"""

from __future__ import annotations

from datetime import datetime

from recovery_tui.store import Store

WELCOME = "welcome"


def needs_welcome(store: Store) -> bool:
    """True for a new, empty data file that was never welcomed."""
    if store.meta(WELCOME):
        return False
    return not store.has_records()


def mark_welcomed(store: Store, *, now: datetime, skipped: bool) -> None:
    """Remember that the welcome was finished (or skipped), so it does not show again."""
    store.set_meta(WELCOME, {"at": now.isoformat(timespec="seconds"), "skipped": skipped})
