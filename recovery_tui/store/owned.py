"""The files recover owns beside a data file, by exact name, and the one cleanup of leftovers.

Everything recover creates next to a data file `<name>` (for example `recover.json`) is named
here, so that the write path, `encrypt`, `wipe` and `doctor` agree on what is ours:

    <name>                                    the data file
    <name>.lock                               the sidecar lock (store/lockfile.py)
    <name>.country                            the country code for SOS (store/country_file.py)
    .<name>.<random>.tmp                      a temp file of an atomic write of the data file
    backups/                                  the backups folder (store/backups.py)
    backups/<stem>.<label>.<stamp><suffix>    a backup copy
    backups/.<name>.<random>.tmp              a temp file of a backup being made
    backups/.<backup name>.<random>.tmp       a temp file of a backup being rewritten
                                              (encrypt, decrypt, a passphrase change)
    .editing/                                 where `recover journal` runs $EDITOR
    <name>.sync/                              the git repository of `recover sync`
                                              (services/sync.py; its history holds the data)

Temp files may hold plaintext (a backup being decrypted, say), so `stale_temp_files` finds
every one of them and `remove_stale_temp_files` deletes them; the store runs it under the
lock before every write, `encrypt`/`decrypt` run it through that write, and `wipe` and
`doctor` use the same list. A name that only looks similar (another data file's, or a
file of the person's own) never matches. To add a file recover creates, add its name here
(see `SIDECAR_SUFFIXES`).

Nothing here follows a symbolic link: a `backups` entry that is a link is not ours to list
or clean (see `real_folder`).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

BACKUP_FOLDER = "backups"
EDITING_FOLDER = ".editing"
LOCK_SUFFIX = ".lock"
SYNC_SUFFIX = ".sync"  # services/sync.py: the git repository `recover sync` keeps beside the file
COUNTRY_SUFFIX = ".country"  # store/country_file.py: the plain country code, for SOS
SIDECAR_SUFFIXES: tuple[str, ...] = (LOCK_SUFFIX, COUNTRY_SUFFIX)
"""Files `<data file><suffix>` recover creates beside the data file (wipe deletes them)."""

_RANDOM = r".+"  # store.storage.create_temp_file writes 12 hex digits; older versions wrote others


def temp_prefix(path: Path) -> str:
    """The name prefix of temp files written beside `path` (`.<name>.`)."""
    return f".{path.name}."


def _temp_pattern(data_path: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(data_path.stem), re.escape(data_path.suffix)
    backup_name = rf"{stem}\.[a-z0-9-]+\.\d{{8}}T\d{{6}}(?:-\d+)?{suffix}"
    return re.compile(rf"^\.(?:{re.escape(data_path.name)}|{backup_name})\.{_RANDOM}\.tmp$")


def real_folder(folder: Path) -> bool:
    """True when `folder` is a folder itself, not a symbolic link to one (nor missing)."""
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def make_private_folder(folder: Path) -> None:
    """Create recover's folder `folder` (backups/, .editing/) 0700 beside the data file, or
    make an existing one 0700; a link, file or anything else there is refused.

    Raises:
        StorageError: it cannot be created, or is not a real folder.
    """
    from recovery_tui.errors import StorageError

    try:
        if not os.path.lexists(folder.parent):
            os.makedirs(folder.parent, 0o700, exist_ok=True)  # a data folder not made yet
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        if not real_folder(folder):
            raise StorageError(
                f"{folder} is not a folder (it is a symbolic link or a file); recover writes only inside the data "
                "folder and follows no link there. Move it away and try again; nothing was changed."
            )
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise StorageError(f"Could not create the folder {folder}: {exc.strerror or exc}.") from None


def _names(folder: Path) -> list[str]:
    if not real_folder(folder):
        return []
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def stale_temp_files(data_path: Path) -> list[Path]:
    """Every temp file an interrupted write of `data_path` or of its backups left behind."""
    pattern = _temp_pattern(data_path)
    found: list[Path] = []
    for folder in (data_path.parent, data_path.parent / BACKUP_FOLDER):
        for name in _names(folder):
            if pattern.match(name):
                candidate = folder / name
                try:
                    if stat.S_ISREG(os.lstat(candidate).st_mode):
                        found.append(candidate)
                except OSError:
                    pass
    return found


def remove_stale_temp_files(data_path: Path) -> list[Path]:
    """Delete what `stale_temp_files` finds (the caller holds the lock); returns what went."""
    removed: list[Path] = []
    for leftover in stale_temp_files(data_path):
        try:
            os.unlink(leftover)
            removed.append(leftover)
        except OSError:
            pass
    return removed


def holds_only_ours(data_path: Path) -> bool:
    """True when everything in the data folder is one of the names above (so the folder is
    recover's, not a folder of the person's such as $HOME that merely holds the file)."""
    folder = data_path.parent
    if not real_folder(folder):
        return False
    pattern = _temp_pattern(data_path)
    allowed = {data_path.name, BACKUP_FOLDER, EDITING_FOLDER}
    allowed |= {data_path.name + suffix for suffix in SIDECAR_SUFFIXES}
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return all(name in allowed or pattern.match(name) for name in names)


def sidecar_files(data_path: Path) -> list[Path]:
    """The sidecar files that exist beside `data_path` (the lock first), links not followed."""
    found: list[Path] = []
    for suffix in SIDECAR_SUFFIXES:
        candidate = data_path.with_name(data_path.name + suffix)
        try:
            os.lstat(candidate)
        except OSError:
            continue
        found.append(candidate)
    return found


def is_ours(data_path: Path, path: Path) -> bool:
    """True when `path` (its links followed) is one of the names above: the data file, a
    sidecar, a temp file beside it, or anything inside backups/, .editing/ or the sync
    repository. Such a path is never a place for another file (an export, a report).
    """
    data = Path(os.path.realpath(data_path))
    target = Path(os.path.realpath(path))
    if target.parent == data.parent and (
        target.name in {data.name, *(data.name + suffix for suffix in SIDECAR_SUFFIXES)}
        or _temp_pattern(data).match(target.name)
    ):
        return True
    folders = (data.parent / BACKUP_FOLDER, data.parent / EDITING_FOLDER, data.with_name(data.name + SYNC_SUFFIX))
    return any(target == folder or folder in target.parents for folder in folders)
