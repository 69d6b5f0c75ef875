"""Reading and changing settings stored in the data file's meta table."""

from __future__ import annotations

from typing import Any

from recovery_tui.core.config import SETTINGS, parse_setting, with_defaults
from recovery_tui.errors import InvalidInput
from recovery_tui.store import Store

CONFIG = "config"


def load(store: Store) -> dict[str, Any]:
    """All settings with defaults filled in."""
    return with_defaults(store.meta(CONFIG))


def set_value(store: Store, key: str, value: str) -> Any:
    """Validate and store one setting; returns the stored value."""
    parsed = parse_setting(key, value)
    with store.transaction():
        values = store.meta(CONFIG)
        values[key] = parsed
        store.set_meta(CONFIG, values)
    return parsed


def unset(store: Store, key: str) -> None:
    """Return one setting to its default."""
    if key not in SETTINGS:
        raise InvalidInput(f"key: '{key}' is not a setting; known settings: {', '.join(sorted(SETTINGS))}.")
    with store.transaction():
        values = store.meta(CONFIG)
        values.pop(key, None)
        store.set_meta(CONFIG, values)
