"""The `recover` command line (Typer). `main()` is the console-script entry point."""

from __future__ import annotations

import errno
import os
import sys

from recovery_tui.cli import startup

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from typing import Any, TextIO


def main() -> None:
    """Run the `recover` command.

    `status --short` (cli/prompt_line.py) and plain check-ins (cli/quick_checkin.py) take fast
    paths that do not import Typer; everything else, and anything those paths do not read,
    goes to the Typer app. cli/startup.py gathers these start-up measures.
    """
    argv = sys.argv[1:]
    for position, arg in enumerate(argv, start=1):
        if any("\udc80" <= char <= "\udcff" for char in arg):  # bytes that are not UTF-8
            sys.stderr.write(
                f"recover: argument {position} holds bytes that are not UTF-8 text; "
                "give it as UTF-8. Nothing was done.\n"
            )
            raise SystemExit(2)
    guard = None if _opens_dashboard(argv) else _Output(sys.stdout)
    if guard is not None:
        sys.stdout = guard
    try:
        _run(argv)
    except SystemExit as done:
        if guard is None or guard.error is None:
            raise
        raise SystemExit(guard.finish(done.code)) from None
    if guard is not None and guard.error is not None:
        raise SystemExit(guard.finish(0))


def _opens_dashboard(argv: list[str]) -> bool:
    """True when `argv` opens the dashboard (no command, or `dashboard`), which owns the screen."""
    _, rest = startup.split_db(argv)
    return not rest or rest[0] == "dashboard"


def _run(argv: list[str]) -> None:
    code = startup.fast_path(argv)
    if code is not None:
        raise SystemExit(code)
    from recovery_tui.cli.app import app

    app()


class _Output:
    """sys.stdout for one command: a write that fails (a full disk, a closed descriptor, a
    reader that went away) is remembered, not raised. A command that already saved its change
    must not then fail, or a script that retries it would save it twice; so the command
    finishes, and `finish` says in one line on stderr what happened (nothing for a closed
    pipe, which is the reader's choice) with exit 0 when something was saved, else 1."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self.error: Exception | None = None

    def _fail(self, error: Exception) -> None:
        self.error = error
        try:  # later writes, and Python's own flush at exit, go nowhere instead of failing again
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.close(devnull)
        except OSError:
            pass

    def write(self, text: str) -> int:
        if self.error is None:
            try:
                if self._stream is None:
                    raise OSError(errno.EBADF, "standard output is closed")
                return self._stream.write(text)
            except (OSError, ValueError) as error:
                self._fail(error)
        return len(text)

    def flush(self) -> None:
        if self.error is None and self._stream is not None:
            try:
                self._stream.flush()
            except (OSError, ValueError) as error:
                self._fail(error)

    @property
    def buffer(self) -> _BinaryOutput:
        """The byte stream under stdout, with the same rule for failed writes."""
        return _BinaryOutput(self)

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def write_bytes(self, data: bytes) -> int:
        """Write bytes to the stream's buffer (see `buffer`)."""
        if self.error is None:
            try:
                if self._stream is None:
                    raise OSError(errno.EBADF, "standard output is closed")
                self._stream.flush()
                return self._stream.buffer.write(data)
            except (OSError, ValueError) as error:
                self._fail(error)
        return len(data)

    def finish(self, code: object) -> int:
        from recovery_tui.store.storage import files_written

        saved = files_written() > 0
        error = self.error
        if isinstance(error, BrokenPipeError):
            return 0 if saved or code in (0, None) else code if isinstance(code, int) else 1
        reason = getattr(error, "strerror", None) or str(error)
        if saved:
            sys.stderr.write(f"recover: the change was saved, but its output could not be written ({reason}).\n")
            return 0
        sys.stderr.write(f"recover: the output could not be written ({reason}).\n")
        return code if isinstance(code, int) and code != 0 else 1


class _BinaryOutput:
    """`sys.stdout.buffer` while _Output guards stdout."""

    def __init__(self, text: _Output) -> None:
        self._text = text

    def write(self, data: bytes) -> int:
        return self._text.write_bytes(data)

    def flush(self) -> None:
        self._text.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._text._stream.buffer if self._text._stream is not None else None, name)
