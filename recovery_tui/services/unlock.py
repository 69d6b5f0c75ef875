"""Unlock once: open an encrypted data file and keep its derived key for a while, so later
commands (the shell prompt line included) skip the passphrase and the scrypt run.

The key lives in the operating system's facility for short-lived secrets (store/unlocked.py):
never the passphrase, never on disk. It is forgotten after `unlock.minutes` idle minutes
(each use moves that on), at `lock`, and when the passphrase changes or the file is wiped.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from recovery_tui import clock
from recovery_tui.core import config as config_core
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import config
from recovery_tui.store import Store, unlocked

SETTING = "unlock.minutes"


class NoFacility(RecoverError):
    """This system has no facility for short-lived secrets recover can use."""


class UnlockState(msgspec.Struct, frozen=True):
    """Whether a data file is unlocked, and until when (nothing secret)."""

    encrypted: bool
    until: datetime | None = None  # None: locked
    minutes: int | None = None
    facility: str | None = None  # where the key is kept, e.g. "the kernel keyring"

    @property
    def unlocked(self) -> bool:
        """True while a key is kept."""
        return self.until is not None


def minutes_for(span: timedelta | None, store: Store) -> int:
    """Idle minutes for an unlock: `span` (from `--for`) or the `unlock.minutes` setting.

    Raises:
        InvalidInput: `span` is under a minute or over a day.
    """
    if span is None:
        return int(config.load(store)[SETTING])
    minutes = int(span.total_seconds() // 60)
    if not 1 <= minutes <= config_core.UNLOCK_MINUTES_MAX:
        raise InvalidInput("for", f"use from 1m to {config_core.UNLOCK_MINUTES_MAX // 60}h, such as 15m or 2h.")
    return minutes


def _state(store: Store, kept: unlocked.Kept | None) -> UnlockState:
    chosen = unlocked.facility()
    if kept is None:
        return UnlockState(encrypted=store.is_encrypted(), facility=chosen.name if chosen else None)
    until = datetime.fromtimestamp(kept.expires, tz=clock.now().tzinfo)
    return UnlockState(encrypted=True, until=until, minutes=kept.minutes, facility=chosen.name if chosen else None)


def unlock(store: Store, span: timedelta | None = None) -> UnlockState:
    """Open the encrypted data file (asking the passphrase unless it is already unlocked) and
    keep its key for `span` idle, or the `unlock.minutes` setting.

    Raises:
        InvalidInput: the file is not encrypted, or `span` is out of range.
        NoFacility: nowhere to keep the key (nothing was kept; commands ask as before).
        PassphraseNeeded, WrongPassphrase: from opening the file.
    """
    if not store.is_encrypted():
        raise InvalidInput(None, f"{store.path} is not encrypted, so there is nothing to unlock.")
    if unlocked.facility() is None:
        raise NoFacility(
            "This system has no keyring for short-lived secrets that recover can use, so nothing was "
            "kept; commands ask for the passphrase as before."
        )
    store.storage.read()  # asks for the passphrase, unless a kept key opens it
    sealer = store.storage.sealer
    if sealer is None:  # decrypted by another process meanwhile
        raise InvalidInput(None, f"{store.path} is not encrypted, so there is nothing to unlock.")
    try:
        kept = unlocked.keep(store.path, sealer, minutes_for(span, store))
    except unlocked.FacilityUnavailable as exc:
        raise NoFacility(f"The keyring refused to keep the key ({exc}); nothing was kept.") from None
    return _state(store, kept)


def keep_after_asking(store: Store) -> bool:
    """After the dashboard opened the file with a typed passphrase: keep its key for the
    `unlock.minutes` setting (True when kept; quietly False where there is no facility)."""
    sealer = store.storage.sealer
    if sealer is None or unlocked.facility() is None:
        return False
    try:
        unlocked.keep(store.path, sealer, minutes_for(None, store))
    except (unlocked.FacilityUnavailable, RecoverError):
        return False
    return True


def lock(store: Store) -> bool:
    """Forget the kept key at once (True when there was one) and this process's keys."""
    store.storage.use_keyring(None)
    store.storage.forget()
    return unlocked.forget(store.path)


def status(store: Store) -> UnlockState:
    """Whether the data file is unlocked, and until when (moves nothing on)."""
    return _state(store, unlocked.kept(store.path))


def is_unlocked(store: Store) -> bool:
    """True when a kept key matches the encrypted data file as it is now."""
    return unlocked.kept(store.path) is not None
