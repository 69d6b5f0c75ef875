"""No terminal injection: every command that shows stored text shows it through safetext.

A data file is filled, through `recover import` of a crafted export, with escape sequences in
every text field of every record kind (OSC 0/8/52 with BEL and ST terminators, CSI 2J, the C1
CSI, bidi overrides and isolates, NUL, CR, backspace). Then every command of the Typer app
runs on it and its output bytes must hold no ESC, no C0 control other than newline and tab,
no C1 control and no bidi override; `--json` output must decode to exactly the stored
strings. The command list is checked against the app: a new command must either be run here
or be named in NO_STORED_TEXT, so one that prints stored text cannot slip through.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from output_corpus import CORPUS, LONG, NAME, build_corpus_export, unsafe_in


@pytest.fixture(scope="module")
def corpus_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The crafted export, built once for this module."""
    return build_corpus_export(tmp_path_factory.mktemp("corpus"))


def _address(data: dict[str, Any]) -> dict[str, str]:
    """Names and id prefixes that address the crafted records on the command line."""

    def first_id(table: str, **match: str) -> str:
        for record in data[table].values():
            if all(record.get(k) == v for k, v in match.items()):
                return str(record["id"])[:8]
        raise AssertionError(table)

    return {
        "counter": f"{NAME}count",
        "skill": f"{NAME}skill",
        "reward": f"{NAME}reward",
        "dear": f"{NAME}dear",
        "plan": f"{NAME}plan",
        "planlog": first_id("plan_logs"),
        "contact": f"{NAME}Sam",
        "journal": first_id("journal", text=LONG),
        "trigger": first_id("triggers"),
        "aid": first_id("aid_messages"),
        "reason": first_id("reasons"),
        "crisis": first_id("user_crisis_lines"),
        "meeting": first_id("meetings"),
        "care": f"{NAME}med",
        "carelog": first_id("care_logs"),
        "request": first_id("help_requests", emotion=f"{NAME}emo"),
        "event": next(
            str(event["id"])[:8]
            for record in data["counters"].values()
            if record["name"] == f"{NAME}count"
            for event in record["events"]
            if event["kind"] == "relapse"
        ),
    }


@pytest.fixture
def corpus_db(
    cli: Callable[..., Any], corpus_export: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """This test's data file holds the crafted export; returns how to address its records."""
    monkeypatch.setenv("RECOVER_CLOCK_SPEED", "60000")
    result = cli("import", str(corpus_export["path"]))
    assert result.exit_code == 0, result.output
    assert cli("config", "set", "pseudonym", CORPUS).exit_code == 0
    return {**_address(corpus_export["data"]), "export": str(corpus_export["path"]), "tmp": str(tmp_path)}


# Commands that show stored text, read-only; {name} fields come from corpus_db.
READS: list[list[str]] = [
    ["counter", "list"],
    ["counter", "list", "--all", "--simple"],
    ["counter", "list", "--json"],
    ["counter", "show", "{counter}"],
    ["counter", "show", "{counter}", "--json"],
    ["counter", "history", "{counter}"],
    ["counter", "history", "{counter}", "--json"],
    ["milestones", "{counter}"],
    ["milestones", "{counter}", "--json"],
    ["share", "{counter}"],
    ["calendar", "{counter}"],
    ["calendar", "{counter}", "--json"],
    ["status"],
    ["status", "--short"],
    ["status", "--json"],
    ["journal", "list"],
    ["journal", "list", "--json"],
    ["journal", "search", "hi"],
    ["journal", "search", "hi", "--json"],
    ["journal", "show", "{journal}"],
    ["journal", "show", "{journal}", "--json"],
    ["journal", "template", "list"],
    ["journal", "template", "list", "--json"],
    ["journal", "template", "show", "mytpl"],
    ["today"],
    ["today", "--json"],
    ["trigger", "list"],
    ["trigger", "list", "--json"],
    ["trigger", "show", "{trigger}"],
    ["trigger", "show", "{trigger}", "--json"],
    ["trigger", "names"],
    ["trigger", "names", "--json"],
    ["insights", "--since", "365d"],
    ["insights", "--since", "365d", "--json"],
    ["ask", "list", "--all"],
    ["ask", "list", "--json"],
    ["ask", "show", "{request}"],
    ["ask", "show", "{request}", "--message"],
    ["ask", "show", "{request}", "--json"],
    ["skill", "list", "--all"],
    ["skill", "list", "--json"],
    ["skill", "show", "{skill}"],
    ["skill", "show", "{skill}", "--json"],
    ["skill", "stats"],
    ["skill", "stats", "--json"],
    ["sos"],
    ["sos", "--json"],
    ["contact", "list"],
    ["contact", "list", "--json"],
    ["aid", "list"],
    ["pledge", "make"],
    ["pledge", "list"],
    ["pledge", "list", "--json"],
    ["remind", "list"],
    ["remind", "list", "--json"],
    ["aid", "list", "--json"],
    ["reason"],
    ["reason", "list"],
    ["reason", "list", "--json"],
    ["crisis", "list", "--country", "GB"],
    ["crisis", "list", "--all"],
    ["crisis", "list", "--country", "GB", "--json"],
    ["meeting", "list"],
    ["meeting", "list", "--json"],
    ["meeting", "week"],
    ["meeting", "week", "--json"],
    ["care", "list"],
    ["care", "list", "--json"],
    ["care", "adherence"],
    ["care", "adherence", "--json"],
    ["care", "today"],
    ["care", "today", "--json"],
    ["care", "logs"],
    ["care", "logs", "{care}", "--json"],
    ["care", "log", "nosuch"],  # refused: the line names the care items
    ["reward", "list"],
    ["reward", "list", "--json"],
    ["reward", "balance"],
    ["reward", "balance", "--json"],
    ["reward", "history"],
    ["reward", "history", "--json"],
    ["reward", "claim", "{dear}"],  # refused: the line names the reward
    ["plan"],
    ["plan", "--json"],
    ["plan", "logs"],
    ["plan", "logs", "{plan}", "--json"],
    ["export", "-f", "markdown", "-o", "-"],
    ["export", "-f", "json", "-o", "-"],
    ["report", "--since", "365d"],
    ["report", "--since", "365d", "--include", "journal"],
    ["report", "--since", "365d", "--format", "html"],
    ["config", "list"],
    ["config", "list", "--json"],
    ["config", "get", "pseudonym"],
    ["where"],
    ["where", "--json"],
    ["doctor"],
    ["doctor", "--json"],
    ["backup", "list"],
    ["backup", "list", "--json"],
    ["resources"],
    ["import", "{export}", "--dry-run"],
    ["import", "{export}", "--dry-run", "--json"],
    ["merge", "{export}", "--dry-run"],
    ["merge", "{export}", "--dry-run", "--json"],
    ["counter", "show", "no such \x1b]0;PWNED\x07 counter"],  # an error quoting what was typed
]

# Commands that change something and say what, each run on a fresh copy of the file.
WRITES: list[list[str]] = [
    ["counter", "add", f"new{CORPUS}"],
    ["counter", "add", "{counter}"],  # refused: the name is taken
    ["counter", "rename", "{counter}", f"re{CORPUS}"],
    ["counter", "archive", "{counter}"],
    ["counter", "remove", "{counter}", "--yes"],
    ["counter", "milestone", "{counter}", "50", CORPUS],
    ["relapse", "{counter}", "--note", LONG, "--json"],
    ["relapse", "{counter}", "--note", LONG],
    ["relapse", "undo", "{counter}", "--yes"],
    ["counter", "edit", "{counter}", "--since", "150d"],
    ["counter", "event", "edit", "{counter}", "{event}", "--note", f"edited {CORPUS}"],
    ["counter", "event", "remove", "{counter}", "{event}", "--yes"],
    ["checkin", "--mood", "3", "--note", LONG, "--amend"],
    ["checkin", "--mood", "2", "--craving", "1", "--note", LONG, "--add", "--json"],
    ["journal", "add", LONG, "--tag", CORPUS],
    ["journal", "add", LONG, "--json"],
    ["journal", "edit", "{journal}", LONG, "--tag", CORPUS],
    ["journal", "delete", "{journal}", "--yes"],
    ["journal", "template", "add", "other", LONG, "--title", CORPUS],
    ["journal", "template", "remove", "mytpl", "--yes"],
    ["trigger", "log", LONG, "--where", CORPUS, "--who", CORPUS, "--coping", CORPUS, "--note", LONG],
    ["trigger", "log", LONG, "--json"],
    ["trigger", "edit", "{trigger}", "--what", LONG, "--note", LONG],
    ["trigger", "edit", "{trigger}", "--what", LONG, "--json"],
    ["trigger", "delete", "{trigger}", "--yes"],
    ["ask", "--emotion", CORPUS, "--problem", LONG, "--request", LONG],
    ["ask", "--emotion", CORPUS, "--problem", LONG, "--request", LONG, "--json"],
    ["ask", "followup", "{request}", "--helpful", "yes", "--from", CORPUS, "--note", LONG],
    ["ask", "followup", "{request}", "--helpful", "no", "--from", CORPUS, "--json"],
    ["skill", "start", "{skill}", "-m", "1", "--quiet", "--craving-before", "5", "--craving-after", "1"],
    ["skill", "start", "{skill}", "-m", "1", "--craving-before", "5", "--craving-after", "1"],
    ["skill", "add", f"n{CORPUS}", "--step", LONG, "--note", LONG],
    ["skill", "edit", "{skill}", "--name", f"e{CORPUS}", "--step", LONG],
    ["skill", "hide", "{skill}"],
    ["skill", "unhide", "{skill}"],
    ["skill", "remove", "{skill}", "--yes"],
    ["contact", "add", f"n{CORPUS}", "--reach", CORPUS, "--role", "peer", "--reachable", "always"],
    ["contact", "edit", "{contact}", "--reach", CORPUS, "--note", LONG],
    ["contact", "move", "{contact}", "1"],
    ["contact", "remove", "{contact}", "--yes"],
    ["aid", "add", LONG, "--from", CORPUS],
    ["aid", "remove", "{aid}", "--yes"],
    ["checkin", "--mood", "3", "--craving", "9", "--add"],  # a strong craving: the reasons follow
    ["trigger", "log", CORPUS, "--intensity", "8"],
    ["reason", "add", LONG, "--json"],
    ["reason", "edit", "{reason}", LONG],
    ["reason", "remove", "{reason}", "--yes"],
    ["pledge", CORPUS],
    ["pledge", "remove", "today", "--yes"],
    ["remind", "set", "pledge", "08:00"],
    ["remind", "remove", "checkin"],
    ["crisis", "add", f"n{CORPUS}", "--phone", "555 0100", "--hours", CORPUS, "--country", "GB"],
    ["crisis", "remove", "{crisis}", "--yes"],
    ["meeting", "log", f"n{CORPUS}", "--format", "online", "--fellowship", CORPUS, "--note", LONG],
    ["meeting", "log", f"n{CORPUS}", "--format", "online", "--json"],
    ["meeting", "edit", "{meeting}", "--name", f"e{CORPUS}", "--note", LONG],
    ["meeting", "delete", "{meeting}", "--yes"],
    ["meeting", "goal", "2"],
    ["care", "add", "medication", f"n{CORPUS}", "--dose", CORPUS, "--schedule", "daily", "--note", LONG],
    ["care", "add", "test", f"n{CORPUS}", "--schedule", "weekly", "--json"],
    ["care", "edit", "{care}", "--dose", CORPUS, "--name", f"e{CORPUS}", "--note", LONG],
    ["care", "log", "{care}", "--note", LONG],
    ["care", "log", "{care}", "missed", "--json"],
    [
        "care",
        "log-edit",
        "{carelog}",
        "--note",
        f"e{LONG}",
    ],  # a note it does not hold yet: an edit that changes nothing is refused
    ["care", "log-remove", "{carelog}", "--yes"],
    ["care", "remove", "{care}", "--yes"],
    ["reward", "add", f"n{CORPUS}", "--cost", "1", "--note", LONG],
    ["reward", "claim", "{reward}", "--note", LONG],
    ["reward", "claim", "{reward}", "--json"],
    ["reward", "remove", "{reward}", "--yes"],
    ["plan", "add", f"n{CORPUS}", "--points", "1", "--note", LONG],
    ["plan", "edit", "{plan}", "--name", f"e{CORPUS}", "--note", LONG],
    ["plan", "log", "{plan}", "--note", LONG],
    ["plan", "log", "{plan}", "missed", "--json"],
    ["plan", "unlog", "{planlog}", "--yes"],
    ["plan", "remove", "{plan}", "--yes"],
    ["config", "set", "pseudonym", CORPUS],
    ["config", "set", "country", CORPUS],  # refused: the line quotes the value
    ["config", "unset", "pseudonym"],
    ["import", "{export}"],
    ["export", "-f", "csv", "-o", "{tmp}/csv", "--force"],
    ["export", "-f", "markdown", "-o", "{tmp}/out.md", "--force"],
    ["export", "-o", "{tmp}/out.json", "--force"],
    ["report", "--since", "365d", "--format", "html", "--out", "{tmp}/report.html", "--include", "journal"],
    ["report", "--since", "365d", "--out", "{tmp}/report.md"],
    ["backup", "create"],
]

# These are refused on purpose (their one line quotes what was typed or stored): exit 1.
REFUSED = [
    ["counter", "show", "no such"],
    ["counter", "add", "{counter}"],
    ["reward", "claim", "{dear}"],
    ["care", "log", "nosuch"],
    ["config", "set", "country"],
]


def _refused(argv: list[str]) -> bool:
    return any(argv[: len(r) - 1] == r[:-1] and argv[len(r) - 1].startswith(r[-1]) for r in REFUSED)


# Commands that print nothing a person or a file stored, with the reason.
NO_STORED_TEXT: dict[str, str] = {
    "backup restore": "names a backup file recover made; prints no record",
    "remind install": "says which scheduler took how many times; not run here, as it changes the machine's scheduler",
    "remind uninstall": "says which scheduler it cleared; not run here, as it changes the machine's scheduler",
    "remind status": "kinds and times of day only (both checked when stored); asks the machine's schedulers",
    "remind due": "the reminder's words: a setting accepted only as printable text, else the neutral default",
    "encrypt": "asks for a passphrase and reports the file",
    "decrypt": "reports the file",
    "unlock": "asks for the passphrase and says until when the file is unlocked; prints no record",
    "lock": "says whether a kept key was forgotten; prints no record",
    "wipe": "reports what was deleted: counts only",
    "sync init": "reports the remote the person typed and the sync folder; prints no record",
    "sync status": "the remote, commit counts and times; prints no record",
    "sync driver": "git's merge driver on three git temp files; its rename lines go through common.warn (the rule)",
    "demo": "writes example records into an empty file and counts them",
    "dashboard": "the Textual app: tests/tui/test_output_safety_tui.py",
}


def _fill(argv: list[str], names: dict[str, str]) -> list[str]:
    return [arg.format(**names) if "{" in arg and "}" in arg and arg.isprintable() else arg for arg in argv]


def _command_paths() -> Iterator[str]:
    from typer._click import Context
    from typer.main import get_command

    from recovery_tui.cli.app import app

    def walk(group: Any, ctx: Any, prefix: list[str]) -> Iterator[str]:
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if hasattr(command, "list_commands"):
                yield from walk(command, Context(command, parent=ctx), [*prefix, name])
            else:
                yield " ".join([*prefix, name])

    root = get_command(app)
    yield from walk(root, Context(root), [])


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# --json output of these holds no stored text (paths, counts, dates, reminder kinds and times), so none comes back.
JSON_WITHOUT_STORED_TEXT = {"meeting week", "where", "doctor", "backup list", "import", "remind", "merge"}


def _check(argv: list[str], stdout: str, stderr: str) -> list[str]:
    """What is wrong with one command's output: raw controls, or --json that is not exact."""
    shown = f"recover {' '.join(map(repr, argv))}"
    problems = []
    for stream, text in (("stdout", stdout), ("stderr", stderr)):
        bad = unsafe_in(text)
        if bad:
            problems.append(f"{shown}: raw {', '.join(bad)} on {stream}")
    if "--json" in argv and stdout.strip():
        strings = list(_strings(json.loads(stdout)))
        if any("\\x1b" in s for s in strings):
            problems.append(f"{shown}: --json holds a shown escape (\\x1b), not the stored string")
        command = " ".join(argv[:2]) if argv[0] in {"meeting", "backup"} else argv[0]
        if command not in JSON_WITHOUT_STORED_TEXT and not any("\x1b" in s for s in strings):
            problems.append(f"{shown}: --json did not give back the stored strings exactly")
    return problems


def test_every_command_is_run_here_or_shows_no_stored_text() -> None:
    paths = list(_command_paths())
    assert len(paths) > 60
    runs = READS + WRITES
    missing = [
        path
        for path in paths
        if path not in NO_STORED_TEXT and not any(argv[: len(path.split())] == path.split() for argv in runs)
    ]
    assert not missing, f"run these in test_output_safety.py or list them in NO_STORED_TEXT: {missing}"


def test_reading_commands_show_stored_text_safely(cli: Callable[..., Any], corpus_db: dict[str, str]) -> None:
    problems: list[str] = []
    for argv in READS:
        args = _fill(argv, corpus_db)
        result = cli(*args)
        if result.exit_code != (1 if _refused(argv) else 0):
            problems.append(f"recover {args!r}: exit {result.exit_code}: {result.stderr}")
        problems += _check(args, result.stdout, result.stderr)
    assert not problems, "\n".join(problems)


def test_changing_commands_say_what_they_did_safely(
    cli: Callable[..., Any], corpus_db: dict[str, str], db_path: Path
) -> None:
    pristine = db_path.read_bytes()
    problems: list[str] = []
    for argv in WRITES:
        db_path.write_bytes(pristine)
        args = _fill(argv, corpus_db)
        result = cli(*args)
        if result.exit_code != (1 if _refused(argv) else 0):
            problems.append(f"recover {args!r}: exit {result.exit_code}: {result.stderr}")
        problems += _check(args, result.stdout, result.stderr)
    assert not problems, "\n".join(problems)


def test_report_files_hold_no_raw_control_character(
    cli: Callable[..., Any], corpus_db: dict[str, str], tmp_path: Path
) -> None:
    import xml.etree.ElementTree as ET

    md, page = tmp_path / "report.md", tmp_path / "report.html"
    assert cli("report", "--since", "365d", "--include", "journal", "-o", str(md)).exit_code == 0
    assert cli("report", "--since", "365d", "--include", "journal", "-f", "html", "-o", str(page)).exit_code == 0
    for path in (md, page):
        text = path.read_text(encoding="utf-8")
        assert not unsafe_in(text), f"{path.name}: raw {unsafe_in(text)}"
        assert "\\x1b" in text  # the stored escape is shown, not dropped
    ET.fromstring(page.read_text(encoding="utf-8").split("\n", 1)[1])  # still well-formed


def test_export_files_are_safe_and_json_stays_exact(
    cli: Callable[..., Any], corpus_db: dict[str, str], corpus_export: dict[str, Any], tmp_path: Path
) -> None:
    md, js, folder = tmp_path / "out.md", tmp_path / "out.json", tmp_path / "csv"
    assert cli("export", "-f", "markdown", "-o", str(md)).exit_code == 0
    assert cli("export", "-f", "json", "-o", str(js)).exit_code == 0
    assert cli("export", "-f", "csv", "-o", str(folder)).exit_code == 0
    markdown = md.read_text(encoding="utf-8")
    assert not unsafe_in(markdown)
    assert "\\x1b]52;c;RVZJTA==\\x07" in markdown  # shown, not dropped

    raw = js.read_text(encoding="utf-8")
    assert not unsafe_in(raw)
    exported = json.loads(raw)
    for table, records in corpus_export["data"].items():
        if table != "meta":
            assert exported[table] == records, table  # every stored string, exactly

    for path in sorted(folder.glob("*.csv")):
        text = path.read_text(encoding="utf-8")
        assert not unsafe_in(text), path.name


def test_csv_cells_that_look_like_formulas_stay_text(cli: Callable[..., Any], tmp_path: Path) -> None:
    import csv

    for text in ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "plain"):
        assert cli("journal", "add", "--", text).exit_code == 0
    assert cli("export", "-f", "csv", "-o", str(tmp_path / "csv")).exit_code == 0
    with open(tmp_path / "csv" / "journal.csv", encoding="utf-8", newline="") as handle:
        cells = {row["text"] for row in csv.DictReader(handle)}
    assert cells == {'\'=HYPERLINK("http://x","y")', "'+1+1", "'-2+3", "'@SUM(A1)", "plain"}


def test_real_console_runs_show_stored_text_safely(
    run_recover: Callable[..., subprocess.CompletedProcess[str]], corpus_db: dict[str, str]
) -> None:
    from recovery_tui.cli.quick_checkin import parse

    ARGV_LONG = LONG.replace("\x00", "")  # noqa: N806 - an argv cannot hold NUL

    runs = [
        ["status", "--short"],  # the prompt line's Typer-free fast path
        ["sos"],
        ["journal", "list"],
        ["checkin", "--mood", "3", "--note", ARGV_LONG, "--amend"],  # the check-in's fast path
        ["checkin", "--mood", "3", "--craving", "1", "--note", ARGV_LONG, "--add", "--json"],
    ]
    assert parse(["checkin", "--mood", "3", "--note", "x", "--amend"]) is not None  # the fast path takes it
    problems: list[str] = []
    for argv in runs:
        done = run_recover(*argv, env={"RECOVER_INTERACTIVE": "0"})
        assert done.returncode == 0, (argv, done.stderr)
        assert done.stdout.strip(), argv
        problems += _check(argv, done.stdout, done.stderr)
    assert not problems, "\n".join(problems)
    prompt = run_recover("status", "--short").stdout
    assert prompt.count("\n") == 1 and "\\x1b]0;T\\x07" in prompt  # one line, the name shown


def test_questions_that_quote_stored_text_are_safe(cli: Callable[..., Any], corpus_db: dict[str, str]) -> None:
    at_a_terminal = {"RECOVER_INTERACTIVE": "1"}
    problems: list[str] = []
    for argv in (
        ["counter", "remove", corpus_db["counter"]],
        ["trigger", "delete", corpus_db["trigger"]],
        ["aid", "remove", corpus_db["aid"]],
        ["reason", "remove", corpus_db["reason"]],
        ["contact", "remove", corpus_db["contact"]],
        ["reward", "remove", corpus_db["reward"]],
        ["plan", "remove", corpus_db["plan"]],
        ["plan", "unlog", corpus_db["planlog"]],
        ["skill", "remove", corpus_db["skill"]],
        ["meeting", "delete", corpus_db["meeting"]],
    ):
        result = cli(*argv, input="n\n", env=at_a_terminal)
        assert "\\x1b]0;T" in result.stdout, (argv, result.stdout)  # the question names it, visibly
        problems += _check(argv, result.stdout, result.stderr)
    # a stored note offered as the default answer: shown through the rule, Enter keeps it exactly
    result = cli("checkin", "--mood", "3", "--craving", "1", "--amend", input="\n" * 20, env=at_a_terminal)
    problems += _check(["checkin", "--amend"], result.stdout, result.stderr)
    assert not problems, "\n".join(problems)
    shown = cli("today", "--json")
    assert LONG.replace("\r", " ") in shown.stdout.encode().decode("unicode_escape") or "\\u001b" in shown.stdout


def test_brackets_in_peoples_words_are_text_not_markup(cli: Callable[..., Any]) -> None:
    assert cli("journal", "add", "[x] done [link=https://example.invalid]y[/link]", "-t", "[t]").exit_code == 0
    listed = cli("journal", "list").stdout
    assert "[x] done [link=https://example.invalid]y[/link]" in listed and "[t]" in listed
    assert "\\[" not in listed
    assert cli("trigger", "log", "[link=https://e.x]c[/link] [bold]b").exit_code == 0
    table = cli("trigger", "list", env={"COLUMNS": "200"}).stdout
    assert "[link=https://e.x]c[/link]" in table and "[bold]b" in table and not unsafe_in(table)


# The only places in cli/ that write to stdout/stderr without common.say/warn/table/emit_json/
# console(), each with why it is safe. A new direct write fails the test below: route it
# through common (which applies the rule) or add it here with its reason.
DIRECT_WRITES: dict[str, tuple[int, str]] = {
    "common.py": (2, "the root: emit_json (json_safe) and table (visible_line on every cell)"),
    "errors.py": (
        5,
        "every error line, and a bare group's help, through safetext.visible; the last is wording.STOPPED",
    ),
    "quick_checkin.py": (1, "wording.STOPPED"),
    "dashboard_run.py": (1, "wording.STOPPED"),
    "export.py": (1, "the payload services/export.py built: visible() markdown or json_safe json"),
    "report.py": (1, "the report services/report.py built, through safetext.visible (html only to a pipe)"),
    "sos.py": (1, "render() passes every line through safetext.visible"),
    "prompt_line.py": (1, "the Typer-free prompt line, through safetext.visible_line"),
    "skill.py": (1, "the terminal bell the person asked for with --bell"),
    "app.py": (1, "the version"),
    "__init__.py": (3, "fixed lines of our own: a non-UTF-8 argument, an output that could not be written"),
}
_WRITERS = {"print", "sys.stdout.write", "sys.stderr.write", "sys.stdout.buffer.write", "typer.echo", "typer.secho"}


def test_cli_writes_only_through_the_rule() -> None:
    import ast

    import recovery_tui.cli

    found: dict[str, int] = {}
    consoles: list[str] = []
    for path in sorted(Path(recovery_tui.cli.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name in _WRITERS:
                    found[path.name] = found.get(path.name, 0) + 1
                if name in {"Console", "rich.console.Console"} and path.name != "common.py":
                    consoles.append(path.name)
    assert found == {name: count for name, (count, _why) in DIRECT_WRITES.items()}
    assert not consoles, f"use common.console() (it applies the rule), not a Console of your own: {consoles}"
