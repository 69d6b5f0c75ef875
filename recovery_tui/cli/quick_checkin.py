"""The fast path of `recover [--db PATH] checkin OPTIONS`, which people run between other work.

Importing Typer (and the click it vendors) costs more than the whole check-in on a ten-year
file, so `fast_checkin(argv)` reads the check-in's options with the standard library and runs
the same flow as the Typer command (cli/checkin_flow.py), with the same messages, prompts (at
a terminal they import Typer when they ask), milestone congratulations and exit codes.

It reads the options declared once for both paths (cli/checkin_flow.py OPTIONS), in their
plain forms only (cli/options.py FastParser), after a usable `--db PATH` or `--db=PATH`
(cli/startup.py split_db). Anything else (help, an unknown or repeated option, `-m3`, a
missing value, an argument, an empty --db) returns None and the Typer command runs instead,
with its full usage messages. tests/cli/test_quick_checkin.py runs both paths on the same inputs and
requires the same output, exit code and stored data.
"""

from __future__ import annotations

import sys

from recovery_tui.cli.startup import split_db


def parse(argv: list[str]) -> tuple[str | None, dict[str, object]] | None:
    """Read `[--db PATH] checkin OPTIONS` in its plain forms.

    Returns:
        (the --db value or None, the CheckinRequest fields given), or None when `argv` is not
        such a command or uses a form only the Typer command reads.
    """
    db, args = split_db(argv)
    if not args or args[0] != "checkin":
        return None
    from recovery_tui.cli.checkin_flow import OPTIONS
    from recovery_tui.cli.options import FastParser

    fields = FastParser(OPTIONS).parse(args[1:])
    return None if fields is None else (db, fields)


def fast_checkin(argv: list[str]) -> int | None:
    """Run `argv` if it is a check-in this path reads (see `parse`).

    Returns:
        The exit code, or None to let the Typer command run.
    """
    parsed = parse(argv)
    if parsed is None:
        return None
    db, fields = parsed
    from recovery_tui import wording
    from recovery_tui.cli import celebrate, common
    from recovery_tui.cli.checkin_flow import OPTIONS, CheckinRequest, run_checkin
    from recovery_tui.cli.flags import describe
    from recovery_tui.cli.options import spellings
    from recovery_tui.errors import RecoverError

    try:
        store = common.open_store(db)
        run_checkin(store, CheckinRequest(**fields))  # type: ignore[arg-type]
        celebrate.announce(store)
    except RecoverError as exc:
        known = {name for name in spellings(OPTIONS) if name.startswith("--")} | {"--db"}
        common.warn(f"recover: {describe(exc, 'checkin', known)}")
        return exc.exit_code
    except (KeyboardInterrupt, EOFError):
        pass
    except Exception as exc:
        # A prompt interrupted at a terminal raises Typer's Abort (Typer is loaded by then).
        abort = getattr(sys.modules.get("typer"), "Abort", None)
        if abort is None or not isinstance(exc, abort):
            raise
    else:
        return 0
    sys.stderr.write(f"\n{wording.STOPPED}\n")
    return 130
