"""The `recover` command line (Typer). `main()` is the console-script entry point."""

from __future__ import annotations

import sys


def _load_msgspec_lean() -> None:
    """Import msgspec without letting it import typing_extensions.

    msgspec uses typing_extensions only, when it is installed, to read annotations written with
    it; it works the same without it (it is not one of msgspec's dependencies), and recover's
    records use no such annotations. Importing it pulls in `inspect` too: about 11 ms of every
    check-in and prompt line. So the command line imports msgspec first with the module marked
    missing, then unmarks it, and anything that needs typing_extensions later (Typer, Textual)
    imports it as usual. If a future msgspec cannot start without it, it is imported normally.
    """
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import msgspec  # noqa: F401
    except ImportError:
        pass
    finally:
        if sys.modules.get("typing_extensions", False) is None:
            del sys.modules["typing_extensions"]


def main() -> None:
    """Run the `recover` command.

    `status --short` (cli/prompt_line.py) and plain check-ins (cli/quick_checkin.py) take fast
    paths that do not import Typer; everything else, and anything those paths do not read,
    goes to the Typer app.
    """
    _load_msgspec_lean()
    argv = sys.argv[1:]
    for position, arg in enumerate(argv, start=1):
        if any("\udc80" <= char <= "\udcff" for char in arg):  # bytes that are not UTF-8
            sys.stderr.write(
                f"recover: argument {position} holds bytes that are not UTF-8 text; "
                "give it as UTF-8. Nothing was done.\n"
            )
            raise SystemExit(2)
    from recovery_tui.cli.prompt_line import fast_status_short

    code = fast_status_short(argv)
    if code is None:
        from recovery_tui.cli.quick_checkin import fast_checkin

        code = fast_checkin(argv)
    if code is not None:
        raise SystemExit(code)
    from recovery_tui.cli.app import app

    app()
