"""Conflict copies of the data file: the files folder-sync engines leave beside it when two
devices changed it while apart, found by name (`conflict_copies`).

The names, for a data file `recover.json`:

    recover.sync-conflict-20261206-101500-ABCDEFG.json       Syncthing
    recover (conflicted copy 2026-12-06).json                 Dropbox
    recover (Sam's conflicted copy 2026-12-06).json           Dropbox (another account's)
    recover (conflicted copy 2026-12-06 101500).json          Nextcloud
    recover-HOSTNAME.json                                     OneDrive (the other computer's name)

Only regular files directly beside the data file count (a link is never followed, the
`backups/` folder is not looked in); `recover export` files (`recover-export-...`) are not
conflict copies. `recover merge FILE` merges one in and moves it into `backups/`.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import msgspec

SYNCTHING = "Syncthing"
DROPBOX = "Dropbox"
NEXTCLOUD = "Nextcloud"
ONEDRIVE = "OneDrive"


class ConflictCopy(msgspec.Struct, frozen=True):
    """A conflict copy beside the data file, and the engine whose name it has."""

    path: Path
    engine: str

    @property
    def name(self) -> str:
        """The file name."""
        return self.path.name


def _patterns(data_path: Path) -> list[tuple[str, re.Pattern[str]]]:
    stem, suffix = re.escape(data_path.stem), re.escape(data_path.suffix)
    return [
        (SYNCTHING, re.compile(rf"^{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}$")),
        (NEXTCLOUD, re.compile(rf"^{stem} \(conflicted copy \d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){suffix}$")),
        (
            DROPBOX,
            re.compile(rf"^{stem} \((?:[^()/]+'s )?conflicted copy \d{{4}}-\d{{2}}-\d{{2}}(?: \(\d+\))?\){suffix}$"),
        ),
        (ONEDRIVE, re.compile(rf"^{stem}-(?!export)[A-Za-z0-9][A-Za-z0-9_-]{{0,62}}{suffix}$")),
    ]


def engine_of(data_path: Path, name: str) -> str | None:
    """The sync engine whose conflict-copy name `name` has, or None."""
    for engine, pattern in _patterns(data_path):
        if pattern.match(name):
            return engine
    return None


def conflict_copies(data_path: Path) -> list[ConflictCopy]:
    """The conflict copies beside `data_path`, by name; [] when the folder cannot be listed."""
    folder = data_path.parent
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found: list[ConflictCopy] = []
    for name in sorted(names):
        engine = engine_of(data_path, name)
        if engine is None:
            continue
        try:
            info = os.lstat(folder / name)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append(ConflictCopy(folder / name, engine))
    return found
