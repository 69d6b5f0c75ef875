"""Domain records: the shared field types of a stored record, the one encoder and decoder
between a record Struct and its stored dict, and helpers (the each-once rule of a list field,
stored timestamps, optional free text, the refusal when several records share a name that
must be unique).

A record kind is declared once, as a msgspec Struct in core/ that is also the domain object
(see store/schemas.py for the registry and the recipe to convert a kind):

- `from_record(Cls, record)` decodes a stored dict: `msgspec.convert`, which validates.
- `to_record(obj)` encodes: exactly the dict recover has always stored. Times are written
  `isoformat(timespec="seconds")` (offset "+00:00", never msgspec's "Z" nor microseconds),
  dates as YYYY-MM-DD, tuples as lists, keys in field order under their stored names, and
  UNSET fields (a new record's id and times, before the store stamps them) left out.
- `to_fields(obj)` is `to_record` without the bookkeeping fields (`id`, `created_at`,
  `updated_at`), which `Store.insert` / `Store.update` add; `to_json(obj)` is the form `--json`
  prints: the stored record without its created/updated times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Protocol, TypeVar

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput, NotFound

BOOKKEEPING = ("id", "created_at", "updated_at")  # stamped by the store on every record

RecordId = Annotated[
    str, msgspec.Meta(min_length=1, max_length=64, description="Stable unique id (a UUID), also the key in the table.")
]
Moment = Annotated[datetime, msgspec.Meta(tz=True)]  # a timezone-aware time, ISO 8601 with offset
CreatedAt = Annotated[Moment, msgspec.Meta(description="When recover first stored the record.")]
UpdatedAt = Annotated[Moment, msgspec.Meta(description="When the record last changed (the newer one wins a merge).")]

R = TypeVar("R", bound=msgspec.Struct)


def from_record(cls: type[R], record: Mapping[str, Any]) -> R:
    """Decode (and validate) one stored record into its Struct.

    Raises:
        msgspec.ValidationError: the record does not fit; records read through the store were
            checked already (store/schemas.py), so this is a bug when it happens.
    """
    return msgspec.convert(record, cls)


def from_records(cls: type[R], records: list[dict[str, Any]]) -> list[R]:
    """Decode a list of stored records in one call (see `from_record`)."""
    return msgspec.convert(records, list[cls])  # type: ignore[valid-type]


_PLAIN = frozenset({str, int, bool, float, type(None)})  # stored as they are
_TIMES = (datetime, date)


def _stored(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {key: _stored(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [_stored(item) for item in value]
    if isinstance(value, datetime):  # isoformat(timespec="seconds"), three times faster
        return (value.replace(microsecond=0) if value.microsecond else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _encode(obj: msgspec.Struct, leave_out: tuple[str, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = msgspec.to_builtins(obj, builtin_types=_TIMES)
    for key in leave_out:
        fields.pop(key, None)
    return {key: value if type(value) in _PLAIN else _stored(value) for key, value in fields.items()}


def to_record(obj: msgspec.Struct) -> dict[str, Any]:
    """The stored form of a record Struct (see the module docstring)."""
    return _encode(obj, ())


def to_fields(obj: msgspec.Struct) -> dict[str, Any]:
    """The stored fields of a record without `id`, `created_at` and `updated_at`."""
    return _encode(obj, BOOKKEEPING)


def to_json(obj: msgspec.Struct) -> dict[str, Any]:
    """The form `--json` prints: the stored record with its id, without created/updated times."""
    return _encode(obj, BOOKKEEPING[1:])


def each_once(values: tuple[Any, ...], what: str, field: str) -> None:
    """The check behind a list field's `uniqueItems`, for a record Struct's `__post_init__`.

    Raises:
        ValueError: `Expected each {what} once - at `$.{field}``, which msgspec turns into a
            ValidationError naming the field while it converts a record.
    """
    if len(set(values)) != len(values):
        raise ValueError(f"Expected each {what} once - at `$.{field}`")


def aware(text: str) -> datetime:
    """Parse a stored ISO 8601 time (always with an offset in our files)."""
    return datetime.fromisoformat(text)


def iso(moment: datetime) -> str:
    """Serialise an aware datetime the way records store it."""
    return moment.isoformat(timespec="seconds")


def optional_str(record: dict[str, Any], key: str) -> str | None:
    """A string field that may be missing or null."""
    value = record.get(key)
    return str(value) if value is not None else None


def clean_optional(text: str | None, field: str, limit: int) -> str | None:
    """Trim optional free text; empty becomes None; longer than `limit` characters is refused.

    Raises:
        InvalidInput: naming `field` and the limit.
    """
    if text is None:
        return None
    cleaned = text.strip()
    if not cleaned:
        return None
    if len(cleaned) > limit:
        raise InvalidInput(field, messages.too_long(limit, grouped=True))
    return cleaned


def near_day(records: list[dict[str, Any]], field: str, day: date) -> list[dict[str, Any]]:
    """Records whose stored ISO time `field` falls on `day` give or take one day (any offset).

    A cheap text test on the stored date, so callers build domain objects only for the few
    records that can belong to `day` in the local time zone, not for ten years of them.
    """
    test = near_day_test(field, day)
    return [r for r in records if test(r)]


def near_days(day: date) -> tuple[str, str]:
    """The first and last ISO day a stored time falling on `day` in some time zone can carry
    (the day before and the day after), for `Store.select_dated`."""
    return (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat()


def near_day_test(field: str, day: date) -> Callable[[Mapping[str, Any]], bool]:
    """The test `near_day` applies, for `Store.select` (which then copies only what it keeps)."""
    wanted = {(day + timedelta(days=d)).isoformat() for d in (-1, 0, 1)}

    def test(record: Mapping[str, Any]) -> bool:
        value = record.get(field)
        return isinstance(value, str) and value[:10] in wanted

    return test


def same_name(kind: str, name: str, ids: list[str], fix: str) -> InvalidInput:
    """The refusal when `len(ids)` records of one kind share `name`, which must be unique (a
    file merged by an older recover can hold such twins): rather than pick one silently, say
    which ids there are and how to tell them apart. `fix` holds `{id}` for one of the ids."""
    shown = ", ".join(record_id[:8] for record_id in ids)
    return InvalidInput(
        "name",
        f"{len(ids)} {kind}s are called '{name}' (ids {shown}); use an id to pick one, "
        f"and give it another name: {fix.format(id=ids[-1][:8])}.",
    )


class Named(Protocol):
    """A record with a name a person types and an id."""

    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...


N = TypeVar("N", bound=Named)


def by_name(records: list[N], text: str, kind: str, fix: str) -> N | None:
    """The record called `text` (case-insensitive, spaces tidied), else the only one whose
    name starts with it; None when neither (the caller may try an id next).

    Args:
        records: the kind's records.
        text: what the person typed.
        kind: the kind's name in a sentence ("reward", "care item").
        fix: how to rename one of twins, with `{id}` (see `same_name`).

    Raises:
        InvalidInput: several records have that name (see `same_name`).
    """
    wanted = " ".join(text.split()).casefold()
    named = [r for r in records if r.name.casefold() == wanted]
    if len(named) > 1:
        raise same_name(kind, named[0].name, [r.id for r in named], fix)
    if named:
        return named[0]
    starting = [r for r in records if wanted and r.name.casefold().startswith(wanted)]
    return starting[0] if len(starting) == 1 else None


def several_start(records: Iterable[Named], text: str, kind: str) -> NotFound | None:
    """The refusal when `text` is the start of more than one name (so `by_name` picked none),
    else None: "No care item called 'nal'" was wrong when two items start with it."""
    wanted = " ".join(text.split()).casefold()
    names = [r.name for r in records if wanted and r.name.casefold().startswith(wanted)]
    if len(names) < 2:
        return None
    return NotFound(messages.several_start(text, kind, names))
