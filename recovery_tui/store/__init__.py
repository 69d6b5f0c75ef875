"""The only code that touches the data file: Store, its storage, schemas and migrations."""

from recovery_tui.store.db import Store, open_store

__all__ = ["Store", "open_store"]
