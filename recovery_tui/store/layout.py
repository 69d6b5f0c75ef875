"""The on-disk layout of the data file, and LazyTables, which parses a table only when used.

The file is one JSON object (a valid TinyDB file any JSON tool can read) written with one
table per line:

    {
    "meta": {...},
    "checkins": {...},
    "triggers": {...}
    }

and `meta.layout.crc32` holding a CRC-32 of each other table's line, and
`meta.layout.meta_crc32` a CRC-32 of the meta line itself (as written without that one
field). Reading checks the structure and every checksum (a few ms for ten years of data) but
parses only the tables a command touches; writing copies untouched tables' bytes as they were.
So `recover checkin` on a ten-year file parses the check-ins, not the journal.

Damage that still parses is refused, never used: a line whose checksum does not match, a
table without a checksum, a checksum without its table, or a meta line that does not match
its own checksum raises ChecksumMismatch, naming the tables, and the file is never written
over. Every single flipped bit, and any change within 32 consecutive bits of a line, is
caught (CRC-32 guarantees it); wider random damage slips through one time in 2**32. A CRC is
not a signature: someone who edits the file on purpose can recompute it, and it says nothing
about which version of a file is the newest. To edit the file by hand on purpose, delete
"layout" from the meta line (the file is then read whole, trusting the edit, and the
checksums are written again). A file in any other layout (pretty-printed by hand, an older
file, a stock TinyDB file) is parsed whole and written back in this layout; if it still
carries checksums, its table names must match them.

For the tables read by period, `meta.layout.marks` also says where their records' days stand
in their lines, so a period is decoded from the last mark before it (store/marks.py).

Tables read without a checksum (a file whose "layout" was deleted, or in another layout) are
listed in `LazyTables.unverified`: recover did not write them as they are, so the store
checks each of their records against its schema before anything uses them
(store/schemas.py `check_unverified`). A table whose checksum matches was validated when
recover wrote it and is not checked again (checking ten years of records costs 170 ms).
JSON nested too deeply to parse (msgspec stops at its recursion limit) is refused like any
other damage.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from recovery_tui.errors import DataFileError
from recovery_tui.store import peek
from recovery_tui.store.marks import MARKS, Marks, build, day_of
from recovery_tui.store.peek import LAYOUT as LAYOUT
from recovery_tui.store.peek import META as META
from recovery_tui.store.peek import META_CRC

DAMAGED_ADVICE = "recover left it unchanged; run 'recover doctor', or move it aside and restore a backup"
_NAME = re.compile(rb"[A-Za-z0-9_]+")

Table = dict[str, Any]


def _damaged(path: Path, what: str) -> DataFileError:
    return DataFileError(f"{path} {what}; {DAMAGED_ADVICE}.")


class ChecksumMismatch(DataFileError):
    """The file parses, but tables (or the meta line) differ from the checksums written with
    them: damaged, or edited by hand without removing meta.layout. Never used, never written."""

    def __init__(self, path: Path, tables: list[str]) -> None:
        self.path = path
        self.tables = tables
        super().__init__(
            f"{path}: {self.which()} {'does' if len(tables) == 1 else 'do'} not match the checksums recover wrote "
            "(damaged, or edited by hand); recover left it unchanged; run 'recover doctor --repair' to restore a "
            'backup, or if you edited it on purpose delete "layout" from its meta line'
        )

    def which(self) -> str:
        """The tables, in words: "table 'journal'", "tables 'a', 'b'", "the meta line"."""
        names = [f"'{name}'" for name in self.tables if name != META]
        parts = ([f"table{'s' if len(names) > 1 else ''} {', '.join(names)}"] if names else []) + (
            ["the meta line"] if META in self.tables else []
        )
        return " and ".join(parts)


def _check_table(path: Path, name: str, table: Any) -> Table:
    if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
        raise _damaged(path, f"is JSON but not a recover data file (table '{name}' has the wrong shape)")
    return table


_DECODE = msgspec.json.Decoder().decode
_ENCODE = msgspec.json.Encoder().encode


def _parse(path: Path, raw: bytes | memoryview, what: str) -> Any:
    try:
        return _DECODE(raw)
    except msgspec.DecodeError as exc:
        raise _damaged(path, f"is not valid JSON ({what}: {_reason(exc)})") from None
    except RecursionError:
        raise _damaged(path, f"is not a recover data file ({what}: JSON nested too deeply to read)") from None


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.removeprefix("JSON is malformed: ")


def dumps(value: Any) -> bytes:
    """Compact JSON, as the data file is written (msgspec, the store's one JSON codec)."""
    return _ENCODE(value)


class _RawTable(msgspec.Struct, frozen=True):
    """A verified, unparsed table: its line is `source[start:end]`, with CRC-32 `crc`."""

    source: bytes
    start: int
    end: int
    crc: int

    def view(self) -> memoryview:
        return memoryview(self.source)[self.start : self.end]

    def holds(self, needle: bytes) -> bool:
        return self.source.find(needle, self.start, self.end) >= 0


DAY = slice(0, 10)  # a stored date or date-time's day: "2026-12-06" of "2026-12-06T21:00:00+02:00"


def dated_test(field: str, first: str, last: str | None) -> Callable[[Mapping[str, Any]], bool]:
    """The test `Store.select_dated` applies: `field` is a string whose day is in [first, last]."""

    def test(record: Mapping[str, Any]) -> bool:
        value = record.get(field)
        return isinstance(value, str) and first <= value[DAY] and (last is None or value[DAY] <= last)

    return test


@functools.cache
def _one_field(field: str) -> type[msgspec.Struct]:
    """A Struct of a record's `field` alone (None when absent), the rest of the record skipped."""
    return msgspec.defstruct("OneField", [("value", Any, None)], rename={"value": field})


@functools.cache
def _days_of(field: str) -> msgspec.json.Decoder[Any]:
    """A decoder of a table's line into {id: one-field Struct}: each record's `field` alone, the
    rest of it skipped unparsed."""
    return msgspec.json.Decoder(dict[str, _one_field(field)])  # type: ignore[misc]


@functools.cache
def _day_of_record(field: str) -> msgspec.json.Decoder[Any]:
    """A decoder of one record into a one-field Struct: its `field` alone."""
    return msgspec.json.Decoder(_one_field(field))


_MEMBERS = msgspec.json.Decoder(dict[str, msgspec.Raw])


def _dated_field(name: str) -> str | None:
    from recovery_tui.store.schemas import DATED

    return DATED.get(name)


def _line_marks(line: bytes | memoryview, field: str) -> Marks | None:
    """Marks of a table line recover wrote (compact JSON), from its bytes: two C passes, as
    when a period is read without marks. None when the line does not add up."""
    try:
        days = [day_of(found.value) for found in _days_of(field).decode(line).values()]
        members = _MEMBERS.decode(line)
    except (msgspec.DecodeError, RecursionError):
        return None
    sizes = [len(_ENCODE(key)) + 1 + len(member) + 1 for key, member in members.items()]
    if len(days) != len(sizes) or (sizes and sum(sizes) + 1 != len(line)) or (not sizes and len(line) != 2):
        return None
    return build(field, zip(sizes, days, strict=True))


def _encoded_with_marks(table: Table, field: str) -> tuple[bytes, Marks]:
    """`_ENCODE(table)` (the same bytes), and its marks, from one encoding of each record."""
    pieces = [_ENCODE(key) + b":" + _ENCODE(record) for key, record in table.items()]
    marks = build(
        field,
        (
            (len(piece) + 1, day_of(record.get(field)) if isinstance(record, dict) else None)
            for piece, record in zip(pieces, table.values(), strict=True)
        ),
    )
    return b"{" + b",".join(pieces) + b"}", marks


@functools.cache
def fields_struct(fields: tuple[str, ...]) -> type[msgspec.Struct]:
    """A msgspec Struct of `fields` alone, any type each, None when absent (for Store.decoded)."""
    names = [f"f{number}" for number in range(len(fields))]
    return msgspec.defstruct(
        "SomeFields", [(name, Any, None) for name in names], rename=dict(zip(names, fields, strict=True))
    )


class _DatedIndex:
    """The members of one table, in table order, each with the day of one field (None where
    that field is not a string)."""

    def __init__(self, days: list[str | None], members: list[msgspec.Raw]) -> None:
        self.days = days
        self.members = members

    @classmethod
    def build(cls, line: bytes | memoryview, field: str) -> _DatedIndex | None:
        try:  # two C passes (the field alone, then each member's raw bytes); no record is parsed
            values = _days_of(field).decode(line).values()
            members = list(_MEMBERS.decode(line).values())
        except (msgspec.DecodeError, RecursionError):  # not objects (or damaged): parse the usual way
            return None
        days = [found.value[DAY] if isinstance(found.value, str) else None for found in values]
        return cls(days, members) if len(days) == len(members) else None

    def between(self, first: str, last: str | None) -> list[msgspec.Raw]:
        """The members whose day is in [first, last] (no upper bound if None), in table order."""
        if last is None:
            return [
                member for day, member in zip(self.days, self.members, strict=True) if day is not None and first <= day
            ]
        return [
            member
            for day, member in zip(self.days, self.members, strict=True)
            if day is not None and first <= day <= last
        ]


class LazyTables(MutableMapping[str, Table]):
    """The tables of a data file; each is parsed from its raw bytes on first access."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._order: list[str] = []
        self._raw: dict[str, _RawTable] = {}
        self._parsed: dict[str, Table] = {}
        self._found: dict[tuple[str, bytes], list[Table]] = {}
        self._dated: dict[tuple[str, str, int], _DatedIndex | None] = {}
        self._marks: dict[str, Marks] = {}  # of unparsed tables, as read or kept up to date
        self.unverified: set[str] = set()  # tables parsed from bytes recover did not write

    def add_raw(self, name: str, source: bytes, start: int, end: int, crc: int) -> None:
        """Register a table whose line `source[start:end]` was verified (CRC-32 `crc`) but not
        parsed."""
        self._order.append(name)
        self._raw[name] = _RawTable(source, start, end, crc)

    def _drop_raw(self, name: str) -> _RawTable | None:
        for key in [k for k in self._found if k[0] == name]:
            del self._found[key]
        for index in [k for k in self._dated if k[0] == name]:
            del self._dated[index]
        self._marks.pop(name, None)
        return self._raw.pop(name, None)

    def set_marks(self, name: str, marks: Marks) -> None:
        """Keep the marks of an unparsed table's line (store/marks.py)."""
        if name in self._raw:
            self._marks[name] = marks

    def raw_marks(self, name: str) -> Marks | None:
        """The marks of an unparsed table's line, when known."""
        return self._marks.get(name) if name in self._raw else None

    def raw_bytes(self, name: str) -> memoryview | None:
        """The original bytes of a table nobody has parsed (or None)."""
        raw = self._raw.get(name)
        return raw.view() if raw is not None else None

    def raw_crc(self, name: str) -> int | None:
        """The verified CRC-32 of a table nobody has parsed (or None)."""
        raw = self._raw.get(name)
        return raw.crc if raw is not None else None

    def append_raw(self, name: str, key: str, value: bytes) -> bool:
        """Add the record `key` (its JSON `value`) to a table nobody has parsed, in its bytes.

        The new bytes are exactly what parsing, adding and serialising would give, so a check-in
        on a ten-year file need not parse ten years of check-ins. Returns False (and changes
        nothing) when the table has been parsed, is missing, or may already use `key`; the caller
        then adds the record the ordinary way.
        """
        raw = self._raw.get(name)
        if raw is None:
            return False
        quoted = _ENCODE(key)
        if raw.holds(quoted + b":"):
            return False
        member = quoted + b":" + value
        view = raw.view()
        offset = len(view) - 1 + (0 if len(view) == 2 else 1)  # where the new record starts
        marks = self._marks.get(name)
        if marks is not None:
            try:
                marks = marks.appended(offset, day_of(_day_of_record(marks.field).decode(value).value))
            except (msgspec.DecodeError, RecursionError):
                marks = None
        updated = b"".join((view[:-1], member if len(view) == 2 else b"," + member, b"}"))
        self._drop_raw(name)
        self._raw[name] = _RawTable(updated, 0, len(updated), zlib.crc32(updated))
        if marks is not None:
            self._marks[name] = marks
        return True

    def raw_records_with(self, name: str, needle: bytes) -> list[Table] | None:
        """The records of an unparsed table whose JSON holds `needle`, parsed; None if the
        table has been parsed (search that instead) or is missing."""
        raw = self._raw.get(name)
        if raw is None:
            return None
        if not raw.holds(needle):
            return []
        found = self._found.get((name, needle))
        if found is None:  # parse only the records holding the text, once while unchanged
            found = []
            try:
                members = msgspec.json.decode(raw.view(), type=dict[str, msgspec.Raw])
            except (msgspec.DecodeError, RecursionError):
                raise _damaged(self.path, f"is not valid JSON (table '{name}')") from None
            for value in members.values():
                piece = memoryview(value)
                if needle in piece.tobytes():
                    record = _parse(self.path, piece, f"table '{name}'")
                    if isinstance(record, dict):
                        found.append(record)
            self._found[(name, needle)] = found
        return [dict(record) for record in found]

    def raw_from(self, name: str, first: str) -> bytes | memoryview | None:
        """The line of an unparsed table, or, when its marks (store/marks.py) say the records
        whose day is `first` or later all lie after a point, the line from that point (as one
        JSON object: `{` and the records from there); None if the table has been parsed or is
        missing. Records before `first` may come too."""
        raw = self._raw.get(name)
        if raw is None:
            return None
        line = raw.view()
        marks = self._marks.get(name)
        start = marks.start_for(first) if marks is not None and first else 0
        if start and start < len(line) - 1 and line[start] == 0x22 and line[start - 1] == 0x2C:  # '"' ','
            return b"{" + bytes(line[start:])
        return line

    def _dated_index(self, name: str, field: str, first: str = "") -> _DatedIndex | None:
        """The index of the records of an unparsed table from where its marks say the days
        from `first` on begin (the whole line without marks, or when they do not hold)."""
        marks = self._marks.get(name)
        line = self.raw_from(name, first if marks is not None and marks.field == field else "")
        if line is None:
            return None
        key = (name, field, len(line))
        if key not in self._dated:
            index = _DatedIndex.build(line, field)
            if index is None and isinstance(line, bytes):  # the marks do not hold here: the whole line
                index = self._dated_index(name, field)
            self._dated[key] = index
        return self._dated[key]

    def raw_days(self, name: str, field: str) -> list[str] | None:
        """The day of `field` of each record of an unparsed table where it is a string, in table
        order, read as `raw_records_dated` reads them; None if the table has been parsed, is
        missing, or does not hold objects."""
        index = self._dated_index(name, field)
        return None if index is None else [day for day in index.days if day is not None]

    def raw_records_dated(self, name: str, field: str, first: str, last: str | None) -> list[Table] | None:
        """The records of an unparsed table whose `field` is a string with `first <= value[:10]`
        (and `value[:10] <= last` unless `last` is None), parsed, in table order; None if the
        table has been parsed (filter that instead), is missing, or does not hold objects.

        The first call reads each record's `field` alone (a one-field msgspec Struct, the rest
        of each record skipped) and keeps the days with the records' raw bytes; only the
        records in the range are parsed into dicts.
        """
        index = self._dated_index(name, field, first)
        if index is None:
            return None
        records = []
        for member in index.between(first, last):
            record = _parse(self.path, member, f"table '{name}'")
            if not isinstance(record, dict):
                return None
            records.append(record)
        return records

    def __getitem__(self, name: str) -> Table:
        if name in self._parsed:
            return self._parsed[name]
        raw = self._drop_raw(name)
        if raw is None:
            raise KeyError(name)
        table = _check_table(self.path, name, _parse(self.path, raw.view(), f"table '{name}'"))
        self._parsed[name] = table
        return table

    def __setitem__(self, name: str, table: Table) -> None:
        if name not in self._raw and name not in self._parsed:
            self._order.append(name)
        self._drop_raw(name)
        self._parsed[name] = table

    def __delitem__(self, name: str) -> None:
        if name not in self._raw and name not in self._parsed:
            raise KeyError(name)
        self._drop_raw(name)
        self._parsed.pop(name, None)
        self._order.remove(name)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._raw or name in self._parsed


def decode(raw: bytes, path: Path) -> LazyTables:
    """Read a data file's bytes: verify structure and checksums, parse lazily.

    Raises:
        DataFileError: the file is empty, NUL-filled, truncated, not JSON, has trailing
            bytes or the wrong shape. It names the file and what to do.
    """
    if not raw:
        raise _damaged(path, "is empty (0 bytes), which means it was damaged")
    if raw[:1] != b"{" and not raw.strip(b"\x00 \t\r\n"):
        raise _damaged(path, "holds no data (only blank or NUL bytes)")
    entries = _canonical_lines(raw)
    if entries:
        return _decode_lines(path, raw, entries)
    data = _parse(path, raw, "the whole file")
    if not isinstance(data, dict):
        raise _damaged(path, "is JSON but not a recover data file (not an object)")
    meta = data.get(META)
    layout = meta.get(LAYOUT) if isinstance(meta, dict) else None
    if isinstance(layout, dict) and isinstance(layout.get("crc32"), dict):
        differ = sorted(set(layout["crc32"]) ^ {name for name in data if name != META})
        if differ:
            raise ChecksumMismatch(path, differ)
    tables = LazyTables(path)
    for name, table in data.items():
        tables[name] = _check_table(path, name, table)
        tables.unverified.add(name)
    return tables


def read_leading_tables(
    handle: BinaryIO, first: bytes, names: set[str], path: Path, types: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """Meta and the tables `names` of a file in this layout, reading only as far as they go.

    For read-only callers that need a few small tables (the shell prompt line needs the
    counters, written near the top): it reads from `handle` (positioned after the bytes
    `first` already read) line by line, checks each wanted line against its CRC-32 in meta
    and stops as soon as it has them, so the cost does not grow with years of journal.

    `types` may name a msgspec type for a table (a dict of Structs holding just the fields a
    caller reads, never msgspec.Raw, which would keep the buffer): that table is decoded
    straight into it, which costs a fraction of building every record as a dict (the prompt
    line's warning marker reads ten years of check-ins and triggers that way). Reads are at
    most 1 MiB each: one read asking far past the end of the file is slow.

    Returns:
        {"meta": ..., name: table, ...} (a wanted table that does not exist is absent), or
        None when the file is not in this layout, a wanted line does not match its checksum,
        or a typed table does not fit its type (the caller then reads the file the ordinary
        way, with its full checks).
    """
    typed = types or {}

    def decode(name: str, value: memoryview) -> Any:
        if name in typed:
            try:
                return msgspec.json.decode(value, type=typed[name])
            except (msgspec.DecodeError, RecursionError):
                raise peek.Undecodable(name) from None
        return _check_table(path, name, _parse(path, value, f"table '{name}'"))

    return peek.read_leading_tables(handle, first, names, decode)


def _canonical_lines(raw: bytes) -> list[tuple[str, int, int]] | None:
    """Split a file in our layout into (table name, start, end of its value) without copying;
    None if the file is in any other layout."""
    if not (raw.startswith(b'{\n"') and raw.endswith(b"\n}\n")):
        return None
    last_newline = len(raw) - 3
    entries: list[tuple[str, int, int]] = []
    pos = 2
    while pos <= last_newline:
        newline = raw.find(b"\n", pos)
        quote = raw.find(b'": ', pos, newline)
        if raw[pos] != 0x22 or quote < 0:  # '"'
            return None
        name = raw[pos + 1 : quote]
        end = newline
        if newline != last_newline:
            if raw[end - 1] != 0x2C:  # ','
                return None
            end -= 1
        start = quote + 3
        if not _NAME.fullmatch(name) or raw[start] != 0x7B or raw[end - 1] != 0x7D:  # '{' '}'
            return None
        entries.append((name.decode(), start, end))
        pos = newline + 1
    return entries


def _decode_lines(path: Path, raw: bytes, entries: list[tuple[str, int, int]]) -> LazyTables:
    tables = LazyTables(path)
    view = memoryview(raw)
    spans = {name: (start, end) for name, start, end in entries}
    if len(spans) != len(entries):
        raise _damaged(path, "names a table twice")
    if META not in spans:
        raise _damaged(path, "has no meta table (recover always writes one first)")
    meta_start, meta_end = spans[META]
    meta = _check_table(path, META, _parse(path, view[meta_start:meta_end], "table 'meta'"))
    layout = meta.get(LAYOUT)
    checksums = layout.get("crc32") if isinstance(layout, dict) else None
    mismatched: list[str] = [] if peek.meta_intact(view[meta_start:meta_end], meta) else [META]
    for name, start, end in entries:
        value = view[start:end]
        if name == META:
            tables[META] = meta
        elif not isinstance(checksums, dict):  # no checksums: a deliberate hand edit, read whole
            tables[name] = _check_table(path, name, _parse(path, value, f"table '{name}'"))
            tables.unverified.add(name)
        else:
            crc = zlib.crc32(value)
            if checksums.get(name) == crc:
                tables.add_raw(name, raw, start, end, crc)
            else:
                mismatched.append(name)
    if isinstance(checksums, dict):
        mismatched += sorted(name for name in checksums if name not in spans)
    if mismatched:
        raise ChecksumMismatch(path, mismatched)
    kept = layout.get(MARKS) if isinstance(layout, dict) else None
    if isinstance(kept, dict):
        for name, entry in kept.items():
            marks = Marks.from_meta(entry)
            if marks is not None and marks.field == _dated_field(name):
                tables.set_marks(name, marks)
    return tables


def encode(data: Mapping[str, Table]) -> bytes:
    """Serialise tables in the one-table-per-line layout, with checksums in meta.layout."""
    return b"".join(encode_parts(data))


def encode_parts(data: Mapping[str, Table]) -> list[bytes | memoryview]:
    """`encode(data)` as the pieces that make it up, in order: writing them one after another
    spares a copy of the whole file (untouched tables are views of the bytes that were read).

    Tables read by period (store/schemas.py DATED) get their marks in meta.layout.marks
    (store/marks.py): kept from the file as read (and moved on by `append_raw`), taken from
    each record as it is encoded, or, for a line read without them (a file an older recover
    wrote), from its bytes once.
    """
    lazy = data if isinstance(data, LazyTables) else None
    lines: list[tuple[str, bytes | memoryview]] = []
    checksums: dict[str, int] = {}
    all_marks: dict[str, Any] = {}
    for name in data:
        if name == META:
            continue
        field = _dated_field(name)
        marks: Marks | None = None
        value: bytes | memoryview | None = lazy.raw_bytes(name) if lazy is not None else None
        crc = lazy.raw_crc(name) if lazy is not None else None
        if value is None or crc is None:
            if field is not None:
                value, marks = _encoded_with_marks(data[name], field)
            else:
                value = _ENCODE(data[name])
            crc = zlib.crc32(value)
        elif field is not None and lazy is not None:
            marks = lazy.raw_marks(name)
            if marks is None or marks.field != field:
                marks = _line_marks(value, field)
                if marks is not None:
                    lazy.set_marks(name, marks)
        checksums[name] = crc
        if marks is not None:
            all_marks[name] = marks.as_meta()
        lines.append((name, value))
    meta = dict(data[META]) if META in data else {}
    meta[LAYOUT] = {"crc32": checksums, **({MARKS: all_marks} if all_marks else {})}
    meta[LAYOUT] = {**meta[LAYOUT], META_CRC: zlib.crc32(_ENCODE(meta))}
    parts: list[bytes | memoryview] = [b'{\n"meta": ', _ENCODE(meta)]
    for name, value in lines:
        parts += [b",\n", _ENCODE(name), b": ", value]
    parts.append(b"\n}\n")
    return parts
