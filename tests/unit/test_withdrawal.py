"""Which counter names get the withdrawal-safety line (alcohol, benzodiazepines, opioids)."""

from __future__ import annotations

import pytest

from recovery_tui.core.withdrawal import risky_to_stop_suddenly


@pytest.mark.parametrize(
    "name",
    [
        "alcohol",
        "Alcohol",
        "drinking",
        "Beer & wine",
        "benzos",
        "benzodiazepines",
        "Xanax",
        "valium",
        "opioids",
        "opiates",
        "heroin",
        "fentanyl",
        "oxy",
        "OxyContin",
        "methadone",
        "pain pills (oxycodone)",
        "suboxone",
        "alcoholism",
    ],
)
def test_names_that_get_the_line(name: str) -> None:
    assert risky_to_stop_suddenly(name)


@pytest.mark.parametrize("name", ["gambling", "nicotine", "cannabis", "oxygen bar", "porn", "sugar", "social media"])
def test_names_that_do_not(name: str) -> None:
    assert not risky_to_stop_suddenly(name)
