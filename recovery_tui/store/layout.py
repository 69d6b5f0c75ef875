"""The on-disk layout of the data file, and LazyTables, which parses a table only when used.

The file is one JSON object (a valid TinyDB file any JSON tool can read) written with one
table per line:

    {
    "meta": {...},
    "checkins": {...},
    "triggers": {...}
    }

and `meta.layout.crc32` holding a CRC-32 of each other table's line. Reading checks the
structure and every checksum (a few ms for ten years of data) but parses only the tables a
command touches; writing copies untouched tables' bytes as they were. So `recover checkin` on
a ten-year file parses the check-ins, not the journal.

A line whose checksum does not match (edited by hand, or damaged) is parsed at once: if it is
valid it is used, if not the file is refused. Such tables, and every table of a file in another
layout, are listed in `LazyTables.unverified`: recover did not write them as they are, so the
store checks each of their records against its schema before anything uses them
(store/schemas.py `check_unverified`). A table whose checksum matches was validated when
recover wrote it and is not checked again (checking ten years of records costs 170 ms).
JSON nested too deeply to parse (msgspec stops at its recursion limit) is refused like any
other damage. A file in any other layout (pretty-printed by
hand, an older file, a stock TinyDB file) is parsed whole, and written back in this layout.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from recovery_tui.errors import DataFileError

META = "meta"
LAYOUT = "layout"
DAMAGED_ADVICE = "recover left it unchanged; run 'recover doctor', or move it aside and restore a backup"
_NAME = re.compile(rb"[A-Za-z0-9_]+")

Table = dict[str, Any]


def _damaged(path: Path, what: str) -> DataFileError:
    return DataFileError(f"{path} {what}; {DAMAGED_ADVICE}.")


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


class LazyTables(MutableMapping[str, Table]):
    """The tables of a data file; each is parsed from its raw bytes on first access."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._order: list[str] = []
        self._raw: dict[str, _RawTable] = {}
        self._parsed: dict[str, Table] = {}
        self._found: dict[tuple[str, bytes], list[Table]] = {}
        self.unverified: set[str] = set()  # tables parsed from bytes recover did not write

    def add_raw(self, name: str, source: bytes, start: int, end: int, crc: int) -> None:
        """Register a table whose line `source[start:end]` was verified (CRC-32 `crc`) but not
        parsed."""
        self._order.append(name)
        self._raw[name] = _RawTable(source, start, end, crc)

    def _drop_raw(self, name: str) -> _RawTable | None:
        for key in [k for k in self._found if k[0] == name]:
            del self._found[key]
        return self._raw.pop(name, None)

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
        updated = b"".join((view[:-1], member if len(view) == 2 else b"," + member, b"}"))
        self._drop_raw(name)
        self._raw[name] = _RawTable(updated, 0, len(updated), zlib.crc32(updated))
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
    tables = LazyTables(path)
    for name, table in data.items():
        tables[name] = _check_table(path, name, table)
        tables.unverified.add(name)
    return tables


def read_leading_tables(handle: BinaryIO, first: bytes, names: set[str], path: Path) -> dict[str, Table] | None:
    """Meta and the tables `names` of a file in this layout, reading only as far as they go.

    For read-only callers that need a few small tables (the shell prompt line needs the
    counters, written near the top): it reads from `handle` (positioned after the bytes
    `first` already read) line by line, checks each wanted line against its CRC-32 in meta
    and stops as soon as it has them, so the cost does not grow with years of journal.

    Returns:
        {"meta": ..., name: table, ...} (a wanted table that does not exist is absent), or
        None when the file is not in this layout or a wanted line does not match its checksum
        (the caller then reads the file the ordinary way, with its full checks).
    """
    buf = first
    if not buf.startswith(b'{\n"'):
        return None
    tables: dict[str, Table] = {}
    checksums: dict[str, int] | None = None
    pos = 2
    while checksums is None or not names <= tables.keys():
        newline = buf.find(b"\n", pos)
        if newline < 0:
            more = handle.read(max(len(buf), 1 << 16))
            if not more:
                return None
            buf += more
            continue
        line = buf[pos:newline]
        pos = newline + 1
        if line == b"}":
            break  # the end: a wanted table that was not seen does not exist
        quote = line.find(b'": ')
        if not line.startswith(b'"') or quote < 0:
            return None
        name = line[1:quote].decode()
        value = line[quote + 3 :].removesuffix(b",")
        if name == META:
            meta = _check_table(path, META, _parse(path, value, "table 'meta'"))
            layout = meta.get(LAYOUT)
            if not (isinstance(layout, dict) and isinstance(layout.get("crc32"), dict)):
                return None
            checksums = layout["crc32"]
            tables[META] = meta
        elif name in names:
            if checksums is None or checksums.get(name) != zlib.crc32(value):
                return None
            tables[name] = _check_table(path, name, _parse(path, value, f"table '{name}'"))
    return tables if checksums is not None else None


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
    meta_span = next(((start, end) for name, start, end in entries if name == META), None)
    checksums: dict[str, int] = {}
    if meta_span is not None:
        meta = _check_table(path, META, _parse(path, view[meta_span[0] : meta_span[1]], "table 'meta'"))
        layout = meta.get(LAYOUT)
        if isinstance(layout, dict) and isinstance(layout.get("crc32"), dict):
            checksums = layout["crc32"]
    for name, start, end in entries:
        value = view[start:end]
        crc = zlib.crc32(value) if name != META else None
        if crc is not None and checksums.get(name) == crc:
            tables.add_raw(name, raw, start, end, crc)
        else:
            tables[name] = _check_table(path, name, _parse(path, value, f"table '{name}'"))
            tables.unverified.add(name)
    return tables


def encode(data: Mapping[str, Table]) -> bytes:
    """Serialise tables in the one-table-per-line layout, with checksums in meta.layout."""
    return b"".join(encode_parts(data))


def encode_parts(data: Mapping[str, Table]) -> list[bytes | memoryview]:
    """`encode(data)` as the pieces that make it up, in order: writing them one after another
    spares a copy of the whole file (untouched tables are views of the bytes that were read)."""
    lazy = data if isinstance(data, LazyTables) else None
    lines: list[tuple[str, bytes | memoryview]] = []
    checksums: dict[str, int] = {}
    for name in data:
        if name == META:
            continue
        value: bytes | memoryview | None = lazy.raw_bytes(name) if lazy is not None else None
        crc = lazy.raw_crc(name) if lazy is not None else None
        if value is None or crc is None:
            value = _ENCODE(data[name])
            crc = zlib.crc32(value)
        checksums[name] = crc
        lines.append((name, value))
    meta = dict(data[META]) if META in data else {}
    meta[LAYOUT] = {"crc32": checksums}
    parts: list[bytes | memoryview] = [b'{\n"meta": ', _ENCODE(meta)]
    for name, value in lines:
        parts += [b",\n", _ENCODE(name), b": ", value]
    parts.append(b"\n}\n")
    return parts
