"""The data file's envelope, declared once as msgspec types: the meta table and every table's shape.

The file (and a `recover export --format json` dump) is one object: table name -> {record id ->
record}. Each record kind is declared by its own Struct (store/schemas.py RECORDS); here only
what every table shares (`StoredRecord`: an id and created/updated times) and the meta table:
`MetaTable` types its known entries (`schema`, `layout`, `config`), and every other entry of
meta (remembered state such as `celebrated`) is a `MetaEntry`, an object of its own.

msgspec cannot say "other keys must be objects" inside a Struct, so store/schemas.py checks the
meta table as `dict[str, MetaEntry]` and as `MetaTable`, and every other table as `Table`; the
same types generate data_schema/envelope.schema.json (`schemas.envelope_schema`).
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

META = "meta"
TITLE = "recover data file"
DESCRIPTION = (
    "The whole data file (and a `recover export --format json` dump): one object per table, each "
    "mapping a record id to its record. Records are described by <table>.schema.json. The meta "
    "table holds the schema version, settings and remembered state."
)


class SchemaInfo(msgspec.Struct, frozen=True):
    """Which version of recover's data schema the file follows (older files are migrated)."""

    schema_version: Annotated[int, msgspec.Meta(ge=0, description="The data schema version.")]


class Layout(msgspec.Struct, frozen=True):
    """Written by recover: a CRC-32 of each table's line, so a command parses only the tables it
    needs, and marks of where a time-ordered table's days stand (store/marks.py). Safe to
    delete; recover writes it again."""

    crc32: (
        Annotated[dict[str, int], msgspec.Meta(description="Each table's name and the CRC-32 of its line.")] | UnsetType
    ) = UNSET
    marks: (
        Annotated[
            dict[str, dict[str, Any]],
            msgspec.Meta(
                description=(
                    "For tables read by period (check-ins, triggers, skill sessions, journal): where their "
                    "records' days stand in the table's line, so a period is read without decoding the rest "
                    "(field, count, max, and points: [byte offset, latest day before it] every 128 records)."
                )
            ),
        ]
        | UnsetType
    ) = UNSET
    meta_crc32: (
        Annotated[int, msgspec.Meta(description="The CRC-32 of the meta line, as written without this entry.")]
        | UnsetType
    ) = UNSET


Setting = str | int | float | bool | None


class MetaTable(msgspec.Struct, frozen=True):
    """The meta table: the schema version, settings and remembered state. Every entry is an
    object; those not named here (such as `celebrated`) belong to the feature that wrote them."""

    schema: Annotated[SchemaInfo, msgspec.Meta(description="The data schema version.")] | UnsetType = UNSET
    layout: Annotated[Layout, msgspec.Meta(description="The file layout's checksums.")] | UnsetType = UNSET
    config: (
        Annotated[dict[str, Setting], msgspec.Meta(description="Settings from `recover config set KEY VALUE`.")]
        | UnsetType
    ) = UNSET


MetaEntry = dict[str, Any]  # any entry of the meta table: an object


class StoredRecord(msgspec.Struct, frozen=True):
    """What every record has, whatever its table (its table's schema says the rest)."""

    id: Annotated[Any, msgspec.Meta(description="The record's id, also its key in the table.")]
    created_at: Annotated[Any, msgspec.Meta(description="When recover first stored the record.")]
    updated_at: Annotated[Any, msgspec.Meta(description="When the record last changed.")]


Table = dict[str, StoredRecord]  # one table other than meta: record id -> record
