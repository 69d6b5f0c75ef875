"""Recovery resources: peer groups, podcasts and books, filtered by approach.

Entries come from the shipped file recovery_tui/data/resources.json (schema in
data_schema/shipped/resources.schema.json); nothing is fetched. Pure: the loaded entries are
a parameter.
"""

from __future__ import annotations

from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput

APPROACHES = ("12-step", "skills", "faith", "dual-diagnosis", "medication")
KINDS = ("peer-group", "online-community", "podcast", "book")
KIND_TITLES = {
    "peer-group": "Peer groups",
    "online-community": "Online communities and apps",
    "podcast": "Podcasts",
    "book": "Books",
}


class Resource(msgspec.Struct, frozen=True):
    """One group, community, podcast or book."""

    name: str
    kind: str
    approaches: tuple[str, ...]
    description: str
    url: str | None = None
    author: str | None = None

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> Resource:
        """Build from an entry of the shipped file."""
        return cls(
            name=entry["name"],
            kind=entry["kind"],
            approaches=tuple(entry.get("approaches", [])),
            description=entry["description"],
            url=entry.get("url"),
            author=entry.get("author"),
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {
            "name": self.name,
            "kind": self.kind,
            "approaches": list(self.approaches),
            "description": self.description,
            "url": self.url,
            "author": self.author,
        }


def clean_approach(approach: str | None) -> str | None:
    """None, or one of APPROACHES."""
    if approach is None:
        return None
    cleaned = approach.strip().lower()
    if cleaned not in APPROACHES:
        raise InvalidInput("approach", messages.one_of(APPROACHES))
    return cleaned


def clean_kind(kind: str | None) -> str | None:
    """None, or one of KINDS."""
    if kind is None:
        return None
    cleaned = kind.strip().lower()
    if cleaned not in KINDS:
        raise InvalidInput("kind", messages.one_of(KINDS))
    return cleaned


def select(resources: list[Resource], *, approach: str | None = None, kind: str | None = None) -> list[Resource]:
    """Resources matching the approach and kind, grouped by kind then by name."""
    order = {k: i for i, k in enumerate(KINDS)}
    chosen = [
        r for r in resources if (approach is None or approach in r.approaches) and (kind is None or r.kind == kind)
    ]
    return sorted(chosen, key=lambda r: (order.get(r.kind, len(KINDS)), r.name.casefold()))
