"""Start-up (cli/startup.py): the check-in's options exist once for both parsers, and `--db` is
read before Typer by one helper that leaves what it cannot use to Typer."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from recovery_tui.cli.checkin_flow import OPTIONS, CheckinRequest
from recovery_tui.cli.options import FastParser, spellings
from recovery_tui.cli.quick_checkin import parse
from recovery_tui.cli.startup import split_db


def _typer_checkin() -> typer.core.TyperCommand:
    from recovery_tui.cli.app import app

    group = typer.main.get_command(app)
    command = group.get_command(typer.Context(group), "checkin")  # type: ignore[attr-defined]
    assert command is not None
    return command  # type: ignore[no-any-return]


def test_the_typer_command_and_the_fast_parser_read_the_same_options() -> None:
    command = _typer_checkin()
    typer_names = {name for param in command.params for name in (*param.opts, *param.secondary_opts)}
    typer_names -= {"-h", "--help"}
    assert typer_names == spellings(OPTIONS) == FastParser(OPTIONS).names()
    assert len(typer_names) == 19  # --difficulty and --confidence joined the 17
    assert [option.field for option in OPTIONS] == list(CheckinRequest.__struct_fields__)  # one option a field
    # and each reaches the same field with the help text declared for it
    declared = {option.field: option for option in OPTIONS}
    for param in command.params:
        if param.name != "help":
            assert param.help == declared[str(param.name)].help  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(spellings(OPTIONS)))
def test_every_option_typer_reads_the_fast_path_reads_too(name: str) -> None:
    option = next(o for o in OPTIONS if name in o.spellings())
    words = ["checkin", name, "3"] if option.kind in ("value", "many") else ["checkin", name]
    parsed = parse(words)
    assert parsed is not None, words
    expected = {"value": "3", "many": ("3",), "flag": True, "switch": name != option.off}[option.kind]
    assert parsed[1] == {option.field: expected}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--db", "a.json", "checkin"], ("a.json", ["checkin"])),
        (["--db=a.json", "status", "--short"], ("a.json", ["status", "--short"])),
        (["--db", "a.json", "--db=b.json", "checkin"], ("b.json", ["checkin"])),  # the last wins, as in click
        (["checkin", "--db", "a.json"], (None, ["checkin", "--db", "a.json"])),  # not a global option there
        (["--db"], (None, ["--db"])),  # no value: left to Typer
        (["--db=", "checkin"], (None, ["--db=", "checkin"])),  # an empty path: left to Typer
        (["--db", " ", "checkin"], (None, ["--db", " ", "checkin"])),
        ([], (None, [])),
    ],
)
def test_db_is_read_once_before_typer(argv: list[str], expected: tuple[str | None, list[str]]) -> None:
    assert split_db(argv) == expected


def test_an_empty_db_is_the_same_usage_error_on_every_path(
    run_recover: Callable[..., subprocess.CompletedProcess[str]], db_path: Path
) -> None:
    assert parse(["--db=", "checkin", "-m", "3", "-c", "2"]) is None
    results = [
        run_recover("--db=", "checkin", "-m", "3", "-c", "2"),  # once taken by the fast path (exit 1)
        run_recover("--db", "", "checkin", "-m", "3", "-c", "2"),
        run_recover("--db=", "status", "--short"),
        run_recover("--db=", "where"),
    ]
    for result in results:
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("recover: Invalid value for --db: an empty path names no file")
        assert result.stderr.count("\n") == 1 and not result.stdout
    assert not db_path.exists()


def test_the_start_up_module_loads_nothing_before_msgspec_is_loaded_lean() -> None:
    code = (
        "import sys\n"
        "import recovery_tui.cli.startup as startup\n"
        "names = ('msgspec', 'typing_extensions', 'inspect', 'typer')\n"
        "print([name in sys.modules for name in names])\n"
        "startup.load_msgspec_lean()\n"
        "print([name in sys.modules for name in names])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == [str([False] * 4), str([True, False, False, False])], out.stdout + out.stderr
