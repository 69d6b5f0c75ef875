"""Start-up: the fast paths, the lean-import rules and the one `--db` pre-parser, in one place.

`recover status --short` runs at every shell prompt and `recover checkin` between other work,
so what a command imports before it does anything is measured, not guessed. Each measure
below says what it buys: medians of 21 paired whole-process runs (the measure on, then the
same command with it off, in turn) on this project's machine (2 shared cores, Python 3.11,
bytecode cached), 10-year demo file (7.7 MB), 2026-12-05. The README's Performance table
holds the resulting times and their targets.

Fast paths (`fast_path`, run by `recovery_tui.cli.main` before Typer is imported):

- `[--db PATH] status --short` (cli/prompt_line.py): reads only the file's meta and counters
  lines; no Typer, no lock. Buys 54 ms and 12.6 MB: 40 ms against 94 ms for the Typer
  command (`status --short --`, a form the fast path leaves to Typer).
  It runs before msgspec is loaded, and loads neither msgspec nor typing, pathlib, uuid or
  decimal: the two lines are read with the standard `json` module (store/peek.py), the line
  made from them as stored (core/short_line.py, with the day maths of core/wallclock.py),
  and the modules on its way define `TYPE_CHECKING = False` instead of importing typing.
  On an unlocked encrypted file the copy of its counters kept beside the key is read the
  same way (store/keyfacility.py `prompt_view`; ctypes for the kernel keyring is the only
  addition). Buys 19 ms of 42 on a plain file, 21 ms of 49 on an unlocked encrypted one:
  31 paired runs, 10-year file, console script, 2026-12-06: 23 ms against 42 (0.56x),
  28 ms against 49 (0.58x); `python -c pass` took 11-13 ms in the same minutes. The data
  file's default location (no --db or RECOVER_DB) still imports platformdirs (and pathlib,
  typing), about 11 ms more.
- `[--db PATH] checkin OPTIONS` in their plain forms (cli/quick_checkin.py): the options are
  declared once (cli/checkin_flow.py OPTIONS), and cli/options.py builds both the Typer
  command's parameters and this path's parser from them; both paths run the same flow. Buys
  34 ms and 4 MB: `checkin --mood 3 --craving 2 --note x --add` 77 ms against 111 ms for
  `checkin -m3 -c2 --note x --add` (the same check-in through Typer).
- `recover`, `recover --db PATH` and `recover dashboard`, with nothing else on the line
  (cli/dashboard_run.py `fast_dashboard`): the dashboard opens without Typer and click, which
  it never uses; a refusal (no terminal, a damaged or newer file) is the Typer command's line
  and exit code. Buys about 40 ms to the first paint: 15 pairs in a real pseudo-terminal,
  10-year file, 2026-12-06 (a busy machine), median 368 ms against 437 ms for `recover
  dashboard --` (a form only Typer reads), paired ratio 0.91.
- Anything else, or anything a fast path does not read, goes to the Typer app, which explains
  usage errors (exit 2); a fast path never prints a usage error of its own. `split_db` is the
  one reading of the global `--db` before Typer (the fast paths, and `main`'s question of
  whether the dashboard owns the screen).

Lean imports (every command):

- msgspec is loaded without typing_extensions (`load_msgspec_lean`), which it does not need
  and which pulls in `inspect`: buys 9 ms and 1.4 MB on a check-in (71 ms against 80 ms with
  typing_extensions imported first). `fast_path` loads it after the prompt line, which needs
  no msgspec at all.
- Each command's module is imported only when that command runs (cli/errors.py RecoverGroup,
  cli/app.py COMMANDS); `recover --help` lists them without importing them: buys 18 ms and
  1.9 MB on `recover status` (105 ms against 123 ms with every command module imported first).
- cli/common.py does not import Typer (prompts import it when they ask), so the fast paths
  share it; Rich only in commands that draw, Textual only in the dashboard, `cryptography`
  only for an encrypted file, TinyDB only when a command changes or removes records
  (store/__init__.py loads Store on first use); `--help` is Typer's plain formatter
  (`rich_markup_mode=None`; the Rich one took about 250 ms to load). `recover sos` has no fast
  path: it goes through Typer but imports neither Rich nor Textual (cli/sos.py).
- Typer is pinned below 0.29, which coerces every option through pydantic (+160 ms, +14 MB).

Tests hold these: tests/cli/test_quick_checkin.py (same results on both check-in paths, no
Typer on the fast one), tests/cli/test_startup.py (one option list for both parsers, one
`--db` reading), tests/cli/test_counter_cli.py (no framework on the prompt line),
tests/unit/test_import_hygiene.py (no Textual or Rich at CLI start-up).

This module imports only `sys` at import time: it runs before everything else.
"""

from __future__ import annotations

import sys


def split_db(argv: list[str]) -> tuple[str | None, list[str]]:
    """Read the global `--db PATH` / `--db=PATH` options that lead `argv` (the last one wins,
    as in click), for the code that runs before Typer.

    Only a usable value is taken: a `--db` without a value, or with an empty or blank one,
    is left in the words, so whatever reads them declines and Typer explains it (exit 2).

    Returns:
        (the --db value or None, the words after the `--db` options).
    """
    db: str | None = None
    rest = list(argv)
    while rest:
        if rest[0] == "--db" and len(rest) >= 2 and rest[1].strip():
            db, rest = rest[1], rest[2:]
        elif rest[0].startswith("--db=") and rest[0][len("--db=") :].strip():
            db, rest = rest[0][len("--db=") :], rest[1:]
        else:
            break
    return db, rest


def load_msgspec_lean() -> None:
    """Import msgspec without letting it import typing_extensions.

    msgspec uses typing_extensions only, when it is installed, to read annotations written with
    it; it works the same without it (it is not one of msgspec's dependencies), and recover's
    records use no such annotations. Importing it pulls in `inspect` too. So the command line
    imports msgspec first with the module marked missing, then unmarks it, and anything that
    needs typing_extensions later (Typer, Textual) imports it as usual. If a future msgspec
    cannot start without it, it is imported normally.
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


def fast_path(argv: list[str]) -> int | None:
    """Run `argv` on a fast path if one reads it.

    Returns:
        The exit code, or None to let the Typer app run.
    """
    from recovery_tui.cli.prompt_line import fast_status_short

    code = fast_status_short(argv)
    if code is not None:
        return code
    load_msgspec_lean()  # after the prompt line, which does without msgspec
    if code is None:
        from recovery_tui.cli.quick_checkin import fast_checkin

        code = fast_checkin(argv)
    if code is None:
        from recovery_tui.cli.dashboard_run import fast_dashboard

        code = fast_dashboard(argv)
    return code
