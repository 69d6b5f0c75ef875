"""The shape of the whole command line: every group answers with its help when run without a
subcommand, and every usage line names its values readably (NAME, WHEN, 0-10)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from typer._click import Context
from typer.core import TyperGroup
from typer.main import get_command

from recovery_tui.cli.app import app


def _every_command() -> Iterator[tuple[list[str], Any]]:
    root: Any = get_command(app)
    for module in dict.fromkeys(root.lazy_commands.values()):
        root.load_module(module)

    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(root, [])


COMMANDS = list(_every_command())
GROUPS = [path for path, command in COMMANDS if path and isinstance(command, TyperGroup)]


def test_the_walk_finds_the_groups() -> None:
    assert {("trigger",), ("skill",), ("backup",), ("counter",), ("counter", "event")} <= {tuple(g) for g in GROUPS}


@pytest.mark.parametrize("path", GROUPS, ids=[" ".join(p) for p in GROUPS])
def test_a_group_without_a_subcommand_prints_help_or_runs_its_default(cli, path: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path)
    assert "Missing command" not in result.output
    assert "Options:   " not in result.output  # the help squashed onto one line
    if result.exit_code != 0:  # a default action that needs input a script did not give: one clear line
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and "Usage:" not in result.stderr
        return
    lines = result.stdout.splitlines()
    assert lines, "no output at all"
    if lines[0].startswith("Usage:"):  # the group's normal help, several lines, on stdout
        assert len(lines) > 5 and "Commands:" in result.stdout
        assert all(len(line) <= 100 for line in lines)
        assert result.stderr == ""


BAD_METAVAR = re.compile(r"\{|<str>|<int>|<float>|\bINTEGER\b|\bFLOAT\b|\[required\] \{")


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=[" ".join(p) or "recover" for p, _ in COMMANDS])
def test_every_value_has_a_readable_name(path: list[str]) -> None:
    command = dict((tuple(p), c) for p, c in COMMANDS)[tuple(path)]
    with Context(command, info_name=" ".join(["recover", *path])) as ctx:
        text = command.get_help(ctx)
    for line in text.splitlines():
        assert not BAD_METAVAR.search(line), line
    for param in command.params:
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            continue
        if param.param_type_name == "option":
            named = param.make_metavar(ctx)
            assert named and named == named.upper() or "|" in named or "-" in named, (param.opts, named)
            # TEXT only where the value is free text called text; a better name exists elsewhere
            assert named != "TEXT" or "--text" in param.opts, (param.opts, named)


def test_usage_lines_read_as_a_person_would_type(cli) -> None:  # type: ignore[no-untyped-def]
    assert (
        "Usage: recover counter milestone [OPTIONS] NAME DAYS [LABEL]" in cli("counter", "milestone", "--help").stdout
    )
    log = cli("trigger", "log", "--help").stdout
    assert "--at WHEN" in log and "--intensity 0-10" in log and "--where PLACE" in log


def test_a_bare_group_in_a_real_process(run_recover, db_path) -> None:  # type: ignore[no-untyped-def]
    done = run_recover("backup", env={"RECOVER_DB": str(db_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: recover backup")
    assert "\nCommands:\n" in done.stdout and done.stderr == ""


def test_seven_days_with_three_days_23_hours_left_reads_3d_23h(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "-73h").exit_code == 0  # a streak 3d 01h old
    simple = cli("status", "--simple").stdout
    assert "next: 7 days in 3d 23h" in simple, simple
    full = cli("status").stdout
    assert "next: 7 days in 3d 23h 00m" in full, full
    assert "in 3d\n" not in simple and "in 3d " not in simple.replace("in 3d 23h", "")


def test_one_point_is_one_point(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("reward", "add", "tea", "--cost", "1").stdout.splitlines() == [
        "Added: tea for 1 point.",
        "Your balance is 0: 1 point to go.",
    ]
    claim = cli("reward", "claim", "tea")
    assert "costs 1 point and" in claim.stderr
    assert "1 points" not in claim.output


def _ats(rows: list[dict[str, Any]]) -> list[str]:
    return [row["at"] for row in rows]


@pytest.mark.parametrize(
    ("add", "listing"),
    [
        (lambda when: ["trigger", "log", f"argument {when}", "--at", when], ["trigger", "list"]),
        (lambda when: ["journal", "add", f"entry {when}", "--at", when], ["journal", "list"]),
        (lambda when: ["meeting", "log", "--format", "online", "--at", when], ["meeting", "list", "--all"]),
    ],
    ids=["trigger list", "journal list", "meeting list"],
)
def test_time_lists_run_oldest_first_and_n_keeps_the_newest(cli, add, listing) -> None:  # type: ignore[no-untyped-def]
    for when in ("-3h", "-50h", "-1h", "-20h"):  # logged out of order on purpose
        result = cli(*add(when))
        assert result.exit_code == 0, result.output
    every = _ats(json.loads(cli(*listing, "--json").stdout))
    assert len(every) == 4 and every == sorted(every)
    newest_two = json.loads(cli(*listing, "-n", "2", "--json").stdout)
    assert _ats(newest_two) == every[-2:]
    assert _ats(json.loads(cli(*listing, "--limit", "1", "--json").stdout)) == every[-1:]
    text = cli(*listing, "-n", "2")
    assert text.exit_code == 0 and text.stdout.strip()
    bad = cli(*listing, "-n", "0")
    assert bad.exit_code == 2 and "-n" in bad.stderr


def test_ordered_lists_keep_their_order_and_n_keeps_the_first(cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ann", "Bo", "Cy"):
        assert cli("contact", "add", name, "--reach", "555 0100").exit_code == 0
    chain = [c["name"] for c in json.loads(cli("contact", "list", "-n", "2", "--json").stdout)]
    assert chain == ["Ann", "Bo"]
    for name, cost in (("tea", "5"), ("book", "30"), ("film", "12")):
        assert cli("reward", "add", name, "--cost", cost).exit_code == 0
    cheapest = json.loads(cli("reward", "list", "-n", "2", "--json").stdout)["rewards"]
    assert [r["name"] for r in cheapest] == ["tea", "film"]
    for what in ("payday", "payday", "boss"):
        assert cli("trigger", "log", what).exit_code == 0
    ranked = json.loads(cli("trigger", "names", "-n", "1", "--json").stdout)
    assert [n["name"].casefold() for n in ranked] == ["payday"]


def test_reward_history_and_counter_history_take_n(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "-30d").exit_code == 0
    assert cli("relapse", "alcohol", "--at", "-20d").exit_code == 0
    assert cli("relapse", "alcohol", "--at", "-10d").exit_code == 0
    events = json.loads(cli("counter", "history", "alcohol", "--json").stdout)["events"]
    assert len(events) == 3 and _ats(events) == sorted(_ats(events))
    last = json.loads(cli("counter", "history", "alcohol", "-n", "1", "--json").stdout)["events"]
    assert last == events[-1:]


def test_ask_list_runs_oldest_first(cli) -> None:  # type: ignore[no-untyped-def]
    for hour, problem in ((17, "first problem"), (18, "second problem"), (19, "third problem")):
        at = {"RECOVER_NOW": f"2026-11-20T{hour}:00:00+00:00"}
        made = cli("ask", "--emotion", "lonely", "--problem", problem, "--request", "talk", env=at)
        assert made.exit_code == 0, made.output
    saved = json.loads(cli("ask", "list", "--json").stdout)
    problems = [r["problem"] for r in saved]
    assert problems == ["first problem", "second problem", "third problem"]
    assert [r["problem"] for r in json.loads(cli("ask", "list", "-n", "2", "--json").stdout)] == problems[1:]


def test_completion_offers_counter_and_skill_names(cli, db_path) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.cli import complete

    assert complete.counter_names(None, "") == []  # no file yet: nothing, and no error
    for name in ("alcohol", "Gambling", "nicotine"):
        assert cli("counter", "add", name, "--since", "-3d").exit_code == 0
    assert complete.counter_names(None, "") == ["alcohol", "Gambling", "nicotine"]
    assert complete.counter_names(None, "g") == ["Gambling"]  # any case
    assert cli("skill", "add", "evening walk", "--step", "Walk round the block").exit_code == 0
    skills = complete.skill_names(None, "")
    assert skills[0] == "box breathing" and "evening walk" in skills
    assert complete.skill_names(None, "EVE") == ["evening walk"]


def test_completion_never_fails_on_a_bad_file(db_path) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.cli import complete

    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_text('{\n"meta": broken')
    assert complete.counter_names(None, "") == []
    db_path.unlink()
    db_path.mkdir()  # a folder where the file should be
    assert complete.counter_names(None, "a") == []
    assert "box breathing" in complete.skill_names(None, "b")


def test_completion_of_fixed_choices() -> None:
    from recovery_tui.cli import complete
    from recovery_tui.core.help_requests import FORMATS as ASK_FORMATS
    from recovery_tui.core.meetings import FORMATS as MEETING_FORMATS
    from recovery_tui.core.resources import APPROACHES
    from recovery_tui.core.triggers import OUTCOMES
    from recovery_tui.services.export import FORMATS as EXPORT_FORMATS

    def offered(path: list[str], option: str) -> list[str]:
        command = dict((tuple(p), c) for p, c in COMMANDS)[tuple(path)]
        (param,) = [p for p in command.params if option in p.opts]
        with Context(command) as ctx:
            return [item.value for item in param.shell_complete(ctx, "")]

    assert offered(["trigger", "log"], "--outcome") == list(OUTCOMES)
    assert offered(["trigger", "list"], "--outcome") == list(OUTCOMES)
    assert offered(["ask"], "--format") == list(ASK_FORMATS)
    assert offered(["meeting", "log"], "--format") == list(MEETING_FORMATS)
    assert offered(["export"], "--format") == list(EXPORT_FORMATS)
    assert offered(["resources"], "--approach") == list(APPROACHES)
    assert complete.choices(OUTCOMES)("RE") == ["resisted"]


def test_bash_completion_in_a_real_process(cli, run_recover, db_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("alcohol", "nicotine"):
        assert cli("counter", "add", name, "--since", "-3d").exit_code == 0
    env = {"RECOVER_DB": str(db_path), "_RECOVER_COMPLETE": "complete_bash"}
    done = run_recover(env={**env, "COMP_WORDS": "recover relapse al", "COMP_CWORD": "2"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["alcohol"]
    outcome = run_recover(env={**env, "COMP_WORDS": "recover trigger list --outcome ", "COMP_CWORD": "4"})
    assert outcome.stdout.split() == ["resisted", "used", "ongoing"]
