"""The `recover` command line (Typer). `main()` is the console-script entry point."""

from __future__ import annotations


def main() -> None:
    """Run the `recover` command.

    `status --short` (cli/prompt_line.py) and plain check-ins (cli/quick_checkin.py) take fast
    paths that do not import Typer; everything else, and anything those paths do not read,
    goes to the Typer app.
    """
    import sys

    from recovery_tui.cli.prompt_line import fast_status_short

    argv = sys.argv[1:]
    code = fast_status_short(argv)
    if code is None:
        from recovery_tui.cli.quick_checkin import fast_checkin

        code = fast_checkin(argv)
    if code is not None:
        raise SystemExit(code)
    from recovery_tui.cli.app import app

    app()
