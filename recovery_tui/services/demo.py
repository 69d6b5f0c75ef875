"""`recover demo`: fill an empty data file with a synthetic history in one atomic write."""

from __future__ import annotations

from datetime import datetime

from recovery_tui import messages
from recovery_tui.core.demo import build_history
from recovery_tui.errors import InvalidInput
from recovery_tui.store import Store


def write_demo(store: Store, *, years: int, now: datetime, seed: int = 7) -> dict[str, int]:
    """Write `years` of demo history into an empty (or missing) data file.

    Returns:
        Records written per table.

    Raises:
        InvalidInput: years outside 1-30, or the file already holds records.
    """
    if not 1 <= years <= 30:
        raise InvalidInput("years", messages.whole_number(1, 30))
    history = build_history(now, years, seed)
    with store.transaction():
        if store.has_records():
            raise InvalidInput(
                "db",
                f"{store.path} already holds your records; demo data only goes into an empty "
                "file. Try: recover --db /tmp/recover-demo.json demo",
            )
        for table, records in history.items():
            store.insert_records(table, records)
    # An invented history earns no congratulations: remember its milestones as seen.
    from recovery_tui.services.counters import take_celebrations

    take_celebrations(store, now)
    return {table: len(records) for table, records in history.items()}
