"""Shipped data read from recovery_tui/data/ with orjson, never from the network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load(name: str) -> dict[str, Any]:
    """One shipped JSON file from recovery_tui/data/, parsed."""
    data: dict[str, Any] = orjson.loads((DATA_DIR / name).read_bytes())
    return data
