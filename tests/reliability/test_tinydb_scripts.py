"""The data file stays a TinyDB database: a person's own script using TinyDB's public API (the
README recipe, "Scripting the data file with TinyDB") reads every table and adds a record, and
recover then reads that record and keeps writing the file."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from recovery_tui.store import schemas


class UuidTable(Table):
    document_id_class = str  # type: ignore[assignment]  # recover's document ids are UUID strings


class RecoverDB(TinyDB):
    table_class = UuidTable


def test_a_tinydb_script_reads_every_table_and_adds_a_record_recover_reads(
    db_path: Path, cli: Callable[..., Any]
) -> None:
    assert cli("demo", "--years", "1").exit_code == 0
    assert cli("journal", "add", "Written by recover", "--tag", "first").exit_code == 0
    counts = {name: len(records) for name, records in json.loads(db_path.read_bytes()).items()}

    with RecoverDB(db_path) as db:  # TinyDB's stock JSONStorage
        assert db.tables() == set(counts)
        for name in db.tables():
            documents = db.table(name).all()
            assert len(documents) == counts[name]
            if name in schemas.table_names():
                assert all(doc.doc_id == doc["id"] for doc in documents), name
        at = "2026-11-20T19:00:00+00:00"
        mine = {
            "id": str(uuid.uuid4()),
            "at": at,
            "text": "Written by my own script",
            "tags": ["script"],
            "sensitive": False,
            "template": None,
            "created_at": at,
            "updated_at": at,
        }
        db.table("journal").insert(Document(mine, doc_id=mine["id"]))

    listed = json.loads(cli("journal", "list", "--json").output)
    assert {k: v for k, v in mine.items() if k not in {"created_at", "updated_at"}} in listed
    assert len(listed) == counts["journal"] + 1
    assert cli("journal", "add", "Written by recover again").exit_code == 0
    with RecoverDB(db_path) as db:
        assert db.table("journal").get(doc_id=mine["id"]) == mine  # type: ignore[arg-type]
        assert len(db.table("journal")) == counts["journal"] + 2
