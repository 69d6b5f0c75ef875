"""`recover wipe`: delete the data file, its backups, plain country file, lock and temp files, for good.

Deletion is `unlink`: on SSDs, copy-on-write file systems, snapshots and synced folders the
old bytes may survive elsewhere; the README says so. Only files that belong to this data file
are touched (its backups by name), so another data file in the same folder is left alone.
The lock is held while deleting so no other recover writes in between.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec

from recovery_tui.store import Store, backups, country_file
from recovery_tui.store.storage import temp_prefix

CONFIRM_PHRASE = "delete my data"
EDITING_FOLDER = ".editing"  # where `recover journal` opens $EDITOR (cli/journal.py EDIT_FOLDER)


def editor_leftovers(data_path: Path) -> list[Path]:
    """Files an interrupted editor session left in the data folder's `.editing/` (plain text)."""
    folder = data_path.parent / EDITING_FOLDER
    try:
        return sorted(p for p in folder.iterdir() if p.is_file())
    except OSError:
        return []


class WipePlan(msgspec.Struct):
    """The files a wipe deletes."""

    data_file: Path | None
    backup_files: list[Path] = msgspec.field(default_factory=list)
    temp_files: list[Path] = msgspec.field(default_factory=list)
    lock_file: Path | None = None
    country_file: Path | None = None  # the plain `<data file>.country` (store/country_file.py)

    @property
    def files(self) -> list[Path]:
        """Every file, data first, lock last."""
        head = [self.data_file] if self.data_file else []
        country = [self.country_file] if self.country_file else []
        tail = [self.lock_file] if self.lock_file else []
        return head + self.backup_files + self.temp_files + country + tail


def plan(store: Store) -> WipePlan:
    """List what a wipe would delete (changes nothing)."""
    folder = store.path.parent
    prefix = temp_prefix(store.path)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    return WipePlan(
        data_file=store.path if store.path.exists() else None,
        backup_files=[b.path for b in backups.list_backups(store.path)],
        temp_files=[folder / n for n in names if n.startswith(prefix) and n.endswith(".tmp")]
        + backups.temp_files(store.path)
        + editor_leftovers(store.path),
        lock_file=store.lock_path if store.lock_path.exists() else None,
        country_file=_country_file(store.path),
    )


def _country_file(data_path: Path) -> Path | None:
    path = country_file.path_for(data_path)
    return path if os.path.lexists(path) else None


def wipe(store: Store) -> list[Path]:
    """Delete everything in the plan (under the lock); returns what was deleted."""
    deleted: list[Path] = []
    with store.locked():
        current = plan(store)
        for path in [p for p in current.files if p != store.lock_path]:
            try:
                os.unlink(path)
                deleted.append(path)
            except FileNotFoundError:
                pass
        store.storage.forget()
    for ours in (backups.folder(store.path), store.path.parent / EDITING_FOLDER):
        try:
            ours.rmdir()  # only if empty: other files there are not ours
        except OSError:
            pass
    try:
        os.unlink(store.lock_path)
        deleted.append(store.lock_path)
    except FileNotFoundError:
        pass
    return deleted
