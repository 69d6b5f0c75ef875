"""Reading and changing settings stored in the data file's meta table.

The `country` setting is also kept in a plain file beside the data file
(store/country_file.py), so SOS can show the right crisis lines before an encrypted file is
unlocked: setting it writes that file, unsetting it (or setting it to '') removes it.
"""

from __future__ import annotations

from typing import Any

from recovery_tui import messages
from recovery_tui.core.config import SETTINGS, parse_setting, with_defaults
from recovery_tui.errors import InvalidInput
from recovery_tui.store import Store, country_file

CONFIG = "config"
CONFIG_TIMES = "config_times"
COUNTRY = "country"


def load(store: Store) -> dict[str, Any]:
    """All settings with defaults filled in."""
    return with_defaults(store.meta(CONFIG))


def set_value(store: Store, key: str, value: str) -> Any:
    """Validate and store one setting; returns the stored value.

    An empty country ('') unsets it (and removes the plain country file); returns None.
    """
    if key == COUNTRY and not value.strip():
        unset(store, key)
        return None
    parsed = parse_setting(key, value)
    with store.transaction():
        values = store.meta(CONFIG)
        values[key] = parsed
        store.set_meta(CONFIG, values)
        _stamp(store, key)
        if key == COUNTRY:
            country_file.write(store.path, parsed)
    return parsed


def _stamp(store: Store, key: str) -> None:
    """Remember when `key` was set or unset (meta `config_times`), so that merging two copies of
    the file keeps the later choice for each setting (core/merge.py)."""
    times = store.meta(CONFIG_TIMES)
    times[key] = store.clock().isoformat(timespec="seconds")
    store.set_meta(CONFIG_TIMES, times)


def unset(store: Store, key: str) -> None:
    """Return one setting to its default."""
    if key not in SETTINGS:
        raise InvalidInput("key", messages.not_a_setting(key, ", ".join(sorted(SETTINGS))))
    with store.transaction():
        values = store.meta(CONFIG)
        values.pop(key, None)
        store.set_meta(CONFIG, values)
        _stamp(store, key)
        if key == COUNTRY:
            country_file.write(store.path, None)


def sync_country_file(store: Store) -> str | None:
    """Make the plain country file match the `country` setting (written, or removed if unset).

    `recover encrypt` calls this, so a country set before the file existed is kept too.

    Returns:
        The country code now kept in the plain file, or None.
    """
    with store.transaction():
        value = store.meta(CONFIG).get(COUNTRY)
        code = value if isinstance(value, str) and value else None
        country_file.write(store.path, code)
    return code
