"""BehaviourForm: add a behaviour of your own to the contingency plan, or change one's points
and escalating schedule (the points screen's `a` and `e`). A new behaviour either is logged by
hand or counts a care-plan item's logs (Counts: the items come from the caller, read in a
store worker).

Saving calls services/plan.add_behaviour or edit_behaviour, the same calls as `recover plan
add` and `recover plan edit`; a built-in's points are its points.* setting there too. Step and
cap may stay empty (0: the same points each time; no cap). A refusal shows under its field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text

from recovery_tui import messages
from recovery_tui.core.config import POINTS_MAX
from recovery_tui.core.plan import NAME_MAX, PlanBehaviour, clean_name, parse_every, schedule_text
from recovery_tui.errors import InvalidInput
from recovery_tui.services import plan as plan_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import shown_line
from recovery_tui.tui.shared.form_screen import Field, FormScreen

HAND = "hand"
"""The Counts choice of a behaviour logged by hand."""
EVERY_OPTIONS = (("no period: only a logged miss resets", "none"), ("every day", "day"), ("every week", "week"))


def whole_number(values: dict[str, str], key: str) -> int:
    """A form's number field: empty is 0; anything but digits is refused under the field."""
    text = values[key].strip() or "0"
    if not text.isdigit():
        raise InvalidInput(key, messages.plan_number(POINTS_MAX))
    return int(text)


class BehaviourForm(FormScreen):
    """A behaviour's name, points, step, cap, period and note."""

    NOTE = "Each success in a row earns the step more, up to the cap; a miss starts again."
    ERROR_FIELDS = {
        "name": "name",
        "new_name": "name",
        "points": "points",
        "step": "step",
        "cap": "cap",
        "every": "every",
        "note": "note",
        "care_item": "counts",
    }

    def __init__(self, behaviour: PlanBehaviour | None = None, care_items: Sequence[tuple[str, str]] = ()) -> None:
        """Args:
        behaviour: the behaviour to change (read by the caller in a store worker), or None to add one.
        care_items: (name, id) of the care-plan items a new behaviour may count.
        """
        self.behaviour = behaviour
        self.care_items = tuple(care_items)
        super().__init__()

    def form_title(self) -> str:
        """'New behaviour' or 'Change: NAME'."""
        return "New behaviour" if self.behaviour is None else "Change a behaviour"

    def fields(self) -> list[Field]:
        """Name, points, step, cap, period, note."""
        b = self.behaviour

        def number(value: int | None) -> str:
            return str(value) if value else ""

        counts: list[Field] = []
        if b is None and self.care_items:
            care = tuple((Text(shown_line(f"care plan: {name}")), item_id) for name, item_id in self.care_items)
            counts.append(Field("counts", "Counts", HAND, options=(("what you log by hand", HAND), *care)))
        return [
            Field("name", "Behaviour", b.name if b else "", "e.g. negative test", max_length=NAME_MAX),
            *counts,
            Field(
                "points", "Points", str(b.points or 0) if b else "", "first step, e.g. 5", integer=True, max_length=4
            ),
            Field("step", "Step", number(b.step if b else 0), "more per success in a row", integer=True, max_length=4),
            Field("cap", "Cap", number(b.cap if b else None), "the most, empty: none", integer=True, max_length=4),
            Field("every", "Period", (b.every if b else None) or "none", options=EVERY_OPTIONS),
            Field("note", "Note", (b.note or "") if b else "", "e.g. agreed with my counsellor", max_length=200),
        ]

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Check the name and the numbers here (each under its field), the rest in the service."""
        clean_name(values["name"])
        if not values["points"].strip():
            raise InvalidInput("points", messages.plan_number(POINTS_MAX))
        points, step, cap = (whole_number(values, key) for key in ("points", "step", "cap"))
        every = parse_every(values["every"])
        note = values["note"].strip() or None
        name = values["name"]
        now = recover_app(self).now()
        current = self.behaviour
        if current is None:
            care_item = None if values.get("counts", HAND) == HAND else values["counts"]

            def add(store: Store) -> str:
                made = plan_service.add_behaviour(
                    store, name, points=points, step=step, cap=cap, every=every, note=note, now=now, care_item=care_item
                )
                return f"Added: {made.name}, {schedule_text(plan_service.schedule_of(made))}."

            return add
        renamed = " ".join(name.split()) != current.name

        def edit(store: Store) -> str:
            changed = plan_service.edit_behaviour(
                store,
                current.id or current.source,
                now=now,
                new_name=name if renamed else None,
                points=points if points != (current.points or 0) else None,
                step=step,
                cap=cap,
                every=every,
                note=note if note != current.note else None,
            )
            return f"Changed: {changed.name}, {schedule_text(plan_service.schedule_of(changed))}."

        return edit
