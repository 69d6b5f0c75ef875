"""`recover resources [--approach] [--kind]` from the shipped file, offline."""

from __future__ import annotations

import json


def test_all_resources_grouped(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("resources")
    assert result.exit_code == 0
    out = result.stdout
    for heading in ("Peer groups", "Online communities and apps", "Podcasts", "Books"):
        assert heading in out
    assert out.index("Peer groups") < out.index("Podcasts") < out.index("Books")
    for name in ("Narcotics Anonymous", "Recovery Dharma", "Over The Influence", "This Naked Mind, Annie Grace"):
        assert name in out


def test_by_approach(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("resources", "--approach", "dual-diagnosis", "--json").stdout)
    names = {r["name"] for r in data}
    assert "Double Trouble in Recovery" in names
    assert "Alcoholics Anonymous (AA)" not in names
    assert all("dual-diagnosis" in r["approaches"] for r in data)
    faith = cli("resources", "--approach", "faith").stdout
    assert "Celebrate Recovery" in faith and "Millati Islami" in faith and "SMART Recovery" not in faith
    medication = json.loads(cli("resources", "--approach", "medication", "--json").stdout)
    assert "Medication Assisted Recovery Anonymous (MARA)" in {r["name"] for r in medication}


def test_by_kind(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("resources", "--kind", "podcast", "--json").stdout)
    assert data and {r["kind"] for r in data} == {"podcast"}


def test_bad_approach(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("resources", "--approach", "yoga")
    assert result.exit_code == 1
    assert result.stderr == "recover: --approach: use one of 12-step, skills, faith, dual-diagnosis, medication.\n"
