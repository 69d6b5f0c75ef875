"""The `recover` command line (Typer). `main()` is the console-script entry point."""

from __future__ import annotations


def main() -> None:
    """Run the `recover` command (`status --short` takes a fast path without Typer)."""
    import sys

    from recovery_tui.cli.prompt_line import fast_status_short

    code = fast_status_short(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    from recovery_tui.cli.app import app

    app()
