"""SOS that never waits for a passphrase: crisis lines first, then the personal part once unlocked.

`crisis_plan` needs no key and reads nothing that can block: the country comes from the
plain country file beside the data file (store/country_file.py), else the locale, else US.
`unlock` tries one passphrase on an encrypted file without taking the lock (reads never need
it), and says whether it opened; a wrong one leaves the store locked, never "damaged".
`plan` is everything the SOS screen shows (lines, who can be reached now, the person's reasons,
a first-aid message, the top triggers, the current warnings), with the saved country kept when
the data file cannot be read. The warnings are read apart from the rest: if they cannot be
worked out, SOS shows none and says nothing about it (never an error in a hard moment).
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import msgspec

from recovery_tui.core import contacts as contacts_core
from recovery_tui.core import crisis as crisis_core
from recovery_tui.core.insights import Note
from recovery_tui.core.reasons import Reason
from recovery_tui.core.sos import SosPlan, TriggerSummary, top_triggers
from recovery_tui.errors import RecoverError
from recovery_tui.services import aid, contacts, crisis_lines, reasons
from recovery_tui.store import Store, country_file, crypto

MAX_TRIES = 3
TRIGGERS = "triggers"
TRIGGER_FIELDS = ("what", "at", "coping", "outcome")  # all top_triggers reads: the rest is not parsed


def saved_country(store: Store) -> str | None:
    """The country kept in the plain file beside the data file, or None."""
    return country_file.read(store.path)


def _crisis_only(saved: str | None, env: Mapping[str, str] | None, **state: Any) -> SosPlan:
    choice = crisis_core.choose_country(saved, os.environ if env is None else env)
    return SosPlan(
        country=choice,
        lines=tuple(crisis_lines.lines_for(None, choice.code)),
        reachable=(),
        contacts_total=0,
        aid=None,
        triggers=(),
        **state,
    )


def crisis_plan(store: Store, *, env: Mapping[str, str] | None = None, locked: bool = True) -> SosPlan:
    """Crisis lines only, for the saved country (else locale, else US), without reading the data file."""
    return _crisis_only(saved_country(store), env, locked=locked)


def without_file(problem: str, *, env: Mapping[str, str] | None = None) -> SosPlan:
    """Crisis lines for the locale's country (else US) when there is no data file to open at
    all (an empty RECOVER_DB, say); `problem` says why, as for a file that cannot be read."""
    return _crisis_only(None, env, data_problem=problem)


def plan(
    store: Store,
    now: datetime,
    *,
    env: Mapping[str, str] | None = None,
    rng: random.Random | None = None,
) -> SosPlan:
    """Everything the SOS screen shows. Never raises for a missing or unreadable data file: it
    then gives the crisis lines (of the saved country, else the locale's) and says what it
    could not read."""
    full = _full_plan(store, now, env=env, rng=rng)
    if full.data_problem is None:
        return full
    saved = saved_country(store)
    if not saved or saved == full.country.code:
        return full
    choice = crisis_core.choose_country(saved, {})
    return msgspec.structs.replace(full, country=choice, lines=tuple(crisis_lines.lines_for(None, choice.code)))


def _full_plan(
    store: Store,
    now: datetime,
    *,
    env: Mapping[str, str] | None,
    rng: random.Random | None,
) -> SosPlan:
    try:
        choice = crisis_lines.country(store, env)
        lines = crisis_lines.lines_for(store, choice.code)
        people = contacts.list_contacts(store)
        reachable = contacts_core.reachable_now(people, now)
        next_up = None if reachable else contacts_core.next_reachable(people, now)
        message = aid.random_aid(store, rng)
        triggers: list[TriggerSummary] = top_triggers(store.select_fields(TRIGGERS, TRIGGER_FIELDS))
    except Exception as error:  # noqa: BLE001 - in a crisis, show the lines whatever went wrong
        problem = str(error) if isinstance(error, RecoverError) else f"an entry could not be read ({error!r})"
        return _crisis_only(None, env, data_problem=problem)
    return SosPlan(
        country=choice,
        lines=tuple(lines),
        reachable=tuple(reachable),
        contacts_total=len(people),
        aid=message,
        triggers=tuple(triggers),
        next_up=next_up,
        reasons=_reasons(store),
        warnings=tuple(_warnings(store, now)),
    )


def _reasons(store: Store) -> tuple[Reason, ...]:
    """The person's reasons; none (never an error) when they cannot be read."""
    try:
        return tuple(reasons.list_reasons(store))
    except Exception:  # noqa: BLE001 - in a crisis a reason that cannot be read is left out
        return ()


def _warnings(store: Store, now: datetime) -> list[Note]:
    """The current warnings, or none when they cannot be worked out (SOS never fails on them)."""
    from recovery_tui.services import insights

    try:
        return insights.warnings(store, now=now)
    except Exception:  # noqa: BLE001 - in a crisis, no warnings rather than an error
        return []


def is_locked(store: Store) -> bool:
    """True when the data file on disk is encrypted (cheap: reads its first bytes)."""
    return store.is_encrypted()


def forget_passphrase(store: Store) -> None:
    """Forget any passphrase and never ask for one: reads of the encrypted file refuse until `unlock`."""
    store.set_passphrase_provider(None)
    store.storage.use_keyring(None)
    store.storage.forget()


def unlock_kept(store: Store) -> bool:
    """Open the encrypted data file with the key `recover unlock` kept, never asking; True
    when it opened (else the store is left locked, as `forget_passphrase` leaves it).

    Raises:
        DataFileError: the key is right but the file is damaged, or it cannot be read.
    """
    forget_passphrase(store)
    try:
        store.storage.read()
    except crypto.PassphraseNeeded:
        forget_passphrase(store)
        return False
    return True


def unlock(store: Store, passphrase: str) -> bool:
    """Try `passphrase` on the encrypted data file; True when it opened.

    A wrong passphrase returns False and leaves the store locked. Takes no lock.

    Raises:
        DataFileError: the passphrase is right but the file is damaged, or it cannot be read.
    """
    store.storage.use_keyring(crypto.Keyring(passphrase))
    store.storage.forget()
    try:
        store.storage.read()
    except crypto.WrongPassphrase:
        forget_passphrase(store)
        return False
    except BaseException:
        forget_passphrase(store)
        raise
    return True
