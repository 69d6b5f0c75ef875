"""Crisis lines: the country chosen, the shipped lines and the person's own (list, add, find, remove).

The CLI and the dashboard both call these."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from recovery_tui.core import crisis as crisis_core
from recovery_tui.core.crisis import CountryChoice, CrisisLine, UserCrisisLine
from recovery_tui.core.records import from_record, from_records
from recovery_tui.errors import NotFound, RecoverError
from recovery_tui.services import shipped
from recovery_tui.store import Store, country_file

USER_LINES = "user_crisis_lines"
CONFIG = "config"


@cache
def shipped_lines() -> tuple[CrisisLine, ...]:
    """Every crisis line shipped with recover."""
    return tuple(CrisisLine.from_shipped(entry) for entry in shipped.load("crisis_lines.json")["lines"])


def country(store: Store | None, env: Mapping[str, str] | None = None) -> CountryChoice:
    """The country for crisis lines: setting, else locale, else US (store None: skip setting)."""
    setting = None
    if store is not None:
        value = store.meta(CONFIG).get("country")
        setting = value if isinstance(value, str) else None
    return crisis_core.choose_country(setting, os.environ if env is None else env)


def own_lines(store: Store) -> list[CrisisLine]:
    """The person's own crisis lines, oldest first."""
    records = sorted(store.all(USER_LINES), key=lambda r: str(r["created_at"]))
    return [CrisisLine.from_own(line) for line in from_records(UserCrisisLine, records)]


def _own(record: dict[str, Any]) -> CrisisLine:
    return CrisisLine.from_own(from_record(UserCrisisLine, record))


def lines_for(store: Store | None, code: str) -> list[CrisisLine]:
    """Crisis lines for `code`: your own first, then the shipped ones."""
    return crisis_core.lines_for(code, list(shipped_lines()), own_lines(store) if store is not None else [])


def every_line(store: Store | None) -> list[CrisisLine]:
    """Your own lines, then every country's lines (the emergency numbers of every code included)."""
    shipped = list(shipped_lines())
    codes = sorted({line.country for line in shipped} | crisis_core.emergency_codes())
    ours = [line for code in codes for line in crisis_core.lines_for(code, shipped, [])]
    return [*(own_lines(store) if store is not None else []), *ours]


class Listing(NamedTuple):
    """What `recover crisis list` shows: the lines, the country they are for, and why your own
    lines are missing (None when the data file was read)."""

    lines: list[CrisisLine]
    code: str
    problem: str | None


def listing(store: Store, *, code: str | None = None, show_all: bool = False) -> Listing:
    """The crisis lines for `code` (default: your country), or every country's with `show_all`.

    Never fails on the data file: when it cannot be read (encrypted and not unlocked, damaged,
    newer, locked by a failing passphrase command) the shipped lines show, for the country kept
    in the plain file beside it (else the locale's, else US), and `problem` says why, as
    `recover sos` does.
    """
    try:
        chosen = code or country(store).code
        return Listing(every_line(store) if show_all else lines_for(store, chosen), chosen, None)
    except RecoverError as error:
        chosen = code or crisis_core.choose_country(country_file.read(store.path), os.environ).code
        return Listing(every_line(None) if show_all else lines_for(None, chosen), chosen, str(error))


def add_line(
    store: Store,
    name: str,
    *,
    country_code: str,
    phone: str | None,
    text: str | None,
    hours: str | None,
    note: str | None,
    now: datetime,
) -> CrisisLine:
    """Add your own crisis line."""
    fields = crisis_core.clean_line_fields(
        name=name, country=country_code, phone=phone, text=text, hours=hours, note=note
    )
    return _own(store.insert(USER_LINES, fields, now=now))


def find_line(store: Store, line_id: str) -> CrisisLine:
    """One of your own crisis lines by id or id prefix (4+ characters)."""
    try:
        return _own(store.find(USER_LINES, line_id))
    except NotFound:
        raise NotFound(f"None of your crisis lines has the id '{line_id}' (see recover crisis list).") from None


def remove_line(store: Store, line_id: str) -> CrisisLine:
    """Delete one of your own crisis lines (shipped lines cannot be removed)."""
    with store.transaction():
        line = find_line(store, line_id)
        store.delete(USER_LINES, str(line.id))
    return line
