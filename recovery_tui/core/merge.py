"""Merge by record: one data file from two copies of it (and, when known, their common ancestor).

`merge(ours, theirs, base=None) -> MergeResult` is pure (no I/O, no clock). Its inputs are
whole files as the store reads them (table name -> {record id -> record}, plus the `meta`
table), all of the same data version: the caller migrates an older file first and refuses a
newer one (`same_version`). It is generic over tables and fields; the rules:

- Records match by id. A record on one side only is kept; of two versions the newer
  `updated_at` wins; equal times are decided by the record's canonical JSON (sorted keys,
  the name compared last, see `_rank`), so the result never depends on the order of the
  arguments. Records need no ancestor: each carries its time, and each deletion its
  tombstone. (An ancestor's absence rule would also undo itself: a record renamed by a merge
  can become equal to the ancestor's version, and the next merge would take it for
  unchanged.)
- Counters (`HISTORY`) merge their history instead: events by event id, the `edits` logs
  joined; an event removed or undone in either log stays out (an undone restart stays undone);
  an event edited on both sides takes its latest edit; the other fields come from the newer
  version and `updated_at` is the later of the two.
- Tombstones (core/tombstones.py) are records too and merge as such; then every record a
  tombstone names is left out: a deletion wins over an edit made elsewhere meanwhile. Meta
  entries about a deleted counter (`celebrated`) go with it.
- Names that must be unique (`UNIQUE_NAMES`, case-insensitively) stay unique: of records that
  share a name, the first created keeps it and the others are renamed `name (2)` (`name-2` for
  a template), each rename reported in `MergeResult.renamed`. A renamed record keeps its
  `updated_at`, so merging again renames it the same way.
- Meta: `config` merges per key by the time each key was set or unset (`config_times`, written
  by `recover config set` and `unset`); for a key with no time (set before recover kept
  times), a side that did not change it since the common ancestor `base` takes the other
  side's value or absence; `celebrated` per counter: the later streak wins, the
  same streak joins its milestones; the store's own `layout` is dropped (the store writes it);
  any other entry is joined (objects key by key, lists as sorted sets, else the greater value).

Merging is idempotent and order-independent: merge(A, B) == merge(B, A) and
merge(merge(A, B), B) == merge(A, B), with or without a base (tests/unit/test_merge_props.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import msgspec

from recovery_tui.core.tombstones import TABLE as TOMBSTONES
from recovery_tui.errors import DataFileError

Tables = dict[str, dict[str, Any]]
META = "meta"
CONFIG = "config"
CONFIG_TIMES = "config_times"
CELEBRATED = "celebrated"
OWN_META = ("layout",)  # written by the store itself: never merged

# Tables whose records have unique names (case-insensitive): the field holding the name.
UNIQUE_NAMES: dict[str, str] = {
    "counters": "name",
    "contacts": "name",
    "rewards": "name",
    "plan_behaviours": "name",
    "care_items": "name",
    "skills": "name",
    "journal_templates": "name",
}
_NAME_LIMIT = {"journal_templates": 30}
_DEFAULT_NAME_LIMIT = 60


class Renamed(msgspec.Struct, frozen=True):
    """A record renamed because another record of its table had its name."""

    table: str
    record_id: str
    name: str
    new_name: str

    @property
    def line(self) -> str:
        """One line for a person: what was renamed, and to what."""
        kind = self.table.replace("_", " ").removesuffix("s")
        return f"Two {kind}s were called '{self.name}'; the later one is now '{self.new_name}'."


class MergeResult(msgspec.Struct, frozen=True):
    """The merged file, and the records renamed so that names stay unique."""

    tables: Tables
    renamed: tuple[Renamed, ...] = ()


class Change(msgspec.Struct):
    """How one table differs between two versions of a file (`changes`)."""

    added: int = 0
    updated: int = 0
    deleted: int = 0


def canonical(value: Any) -> str:
    """The canonical JSON of a stored value (sorted keys, no spaces): equal data, equal text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def instant(text: Any) -> float:
    """A stored time as a number to compare (any offset); anything else sorts first."""
    try:
        return datetime.fromisoformat(str(text)).timestamp()
    except (ValueError, OverflowError, TypeError):
        return float("-inf")


def file_version(data: Tables) -> int | None:
    """The `meta.schema.schema_version` of a file, or None."""
    schema = data.get(META, {}).get("schema")
    version = schema.get("schema_version") if isinstance(schema, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def same_version(*files: Tables | None) -> int:
    """The data version all given files share.

    Raises:
        DataFileError: they are of different versions (migrate the older one first).
    """
    versions = {file_version(data) for data in files if data is not None}
    version = versions.pop() if len(versions) == 1 else None
    if version is None:
        raise DataFileError("The files to merge are of different data versions; migrate the older one first.")
    return version


# -- choosing between versions --------------------------------------------------------------
_ABSENT: Any = None  # a record (or setting) missing on one side


def _rank(record: dict[str, Any], leave_out: tuple[str, ...] = ()) -> tuple[float, str, str]:
    """How two versions of a record rank: the later `updated_at`, then (equal times) the greater
    canonical JSON of the record without its name, then the greater name. The name comes last
    because a merge may rename a record (`name (2)`), and a renamed version must rank as the
    version it was made from, so merging again picks it again."""
    field = "name"
    rest = {key: value for key, value in record.items() if key != field and key not in leave_out}
    return instant(record.get("updated_at")), canonical(rest), str(record.get(field, ""))


def _newer(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The version that ranks higher (`_rank`)."""
    return max(a, b, key=_rank)


def _three_way(ours: Any, theirs: Any, base: Any, join: Callable[[Any, Any], Any]) -> Any:
    """One value from two sides: equal sides agree; with a base, a side unchanged since it takes
    the other side; a value on one side only is kept; two changed values are `join`ed."""
    if ours == theirs:
        return ours
    if base is not None:
        if ours == base:
            return theirs
        if theirs == base:
            return ours
    if ours is None:
        return theirs
    if theirs is None:
        return ours
    return join(ours, theirs)


def _pick(base_given: bool, ours: Any, theirs: Any, base: Any, join: Callable[[Any, Any], Any]) -> Any:
    """`_three_way`, where a missing base value means "absent in the base" only if a base was
    given (so a record the base lacks but one side deleted is not mistaken for unchanged)."""
    if base_given and base is None and (ours is None or theirs is None):
        return ours if theirs is None else theirs  # added on one side since the base
    return _three_way(ours, theirs, base if base_given else None, join)


# -- counters: history merged by event id ---------------------------------------------------
_HISTORY_FIELDS = ("events", "edits", "updated_at")


def _own(record: dict[str, Any]) -> tuple[float, str, str]:
    """The rank of a counter version by its own fields (not its history)."""
    return _rank(record, _HISTORY_FIELDS)


def _edit_key(edit: Any) -> tuple[float, str]:
    return instant(edit.get("at") if isinstance(edit, dict) else None), canonical(edit)


def _event_key(event: Any) -> tuple[float, bool, str]:
    if not isinstance(event, dict):
        return float("-inf"), True, canonical(event)
    return instant(event.get("at")), event.get("kind") != "start", str(event.get("id"))


def merge_counter(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two versions of one counter merged (see the module docstring): order-independent and
    idempotent, a join of their histories."""
    winner = max(a, b, key=_own)
    edits_by_text = {canonical(e): e for e in [*(a.get("edits") or []), *(b.get("edits") or [])]}
    edits = sorted(edits_by_text.values(), key=_edit_key)
    removed = {
        str(e.get("event"))
        for e in edits
        if isinstance(e, dict) and e.get("action") in ("remove", "undo") and e.get("event")
    }
    latest: dict[str, Any] = {}
    for edit in edits:  # oldest first: the last edit of an event is its state
        if isinstance(edit, dict) and edit.get("action") == "edit" and isinstance(edit.get("after"), dict):
            latest[str(edit.get("event"))] = edit
    events: dict[str, Any] = {}
    for event in [*(a.get("events") or []), *(b.get("events") or [])]:
        key = str(event.get("id")) if isinstance(event, dict) else canonical(event)
        if key in events and events[key] != event:
            edit = latest.get(key)
            if edit is not None:
                event = {**event, "at": edit["after"].get("at"), "note": edit["after"].get("note")}
            else:
                event = max(events[key], event, key=canonical)
        events[key] = event
    kept = [event for key, event in events.items() if key not in removed]
    if not any(isinstance(e, dict) and e.get("kind") == "start" for e in kept):
        kept += [e for key, e in events.items() if key in removed and isinstance(e, dict) and e.get("kind") == "start"]
    merged = dict(winner)
    merged["events"] = kept
    if "edits" in a or "edits" in b:
        merged["edits"] = edits
    merged["updated_at"] = max(a.get("updated_at"), b.get("updated_at"), key=lambda t: (instant(t), str(t)))
    return in_order(merged)


def in_order(counter: dict[str, Any]) -> dict[str, Any]:
    """A counter with its events in time order and its edits oldest first (ties by content): the
    one order of a merged counter, whichever copy a list came from."""
    ordered = dict(counter)
    ordered["events"] = sorted(counter.get("events") or [], key=_event_key)
    if "edits" in counter:
        ordered["edits"] = sorted(counter.get("edits") or [], key=_edit_key)
    return ordered


HISTORY: dict[str, Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]] = {"counters": merge_counter}
"""Tables whose two versions of a record are joined rather than one chosen."""

ORDERED: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {"counters": in_order}
"""Tables whose merged records have their lists put in one order (so merging again is equal)."""


def _merge_table(name: str, ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    join = HISTORY.get(name, _newer)
    order = ORDERED.get(name)
    merged: dict[str, Any] = {}
    for key in sorted({*ours, *theirs}):
        value = _three_way(ours.get(key), theirs.get(key), None, join)
        if value is not None:
            merged[key] = order(value) if order is not None and isinstance(value, dict) else value
    return merged


# -- names ----------------------------------------------------------------------------------
def builtin_names(table: str) -> tuple[str, ...]:
    """Names built into recover that records of `table` may not take (skills, templates)."""
    if table == "skills":
        from recovery_tui.core.skills import BUILTINS

        return tuple(skill.name for skill in BUILTINS)
    if table == "journal_templates":
        from recovery_tui.core.templates import BUILTIN_NAMES

        return BUILTIN_NAMES
    return ()


def name_key(name: Any) -> str:
    """A name as compared for uniqueness: spaces collapsed, case folded."""
    return " ".join(str(name).split()).casefold()


def free_name(table: str, name: str, taken: dict[str, str], own_id: str) -> str:
    """`name (2)` (`name-2` for a template), or the next number free in `taken` (name key ->
    the id holding it; a name the record `own_id` already has counts as free for it).

    Raises:
        DataFileError: ten thousand records share the name.
    """
    limit = _NAME_LIMIT.get(table, _DEFAULT_NAME_LIMIT)
    for number in range(2, 10_000):
        suffix = f"-{number}" if table == "journal_templates" else f" ({number})"
        candidate = name[: limit - len(suffix)].rstrip() + suffix
        if taken.get(name_key(candidate), own_id) == own_id:
            return candidate
    raise DataFileError(f"too many {table.replace('_', ' ')} are called '{name}'.")


def _created(record: dict[str, Any]) -> tuple[float, str]:
    return instant(record.get("created_at")), str(record.get("id"))


def _unique_names(name: str, table: dict[str, Any]) -> tuple[dict[str, Any], list[Renamed]]:
    """`table` with every name once: the first created keeps a shared name, the others are
    renamed (a built-in skill's hidden mark is not a name of its own and is never renamed)."""
    field = UNIQUE_NAMES[name]
    named = [r for r in table.values() if isinstance(r, dict) and isinstance(r.get(field), str)]
    named = [r for r in named if not (name == "skills" and r.get("builtin"))]
    taken: dict[str, str] = {name_key(b): "" for b in builtin_names(name)}
    clashing: list[dict[str, Any]] = []
    for record in sorted(named, key=_created):
        key = name_key(record[field])
        if key in taken:
            clashing.append(record)
        else:
            taken[key] = str(record["id"])
    if not clashing:
        return table, []
    out = dict(table)
    renamed: list[Renamed] = []
    for record in clashing:
        new = free_name(name, str(record[field]), taken, str(record["id"]))
        taken[name_key(new)] = str(record["id"])
        out[str(record["id"])] = {**record, field: new}
        renamed.append(Renamed(name, str(record["id"]), str(record[field]), new))
    return out, renamed


# -- meta -----------------------------------------------------------------------------------
def join_values(a: Any, b: Any) -> Any:
    """The join of two stored values: objects key by key, lists as sorted sets, else the
    greater canonical JSON. Commutative, associative and idempotent."""
    if a == b:
        return a
    if isinstance(a, dict) and isinstance(b, dict):
        return {
            key: join_values(a[key], b[key]) if key in a and key in b else a.get(key, b.get(key))
            for key in sorted({*a, *b})
        }
    if isinstance(a, list) and isinstance(b, list):
        return sorted({canonical(v): v for v in [*a, *b]}.values(), key=canonical)
    return max(a, b, key=canonical)


def _join_celebrated(a: Any, b: Any) -> Any:
    """Remembered milestones of one counter: the later streak's; the same streak's joined."""
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return join_values(a, b)
    if a.get("streak_start") == b.get("streak_start"):
        return join_values(a, b)
    return max(a, b, key=lambda e: (instant(e.get("streak_start")), canonical(e)))


def _per_key(
    ours: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None, join: Callable[[Any, Any], Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in sorted({*ours, *theirs, *(base or {})}):
        value = _pick(base is not None, ours.get(key), theirs.get(key), (base or {}).get(key), join)
        if value is not None:
            out[key] = value
    return out


def _settings(meta: dict[str, Any]) -> dict[str, Any]:
    """Each setting as [time set or unset (or ""), value or None]."""
    values = meta.get(CONFIG) or {}
    times = meta.get(CONFIG_TIMES) or {}
    return {key: [str(times.get(key, "")), {"v": values[key]} if key in values else None] for key in {*values, *times}}


def _later_setting(a: Any, b: Any) -> Any:
    return max(a, b, key=lambda s: (instant(s[0]) if s[0] else float("-inf"), canonical(s)))


def _merge_meta(ours: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    settings = _per_key(_settings(ours), _settings(theirs), None if base is None else _settings(base), _later_setting)
    config = {key: s[1]["v"] for key, s in settings.items() if s[1] is not None}
    times = {key: s[0] for key, s in settings.items() if s[0]}
    special = {CONFIG, CONFIG_TIMES, CELEBRATED, *OWN_META}
    for key in sorted({*ours, *theirs} - special):
        value = _three_way(ours.get(key), theirs.get(key), None, join_values)
        if value is not None:
            meta[key] = value
    if config or CONFIG in ours or CONFIG in theirs:
        meta[CONFIG] = config
    if times:
        meta[CONFIG_TIMES] = times
    celebrated = _per_key(ours.get(CELEBRATED) or {}, theirs.get(CELEBRATED) or {}, None, _join_celebrated)
    if celebrated or CELEBRATED in ours or CELEBRATED in theirs:
        meta[CELEBRATED] = celebrated
    return meta


# -- the merge ------------------------------------------------------------------------------
def _deleted(tables: Tables) -> dict[str, set[str]]:
    """Table -> the ids its tombstones name."""
    gone: dict[str, set[str]] = {}
    for stone in tables.get(TOMBSTONES, {}).values():
        if isinstance(stone, dict):
            gone.setdefault(str(stone.get("table")), set()).add(str(stone.get("record_id")))
    return gone


def merge(ours: Tables, theirs: Tables, base: Tables | None = None) -> MergeResult:
    """Merge two copies of a data file (and their common ancestor, when known); see the module
    docstring for the rules. The inputs are not changed.

    Args:
        ours: one copy (a whole file: table -> {id -> record}, plus `meta`).
        theirs: the other copy, of the same data version.
        base: the version both started from (a git merge's ancestor), or None.

    Returns:
        The merged file (without the store's `layout` entry) and the records renamed.

    Raises:
        DataFileError: the files are of different data versions.
    """
    same_version(ours, theirs, base)
    tables: Tables = {}
    for name in sorted({*ours, *theirs} - {META}):
        tables[name] = _merge_table(name, ours.get(name) or {}, theirs.get(name) or {})
    gone = _deleted(tables)
    for name, ids in gone.items():
        if name in tables and name != TOMBSTONES:
            tables[name] = {key: record for key, record in tables[name].items() if key not in ids}
    renamed: list[Renamed] = []
    for name in sorted(UNIQUE_NAMES):
        if name in tables:
            tables[name], renames = _unique_names(name, tables[name])
            renamed += renames
    meta = _merge_meta(ours.get(META) or {}, theirs.get(META) or {}, None if base is None else base.get(META) or {})
    if CELEBRATED in meta:
        meta[CELEBRATED] = {key: v for key, v in meta[CELEBRATED].items() if key not in gone.get("counters", set())}
    return MergeResult({META: meta, **tables}, tuple(renamed))


def _as_is(record: dict[str, Any]) -> dict[str, Any]:
    return record


def changes(before: Tables, after: Tables, tables: Iterable[str] | None = None) -> dict[str, Change]:
    """Per table (meta left out), how many records `after` added, changed and deleted compared
    with `before`; tables without a change are left out."""
    out: dict[str, Change] = {}
    names = sorted(tables if tables is not None else {*before, *after} - {META})
    for name in names:
        old, new = before.get(name) or {}, after.get(name) or {}
        order = ORDERED.get(name, _as_is)
        change = Change(
            added=sum(1 for key in new if key not in old),
            updated=sum(1 for key in new if key in old and order(new[key]) != order(old[key])),
            deleted=sum(1 for key in old if key not in new),
        )
        if change.added or change.updated or change.deleted:
            out[name] = change
    return out
