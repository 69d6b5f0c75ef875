"""`recover wipe`: delete the data file, its backups, plain country file, lock and temp files, for good.

Deletion is `unlink`: on SSDs, copy-on-write file systems, snapshots and synced folders the
old bytes may survive elsewhere; the README says so. Only files that belong to this data file
are touched (its backups by name), so another data file in the same folder is left alone.
The lock is held while deleting so no other recover writes in between.

Every file recover makes beside the data file is named in store/owned.py, and a wipe deletes
each of them, temp files of interrupted writes and conversions included (they may hold
plaintext). A data file that is a symbolic link is wiped at its target (the store follows
it); the link is left, dangling. A data path that is a folder, FIFO or device is refused
with one line and nothing is deleted. No symbolic link inside the data folder is followed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import msgspec

from recovery_tui.core.words import counted, noun
from recovery_tui.errors import DataFileError, StorageError
from recovery_tui.store import Store, backups, country_file, owned, unlocked
from recovery_tui.store.storage import not_regular

CONFIRM_PHRASE = "delete my data"
EDITING_FOLDER = owned.EDITING_FOLDER  # where `recover journal` opens $EDITOR (cli/journal.py EDIT_FOLDER)


def editor_leftovers(data_path: Path) -> list[Path]:
    """Files an interrupted editor session left in the data folder's `.editing/` (plain text)."""
    folder = data_path.parent / EDITING_FOLDER
    if not owned.real_folder(folder):
        return []  # missing, or a link recover does not follow
    try:
        return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink())
    except OSError:
        return []


class WipePlan(msgspec.Struct):
    """The files a wipe deletes."""

    data_file: Path | None
    backup_files: list[Path] = msgspec.field(default_factory=list)
    temp_files: list[Path] = msgspec.field(default_factory=list)
    lock_file: Path | None = None
    country_file: Path | None = None  # the plain `<data file>.country` (store/country_file.py)
    sidecar_files: list[Path] = msgspec.field(default_factory=list)  # other store/owned.py sidecars

    @property
    def files(self) -> list[Path]:
        """Every file, data first, lock last."""
        head = [self.data_file] if self.data_file else []
        country = [self.country_file] if self.country_file else []
        tail = [self.lock_file] if self.lock_file else []
        return head + self.backup_files + self.temp_files + country + self.sidecar_files + tail


def plan(store: Store) -> WipePlan:
    """List what a wipe would delete (changes nothing).

    Raises:
        DataFileError: the data path is a folder, FIFO or device: not a file recover made, so
            nothing of it is deleted.
    """
    try:
        mode: int | None = os.stat(store.path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise DataFileError(f"Cannot check {store.path}: {exc.strerror or exc}; nothing was deleted.") from None
    if mode is not None and not stat.S_ISREG(mode):
        raise DataFileError(f"{not_regular(store.path, mode)} Nothing was deleted.")
    sidecars = owned.sidecar_files(store.path)
    return WipePlan(
        data_file=store.path if mode is not None else None,
        backup_files=[b.path for b in backups.list_backups(store.path)],
        temp_files=owned.stale_temp_files(store.path) + editor_leftovers(store.path),
        lock_file=store.lock_path if store.lock_path in sidecars else None,
        country_file=_country_file(store.path),
        sidecar_files=[p for p in sidecars if p not in (store.lock_path, country_file.path_for(store.path))],
    )


def _country_file(data_path: Path) -> Path | None:
    path = country_file.path_for(data_path)
    return path if os.path.lexists(path) else None


def wipe(store: Store) -> list[Path]:
    """Delete everything in the plan (under the lock); returns what was deleted.

    Raises:
        StorageError: a file could not be deleted (the line names it; the rest were deleted).
    """
    deleted: list[Path] = []
    failed: list[tuple[Path, OSError]] = []

    def remove(path: Path) -> None:
        try:
            os.unlink(path)
            deleted.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append((path, exc))

    with store.locked():
        current = plan(store)
        for path in [p for p in current.files if p != store.lock_path]:
            remove(path)
        # a write killed while we planned could not have run (we hold the lock), but look again
        for path in owned.stale_temp_files(store.path):
            remove(path)
        store.storage.forget()
    unlocked.forget(store.path)  # a key kept by `recover unlock` goes with the file
    for ours in (backups.folder(store.path), store.path.parent / EDITING_FOLDER):
        if owned.real_folder(ours):
            try:
                ours.rmdir()  # only if empty: other files there are not ours
            except OSError:
                pass
    if not store.lock_path.is_symlink():
        remove(store.lock_path)
    if failed:
        path, exc = failed[0]
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise StorageError(
            f"Could not delete {path}: {exc.strerror or exc}{more}; {counted(len(deleted), 'other file')}"
            f" {noun(len(deleted), 'was', 'were')} deleted. "
            "Fix the permissions and run `recover wipe` again."
        )
    return deleted
