"""The CLI's one table printer (cli/common.table): columns measured in terminal cells.

Wide text (CJK, emoji) lines up with ASCII, nothing is wider than the terminal, a `wrap`
column carries long text on to the next lines and the other columns cut it with "…".
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile
from typing import Any

from recovery_tui.safetext import cells

WIDE = "上司との口論、残業のこと、終わらない仕事について話した"


def _column_start(line: str, value: str) -> int:
    """The cell at which `value` starts in `line`."""
    return cells(line[: line.index(value)])


def test_trigger_list_lines_up_wide_text_and_wraps_it(cli: Callable[..., Any]) -> None:
    assert cli("trigger", "log", WIDE, "--intensity", "5", "--emotion", "怒り").exit_code == 0
    assert cli("trigger", "log", "payday 💸💸", "--intensity", "3", "--emotion", "tired").exit_code == 0
    wide = cli("trigger", "list", env={"COLUMNS": "200"}).stdout.splitlines()
    rows = [line for line in wide if "怒り" in line or "tired" in line]
    assert len(rows) == 2 and WIDE in rows[0] + rows[1]  # the whole text on one line when it fits
    assert _column_start(rows[0], "怒り") == _column_start(rows[1], "tired")

    narrow = cli("trigger", "list", env={"COLUMNS": "70"}).stdout.splitlines()
    assert all(cells(line) <= 70 for line in narrow)
    what = _column_start(narrow[0], "what")
    carried = [line for line in narrow if line[:8].strip() == ""]  # continuation lines of a row
    assert carried and all(_column_start(line, line.strip()[0]) == what for line in carried)
    first = next(i for i, line in enumerate(narrow) if "怒り" in line)
    carried_on = takewhile(lambda line: line[:8].strip() == "", narrow[first + 1 :])
    pieces = [narrow[first].split()[3]] + [line.strip() for line in carried_on]
    assert "".join(pieces) == WIDE  # cut between characters, nothing lost


def test_a_column_that_does_not_wrap_is_cut_by_cells(cli: Callable[..., Any]) -> None:
    name = "睡眠" * 30  # 120 cells
    assert cli("journal", "add", f"{name}\nmore", "--tag", "夜").exit_code == 0
    listed = cli("journal", "list", env={"COLUMNS": "60"}).stdout.splitlines()
    row = next(line for line in listed if "睡眠" in line)
    assert cells(row) <= 60 and row.endswith("…")
    assert "夜" in row
