"""Cheap looks at a data file without the store, with the standard library only: whether it
is encrypted, its data version constant, and its first lines in store/layout.py's layout.

The shell prompt line (`recover status --short`, cli/prompt_line.py) runs at every prompt
and needs only the meta and counters lines, a few kilobytes near the top. Importing msgspec
(and the typing, datetime, decimal and uuid modules it loads) costs more than all the rest
of that command, so this module reads those lines with the `json` module given by the caller
and imports neither msgspec nor pathlib nor typing. store/layout.py reads the same lines the
same way, with msgspec's decoder, for everything else; one reader, two decoders. The figures
are in cli/startup.py.
"""

from __future__ import annotations

import zlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at a shell prompt
if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from typing import Any, BinaryIO

MAGIC = b"RECOVER-ENCRYPTED\n"
"""The first bytes of an encrypted data file (store/crypto.py writes it)."""

CURRENT_VERSION = 3
"""The data version this recover writes (store/migrations.py brings older files to it)."""

META = "meta"
LAYOUT = "layout"
META_CRC = "meta_crc32"
_META_CRC_KEY = b',"' + META_CRC.encode() + b'":'


class Undecodable(ValueError):
    """A decoder's way to say "this line is not what the caller can use": the reader then
    returns None and the caller reads the file the ordinary way, with its full checks."""


def is_sealed(raw: bytes) -> bool:
    """True when `raw` starts with the encrypted-file magic (cheap; no crypto imported)."""
    return raw.startswith(MAGIC)


def meta_intact(line: bytes | memoryview, meta: dict[str, Any]) -> bool:
    """True when the meta line matches its own checksum, or carries none (older files).

    The checksum was taken over the line as written without `,"meta_crc32":N`; that text is
    cut out of the bytes as read (it cannot occur inside a JSON string, where quotes are
    escaped) and the rest is checked, so nothing depends on re-encoding parsed values."""
    layout = meta.get(LAYOUT)
    if not isinstance(layout, dict) or META_CRC not in layout:
        return True
    raw = bytes(line)
    at = raw.rfind(_META_CRC_KEY)
    if at < 0:
        return False
    digits_start = at + len(_META_CRC_KEY)
    end = digits_start
    while end < len(raw) and 0x30 <= raw[end] <= 0x39:
        end += 1
    if end == digits_start or int(raw[digits_start:end]) != layout[META_CRC]:
        return False
    return bool(zlib.crc32(raw[:at] + raw[end:]) == layout[META_CRC])


def read_leading_tables(
    handle: BinaryIO, first: bytes, names: Collection[str], decode: Callable[[str, memoryview], Any]
) -> dict[str, Any] | None:
    """Meta and the tables `names` of a file in store/layout.py's layout, reading only as far
    as they go.

    It reads from `handle` (positioned after the bytes `first` already read) line by line,
    checks each wanted line against its CRC-32 in meta and stops as soon as it has them, so
    the cost does not grow with years of journal. `decode(name, value)` turns a line's value
    into what the caller keeps; it may raise Undecodable (then None is returned) or any error
    of its own, which is passed on. Reads are at most 1 MiB each: one read asking far past the
    end of the file is slow.

    Returns:
        {"meta": ..., name: table, ...} (a wanted table that does not exist is absent), or
        None when the file is not in this layout, a wanted line does not match its checksum,
        or `decode` raised Undecodable.
    """
    if not first.startswith(b'{\n"'):
        return None
    tables: dict[str, Any] = {}
    checksums: dict[str, int] | None = None
    buf = bytearray(first)  # grows in place; no view of it is kept across a read
    pos = searched = 2
    while checksums is None or not all(name in tables for name in names):
        newline = buf.find(b"\n", searched)
        if newline < 0:
            searched = len(buf)
            more = handle.read(min(max(len(buf), 1 << 16), 1 << 20))  # a read far past the end is slow
            if not more:
                return None
            buf += more
            continue
        start, pos = pos, newline + 1
        searched = pos
        if newline == start + 1 and buf[start] == 0x7D:  # '}'
            break  # the end: a wanted table that was not seen does not exist
        quote = buf.find(b'": ', start, newline)
        if buf[start] != 0x22 or quote < 0:  # '"'
            return None
        name = buf[start + 1 : quote].decode()
        if name != META and name not in names:
            continue
        end = newline - 1 if buf[newline - 1] == 0x2C else newline  # ','
        with memoryview(buf)[quote + 3 : end] as value:  # no copy of a long line
            try:
                if name == META:
                    meta = decode(META, value)
                    layout = meta.get(LAYOUT)
                    if not (isinstance(layout, dict) and isinstance(layout.get("crc32"), dict)):
                        return None
                    if not meta_intact(value, meta):
                        return None
                    checksums = layout["crc32"]
                    tables[META] = meta
                    continue
                if checksums is None or checksums.get(name) != zlib.crc32(value):
                    return None
                tables[name] = decode(name, value)
            except Undecodable:
                return None
    return tables if checksums is not None else None


def json_tables(name: str, value: memoryview) -> dict[str, Any]:
    """A `decode` for `read_leading_tables` with the standard `json` module: the line's table
    as plain values (a table is an object of objects).

    Raises:
        Undecodable: not JSON, or not a table.
    """
    import json

    try:
        table = json.loads(bytes(value))
    except (ValueError, RecursionError):
        raise Undecodable(name) from None
    if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
        raise Undecodable(name)
    return table
