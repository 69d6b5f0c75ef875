"""The only code that touches the data file: Store, its storage, layout, schemas and migrations.

`Store` and `open_store` are loaded on first use, so light modules such as `store.layout`
(used by the `status --short` fast path) can be imported without loading the Store and its lock.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from typing import Any

    from recovery_tui.store.db import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from recovery_tui.store import db

        return getattr(db, name)
    raise AttributeError(name)
