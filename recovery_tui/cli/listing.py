"""One order and one `-n/--limit N` for every list the CLI prints.

Lists of things that happened (journal entries, triggers, meetings, check-ins, claimed
rewards, a counter's starts and restarts, help requests, backups) print oldest first,
newest last, so the newest line sits next to the prompt, as `jrnl` and `git log --reverse`
do; `-n N` keeps the newest N, still oldest first. `--json` prints the same records in the
same order. Lists with an order of their own (the contact chain, crisis lines, first-aid
messages, skills, rewards, counters) keep it, and `-n N` keeps their first N.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, TypeVar

import typer

T = TypeVar("T")

Limit = Annotated[
    int | None,
    typer.Option(
        "-n",
        "--limit",
        min=1,
        metavar="N",
        help="Only the newest N (still oldest first, newest last).",
    ),
]
FirstN = Annotated[
    int | None,
    typer.Option("-n", "--limit", min=1, metavar="N", help="Only the first N, in the list's own order."),
]


def newest(items: Iterable[T], limit: int | None, *, key: Callable[[T], Any] | None = None) -> list[T]:
    """`items` oldest first (by `key`, when given), cut to the newest `limit` when set."""
    ordered = sorted(items, key=key) if key is not None else list(items)
    return ordered[-limit:] if limit else ordered


def first(items: Sequence[T], limit: int | None) -> list[T]:
    """The first `limit` of `items` (all of them when `limit` is None)."""
    return list(items[:limit] if limit else items)
