"""The one place that reads the wall clock: `now()` as a timezone-aware local datetime.

`RECOVER_NOW` (ISO 8601) freezes the clock; the test suite and the benchmark use it so that
runs are repeatable. Core code never calls this: it takes `now` as a parameter.
"""

from __future__ import annotations

import os
from datetime import datetime


def now() -> datetime:
    """Return the current time, timezone-aware in the local zone (or RECOVER_NOW if set)."""
    frozen = os.environ.get("RECOVER_NOW")
    if frozen:
        value = datetime.fromisoformat(frozen)
        return value.astimezone() if value.tzinfo is None else value
    return datetime.now().astimezone()
