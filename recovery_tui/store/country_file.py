"""The plain country file beside the data file, so SOS knows the country without a passphrase.

An encrypted data file cannot tell `recover sos` (or the dashboard's passphrase screen) which
country's crisis lines to show until it is unlocked. So the `country` setting is also kept in
`<data file>.country` (for `recover.json`: `recover.json.country`), next to it:

    GB\\n

two ASCII capital letters and a newline, nothing else, 0600, written atomically (temp file,
fsync, rename) under the data file's lock by `config set country`, removed by
`config unset country` (or `config set country ''`) and by `recover wipe`; `recover encrypt` and
`recover backup restore` rewrite it from the setting. It reveals the
country to anyone who can read the folder, and nothing else.

Reading never blocks and never fails: the file is opened non-blocking (a FIFO put in its
place cannot hang SOS), without following a symlink, only a regular file is read, at most a
few bytes, and anything but a two-letter code counts as "no country".
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from recovery_tui.errors import StorageError
from recovery_tui.store.storage import atomic_write_bytes

SUFFIX = ".country"
_MAX_BYTES = 16
_CODE = re.compile(r"[A-Z]{2}")


def path_for(data_path: Path) -> Path:
    """The country file of the data file at `data_path`."""
    return data_path.with_name(data_path.name + SUFFIX)


def read(data_path: Path) -> str | None:
    """The two-letter country code kept beside `data_path`, or None (missing, unreadable, odd)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path_for(data_path), flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        raw = os.read(fd, _MAX_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(raw) >= _MAX_BYTES:  # not the few bytes this file holds
        return None
    try:
        text = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return None
    return text if _CODE.fullmatch(text) else None


def write(data_path: Path, code: str | None) -> None:
    """Keep `code` beside `data_path` (0600); None removes the file.

    Call it while holding the data file's lock (inside `Store.transaction()`), so another
    process's clean-up of stale temp files cannot remove the temp file mid-write.

    Raises:
        StorageError: the file could not be written (the old one is unchanged).
        ValueError: `code` is not two capital letters.
    """
    target = path_for(data_path)
    if code is None:
        try:
            os.unlink(target)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StorageError(f"Could not remove {target}: {exc.strerror or exc}.") from None
        return
    if not _CODE.fullmatch(code):
        raise ValueError(f"not a country code: {code!r}")
    atomic_write_bytes(target, f"{code}\n".encode("ascii"))
