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


def test_unknown_country_code(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("crisis", "list", "--country", "ZZ")
    assert result.exit_code == 0 and "ZZ is not a country code recover knows" in result.stdout
    assert "recover crisis add" in result.stdout
    assert json.loads(cli("crisis", "--country", "ZZ", "--json").stdout) == []


@pytest.mark.parametrize(("code", "first"), [("FR", "112"), ("BR", "192"), ("JP", "119"), ("SX", "911")])
def test_any_country_names_its_emergency_number_with_a_source(cli, code: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("crisis", "--country", code.lower())
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert out[0] == f"[{code}]" and f"call {first}  ·  24/7" in out[1]
    assert "checked 2026-11-29 against" in result.stdout
    data = json.loads(cli("crisis", "--country", code, "--json").stdout)
    assert data[0]["phone"] == first and data[0]["kind"] == "emergency" and data[0]["source"]["url"]


def test_all_lists_every_country(cli) -> None:  # type: ignore[no-untyped-def]
    everything = json.loads(cli("crisis", "list", "--all", "--json").stdout)
    countries = {line["country"] for line in everything}
    assert len(countries) >= 249 and {"FR", "AQ", "US"} <= countries
    assert [line["phone"] for line in everything if line["country"] == "GB" and line["kind"] == "emergency"] == ["999"]


def test_addiction_helplines_show_with_their_sources(cli) -> None:  # type: ignore[no-untyped-def]
    for code, number in (
        ("IE", "1800 459 459"),
        ("NZ", "0800 787 797"),
        ("AU", "1800 250 015"),
        ("DE", "01806 313031"),
    ):
        lines = json.loads(cli("crisis", "--country", code, "--json").stdout)
        helpline = next(line for line in lines if line["kind"] == "addiction")
        assert helpline["phone"] == number and helpline["source"]["url"].startswith("http"), code


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
