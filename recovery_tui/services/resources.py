"""Shipped resources (peer groups, treatment finders, reading), filtered by approach and kind.

The CLI and the dashboard both call these."""

from __future__ import annotations

from functools import cache

from recovery_tui.core import resources as resources_core
from recovery_tui.core.resources import Resource
from recovery_tui.services import shipped


@cache
def shipped_resources() -> tuple[Resource, ...]:
    """Every resource shipped with recover."""
    return tuple(Resource.from_entry(entry) for entry in shipped.load("resources.json")["resources"])


def resources(*, approach: str | None = None, kind: str | None = None) -> list[Resource]:
    """Shipped resources matching `approach` and `kind`."""
    return resources_core.select(
        list(shipped_resources()),
        approach=resources_core.clean_approach(approach),
        kind=resources_core.clean_kind(kind),
    )
