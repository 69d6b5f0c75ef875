"""The shell prompt line, `alcohol 142d · gambling 31d`, with the standard library only.

`line` makes it from (name, start of the current streak) pairs; core/streaks.py
`short_status` gives it for typed Counter records through `line`, and `stored_line` for the
counters table as stored (plain JSON values), which is what `recover status --short` reads
at every shell prompt (cli/prompt_line.py). Importing msgspec and the typed records costs
that command more than everything else it does (cli/startup.py has the figures), and the
counters line it reads has matched the CRC-32 recover wrote with it, so it was validated
when it was written: here it needs no schema, only these few fields. A value of an
unexpected shape raises (KeyError, TypeError, ValueError), and the prompt line then leaves
the file to the normal command with its full checks. `creation_key` is the one order of
counters for both (core/counters.py `creation_order`).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from recovery_tui.core.wallclock import whole_days

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any


def creation_key(created_at: datetime | None, first_start: datetime, name: str) -> tuple[datetime, str]:
    """Where a counter sorts among the others: when it was created (its first start for a
    counter older than `created_at`), then its name."""
    return (created_at or first_start, name.casefold())


def line(current: Iterable[tuple[str, datetime]], now: datetime, zone: tzinfo | None = None) -> str:
    """The prompt line from each counter's name and the start of its current streak, in the
    order given: whole wall-clock days (core/wallclock.py), 0 for a start after `now`."""
    return " · ".join(f"{name} {whole_days(start, now, zone)}d" for name, start in current)


def stored_line(counters: Iterable[Mapping[str, Any]], now: datetime, zone: tzinfo | None = None) -> str:
    """The prompt line for counter records as stored: the ones not archived, in creation
    order, each from its latest event (a start or a restart).

    Raises:
        KeyError, TypeError, ValueError: a record is not a stored counter.
    """
    shown = []
    for counter in counters:
        if counter.get("archived", False) is True:
            continue
        events = [(datetime.fromisoformat(event["at"]), event["kind"]) for event in counter["events"]]
        created = counter.get("created_at")
        first_start = min(at for at, kind in events if kind == "start")
        name = counter["name"]
        if not isinstance(name, str):
            raise TypeError("a counter's name is text")
        key = creation_key(datetime.fromisoformat(created) if created else None, first_start, name)
        shown.append((key, name, max(at for at, _ in events)))
    shown.sort(key=lambda item: item[0])
    return line(((name, start) for _, name, start in shown), now, zone)
