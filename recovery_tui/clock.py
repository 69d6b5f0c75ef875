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
        try:
            value = datetime.fromisoformat(frozen)
            if not 1900 <= value.year <= 2999:
                raise ValueError("out of range")
            return value.astimezone() if value.tzinfo is None else value
        except ValueError:
            from recovery_tui.errors import InvalidInput

            raise InvalidInput(
                "RECOVER_NOW", "use an ISO 8601 time from 1900 to 2999, such as 2026-11-20T20:00:00+00:00, or unset it."
            ) from None
    return datetime.now().astimezone()
