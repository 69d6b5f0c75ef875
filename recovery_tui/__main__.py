"""Lets `python -m recovery_tui` run the `recover` command line."""

from recovery_tui.cli import main

if __name__ == "__main__":
    main()
