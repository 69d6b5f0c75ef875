"""Journal entry domain objects and rules: text, tags, sensitive flag, filters and search.

Entries are free text; the first non-empty line serves as a title in lists. A `sensitive`
entry is shown collapsed (a content warning) wherever entries are listed, until opened.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt, each_once
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import ELLIPSIS, truncate

TEXT_MAX = 100_000
TAG_MAX = 40
COLLAPSED = "sensitive entry, hidden until opened"


Tag = Annotated[str, msgspec.Meta(min_length=1, max_length=TAG_MAX)]


class JournalEntry(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One journal entry: free text written from the command line, stdin, $EDITOR or the
    dashboard, optionally from a template. `sensitive` entries are shown collapsed (a content
    warning) in lists and on the dashboard until opened."""

    id: RecordId
    at: Annotated[Moment, msgspec.Meta(description="When the entry is about (not in the future when written).")]
    text: Annotated[
        str, msgspec.Meta(min_length=1, max_length=TEXT_MAX, description="The entry; its first line is its title.")
    ]
    tags: Annotated[
        tuple[Tag, ...],
        msgspec.Meta(
            description="Tags, each once (compared case-insensitively when written).",
            extra_json_schema={"uniqueItems": True},
        ),
    ] = ()
    sensitive: Annotated[bool, msgspec.Meta(description="Shown collapsed until opened.")] = False
    template: Annotated[
        Annotated[str, msgspec.Meta(max_length=TAG_MAX)] | None,
        msgspec.Meta(description="The template the entry was written from, if any."),
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: each tag once (the schema's uniqueItems)."""
        each_once(self.tags, "tag", "tags")

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
        cut = truncate(title, width)
        return cut if cut == title else cut[:-1].rstrip() + ELLIPSIS

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
                raise InvalidInput(field, f"'{truncate(tag, 21)}' is too long; keep a tag to {TAG_MAX} characters.")
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
