"""Journal entry domain objects and rules: text, tags, sensitive flag, filters and search.

Entries are free text; the first non-empty line serves as a title in lists. A `sensitive`
entry is shown collapsed (a content warning) wherever entries are listed, until opened.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import msgspec

from recovery_tui import messages
from recovery_tui.core.records import aware, iso
from recovery_tui.errors import InvalidInput

TEXT_MAX = 100_000
TAG_MAX = 40
COLLAPSED = "sensitive entry, hidden until opened"


class JournalEntry(msgspec.Struct, frozen=True):
    """One journal entry."""

    id: str
    at: datetime
    text: str
    tags: tuple[str, ...] = ()
    sensitive: bool = False
    template: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> JournalEntry:
        """Build from a stored record."""
        return cls(
            id=record["id"],
            at=aware(record["at"]),
            text=record["text"],
            tags=tuple(record.get("tags", [])),
            sensitive=bool(record.get("sensitive", False)),
            template=record.get("template"),
            created_at=aware(record["created_at"]) if record.get("created_at") else None,
            updated_at=aware(record["updated_at"]) if record.get("updated_at") else None,
        )

    def to_fields(self) -> dict[str, Any]:
        """The stored fields (without id and timestamps)."""
        return {
            "at": iso(self.at),
            "text": self.text,
            "tags": list(self.tags),
            "sensitive": self.sensitive,
            "template": self.template,
        }

    def to_json(self) -> dict[str, Any]:
        """The form printed by `--json` (text included: scripts asked for it)."""
        return {"id": self.id, **self.to_fields()}

    @property
    def title(self) -> str:
        """The first non-empty line; for a template entry, its heading and first own words."""
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        if not lines:
            return ""
        if self.template:
            answers = [line for line in lines[1:] if not line.endswith(":") and line.strip("- ")]
            if answers:
                return f"{lines[0]}: {answers[0].lstrip('- ')}"
        return lines[0]

    def preview(self, width: int = 60) -> str:
        """A one-line preview for lists; sensitive entries stay collapsed."""
        if self.sensitive:
            return f"({COLLAPSED})"
        title = self.title
        return title if len(title) <= width else title[: max(width - 1, 1)].rstrip() + "…"

    def matches(self, query: str) -> bool:
        """Case-insensitive match of every word of `query` in the text or tags."""
        haystack = (self.text + " " + " ".join(self.tags)).casefold()
        return all(word in haystack for word in query.casefold().split())


def clean_text(text: str, field: str = "text") -> str:
    """Validate entry text: something other than whitespace, at most 100,000 characters."""
    if not text.strip():
        raise InvalidInput(field, messages.empty("the entry"))
    if len(text) > TEXT_MAX:
        raise InvalidInput(field, messages.too_long(TEXT_MAX, "an entry", grouped=True))
    return text.strip()


def clean_tags(tags: list[str] | tuple[str, ...], field: str = "tag") -> tuple[str, ...]:
    """Trim, drop duplicates (case-insensitively, first spelling kept) and check length.

    Commas separate several tags in one value: `--tag sleep,work`.
    """
    result: list[str] = []
    seen: set[str] = set()
    for raw in tags:
        for part in raw.split(","):
            tag = " ".join(part.split())
            if not tag:
                continue
            if len(tag) > TAG_MAX:
                raise InvalidInput(field, f"'{tag[:20]}…' is too long; keep a tag to {TAG_MAX} characters.")
            if tag.casefold() not in seen:
                seen.add(tag.casefold())
                result.append(tag)
    return tuple(result)


def filter_entries(
    entries: list[JournalEntry],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tag: str | None = None,
    query: str | None = None,
) -> list[JournalEntry]:
    """Entries in a time range, with a tag, matching a search, oldest first."""
    wanted_tag = tag.casefold() if tag else None
    chosen = [
        e
        for e in entries
        if (since is None or e.at >= since)
        and (until is None or e.at <= until)
        and (wanted_tag is None or wanted_tag in {t.casefold() for t in e.tags})
        and (not query or e.matches(query))
    ]
    return sorted(chosen, key=lambda e: (e.at, e.created_at or e.at))


def on_day(entries: list[JournalEntry], day: date, now: datetime) -> list[JournalEntry]:
    """Entries written on a local calendar day (in `now`'s time zone)."""
    return [e for e in entries if e.at.astimezone(now.tzinfo).date() == day]
