"""Where recover keeps its files: the data file path, from --db, RECOVER_DB or platformdirs.

No I/O happens at import time; platformdirs is imported only when the default is needed, and
pathlib only when a Path is asked for (`data_file_text` serves the shell prompt line without
it: cli/startup.py).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "recover"
DATA_FILE_NAME = "recover.json"


def default_data_directory() -> Path:
    """The per-user data folder for recover (for example ~/.local/share/recover)."""
    from pathlib import Path

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
    from pathlib import Path

    chosen = _chosen(explicit)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return default_data_directory() / DATA_FILE_NAME


def data_file_text(explicit: str | os.PathLike[str] | None = None) -> str:
    """`data_file(explicit)` as text, without importing pathlib when a path is given (the
    same file: the path with `~` expanded, joined to the working folder when relative).

    Raises:
        InvalidInput: as `data_file`.
    """
    chosen = _chosen(explicit)
    if not chosen:
        return os.fspath(data_file(explicit))
    expanded = os.path.expanduser(chosen)
    return expanded if os.path.isabs(expanded) else os.path.join(os.getcwd(), expanded)


def _chosen(explicit: str | os.PathLike[str] | None) -> str | os.PathLike[str] | None:
    """The path given by `--db`, else by RECOVER_DB, else None (the default location)."""
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
    return chosen or None
