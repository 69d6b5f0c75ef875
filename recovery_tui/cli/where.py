"""`recover where`: where the data file is, its size, records per table and schema version."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from recovery_tui.cli import common


def where(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show where your data lives, its size, records per table and schema version.

    Example: recover where --json
    """
    store = common.get_store(ctx)
    exists = store.exists()
    info: dict[str, Any] = {
        "path": str(store.path),
        "exists": exists,
        "size_bytes": store.path.stat().st_size if exists else 0,
        "schema_version": store.schema_version() if exists else None,
        "tables": store.tables() if exists else {},
    }
    if as_json:
        common.emit_json(info)
        return
    common.say(f"Data file:      {info['path']}")
    if not exists:
        common.say("Status:         not created yet (it appears with your first entry)")
        return
    common.say(f"Size:           {info['size_bytes']:,} bytes")
    common.say(f"Schema version: {info['schema_version']}")
    tables = info["tables"]
    if tables:
        common.say("Records:")
        for name, count in tables.items():
            common.say(f"  {name:<16}{count:>8,}")
    else:
        common.say("Records:        none yet")


def register(app: typer.Typer) -> None:
    """Add `where` to the root app."""
    app.command("where", short_help="Where your data lives, its size and records · recover where --json")(where)
