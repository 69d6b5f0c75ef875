"""`recover doctor`: check the data file and its surroundings, explain findings, and repair.

Checks, each giving a Finding in plain words:

- the file is a regular file and a recover file (a folder, FIFO or another program's JSON
  is reported and never repaired or replaced);
- the file loads (JSON, shape, version; an encrypted file opens with the passphrase), and
  every table matches its CRC-32 in meta.layout (a mismatch names the tables);
- every record matches its schema in data_schema/ (and ids match their keys);
- permissions: the file, lock and backups 0600, the backups folder 0700, and the data folder
  0700 when it is recover's default folder (a folder you chose is only reported);
- the lock: held right now by another recover (a lock file itself is normal: the lock is
  an OS lock on it, freed when a process ends, so it cannot go stale);
- temp files a killed write or conversion left behind (store/owned.py names them all; they
  may hold plaintext), listed by name;
- backups present and loadable;
- conflict copies a folder-sync engine left beside the file (store/conflicts.py), each with
  the `recover merge` command that merges it.

`repair` fixes permissions of files recover made (never following a link), removes leftover
temp files and, when the data file does not load
and a good backup exists, restores the newest good backup, keeping the broken file in
`backups/` (label `damaged`). It never deletes the data file or a backup.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec
from msgspec.structs import asdict

from recovery_tui.core.words import counted, noun
from recovery_tui.errors import DataFileError, RecoverError, ValidationError
from recovery_tui.store import Store, backups, crypto, layout, migrations, owned, schemas
from recovery_tui.store.storage import not_regular

OK = "ok"
NOTE = "note"
PROBLEM = "problem"


class Finding(msgspec.Struct, frozen=True):
    """One result: its level (ok, note, problem), the check, what it means, what to do."""

    level: str
    check: str
    message: str
    fix: str | None = None


class Report(msgspec.Struct):
    """Everything doctor found, plus what repair needs to know."""

    path: Path
    findings: list[Finding] = msgspec.field(default_factory=list)
    loads: bool = False
    damaged: bool = False
    good_backup: backups.Backup | None = None
    temp_files: list[Path] = msgspec.field(default_factory=list)
    ours: bool = False
    loose_permissions: list[tuple[Path, int]] = msgspec.field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        """Findings that need action."""
        return [f for f in self.findings if f.level == PROBLEM]

    def add(self, level: str, check: str, message: str, fix: str | None = None) -> None:
        """Record one finding."""
        self.findings.append(Finding(level, check, message, fix))

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly version."""
        return {
            "path": str(self.path),
            "loads": self.loads,
            "problems": len(self.problems),
            "findings": [asdict(f) for f in self.findings],
            "newest_good_backup": self.good_backup.name if self.good_backup else None,
        }


def _mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.lstat().st_mode)
    except OSError:
        return None


def _check_load(store: Store, report: Report) -> Mapping[str, dict[str, Any]] | None:
    path = store.path
    if not path.exists():
        report.add(OK, "file", f"There is no data file yet at {path}; it is created with your first entry.")
        return None
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG
    if not stat.S_ISREG(mode):  # not a file recover made: reported, never repaired or replaced
        report.add(PROBLEM, "file", str(not_regular(path, mode)), "Point --db or RECOVER_DB at your recover file.")
        return None
    store.storage.forget()
    store.storage.check_unverified = False  # _check_records lists every invalid entry instead
    try:
        data = store.storage.read()
    except crypto.WrongPassphrase as exc:
        report.ours = True  # recover's encrypted header
        report.add(PROBLEM, "file", str(exc), "Run the command again with the right passphrase.")
        return None
    except crypto.PassphraseNeeded as exc:
        report.ours = True
        report.add(NOTE, "file", f"The file is encrypted and its contents were not checked: {exc}")
        return None
    except layout.ChecksumMismatch as exc:
        report.damaged = True
        report.ours = True
        report.add(
            PROBLEM,
            "checksums",
            f"The data file parses, but {exc.which()} do not match the checksums recover wrote, so they were "
            f"damaged or edited by hand: {path}.",
            "`recover doctor --repair` restores the newest good backup and keeps this file in backups/. If you "
            'edited it by hand on purpose, delete "layout" from its meta line to accept the edit.',
        )
        return None
    except DataFileError as exc:
        report.damaged = True
        report.add(
            PROBLEM,
            "file",
            f"The data file cannot be read: {exc}",
            "`recover doctor --repair` restores the newest good backup and keeps the damaged file in backups/.",
        )
        return None
    finally:
        store.storage.check_unverified = True
    data = data or {}
    version = migrations.file_version(data)
    if version == 0 and not store.looks_like_ours(data):
        report.add(
            PROBLEM,
            "file",
            f"{path} is JSON but not a recover data file (no meta.schema_version, and not a file of recover's "
            "early prototype). recover never writes to it.",
            "Point --db or RECOVER_DB at your recover file.",
        )
        return None
    report.ours = True
    if version < 0 or version > migrations.CURRENT_VERSION:
        report.add(
            PROBLEM,
            "file",
            f"The file says it is data version {version}; this recover reads up to {migrations.CURRENT_VERSION}.",
            "Upgrade recover. The file was not changed.",
        )
        return None
    report.loads = True
    encrypted = " (encrypted)" if store.is_encrypted() else ""
    report.add(OK, "file", f"The data file loads{encrypted}: {path}.")
    if version < migrations.CURRENT_VERSION:
        report.add(
            NOTE,
            "records",
            f"The file is from an older version of recover (data version {version}); it is upgraded on the "
            "next change, after a backup copy, so its entries were not checked against today's schemas.",
        )
        return None
    return data


def _check_records(data: Mapping[str, dict[str, Any]], report: Report) -> None:
    known = set(schemas.table_names())
    invalid: list[str] = []
    total = 0
    for table, records in data.items():
        if table in {"meta", "_default"}:
            continue
        if table not in known:
            report.add(
                NOTE,
                "records",
                f"The file has a table '{table}' this version of recover does not know "
                "(perhaps from a newer version); it is kept as it is but not checked.",
            )
            continue
        for key, record in records.items():
            total += 1
            if record.get("id") != key:
                invalid.append(f"{table} {key}: its id does not match its key")
                continue
            try:
                schemas.validate(table, record)
            except ValidationError as exc:
                invalid.append(f"{str(exc).rstrip('.')} (id {key})")
    try:
        schemas.validate(schemas.ENVELOPE, {"meta": data.get("meta", {})})
    except ValidationError as exc:
        invalid.append(f"settings: {exc}")
    if invalid:
        shown = "; ".join(invalid[:3]) + (f" (and {len(invalid) - 3} more)" if len(invalid) > 3 else "")
        report.add(
            PROBLEM,
            "records",
            f"{len(invalid)} entr{'y does' if len(invalid) == 1 else 'ies do'} not match the expected shape, "
            f"probably from a hand edit: {shown}.",
            "Correct the named field in the file, or restore a backup (`recover backup list`).",
        )
    else:
        report.add(OK, "records", f"All {counted(total, 'entry', 'entries')} match their schemas.")


def _made_by_recover(data_path: Path) -> bool:
    """True for recover's default data folder, or a folder that holds nothing but recover's
    files; a folder with other things in it ($HOME, say) is the person's, and repair never
    changes it."""
    from recovery_tui import locations

    if owned.holds_only_ours(data_path):
        return True
    try:
        return data_path.parent == locations.default_data_directory()
    except Exception:  # noqa: BLE001 - platformdirs unavailable: treat the folder as theirs
        return False


def _check_permissions(store: Store, report: Report) -> None:
    folder = store.path.parent
    wanted: list[tuple[Path, int]] = []
    ours_or_none = report.ours or not os.path.lexists(store.path)
    if owned.real_folder(folder) and ours_or_none and _made_by_recover(store.path):
        wanted.append((folder, 0o700))
    elif owned.real_folder(folder) and (_mode(folder) or 0) & 0o077:
        report.add(
            NOTE,
            "permissions",
            f"Other users may be able to list {folder} ({_mode(folder):o}). It is not only "
            "recover's (it holds other files, or the data file is not a recover file), so recover does not change it.",
            f"`chmod 700 {folder}` if it holds only your recover files.",
        )
    if report.ours and not store.path.is_symlink():
        wanted.append((store.path, 0o600))
    wanted += [(p, 0o600) for p in owned.sidecar_files(store.path)]
    backup_folder = backups.folder(store.path)
    if owned.real_folder(backup_folder):
        wanted.append((backup_folder, 0o700))
        wanted += [(b.path, 0o600) for b in backups.list_backups(store.path)]
    for path, mode in wanted:
        if path.is_symlink():
            continue  # chmod would change what the link points at
        actual = _mode(path)
        if actual is not None and actual & 0o077:
            report.loose_permissions.append((path, mode))
    if report.loose_permissions:
        names = ", ".join(f"{p} ({_mode(p):o})" for p, _ in report.loose_permissions[:3])
        more = f" and {len(report.loose_permissions) - 3} more" if len(report.loose_permissions) > 3 else ""
        report.add(
            PROBLEM,
            "permissions",
            f"Other users on this computer may be able to read {names}{more}.",
            "`recover doctor --repair` sets files to 0600 and folders to 0700 (only you).",
        )
    elif wanted:
        report.add(OK, "permissions", "Only you can read the data file, its folder and backups.")


def _lock_held(store: Store) -> bool:
    if not store.lock_path.exists():
        return False
    from recovery_tui.store.lockfile import LockTimeoutError, SidecarLock

    probe = SidecarLock(str(store.lock_path), timeout=0)
    try:
        probe.acquire()
    except LockTimeoutError:
        return True
    except OSError:
        return False
    probe.release()
    return False


def _check_lock_and_temp(store: Store, report: Report) -> None:
    if _lock_held(store):
        report.add(
            NOTE,
            "lock",
            "Another recover process is using the file right now (perhaps a dashboard in another terminal); "
            "leftover temp files were not checked.",
            "If a command seems stuck, close the other recover; the lock is freed when it ends.",
        )
        return
    report.add(OK, "lock", "No other recover process holds the lock.")
    report.temp_files = owned.stale_temp_files(store.path)
    from recovery_tui.services.wipe import editor_leftovers

    leftovers = editor_leftovers(store.path)
    if leftovers:
        report.add(
            NOTE,
            "temp files",
            f"{counted(len(leftovers), 'file')} in {leftovers[0].parent}"
            f" {noun(len(leftovers), 'was', 'were')} left by an editor session that did not "
            "finish. They hold what you typed, in plain text (not encrypted).",
            "Open them to keep anything you need, then delete them; doctor never deletes them.",
        )
    if report.temp_files:
        report.add(
            PROBLEM,
            "temp files",
            f"{counted(len(report.temp_files), 'temp file')} from an interrupted write"
            f" {noun(len(report.temp_files), 'is', 'are')} left: "
            f"{', '.join(str(p) for p in report.temp_files[:3])}{' ...' if len(report.temp_files) > 3 else ''}. "
            "They hold nothing you need (the data file is only ever replaced by a complete one), but they may "
            "hold your entries in plain text.",
            "`recover doctor --repair` removes them (so does the next change).",
        )


def _check_backups(store: Store, report: Report) -> None:
    found = backups.list_backups(store.path)
    usable = [b for b in found if not b.set_aside]
    aside = [b for b in found if b.set_aside]
    if aside:
        report.add(
            NOTE,
            "backups",
            f"{counted(len(aside), 'earlier file')} {noun(len(aside), 'is', 'are')} kept aside in backups/"
            " (from restores, repairs or merges).",
        )
    if not usable:
        report.add(
            NOTE,
            "backups",
            "There are no backups yet. One is made on the first change of each day.",
            "`recover backup create` makes one now.",
        )
        return
    bad: list[str] = []
    unchecked = 0
    for backup in usable:
        try:
            store.load_copy(backup.path)
        except crypto.PassphraseNeeded:
            unchecked += 1
            continue
        except crypto.WrongPassphrase as exc:
            if not report.loads:  # the passphrase given does not open the data file either
                unchecked += 1
                continue
            bad.append(f"{backup.name} ({exc})")
            continue
        except RecoverError as exc:
            bad.append(f"{backup.name} ({exc})")
            continue
        if report.good_backup is None:
            report.good_backup = backup
    if bad:
        report.add(
            PROBLEM,
            "backups",
            f"{counted(len(bad), 'backup')} cannot be read: {'; '.join(bad[:2])}",
            "They are left as they are; newer daily copies replace them over time.",
        )
    good = len(usable) - len(bad) - unchecked
    if good:
        newest = report.good_backup.name if report.good_backup else "?"
        report.add(
            OK, "backups", f"{counted(good, 'backup')} {noun(good, 'loads', 'load')}; the newest good one is {newest}."
        )
    if unchecked:
        report.add(
            NOTE,
            "backups",
            f"{counted(unchecked, 'encrypted backup')} {noun(unchecked, 'was', 'were')} not checked"
            " (no passphrase opens them).",
        )


def _check_conflict_copies(store: Store, report: Report) -> None:
    import shlex

    from recovery_tui.store.conflicts import conflict_copies

    for copy in conflict_copies(store.path):
        report.add(
            NOTE,
            "conflict copy",
            f"{copy.name} looks like a {copy.engine} conflict copy: two devices changed the file while apart.",
            f"recover merge {shlex.quote(str(copy.path))}  (merges it record by record, then keeps it in backups/)",
        )


def diagnose(store: Store) -> Report:
    """Run every check on `store`'s file and return the findings (changes nothing)."""
    report = Report(store.path)
    data = _check_load(store, report)
    if data is not None:
        _check_records(data, report)
    _check_permissions(store, report)
    _check_lock_and_temp(store, report)
    _check_backups(store, report)
    _check_conflict_copies(store, report)
    return report


class RepairResult(msgspec.Struct):
    """What repair changed."""

    permissions_fixed: list[Path] = msgspec.field(default_factory=list)
    temp_removed: list[Path] = msgspec.field(default_factory=list)
    restored: backups.Backup | None = None
    set_aside: Path | None = None


def repair(store: Store, report: Report, *, restore: bool) -> RepairResult:
    """Fix what doctor can fix safely; restore the newest good backup when `restore` is True.

    The damaged file is kept in backups/ (label `damaged`), never deleted.
    """
    result = RepairResult()
    for path, mode in report.loose_permissions:
        if path.is_symlink():
            continue
        try:
            os.chmod(path, mode)
            result.permissions_fixed.append(path)
        except OSError:
            pass
    if report.ours or report.temp_files:
        with store.locked():
            result.temp_removed = store.remove_stale_temp_files()
    if restore and report.good_backup is not None:
        result.set_aside = store.restore(report.good_backup, label=backups.DAMAGED)
        result.restored = report.good_backup
        from recovery_tui.services.counters import remember_reached

        try:  # milestones the restored copy had not yet said are history now, not news
            remember_reached(store, store.clock())
        except RecoverError:
            pass
    return result
