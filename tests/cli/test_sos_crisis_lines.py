"""`recover crisis list/add/remove`: shipped lines with sources, and your own lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def locale_gb(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_list_shows_sources_and_dates(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("crisis")
    assert result.exit_code == 0
    assert "[GB]" in result.stdout and "Samaritans: call 116 123" in result.stdout
    assert "checked 2026-" in result.stdout and "samaritans.org" in result.stdout
    assert "988" in cli("crisis", "list", "--country", "us").stdout
    everything = json.loads(cli("crisis", "list", "--all", "--json").stdout)
    assert {"US", "GB"} <= {line["country"] for line in everything}
    assert not db_path.exists()


def test_add_and_remove_own_line(cli) -> None:  # type: ignore[no-untyped-def]
    added = cli("crisis", "add", "Night team", "--text", "NIGHT to 60000", "--hours", "22:00-06:00")
    assert added.exit_code == 0 and "for GB" in added.stdout
    lines = json.loads(cli("crisis", "list", "--json").stdout)
    assert lines[0]["name"] == "Night team" and lines[0]["yours"] is True and lines[0]["text"] == "NIGHT to 60000"
    other = cli("crisis", "add", "Hotline", "--phone", "123", "--country", "de")
    assert other.exit_code == 0 and "for DE" in other.stdout
    assert "Hotline" not in cli("crisis").stdout
    refused = cli("crisis", "remove", lines[0]["id"][:8])
    assert refused.exit_code == 1 and "--yes" in refused.stderr
    assert cli("crisis", "remove", lines[0]["id"][:8], "--yes").exit_code == 0
    assert "Night team" not in cli("crisis").stdout
    missing = cli("crisis", "remove", "abcd1234")  # unknown: said before any question
    assert missing.exit_code == 1 and "None of your crisis lines" in missing.stderr


def test_add_needs_phone_or_text(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("crisis", "add", "Nothing")
    assert result.exit_code == 1 and result.stderr.startswith("recover: --phone: give a number to call")
    assert not db_path.exists()


def test_country_without_lines(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("crisis", "list", "--country", "BR")
    assert result.exit_code == 0 and "recover crisis add" in result.stdout


def test_plain_crisis_takes_the_list_options(cli) -> None:  # type: ignore[no-untyped-def]
    plain = cli("crisis", "--json", "--country", "GB")
    assert plain.exit_code == 0, plain.stderr
    listed = cli("crisis", "list", "--json", "--country", "GB")
    assert json.loads(plain.stdout) == json.loads(listed.stdout) and json.loads(plain.stdout)
    misplaced = cli("crisis", "--json", "add", "Line", "--phone", "123")
    assert misplaced.exit_code == 2 and "not before 'add'" in misplaced.stderr
    assert misplaced.stderr.count("\n") == 1


@pytest.mark.parametrize("code", ["12", "USA", "é1", "U"])
def test_country_must_be_two_letters(cli, code: str) -> None:  # type: ignore[no-untyped-def]
    for args in (["crisis", "--country", code], ["crisis", "list", "--country", code]):
        result = cli(*args)
        assert result.exit_code == 1, result.stdout
        assert result.stderr == "recover: --country: use a two-letter country code such as US, GB, DE or AU.\n"
