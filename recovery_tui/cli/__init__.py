"""The `recover` command line (Typer). `main()` is the console-script entry point."""

from __future__ import annotations


def main() -> None:
    """Run the `recover` command."""
    from recovery_tui.cli.app import app

    app()
