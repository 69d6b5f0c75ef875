"""Shell completion of values: counter and skill names from the data file, and the fixed
choices of --format, --outcome and --approach.

Each function is a Typer `autocompletion` callback `(ctx, incomplete) -> list[str]`. Names
are read from the data file that `--db` (or RECOVER_DB) names, cheaply and never failing:
only the leading tables are read, with no lock and no passphrase (an encrypted file, a
missing or damaged one, or any surprise completes nothing rather than printing an error
into the shell). Matching is by prefix, case-insensitive, as people type names in any case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import typer


def _matching(values: Iterable[str], incomplete: str) -> list[str]:
    start = incomplete.casefold()
    return [value for value in dict.fromkeys(values) if value.casefold().startswith(start)]


def _tables(ctx: typer.Context | None, names: set[str]) -> dict[str, Any] | None:
    """The `names` tables of the data file (meta too), or None when it cannot be read quickly."""
    from recovery_tui import locations
    from recovery_tui.cli.prompt_line import leading_tables

    root = ctx.find_root() if ctx is not None else None
    db = root.params.get("db") if root is not None else None
    _, data = leading_tables(locations.data_file(db if isinstance(db, str) else None), names)
    return data


def _stored_names(ctx: typer.Context | None, table: str) -> list[str]:
    """The `name` of every record in `table`, in file order; [] on any problem."""
    try:
        data = _tables(ctx, {table})
        records = (data or {}).get(table, {})
        return [str(r["name"]) for r in records.values() if isinstance(r, dict) and r.get("name")]
    except Exception:  # noqa: BLE001 - completion never fails: it offers nothing instead
        return []


def counter_names(ctx: typer.Context | None, incomplete: str) -> list[str]:
    """Counter names for `recover relapse <TAB>`, `recover counter show <TAB>` and friends."""
    return _matching(_stored_names(ctx, "counters"), incomplete)


def skill_names(ctx: typer.Context | None, incomplete: str) -> list[str]:
    """Skill names (built-in first, then your own) for `recover skill start <TAB>`."""
    from recovery_tui.core.skills import BUILTINS

    return _matching([s.name for s in BUILTINS] + _stored_names(ctx, "skills"), incomplete)


def choices(values: Iterable[str]) -> Callable[[str], list[str]]:
    """A completion callback offering the fixed `values`."""
    fixed = tuple(values)

    def complete(incomplete: str) -> list[str]:
        return _matching(fixed, incomplete)

    return complete
