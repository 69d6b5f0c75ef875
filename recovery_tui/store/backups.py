"""Backups of the data file: verified copies in `backups/` beside it, rotation, set-aside copies.

Copies are byte-for-byte (an encrypted file's copy stays encrypted), written to a temp file,
fsynced, read back and compared, then given their name with a hard link (never over another
copy), 0600 in a 0700 folder; a process killed mid-copy leaves only a temp file, which the
next write removes. Names say what made them and when:

    recover.daily.20261120T200000.json           first write of a day with no copy yet (rotated)
    recover.pre-v2.20261120T200000.json          before a schema migration (kept)
    recover.before-restore.20261120T200000.json  the file `backup restore` replaced (kept)
    recover.damaged.20261120T200000.json         a broken file `doctor --repair` set aside (kept)
    recover.merged.20261120T200000.json          a file `recover merge` merged in, moved here (kept)

Rotation touches only `daily` copies: it keeps the newest copy of each of the `daily` most
recent days that have one, then, among older copies, the newest of each of the `weekly` most
recent ISO weeks (Monday to Sunday). A copy kept as a daily does not count as a weekly (the
rule borg and restic users know as keep-daily / keep-weekly), so with a write every day and
the defaults 7 and 4 there are always 11 daily copies covering about five weeks.
Times in names come from the `now` passed in, so rotation is tested with injected dates.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

import msgspec

from recovery_tui.errors import StorageError
from recovery_tui.store import owned
from recovery_tui.store.storage import create_temp_file, fsync_directory, open_regular, temp_prefix

FOLDER_NAME = owned.BACKUP_FOLDER
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"
MERGED = "merged"
SET_ASIDE = frozenset({BEFORE_RESTORE, DAMAGED, MERGED})
_STAMP = "%Y%m%dT%H%M%S"


def folder(data_path: Path) -> Path:
    """The backups folder beside the data file."""
    return data_path.parent / FOLDER_NAME


def ensure_folder(path: Path) -> None:
    """Create the backups folder `path` 0700 if missing (its parent must exist).

    A `backups` that is a symbolic link (or not a folder) is refused: recover never creates,
    chmods or writes anything outside the data folder (store/owned.py).
    """
    owned.make_private_folder(path)


class Backup(msgspec.Struct, frozen=True):
    """One file in the backups folder."""

    path: Path
    label: str
    taken: datetime

    @property
    def name(self) -> str:
        """The file name (what `backup restore NAME` takes)."""
        return self.path.name

    @property
    def set_aside(self) -> bool:
        """True for a file set aside by restore or repair (never used as a restore source)."""
        return self.label in SET_ASIDE

    def size(self) -> int:
        """Size in bytes (0 if it vanished)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def _pattern(data_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(data_path.stem)}\.(?P<label>[a-z0-9-]+)\.(?P<stamp>\d{{8}}T\d{{6}})(?:-\d+)?"
        rf"{re.escape(data_path.suffix)}$"
    )


def _parse_stamp(stamp: str) -> datetime:
    """`datetime.strptime(stamp, _STAMP)` for the fixed-width 20261120T200000, without loading
    _strptime (its regex machinery) on every write that checks for today's backup."""
    return datetime(
        int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15])
    )


def list_backups(data_path: Path) -> list[Backup]:
    """Every backup of `data_path`, newest first (files with other names are ignored)."""
    pattern = _pattern(data_path)
    if not owned.real_folder(folder(data_path)):
        return []  # missing, or a link recover does not follow
    try:
        names = os.listdir(folder(data_path))
    except OSError:
        return []
    found: list[Backup] = []
    for name in names:
        match = pattern.match(name)
        if match:
            taken = _parse_stamp(match["stamp"])
            found.append(Backup(folder(data_path) / name, match["label"], taken))
    found.sort(key=lambda b: (b.taken, b.name), reverse=True)
    return found


def has_daily(data_path: Path, day: date) -> bool:
    """True when a copy was already made on `day` (a daily, pre-upgrade or manual one)."""
    return any(not b.set_aside and b.taken.date() == day for b in list_backups(data_path))


def temp_files(data_path: Path) -> list[Path]:
    """Temp files a killed copy or conversion left in the backups folder (see store/owned.py)."""
    return [p for p in owned.stale_temp_files(data_path) if p.parent == folder(data_path)]


def _write_new(data_path: Path, stem: str, payload: bytes) -> Path:
    """Write `payload` to a new backup file, never over an existing one, never half-written.

    The bytes go to a temp file first (fsynced, read back and compared); only then does the
    copy get its name (a hard link, so an existing name is never replaced), so a process
    killed mid-copy leaves at worst a temp file, never a truncated backup.
    """
    target_folder = folder(data_path)
    fd, tmp_name = create_temp_file(target_folder, temp_prefix(data_path))
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), 0o600)
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        if tmp.read_bytes() != payload:
            raise OSError("the copy does not match the original")
        for attempt in range(1000):
            name = f"{stem}{data_path.suffix}" if attempt == 0 else f"{stem}-{attempt}{data_path.suffix}"
            target = target_folder / name
            try:
                os.link(tmp, target)
            except FileExistsError:
                continue
            except OSError:  # no hard links here: rename (we hold the data file's lock)
                if target.exists():
                    continue
                os.replace(tmp, target)
            fsync_directory(target_folder)
            return target
        raise OSError("too many copies with the same time stamp")
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def make_copy(data_path: Path, label: str, now: datetime) -> Path:
    """Copy the data file, verified, into the backups folder.

    Returns:
        The path of the copy.

    Raises:
        StorageError: the copy could not be made or did not read back the same (nothing of
            the data file was changed).
    """
    target_folder = folder(data_path)
    try:
        ensure_folder(target_folder)
        payload = open_regular(data_path)
        return _write_new(data_path, f"{data_path.stem}.{label}.{now.strftime(_STAMP)}", payload)
    except OSError as exc:
        raise StorageError(
            f"Could not make a backup copy of {data_path} in {target_folder}: {exc.strerror or exc}. "
            "Nothing was changed."
        ) from None


def set_aside(data_path: Path, label: str, now: datetime) -> Path:
    """Keep the current data file as a backup named `label` (a hard link, else a verified copy).

    The data file stays where it is until the caller replaces it atomically, so there is no
    moment without a data file.
    """
    target_folder = folder(data_path)
    ensure_folder(target_folder)
    stem = f"{data_path.stem}.{label}.{now.strftime(_STAMP)}"
    for attempt in range(1000):
        name = f"{stem}{data_path.suffix}" if attempt == 0 else f"{stem}-{attempt}{data_path.suffix}"
        target = target_folder / name
        if target.exists():
            continue
        try:
            os.link(data_path, target)
        except FileExistsError:
            continue
        except OSError:
            return make_copy(data_path, label, now)
        fsync_directory(target_folder)
        return target
    raise StorageError(f"Could not set {data_path} aside in {target_folder}; nothing was changed.")


def move_in(data_path: Path, source: Path, label: str, now: datetime, *, copy: bool = False) -> tuple[Path, bool]:
    """Move `source` (another file, such as a conflict copy merged in) into the backups folder
    as a `label` copy, never over another file and never following a link: a hard link under
    its new name, then the old name removed. Where no hard link can be made (another file
    system), or with `copy`, a verified copy is made and `source` is left where it is.

    Returns:
        The path in `backups/`, and whether `source` was moved (False: copied, still there).

    Raises:
        StorageError: neither could be done; `source` is unchanged.
    """
    target_folder = folder(data_path)
    stem = f"{data_path.stem}.{label}.{now.strftime(_STAMP)}"
    try:
        ensure_folder(target_folder)
        if copy:
            return _write_new(data_path, stem, open_regular(source)), False
        for attempt in range(1000):
            name = f"{stem}{data_path.suffix}" if attempt == 0 else f"{stem}-{attempt}{data_path.suffix}"
            target = target_folder / name
            try:
                os.link(source, target, follow_symlinks=False)
            except FileExistsError:
                continue
            except OSError:
                return _write_new(data_path, stem, open_regular(source)), False
            os.unlink(source)
            fsync_directory(target_folder)
            fsync_directory(source.parent)
            return target, True
    except OSError as exc:
        raise StorageError(f"Could not move {source} into {target_folder}: {exc.strerror or exc}.") from None
    raise StorageError(f"Could not move {source} into {target_folder}: too many copies with the same time stamp.")


def select_kept(backups: list[Backup], *, daily: int, weekly: int) -> set[Path]:
    """Which daily copies rotation keeps (pure; see the module docstring for the rule).

    Args:
        backups: any backups; only `daily` ones are considered.
        daily: how many most recent days keep their newest copy.
        weekly: how many older ISO weeks keep their newest copy.
    """
    dailies = sorted((b for b in backups if b.label == DAILY), key=lambda b: (b.taken, b.name), reverse=True)
    kept: set[Path] = set()
    days: list[date] = []
    for backup in dailies:
        day = backup.taken.date()
        if day in days:
            continue
        if len(days) >= daily:
            break
        days.append(day)
        kept.add(backup.path)
    weeks: list[tuple[int, int]] = []
    for backup in dailies:
        if backup.path in kept or backup.taken.date() in days:
            continue
        iso = backup.taken.isocalendar()
        week = (iso[0], iso[1])
        if week in weeks:
            continue
        if len(weeks) >= weekly:
            break
        weeks.append(week)
        kept.add(backup.path)
    return kept


def rotate(data_path: Path, *, daily: int, weekly: int) -> list[Path]:
    """Delete daily copies rotation does not keep; returns what was removed."""
    backups = list_backups(data_path)
    kept = select_kept(backups, daily=daily, weekly=weekly)
    removed: list[Path] = []
    for backup in backups:
        if backup.label == DAILY and backup.path not in kept:
            try:
                os.unlink(backup.path)
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def find(data_path: Path, name: str) -> Backup | None:
    """A backup by file name (or unique name prefix)."""
    backups = list_backups(data_path)
    exact = [b for b in backups if b.name == name]
    if exact:
        return exact[0]
    partial = [b for b in backups if b.name.startswith(name)]
    return partial[0] if len(partial) == 1 else None
