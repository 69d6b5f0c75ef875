"""The Typer-free check-in fast path (cli/quick_checkin.py) behaves exactly like the Typer command.

Each case runs the same arguments through the real Typer app (CliRunner) on one copy of a data
file and through `fast_checkin` on another copy, then requires the same exit code, stdout,
stderr and stored records (ids aside). Hypothesis adds arbitrary mixes of options and values,
valid and not. Arguments the fast path does not read must be left to Typer (None).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from recovery_tui.cli.app import app
from recovery_tui.cli.quick_checkin import fast_checkin, parse
from recovery_tui.services import checkins as checkin_service
from recovery_tui.services import counters as counter_service
from recovery_tui.store import Store


@contextlib.contextmanager
def _env(**values: str | None) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _seed(folder: Path, now: Any, *, with_checkin: bool) -> Path:
    path = folder / "seed.json"
    store = Store(path)
    counter_service.add_counter(store, "alcohol", since=now - timedelta(days=30), now=now)
    counter_service.add_counter(store, "nicotine", since=now - timedelta(days=6, hours=1), now=now)
    if with_checkin:
        from recovery_tui.core.checkin import CheckInDraft, SoberAnswer

        counters = checkin_service.active_counters(store, now.date(), now)
        draft = CheckInDraft(
            day=now.date(),
            mood=2,
            craving=5,
            sober=tuple(SoberAnswer(c.id, c.name, True) for c in counters),
            gratitude="tea",
            note="earlier",
        )
        checkin_service.save_checkin(store, draft, mode="new", now=now)
    return path


def _records(path: Path) -> dict[str, list[dict[str, Any]]]:
    if not path.exists():
        return {}
    data = orjson.loads(path.read_bytes())
    out: dict[str, list[dict[str, Any]]] = {}
    for table, rows in data.items():
        if table == "meta":
            meta = {k: v for k, v in rows.items() if k != "layout"}
            out[table] = [meta]
            continue
        cleaned = [{k: v for k, v in row.items() if k != "id"} for row in rows.values()]
        for row in cleaned:  # a new relapse's event id is a random UUID too
            if "events" in row:
                row["events"] = [{k: v for k, v in e.items() if k != "id"} for e in row["events"]]
        out[table] = sorted(cleaned, key=lambda r: orjson.dumps(r, option=orjson.OPT_SORT_KEYS))
    return out


def _typer(path: Path, args: list[str], stdin: str, interactive: bool) -> tuple[int, str, str]:
    env = {"RECOVER_DB": str(path), "RECOVER_INTERACTIVE": "1" if interactive else None}
    result = CliRunner().invoke(app, args, input=stdin, env=env, catch_exceptions=False)  # type: ignore[arg-type]
    return result.exit_code, result.stdout, result.stderr


class _EchoingStdin(io.StringIO):
    """Answers typed at a 'terminal': what is read is echoed to stdout, as CliRunner does."""

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline(-1 if size is None else size)
        sys.stdout.write(line)
        return line


def _fast(path: Path, args: list[str], stdin: str, interactive: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real_stdin = sys.stdin
    sys.stdin = _EchoingStdin(stdin)
    try:
        with (
            _env(RECOVER_DB=str(path), RECOVER_INTERACTIVE="1" if interactive else None),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = fast_checkin(args)
    finally:
        sys.stdin = real_stdin
    assert code is not None, f"the fast path should read {args}"
    return code, out.getvalue(), err.getvalue()


NEW_ID = re.compile(r'"id": "[0-9a-f-]{36}"')


def _unid(result: tuple[int, str, str]) -> tuple[int, str, str]:
    """The new record's id (a random UUID) is the one thing allowed to differ."""
    code, out, err = result
    return code, NEW_ID.sub('"id": "<new>"', out), err


def _compare(seed: Path, args: list[str], *, stdin: str = "", interactive: bool = False) -> tuple[int, str, str]:
    folder = Path(tempfile.mkdtemp(dir=seed.parent))
    try:
        typer_file, fast_file = folder / "typer.json", folder / "fast.json"
        shutil.copy(seed, typer_file)
        shutil.copy(seed, fast_file)
        expected = _unid(_typer(typer_file, args, stdin, interactive))
        got = _unid(_fast(fast_file, args, stdin, interactive))
        assert got == expected, args
        assert _records(fast_file) == _records(typer_file), args
        return got
    finally:
        shutil.rmtree(folder)


CASES = [
    ["checkin", "--mood", "3", "--craving", "2", "--note", "x"],
    ["checkin", "--mood", "3", "--craving", "2", "--note", "x", "--add"],
    ["checkin", "-m", "5", "-c", "0", "-g", "sun", "-n", "walked", "--json"],
    ["checkin", "--mood=4", "--craving=8", "--gratitude=friends"],
    ["checkin", "--mood", "3", "--craving", "2", "--date", "yesterday"],
    ["checkin", "--mood", "3", "--craving", "2", "--date", "tomorrow"],
    ["checkin", "--mood", "9", "--craving", "2"],
    ["checkin", "--mood", "3", "--craving", "-1"],
    ["checkin", "--mood", "3"],
    ["checkin"],
    ["checkin", "--mood", "3", "--craving", "2", "--not-sober", "nicotine", "--relapse"],
    ["checkin", "--mood", "3", "--craving", "2", "--not-sober", "nicotine", "--no-relapse"],
    ["checkin", "--mood", "3", "--craving", "2", "--not-sober", "nicotine", "--not-sober", "alcohol"],
    ["checkin", "--mood", "3", "--craving", "2", "--not-sober", "nobody"],
    ["checkin", "--mood", "3", "--craving", "2", "--amend", "--add"],
    ["checkin", "--mood", "3", "--craving", "2", "--amend"],
    ["checkin", "--mood", "3", "--craving", "2", "--if-missing"],
    ["checkin", "--mood", "3", "--craving", "2", "--note", "--add"],
    ["checkin", "--mood", "3", "--craving", "2", "--note", "x" * 3000],
    ["checkin", "--mood", "3", "--craving", "2", "--difficulty", "6", "--confidence", "0", "--add"],
    ["checkin", "--mood", "3", "--craving", "2", "--difficulty=10", "--json"],
    ["checkin", "--mood", "3", "--craving", "2", "--difficulty", "11"],
    ["checkin", "--mood", "3", "--craving", "2", "--confidence", "sure"],
    ["checkin", "--mood", "3", "--craving", "2", "--confidence", "", "--amend"],
    ["checkin", "--amend", "--confidence", "4"],
]


@pytest.mark.parametrize("with_checkin", [False, True], ids=["empty-day", "day-checked-in"])
@pytest.mark.parametrize("args", CASES, ids=[" ".join(c)[:50] for c in CASES])
def test_same_result_as_the_typer_command(tmp_path: Path, now: Any, args: list[str], with_checkin: bool) -> None:
    seed = _seed(tmp_path, now, with_checkin=with_checkin)
    _compare(seed, args)


def test_db_option_before_the_command(tmp_path: Path, now: Any) -> None:
    seed = _seed(tmp_path, now, with_checkin=False)
    other = tmp_path / "other.json"
    shutil.copy(seed, other)
    code, out, _ = _fast(tmp_path / "unused.json", ["--db", str(other), "checkin", "-m", "4", "-c", "1"], "", False)
    assert code == 0 and "mood 4/5" in out
    assert Store(other).count("checkins") == 1
    assert not (tmp_path / "unused.json").exists()
    assert parse(["--db=/x/y.json", "checkin", "-m", "1"]) == ("/x/y.json", {"mood": "1"})


@pytest.mark.parametrize(
    ("stdin", "args"),
    [
        ("add\n", ["checkin", "--mood", "3", "--craving", "2"]),  # the day has one: update or add?
        ("update\n", ["checkin", "--mood", "3", "--craving", "2"]),
        ("y\n", ["checkin", "--mood", "3", "--craving", "2", "--add", "--not-sober", "nicotine"]),
        ("n\n", ["checkin", "--mood", "3", "--craving", "2", "--add", "--not-sober", "nicotine"]),
        ("4\n1\n5\n8\ny\nn\nrain\n\nn\n", ["checkin", "--add"]),  # every question asked at a terminal
        ("4\n1\n\n11\n7\ny\nn\n\n\nn\n", ["checkin", "--add"]),  # a rating skipped, one out of range
    ],
)
def test_same_questions_and_answers_at_a_terminal(tmp_path: Path, now: Any, stdin: str, args: list[str]) -> None:
    seed = _seed(tmp_path, now, with_checkin=True)
    code, out, _ = _compare(seed, args, stdin=stdin, interactive=True)
    assert code == 0 and "?" in out


@pytest.mark.parametrize(
    "args",
    [
        ["checkin", "--help"],
        ["checkin", "-h"],
        ["checkin", "-m3", "-c", "2"],
        ["checkin", "-m=3", "-c", "2"],
        ["checkin", "--mood", "3", "--mood", "4", "-c", "2"],
        ["checkin", "--add", "--add", "-m", "3", "-c", "2"],
        ["checkin", "--relapse", "--no-relapse", "-m", "3", "-c", "2"],
        ["checkin", "--mood"],
        ["checkin", "--add=yes", "-m", "3", "-c", "2"],
        ["checkin", "today", "-m", "3", "-c", "2"],
        ["checkin", "--", "-m", "3"],
        ["checkin", "--moo", "3"],
        ["checkin", "--db", "x.json", "-m", "3", "-c", "2"],
        ["status", "--short"],
        ["--version", "checkin"],
        ["journal", "checkin"],
        [],
    ],
)
def test_forms_it_does_not_read_are_left_to_typer(args: list[str]) -> None:
    assert parse(args) is None


VALUES = st.sampled_from(["3", "0", "5", "10", "11", "x", "", "-1", "yesterday", "-2d", "2026-11-19", "tomorrow", "é"])
VALUE_OPTIONS = st.sampled_from(
    ["--mood", "-m", "--craving", "-c", "--gratitude", "-g", "--note", "-n", "--date", "-d"]
)
FLAGS = st.sampled_from(["--relapse", "--no-relapse", "--amend", "--add", "--if-missing", "--json"])


@st.composite
def checkin_args(draw: st.DrawFn) -> list[str]:
    args = ["checkin"]
    used: set[str] = set()
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["value", "inline", "flag", "not-sober"]))
        if kind == "flag":
            flag = draw(FLAGS)
            key = "--relapse" if flag == "--no-relapse" else flag
            if key not in used:
                used.add(key)
                args.append(flag)
        elif kind == "not-sober":
            args += ["--not-sober", draw(st.sampled_from(["alcohol", "nicotine", "Alcohol", "tea"]))]
        else:
            option = draw(VALUE_OPTIONS)
            key = {"-m": "--mood", "-c": "--craving", "-g": "--gratitude", "-n": "--note", "-d": "--date"}.get(
                option, option
            )
            if key in used:
                continue
            used.add(key)
            value = draw(VALUES)
            if kind == "inline" and option.startswith("--"):
                args.append(f"{option}={value}")
            else:
                args += [option, value]
    return args


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=checkin_args(), with_checkin=st.booleans())
def test_any_mix_of_options_gives_the_same_result(
    tmp_path: Path, now: Any, args: list[str], with_checkin: bool
) -> None:
    name = "seed-checked-in" if with_checkin else "seed-empty"
    folder = tmp_path / name
    if not folder.exists():
        folder.mkdir()
        _seed(folder, now, with_checkin=with_checkin)
    _compare(folder / "seed.json", args)


def test_a_real_process_checks_in_without_importing_typer(tmp_path: Path, now: Any, run_recover: Any) -> None:
    seed = _seed(tmp_path, now, with_checkin=False)
    probe = (
        "import sys\n"
        "from recovery_tui.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = {'typer', 'click', 'rich', 'textual', 'filelock', 'pydantic', 'typing_extensions', 'inspect'}\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(seed), "checkin", "-m", "4", "-c", "1", "--note", "fine"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert out.stdout.splitlines()[-1] == "0 []", out.stdout + out.stderr
    assert "Check-in saved for today" in out.stdout
    assert Store(seed).count("checkins") == 1
    # the ordinary entry point gives the same line
    again = run_recover("--db", str(seed), "checkin", "-m", "4", "-c", "1", "--add")
    assert again.returncode == 0 and "Check-in saved" in again.stdout
    # and the prompt line, with msgspec loaded without typing_extensions, reads what it wrote
    prompt = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(seed), "status", "--short"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert prompt.stdout.splitlines() == ["alcohol 30d · nicotine 6d", "0 []"], prompt.stdout + prompt.stderr


def test_typer_commands_still_get_typing_extensions_after_the_lean_msgspec(run_recover: Any) -> None:
    # msgspec is loaded first with typing_extensions hidden; Typer, loaded after, must work.
    result = run_recover("where", "--json")
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout)["exists"] in (True, False)
