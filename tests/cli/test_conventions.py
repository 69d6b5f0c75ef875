"""CLI conventions every command follows: help with examples, version, JSON, one-line errors,
exit codes, NO_COLOR, --db / RECOVER_DB, and no prompt without a terminal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from recovery_tui import __version__


def test_help_lists_groups_with_an_example_each(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--help")
    assert result.exit_code == 0
    assert "complements professional care" in result.stdout
    from typer.main import get_command

    from recovery_tui.cli.app import app

    group = get_command(app)
    ctx = group.make_context("recover", ["--help"], resilient_parsing=True)
    names = group.list_commands(ctx)  # type: ignore[attr-defined]
    assert len(names) >= 20
    for name in names:
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        assert command is not None, name
        assert name in result.stdout
        assert "recover " in (command.short_help or ""), f"'{name}' shows no example in `recover --help`"


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"recover {__version__}"


def test_where_json_and_text(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = cli("where", "--json")
    assert json.loads(missing.stdout) == {
        "path": str(db_path),
        "exists": False,
        "size_bytes": 0,
        "schema_version": None,
        "tables": {},
    }
    assert not db_path.exists()  # looking never creates the file
    assert cli("config", "set", "country", "gb").exit_code == 0
    info = json.loads(cli("where", "--json").stdout)
    assert info["exists"] and info["schema_version"] == 3 and info["size_bytes"] > 0
    text = cli("where").stdout
    assert str(db_path) in text and "Schema version: 3" in text


def test_db_option_beats_environment(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "elsewhere" / "mine.json"
    result = cli("--db", str(other), "config", "set", "currency", "€")
    assert result.exit_code == 0
    assert other.exists()
    assert json.loads(cli("--db", str(other), "config", "list", "--json").stdout)["currency"] == "€"
    assert json.loads(cli("config", "list", "--json").stdout)["currency"] == "$"


def test_user_error_is_one_line_exit_1_and_changes_nothing(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("config", "set", "country", "GB")
    before = db_path.read_bytes()
    result = cli("config", "set", "country", "Great Britain")
    assert result.exit_code == 1
    assert result.stderr == "recover: country: use a two-letter country code such as US, GB, DE or AU.\n"
    assert result.stdout == ""
    assert db_path.read_bytes() == before


def test_usage_error_is_one_line_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("where", "--bogus")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "--bogus" in result.stderr
    unknown = cli("no-such-command")
    assert unknown.exit_code == 2 and unknown.stderr.count("\n") == 1


def test_real_console_script_and_module(tmp_path: Path, run_recover) -> None:  # type: ignore[no-untyped-def]
    proc = run_recover("where", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["exists"] is False
    script = shutil.which("recover", path=os.path.dirname(sys.executable))
    assert script, "the `recover` console script is installed next to python"
    real = subprocess.run([script, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert real.stdout.strip() == f"recover {__version__}"


def test_no_color_and_no_tty_output_is_plain(run_recover) -> None:  # type: ignore[no-untyped-def]
    proc = run_recover("--help", env={"NO_COLOR": "1", "TERM": "xterm-256color", "FORCE_COLOR": ""})
    assert proc.returncode == 0
    assert "\x1b[" not in proc.stdout


def test_a_command_imports_only_its_own_module(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from recovery_tui.cli.app import app\n"
        "from typer.main import get_command\n"
        "group = get_command(app)\n"
        "ctx = group.make_context('recover', ['where'])\n"
        "group.get_command(ctx, 'where')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('recovery_tui.cli.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    loaded = set(out.stdout.split())
    assert "recovery_tui.cli.where" in loaded
    assert not loaded & {"recovery_tui.cli.insights", "recovery_tui.cli.trigger", "recovery_tui.cli.journal"}


def test_dashboard_without_a_terminal_says_so_instead_of_hanging(cli, run_recover) -> None:  # type: ignore[no-untyped-def]
    assert cli("config", "set", "currency", "€").exit_code == 0
    proc = run_recover("dashboard", timeout=30)
    assert proc.returncode == 1
    assert "needs a terminal" in proc.stderr and proc.stderr.count("\n") == 1
    bare = run_recover(timeout=30)  # plain `recover` opens the dashboard too
    assert bare.returncode == 1 and "needs a terminal" in bare.stderr


def test_config_list_keeps_long_keys_aligned(cli) -> None:  # type: ignore[no-untyped-def]
    lines = cli("config", "list").stdout.splitlines()
    starts = {line.index(value) for line, value in zip(lines, ["(not set)", "$"], strict=False)}
    assert len(starts) == 1
    goal = next(line for line in lines if line.startswith("meetings.weekly_goal"))
    assert goal.index("0 ") == starts.pop()


def test_help_is_plain_text_without_loading_rich() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    probe = (
        "import sys\n"
        "from recovery_tui.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('RICH' if 'rich' in sys.modules else 'PLAIN')\n"
    )
    for args in (["--help"], ["checkin", "--help"], ["journal", "--help"]):
        out = subprocess.run(
            [sys.executable, "-c", probe, *args],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(repo)},
        )
        assert out.stdout.startswith("Usage: recover"), out.stdout + out.stderr
        assert out.stdout.rstrip().endswith("PLAIN")
        assert "╭" not in out.stdout  # no Rich boxes: copies and greps cleanly


def test_the_help_lines_listed_without_loading_match_what_each_module_registers() -> None:
    from typer._click import Context  # Typer vendors click; plain `click` may not be installed
    from typer.main import get_command

    from recovery_tui.cli.app import COMMANDS, app

    group = get_command(app)
    ctx = Context(group, info_name="recover")
    for name, (_module, line) in COMMANDS.items():
        command = group.get_command(ctx, name)
        assert command is not None and not command.hidden, name
        assert command.get_short_help_str(1000) == line, name
    assert set(group.commands) == set(COMMANDS)  # every registered command is listed


def test_top_level_help_imports_no_command_module() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    probe = (
        "import sys\n"
        "from recovery_tui.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('recovery_tui.cli.') and m.count('.') == 2))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    loaded = out.stdout.strip().splitlines()[-1]
    assert "recovery_tui.cli.checkin'" not in loaded and "recovery_tui.cli.journal" not in loaded, loaded
    assert "checkin     Daily check-in" in out.stdout and "dashboard   Open the dashboard" in out.stdout
