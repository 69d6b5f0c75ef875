"""Where recover keeps its files: the data file path, from --db, RECOVER_DB or platformdirs.

No I/O happens at import time; platformdirs is imported only when the default is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "recover"
DATA_FILE_NAME = "recover.json"


def default_data_directory() -> Path:
    """The per-user data folder for recover (for example ~/.local/share/recover)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_file(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data file: an explicit path, else RECOVER_DB, else the default location.

    Args:
        explicit: the value of `--db`, if given.

    Returns:
        An absolute path; the file and its folder may not exist yet.

    Raises:
        InvalidInput: `--db` or RECOVER_DB is given but empty (an empty path names no file;
            it is never taken to mean the default file).
    """
    if explicit is not None and not os.fspath(explicit).strip():
        from recovery_tui.errors import InvalidInput

        raise InvalidInput("db", "an empty path names no file; give the data file, for example --db ~/recover.json.")
    chosen = explicit if explicit is not None else os.environ.get("RECOVER_DB")
    if chosen is not None and not os.fspath(chosen).strip():
        from recovery_tui.errors import InvalidInput

        raise InvalidInput(
            "RECOVER_DB",
            "is set but empty; set it to the data file (for example ~/recover.json) or unset it "
            "to use the default file.",
        )
    if chosen:
        return Path(chosen).expanduser().absolute()
    return default_data_directory() / DATA_FILE_NAME
