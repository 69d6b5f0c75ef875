"""Sync through git: `sync init`, `sync` (fetch, merge by record, commit, push), `sync status`,
the git merge driver, and the last sync time the dashboard shows.

Where: a git repository of its own beside the data file, `<data file>.sync/` (store/owned.py),
never the data folder itself (which may be a home folder, holds the lock, backups and temp
files, and must never be written by git). Its working tree holds `recover.json` (a copy of the
data file as last synced: ciphertext when the file is encrypted, so only ciphertext is ever
committed), `.gitignore` (everything else ignored) and `.gitattributes` (`recover.json`
merges with the `recover` merge driver, registered in the repository's own config, so a
plain `git pull` there merges by record too). Nothing of the person's global git config is
touched; without a git identity the repository gets a neutral one (`recover
<recover@localhost>`).

`sync` holds the sync folder's lock (`.git/recover-sync.lock`) throughout, and the data file's
lock only for the local part, so a check-in during a slow push waits for no network:

1. fetch the remote (network; unreachable: one line, nothing changed);
2. under the data file's lock, in one transaction: fold in what the repository holds and the
   data file does not (a `git pull` run by hand), commit the data file if it changed, merge the
   remote's version by record (core/merge.py, with the merge base as ancestor; a fast forward
   when the remote simply moved on), point the branch at the result, write the data file;
3. push (a push refused because the remote moved meanwhile starts again at 1, three times).

Git itself never writes the data file: recover writes it, atomically and under its lock, so
a kill -9 at any point leaves it readable. Every step can be repeated: the branch and the data
file are reconciled by a merge by record on the next sync whatever was interrupted. A sync
killed mid-way leaves `.git/recover-sync-running`; the next sync, holding the sync lock,
knows no recover git command is running and removes the git lock files (`index.lock`, ref
locks) the killed one left. Git lock files found without that mark belong to someone's own
git command: sync stops and says so.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from recovery_tui import clock
from recovery_tui.core import tombstones
from recovery_tui.core.merge import MergeResult, merge
from recovery_tui.errors import DataFileError, InvalidInput, RecoverError
from recovery_tui.services.importer import check_records
from recovery_tui.store import Store, crypto, layout, migrations, owned, schemas
from recovery_tui.store.git import Git, GitFailed, git_program, last_line
from recovery_tui.store.lockfile import LockTimeoutError, SidecarLock
from recovery_tui.store.storage import atomic_write_bytes, open_regular

FILE = "recover.json"
"""The data file's name in the repository (whatever it is called on each device)."""
DRIVER = "recover"
GITIGNORE = (
    b"# recover sync: only these three files are ever committed\n/*\n!/recover.json\n!/.gitignore\n!/.gitattributes\n"
)
GITATTRIBUTES = b"recover.json -text merge=recover\n"
DEFAULT_BRANCH = "main"
REMOTE = "origin"
SYNCED_REF = "refs/recover/synced"
STATE = "recover-sync.json"
RUNNING = "recover-sync-running"
LOCK = "recover-sync.lock"
ROUNDS = 3
NEUTRAL_NAME = "recover"
NEUTRAL_EMAIL = "recover@localhost"


class SyncNotSetUp(RecoverError):
    """`recover sync` before `recover sync init`."""


class SyncBusy(RecoverError):
    """Another sync is running, or someone's git command holds the sync repository."""

    exit_code = 75


class SyncResult(msgspec.Struct, frozen=True):
    """What one sync did."""

    remote: str
    received: bool
    sent: bool
    renamed: tuple[str, ...] = ()
    push_error: str | None = None

    @property
    def line(self) -> str:
        """One line for a person."""
        if self.push_error is not None:
            got = "Merged the changes from " if self.received else "Nothing new from "
            return (
                f"{got}{self.remote}, but could not send yours: {self.push_error}. "
                "Your data file is complete here; sync again later."
            )
        if self.received and self.sent:
            return f"Synced with {self.remote}: received changes and sent yours."
        if self.received:
            return f"Synced with {self.remote}: received changes."
        if self.sent:
            return f"Synced with {self.remote}: sent your changes."
        return f"Synced with {self.remote}: already up to date."


class SyncStatus(msgspec.Struct, frozen=True):
    """Where sync stands, from what this device knows (no network unless fetched)."""

    set_up: bool
    folder: str
    remote: str | None = None
    branch: str | None = None
    ahead: int = 0
    behind: int = 0
    changed_here: bool = False
    last_sync: str | None = None
    fetched: bool = False

    def lines(self) -> list[str]:
        """The status for a person, one line each (the CLI prints them, the dashboard shows them)."""
        when = self.last_sync.replace("T", " ") if self.last_sync else "never"
        here = "changed since the last sync" if self.changed_here else "no change since the last sync"
        seen = "as of now" if self.fetched else "as of the last fetch"
        return [
            f"Remote:     {self.remote} ({self.branch})",
            f"Last sync:  {when}",
            f"Here:       {here}",
            f"Commits:    {self.ahead} to send, {self.behind} to receive ({seen})",
        ]


# -- where things are -------------------------------------------------------------------
def sync_folder(data_path: Path) -> Path:
    """The sync repository of the data file `data_path`."""
    return data_path.with_name(data_path.name + owned.SYNC_SUFFIX)


def drop_plain_history(data_path: Path) -> Path | None:
    """After `recover encrypt` of a plain file: delete the sync repository, whose history holds
    the plain file (every commit's blob). Returns the folder deleted, or None when there was
    none. Encrypting must leave no plain text behind, and rewriting git history in place would
    still leave the old objects in reflogs and packs; the remote keeps its commits (recover
    cannot delete them): the person starts a new, empty remote and runs `recover sync init`.

    Raises:
        OSError: the folder could not be deleted (the caller says so; the data file is encrypted).
    """
    folder = sync_folder(data_path)
    if folder.is_symlink() or not folder.is_dir():
        return None
    shutil.rmtree(folder)  # removes links inside, never follows them
    return folder


def _state_path(folder: Path) -> Path:
    return folder / ".git" / STATE


def is_set_up(data_path: Path) -> bool:
    """True when `recover sync init` has set up a repository for this data file."""
    return (sync_folder(data_path) / ".git").is_dir()


def _read_state(folder: Path) -> dict[str, Any]:
    try:
        state = msgspec.json.decode(open_regular(_state_path(folder)))
    except (OSError, DataFileError, msgspec.DecodeError):
        return {}
    return state if isinstance(state, dict) else {}


def last_sync(data_path: Path) -> datetime | None:
    """When this device last synced (None: never, or sync is not set up). Reads one small
    file; runs no git."""
    when = _read_state(sync_folder(data_path)).get("last_sync")
    try:
        return datetime.fromisoformat(when) if isinstance(when, str) else None
    except ValueError:
        return None


def shown_remote(url: str) -> str:
    """A remote's address as shown to a person: any password in it left out."""
    return re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", r"\1", url)


def _signature(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


# -- tables from bytes ------------------------------------------------------------------
def _plain(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Whole tables as plain dicts, without the store's own `meta.layout`."""
    tables = {name: dict(data[name]) for name in data}
    if layout.META in tables:
        tables[layout.META] = {k: v for k, v in tables[layout.META].items() if k != layout.LAYOUT}
    return tables


def load_tables(store: Store, raw: bytes, where: Path, now: datetime) -> dict[str, dict[str, Any]]:
    """A copy of a data file (bytes from git or a merge), decrypted, checked and brought to
    this version's data layout.

    Raises:
        DataFileError: damaged, the wrong passphrase, or written by a newer recover.
    """
    data = layout.decode(store.storage.open_bytes(raw, where=where), where)
    version = migrations.file_version(data)
    if version > migrations.CURRENT_VERSION:
        raise DataFileError(
            f"{where} was written by a newer version of recover (data version {version}; this one reads up to "
            f"{migrations.CURRENT_VERSION}). Upgrade recover here, then sync again; nothing was changed."
        )
    schemas.check_unverified(data, where, migrations.CURRENT_VERSION)
    tables = _plain(migrations.migrate(data, now, where) if version < migrations.CURRENT_VERSION else data)
    check_records(tables, where)  # another device's copy: every record checked, as `recover merge` does
    return tables


def merged(ours: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None, now: datetime) -> MergeResult:
    """core/merge.py's merge, with tombstones past their keeping period pruned (as `recover
    merge` does)."""
    result = merge(ours, theirs, base)
    return MergeResult(tombstones.prune(result.tables, now), result.renamed)


# -- the repository ---------------------------------------------------------------------
def _check_remote(remote: str) -> str:
    remote = remote.strip()
    if not remote or remote.startswith("-") or any(ch in remote for ch in "\n\r\0"):
        raise InvalidInput(
            "remote", "give a git remote, for example /media/usb/recover.git or git@host:me/recover.git."
        )
    if "://" not in remote and ":" not in remote.split("/")[0]:
        remote = str(Path(remote).expanduser().absolute())  # a local path, as git would take it
    return remote


def driver_command(data_path: Path) -> str:
    """The merge driver line git runs (through its shell): this Python, running recover."""
    program = [sys.executable, "-m", "recovery_tui", "--db", str(data_path), "sync", "driver"]
    return " ".join(shlex.quote(part) for part in program) + " %O %A %B"


def _ensure_identity(git: Git) -> None:
    if git.config("user.name") is None:
        git.run("config", "user.name", NEUTRAL_NAME)
    if git.config("user.email") is None:
        git.run("config", "user.email", NEUTRAL_EMAIL)


def _configure(git: Git, data_path: Path) -> None:
    git.run("config", f"merge.{DRIVER}.name", "recover: merge the data file by record")
    git.run("config", f"merge.{DRIVER}.driver", driver_command(data_path))
    _ensure_identity(git)
    for name, content in ((".gitignore", GITIGNORE), (".gitattributes", GITATTRIBUTES)):
        atomic_write_bytes(git.folder / name, content)


def init(store: Store, remote: str, *, interactive: bool = False) -> str:
    """Set up the sync repository for the store's data file, with `remote`.

    Checks that the remote answers before anything is created; run again with another
    remote to change it.

    Returns:
        The remote, as shown to a person.

    Raises:
        GitMissing: no git. GitFailed: the remote does not answer (nothing was created).
    """
    git_program()
    remote = _check_remote(remote)
    folder = sync_folder(store.path)
    created = not folder.exists()
    owned.make_private_folder(folder)
    git = Git(folder, interactive=interactive)
    try:
        heads = git.text("ls-remote", "--symref", remote, "HEAD", network=True)
    except GitFailed as exc:
        if created:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
        raise GitFailed(f"Could not reach {shown_remote(remote)}: {exc}. Nothing was changed.") from None
    found = re.search(r"^ref: refs/heads/(\S+)\s+HEAD$", heads, re.M)
    if not (folder / ".git").is_dir():
        git.run("init", "--quiet")
        git.run("symbolic-ref", "HEAD", f"refs/heads/{found.group(1) if found else DEFAULT_BRANCH}")
        git.run("config", "recover.branch", found.group(1) if found else DEFAULT_BRANCH)
    if git.config(f"remote.{REMOTE}.url") is None:
        git.run("remote", "add", REMOTE, remote)
    else:
        git.run("remote", "set-url", REMOTE, remote)
    _configure(git, store.path)
    return shown_remote(remote)


def _open(store: Store, *, interactive: bool) -> Git:
    git_program()
    folder = sync_folder(store.path)
    if not (folder / ".git").is_dir():
        raise SyncNotSetUp(
            f"Sync is not set up for {store.path}; set it up first with `recover sync init REMOTE`. "
            "Nothing was changed."
        )
    return Git(folder, interactive=interactive)


def _branch(git: Git) -> str:
    return git.config("recover.branch") or DEFAULT_BRANCH


_GIT_LOCKS = ("index.lock", "HEAD.lock", "ORIG_HEAD.lock", "packed-refs.lock", "config.lock", "shallow.lock")


def _git_lock_files(git: Git) -> list[Path]:
    found = [git.git_dir / name for name in _GIT_LOCKS if (git.git_dir / name).exists()]
    for top, _dirs, files in os.walk(git.git_dir / "refs"):
        found += [Path(top) / name for name in files if name.endswith(".lock")]
    return found


def _recover_interrupted(git: Git) -> None:
    """Clean what a killed sync left (see the module docstring); refuse someone else's git."""
    leftovers = _git_lock_files(git)
    if (git.git_dir / RUNNING).exists():
        for path in leftovers:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        for name in ("MERGE_HEAD", "MERGE_MSG", "MERGE_MODE", "AUTO_MERGE"):
            try:
                (git.git_dir / name).unlink()
            except FileNotFoundError:
                pass
    elif leftovers:
        raise SyncBusy(
            f"{leftovers[0]} exists: a git command is running in {git.folder}, or one was stopped. If none is "
            "running, delete that file and sync again. Nothing was changed."
        )


def _write_blob(git: Git, payload: bytes) -> str:
    return git.text("hash-object", "-w", "--no-filters", "--stdin", stdin=payload)


def _commit(git: Git, payload: bytes, parents: list[str], message: str) -> str:
    entries = [
        f"100644 blob {_write_blob(git, GITATTRIBUTES)}\t.gitattributes",
        f"100644 blob {_write_blob(git, GITIGNORE)}\t.gitignore",
        f"100644 blob {_write_blob(git, payload)}\t{FILE}",
    ]
    tree = git.text("mktree", stdin=("\n".join(entries) + "\n").encode())
    args = ["commit-tree", tree, "-m", message]
    for parent in parents:
        args += ["-p", parent]
    return git.text(*args)


def _move_branch(git: Git, branch: str, new: str, old: str | None) -> None:
    git.run("update-ref", "-m", "recover sync", f"refs/heads/{branch}", new, *([old] if old else []))


class _Round(msgspec.Struct):
    received: bool = False
    head: str | None = None
    renamed: tuple[str, ...] = ()


def _local_round(store: Store, git: Git, branch: str, now: datetime) -> _Round:
    """Step 2 of the module docstring, under the data file's lock, in one transaction."""
    theirs = git.commit_of(f"refs/remotes/{REMOTE}/{branch}")
    with store.transaction():
        on_disk = _plain(store.storage.read() or {})
        encrypted = store.storage.sealer is not None
        head = git.commit_of("HEAD")
        synced = git.commit_of(SYNCED_REF)

        def tables_at(commit: str | None) -> dict[str, Any] | None:
            if commit is None:
                return None
            raw = git.blob(commit, FILE)
            if raw is None:
                return None
            if crypto.is_sealed(raw) and not encrypted:
                raise DataFileError(
                    f"The synced copy of your data is encrypted but {store.path} is not; encrypt it with the same "
                    "passphrase first, then sync again. Nothing was changed."
                )
            return load_tables(store, raw, git.folder / FILE, now)

        theirs_tables = tables_at(theirs)
        if theirs is not None and theirs_tables is None:
            raise DataFileError(
                f"The remote's branch '{branch}' holds no {FILE}: it is not a recover sync repository. Use an empty "
                "repository for recover only; nothing was changed."
            )
        if head is None and theirs is not None:
            head, head_tables = theirs, theirs_tables  # a new device: start from the remote's history
            _move_branch(git, branch, theirs, None)
        else:
            head_tables = tables_at(head)
        renamed: list[str] = []
        local = on_disk
        if head_tables is not None and head != synced:
            base = tables_at(synced) if synced is not None and git.is_ancestor(synced, head or "") else None
            folded = merged(local, head_tables, base, now)
            local, renamed = folded.tables, [r.line for r in folded.renamed]
        if head_tables is None or local != head_tables:
            new = _commit(git, store.storage.dump_bytes(local), [head] if head else [], "recover sync: changes here")
            _move_branch(git, branch, new, head)
            head = new
        result = local
        received = False
        if theirs is not None and theirs != head and not git.is_ancestor(theirs, head or ""):
            assert theirs_tables is not None and head is not None
            if git.is_ancestor(head, theirs):
                result = theirs_tables
                _move_branch(git, branch, theirs, head)
                head = theirs
            else:
                found = git.run("merge-base", head, theirs, check=False)
                ancestor = found.stdout.decode("ascii").strip() if found.returncode == 0 else None
                done = merged(local, theirs_tables, tables_at(ancestor), now)
                result = done.tables
                renamed += [r.line for r in done.renamed]
                message = "recover sync: merged by record"
                new = _commit(git, store.storage.dump_bytes(result), [head, theirs], message)
                _move_branch(git, branch, new, head)
                head = new
            received = True
        if result != on_disk:
            received = True
            store.storage.write(result)
    return _Round(received=received, head=head, renamed=tuple(dict.fromkeys(renamed)))


def _fetch(git: Git, remote: str) -> None:
    try:
        git.run("fetch", "--quiet", "--no-tags", REMOTE, f"+refs/heads/*:refs/remotes/{REMOTE}/*", network=True)
    except GitFailed as exc:
        raise GitFailed(f"Could not reach {remote}: {exc}. Nothing was changed.") from None


def _save_state(store: Store, git: Git, now: datetime) -> None:
    state = {"last_sync": now.isoformat(timespec="seconds"), "data_file": _signature(store.path)}
    atomic_write_bytes(_state_path(git.folder), msgspec.json.encode(state))


def sync(store: Store, *, interactive: bool = False) -> SyncResult:
    """Fetch, merge by record, commit and push (see the module docstring).

    Raises:
        GitMissing, SyncNotSetUp, SyncBusy, GitFailed (the remote unreachable: nothing
        changed), DataFileError (a copy recover cannot read; nothing changed).
    """
    git = _open(store, interactive=interactive)
    lock = SidecarLock(str(git.git_dir / LOCK), timeout=0)
    try:
        lock.acquire()
    except LockTimeoutError:
        raise SyncBusy("Another recover sync is running for this data file; try again when it is done.") from None
    running = git.git_dir / RUNNING
    try:
        _recover_interrupted(git)
        atomic_write_bytes(running, str(os.getpid()).encode())  # a kill -9 from here on leaves it
        return _sync_rounds(store, git)
    finally:
        running.unlink(missing_ok=True)  # (not reached on a kill: the next sync cleans up)
        lock.release()


def _sync_rounds(store: Store, git: Git) -> SyncResult:
    """Fetch, merge and push, again when the remote moved on meanwhile (ROUNDS at most)."""
    branch = _branch(git)
    remote = shown_remote(git.config(f"remote.{REMOTE}.url") or "")
    _ensure_identity(git)
    if git.config(f"merge.{DRIVER}.driver") != driver_command(store.path):
        git.run("config", f"merge.{DRIVER}.driver", driver_command(store.path))  # this recover, wherever it moved
    received, sent = False, False
    renamed: list[str] = []
    for attempt in range(ROUNDS):
        _fetch(git, remote)
        now = clock.now()
        done = _local_round(store, git, branch, now)
        received = received or done.received
        renamed += done.renamed
        head = done.head
        if head is not None:
            git.run("update-ref", SYNCED_REF, head)
            git.run("reset", "--quiet", "--hard", head)  # the working tree shows what was synced
        if head is None or head == git.commit_of(f"refs/remotes/{REMOTE}/{branch}"):
            _save_state(store, git, now)
            break
        pushed = git.run("push", "--quiet", REMOTE, f"{head}:refs/heads/{branch}", network=True, check=False)
        if pushed.returncode == 0:
            sent = True
            git.run("update-ref", f"refs/remotes/{REMOTE}/{branch}", head)
            _save_state(store, git, now)
            break
        reason = pushed.stderr.decode("utf-8", errors="replace")
        moved_on = any(word in reason for word in ("rejected", "fetch first", "non-fast-forward"))
        if moved_on and attempt + 1 < ROUNDS:
            continue  # the remote moved on meanwhile: fetch and merge again
        error = last_line(reason) or f"git push exited with code {pushed.returncode}"
        return SyncResult(remote, received, sent, tuple(dict.fromkeys(renamed)), error)
    return SyncResult(remote, received, sent, tuple(dict.fromkeys(renamed)))


def status(store: Store, *, fetch: bool = False, interactive: bool = False) -> SyncStatus:
    """Where sync stands: remote, ahead/behind, changes here since the last sync, last sync.

    Runs git locally only; with `fetch`, asks the remote first (network).
    """
    folder = sync_folder(store.path)
    if not (folder / ".git").is_dir():
        return SyncStatus(set_up=False, folder=str(folder))
    git = _open(store, interactive=interactive)
    branch = _branch(git)
    remote = shown_remote(git.config(f"remote.{REMOTE}.url") or "")
    if fetch:
        _fetch(git, remote)
    ahead = behind = 0
    theirs = git.commit_of(f"refs/remotes/{REMOTE}/{branch}")
    head = git.commit_of("HEAD")
    if head and theirs:
        counts = git.text("rev-list", "--left-right", "--count", f"{head}...{theirs}").split()
        ahead, behind = int(counts[0]), int(counts[1])
    elif head:
        ahead = int(git.text("rev-list", "--count", head))
    state = _read_state(folder)
    changed = store.exists() and state.get("data_file") != _signature(store.path)
    when = last_sync(store.path)
    return SyncStatus(
        set_up=True,
        folder=str(folder),
        remote=remote,
        branch=branch,
        ahead=ahead,
        behind=behind,
        changed_here=bool(changed),
        last_sync=when.isoformat(timespec="seconds") if when else None,
        fetched=fetch,
    )


def merge_driver(store: Store, base: Path, ours: Path, theirs: Path) -> tuple[str, ...]:
    """git's merge driver: merge the three versions of the data file by record into `ours`.

    `ours` is written in its own form (sealed with its key when encrypted). Uses the store
    only for its passphrase; the data file itself is not touched.

    Returns:
        The lines about records renamed so that names stay unique.

    Raises:
        DataFileError: a version cannot be read (damaged, wrong passphrase, newer); git then
            reports a conflict and `ours` is unchanged.
    """
    now = clock.now()

    def read(path: Path, *, missing: bytes | None = None) -> bytes:
        try:
            return open_regular(path)
        except FileNotFoundError:
            if missing is not None:
                return missing  # git gives no ancestor file when there is no common version
            raise DataFileError(f"Cannot merge: {path} does not exist; nothing was changed.") from None
        except ValueError:  # a NUL in the name
            raise InvalidInput("file", "a file name cannot hold a NUL character; nothing was changed.") from None

    ours_raw = read(ours)
    ours_tables = load_tables(store, ours_raw, ours, now)
    theirs_tables = load_tables(store, read(theirs), theirs, now)
    base_raw = read(base, missing=b"")
    base_tables = load_tables(store, base_raw, base, now) if base_raw.strip() else None
    done = merged(ours_tables, theirs_tables, base_tables, now)
    store.storage.sealer = None
    if crypto.is_sealed(ours_raw):
        store.storage.open_bytes(ours_raw)  # its key seals the result
    atomic_write_bytes(ours, store.storage.dump_bytes(done.tables))
    return tuple(r.line for r in done.renamed)
