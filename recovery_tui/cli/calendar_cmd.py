"""`recover calendar [NAME] [--months N] [--json]`: a counter's days as a month grid.

The same grid as the dashboard's counter screen (core/calendar.py): `·` a sober day, `S` the
start, `R` a restart, and the craving of the day's check-in as a shade. Without NAME the first
active counter is shown. Three months fit side by side in 80 columns.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.core.calendar import LEGEND, MONTHS_MAX, grid_text
from recovery_tui.core.config import WEEKDAYS
from recovery_tui.services import calendar as service
from recovery_tui.services.calendar import CounterCalendar


def _json(view: CounterCalendar) -> dict[str, Any]:
    return {
        "counter": view.counter.name,
        "week_start": WEEKDAYS[view.week_start],
        "months": [
            {
                "month": f"{m.year:04d}-{m.month:02d}",
                "days": [
                    {
                        "date": d.day.isoformat(),
                        "state": d.state,
                        "today": d.today,
                        "mood": d.mood,
                        "craving": d.craving,
                    }
                    for d in m.days
                ],
            }
            for m in view.months
        ],
    }


def calendar(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(help="Counter name, any case (default: the first one).")] = None,
    *,
    months: Annotated[
        int,
        typer.Option("--months", "-m", min=1, max=MONTHS_MAX, help=f"Months to show, up to today (1-{MONTHS_MAX})."),
    ] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show a counter's days as a month grid: sober days, restarts, and each check-in's craving.

    Example: recover calendar alcohol --months 6
    """
    store = common.get_store(ctx)
    chosen = name if name is not None else (service.default_name(store) if store.exists() else None)
    if chosen is None:
        if as_json:
            common.emit_json({"counter": None, "week_start": None, "months": []})
            return
        common.say(wording.NO_COUNTERS)
        return
    view = service.counter_calendar(store, chosen, now=common.now(), months=months)
    if as_json:
        common.emit_json(_json(view))
        return
    common.say(f"{view.counter.name}: the last {months} month{'' if months == 1 else 's'}")
    common.say()
    for line in grid_text(view.months, week_start=view.week_start):
        common.say(line)
    common.say()
    common.say(LEGEND)


def register(app: typer.Typer) -> None:
    """Add `calendar` to the root app."""
    app.command("calendar", short_help=SHORT_HELP)(calendar)


SHORT_HELP = "A counter's days as a month grid · recover calendar alcohol --months 6"
