"""Journal services: add, list, search, show, edit and delete entries; manage templates.

Built-in templates live in core/templates.py; the person's own are records of the
`journal_templates` table. Both the CLI and the dashboard call these functions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from recovery_tui import messages
from recovery_tui.core import templates as tpl
from recovery_tui.core.journal import JournalEntry, clean_tags, clean_text, filter_entries
from recovery_tui.core.records import from_record, from_records, same_name, to_fields
from recovery_tui.core.templates import Template
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services.unchanged import unchanged
from recovery_tui.store import Store

TABLE = "journal"
TEMPLATES = "journal_templates"


def _entry(record: dict[str, Any]) -> JournalEntry:
    return from_record(JournalEntry, record)


def list_entries(
    store: Store,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tag: str | None = None,
    query: str | None = None,
) -> list[JournalEntry]:
    """Entries oldest first, filtered by time range, tag and search words."""
    entries = from_records(JournalEntry, store.all(TABLE))
    return filter_entries(entries, since=since, until=until, tag=tag, query=query)


def find_entry(store: Store, entry_id: str) -> JournalEntry:
    """One entry by id or unique id prefix (NotFound otherwise)."""
    return from_record(JournalEntry, store.find(TABLE, entry_id))


def add_entry(
    store: Store,
    text: str,
    *,
    at: datetime | None = None,
    tags: list[str] | tuple[str, ...] = (),
    sensitive: bool = False,
    template: str | None = None,
    now: datetime,
) -> JournalEntry:
    """Validate and store a new entry (at `now` unless `at` is given; not in the future)."""
    moment = at or now
    if moment > now:
        raise InvalidInput("at", messages.in_future("a journal entry"))
    entry = JournalEntry(
        id="",
        at=moment,
        text=clean_text(text),
        tags=clean_tags(tags),
        sensitive=sensitive,
        template=template,
    )
    return from_record(JournalEntry, store.insert(TABLE, to_fields(entry), now=now))


def edit_entry(
    store: Store,
    entry_id: str,
    *,
    text: str | None = None,
    at: datetime | None = None,
    tags: list[str] | tuple[str, ...] | None = None,
    sensitive: bool | None = None,
    now: datetime,
    expected: JournalEntry | None = None,
) -> JournalEntry:
    """Change an entry's text, time, tags or sensitive flag (only what is given).

    Args:
        expected: the entry as an editor read it; the save then goes ahead only if nobody
            changed or removed it since (Conflict otherwise, nothing written).
    """
    changes: dict[str, object] = {}
    if text is not None:
        changes["text"] = clean_text(text)
    if at is not None:
        if at > now:
            raise InvalidInput("at", messages.in_future("a journal entry"))
        changes["at"] = at.isoformat(timespec="seconds")
    if tags is not None:
        changes["tags"] = list(clean_tags(tags))
    if sensitive is not None:
        changes["sensitive"] = sensitive
    with store.transaction():
        if expected is not None:
            current = unchanged(store, TABLE, expected, record_id=expected.id, build=_entry, what="journal entry")
        else:
            current = store.find(TABLE, entry_id)
        record = store.update(TABLE, current["id"], changes, now=now)
    return from_record(JournalEntry, record)


def remove_entry(store: Store, entry_id: str) -> JournalEntry:
    """Remove one entry by id or id prefix; returns what was removed."""
    with store.transaction():
        record = store.find(TABLE, entry_id)
        store.delete(TABLE, record["id"])
    return from_record(JournalEntry, record)


# -- templates ---------------------------------------------------------------------------


def user_templates(store: Store) -> list[Template]:
    """The person's own templates, by name."""
    return sorted(from_records(Template, store.all(TEMPLATES)), key=lambda t: t.name)


def list_templates(store: Store) -> list[Template]:
    """Built-in templates first, then the person's own."""
    return [*tpl.BUILTIN, *user_templates(store)]


def find_template(store: Store, name: str) -> Template:
    """A template by name (InvalidInput listing the known names otherwise)."""
    return tpl.resolve(name, user_templates(store))


def add_template(store: Store, name: str, body: str, *, title: str | None = None, now: datetime) -> Template:
    """Store a new user template (names are unique and may not reuse a built-in name)."""
    cleaned = tpl.clean_name(name)
    template = Template(name=cleaned, title=tpl.clean_title(title, cleaned), body=tpl.clean_body(body))
    with store.transaction():
        if any(t.name == cleaned for t in user_templates(store)):
            raise InvalidInput("name", messages.already_called("template", cleaned))
        record = store.insert(TEMPLATES, to_fields(template), now=now)
    return from_record(Template, record)


def remove_template(store: Store, name: str) -> Template:
    """Remove a user template by name (built-in ones cannot be removed)."""
    wanted = name.strip().lower()
    if wanted in tpl.BUILTIN_NAMES:
        raise InvalidInput("name", messages.builtin_template_kept(wanted))
    with store.transaction():
        mine = user_templates(store)
        named = [t for t in mine if t.name == wanted]
        if len(named) > 1:
            ids = [t.id or "" for t in named]
            raise same_name("template", wanted, ids, "recover journal template remove {id}")
        if not named and len(wanted) >= 4:  # an id prefix picks one of two of a name
            named = [t for t in mine if t.id and t.id.startswith(wanted)][:2]
        if len(named) == 1:
            template = named[0]
            assert template.id is not None
            store.delete(TEMPLATES, template.id)
            return template
    names = ", ".join(t.name for t in user_templates(store)) or "none yet"
    raise NotFound(f"No template of yours is called '{name}' (yours: {names}).")
