"""Smoke checks of the CLI conventions through the real Typer app."""

from __future__ import annotations

import json


def test_where_json_on_missing_file(cli, db_path):
    result = cli("where", "--json")
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["path"] == str(db_path)
    assert info["exists"] is False
    assert not db_path.exists()
