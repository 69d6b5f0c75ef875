"""The fast path of `recover [--db PATH] checkin OPTIONS`, which people run between other work.

Importing Typer (and the click it vendors) costs more than the whole check-in on a ten-year
file, so `fast_checkin(argv)` reads the check-in's options with the standard library and runs
the same flow as the Typer command (cli/checkin_flow.py), with the same messages, prompts (at
a terminal they import Typer when they ask), milestone congratulations and exit codes.

It takes only the plain forms: `--db PATH` or `--db=PATH` before `checkin`; then
`--mood 3`, `--mood=3` or `-m 3` (likewise --craving/-c, --gratitude/-g, --note/-n,
--date/-d, --not-sober), and the flags --relapse, --no-relapse, --amend, --add, --if-missing,
--json. As in click, the word after a value option is its value even if it starts with a dash.
Anything else (help, an unknown or repeated option, `-m3`, a missing value, an argument)
returns None and the Typer command runs instead, with its full
usage messages. tests/cli/test_quick_checkin.py runs both paths on the same inputs and
requires the same output, exit code and stored data.
"""

from __future__ import annotations

import sys

_VALUES = {
    "--mood": "mood",
    "-m": "mood",
    "--craving": "craving",
    "-c": "craving",
    "--gratitude": "gratitude",
    "-g": "gratitude",
    "--note": "note",
    "-n": "note",
    "--date": "day_text",
    "-d": "day_text",
    "--not-sober": "not_sober",
}
_FLAGS = {
    "--relapse": ("relapse", True),
    "--no-relapse": ("relapse", False),
    "--amend": ("amend", True),
    "--add": ("add", True),
    "--if-missing": ("if_missing", True),
    "--json": ("as_json", True),
}


def parse(argv: list[str]) -> tuple[str | None, dict[str, object]] | None:
    """Read `[--db PATH] checkin OPTIONS` in its plain forms.

    Returns:
        (the --db value or None, the CheckinRequest fields given), or None when `argv` is not
        such a command or uses a form only the Typer command reads.
    """
    args = list(argv)
    db: str | None = None
    if len(args) >= 2 and args[0] == "--db":
        db, args = args[1], args[2:]
    elif args and args[0].startswith("--db="):
        db, args = args[0][len("--db=") :], args[1:]
    if not args or args[0] != "checkin":
        return None
    fields: dict[str, object] = {}
    not_sober: list[str] = []
    rest = args[1:]
    i = 0
    while i < len(rest):
        word = rest[i]
        name, eq, inline = word.partition("=")
        if name in _FLAGS and not eq:
            field, value = _FLAGS[name]
            if field in fields:
                return None
            fields[field] = value
            i += 1
            continue
        if name not in _VALUES or (eq and not name.startswith("--")):
            return None
        if eq:
            given = inline
            i += 1
        elif i + 1 < len(rest):
            given = rest[i + 1]
            i += 2
        else:
            return None
        field = _VALUES[name]
        if field == "not_sober":
            not_sober.append(given)
            continue
        if field in fields:
            return None
        fields[field] = given
    if not_sober:
        fields["not_sober"] = tuple(not_sober)
    return db, fields


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
    from recovery_tui.cli.checkin_flow import CheckinRequest, run_checkin
    from recovery_tui.cli.flags import describe
    from recovery_tui.errors import RecoverError

    try:
        store = common.open_store(db)
        run_checkin(store, CheckinRequest(**fields))  # type: ignore[arg-type]
        celebrate.announce(store)
    except RecoverError as exc:
        common.warn(f"recover: {describe(exc, 'checkin')}")
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
