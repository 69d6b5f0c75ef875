"""`recover counter add` points to care for alcohol, benzodiazepines and opioids (issue 16)."""

from __future__ import annotations

import json

import pytest

from recovery_tui import wording


@pytest.mark.parametrize("name", ["alcohol", "drinking", "Xanax", "fentanyl", "methadone"])
def test_the_line_follows_a_counter_for_a_risky_substance(cli, name: str) -> None:
    result = cli("counter", "add", name, "--since", "2d")
    assert result.exit_code == 0
    assert result.stdout.rstrip().endswith(wording.WITHDRAWAL_SAFETY)


def test_no_line_for_gambling_and_json_stays_json(cli) -> None:
    result = cli("counter", "add", "gambling")
    assert result.exit_code == 0 and wording.WITHDRAWAL_SAFETY not in result.stdout
    data = json.loads(cli("counter", "add", "alcohol", "--json").stdout)
    assert data["name"] == "alcohol"


def test_the_line_points_to_care_and_gives_no_advice() -> None:
    line = wording.WITHDRAWAL_SAFETY
    assert "doctor" in line and "helpline" in line and "\n" not in line
