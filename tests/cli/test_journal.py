"""`recover journal` through the real CLI: argument, stdin, pipe and $EDITOR input, templates,
sensitive entries collapsed, list/show/search/edit/delete, and refusals that store nothing."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

TTY = {"RECOVER_INTERACTIVE": "1"}


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a small editor script as $EDITOR; returns a function to set what it does.

    The script records the file it was given, its folder's mode and the text it found, then
    replaces the text with what the test asked for (or exits with the code asked for).
    """
    log = tmp_path / "editor-log.json"
    plan = tmp_path / "editor-plan.json"
    script = tmp_path / "fake-editor.py"
    script.write_text(
        "import json, os, stat, sys\n"
        f"plan = json.load(open({str(plan)!r}))\n"
        "path = sys.argv[1]\n"
        "seen = open(path, encoding='utf-8').read()\n"
        "mode = stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)\n"
        "file_mode = stat.S_IMODE(os.stat(path).st_mode)\n"
        "found = {'path': path, 'folder_mode': mode, 'file_mode': file_mode, 'seen': seen}\n"
        f"json.dump(found, open({str(log)!r}, 'w'))\n"
        "if plan.get('exit'):\n"
        "    sys.exit(plan['exit'])\n"
        "if plan.get('append') is not None:\n"
        "    open(path, 'w', encoding='utf-8').write(seen + plan['append'])\n"
        "elif plan.get('write') is not None:\n"
        "    open(path, 'w', encoding='utf-8').write(plan['write'])\n"
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")

    def configure(**what: object) -> Path:
        plan.write_text(json.dumps(what))
        return log

    return configure


def test_add_from_argument_with_tags_and_time(cli, store):
    result = cli("journal", "add", "Slept well. Walked.", "--tag", "sleep", "--tag", "walk,Sleep", "--at", "-2h")
    assert result.exit_code == 0, result.stderr
    [record] = store.all("journal")
    assert record["text"] == "Slept well. Walked."
    assert record["tags"] == ["sleep", "walk"]
    assert record["at"] == "2026-11-20T18:00:00+00:00"
    assert record["sensitive"] is False and record["template"] is None


def test_add_from_stdin_dash(cli, store):
    result = cli("journal", "add", "-", input="From stdin\nsecond line\n")
    assert result.exit_code == 0, result.stderr
    assert store.all("journal")[0]["text"] == "From stdin\nsecond line"


def test_add_from_a_pipe_without_argument(cli, store):
    result = cli("journal", "add", "--tag", "cron", input="Piped in\n")
    assert result.exit_code == 0, result.stderr
    assert store.all("journal")[0]["text"] == "Piped in"


def test_add_from_a_real_pipe(run_recover, store):
    result = run_recover("journal", "add", "--tag", "cron", input="Nightly entry\n", timeout=20)
    assert result.returncode == 0, result.stderr
    assert store.all("journal")[0]["text"] == "Nightly entry"


def test_real_process_with_no_text_and_no_tty_fails_fast(run_recover, db_path):
    result = run_recover("journal", "add", timeout=20)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not at a terminal" in result.stderr
    assert not db_path.exists()


@pytest.mark.parametrize("args", [["-"], []])
def test_empty_stdin_refused(cli, db_path, args):
    result = cli("journal", "add", *args, input="  \n\n")
    assert result.exit_code == 1
    assert one_line(result) == "recover: TEXT: stdin was empty; nothing was saved."
    assert not db_path.exists()


def test_empty_argument_refused(cli, db_path):
    result = cli("journal", "add", "   ")
    assert result.exit_code == 1 and "empty" in one_line(result)
    assert not db_path.exists()


def test_unknown_template_lists_known_ones(cli, db_path):
    result = cli("journal", "add", "--template", "nope", env=TTY)
    assert result.exit_code == 1
    line = one_line(result)
    assert "'nope'" in line
    for name in ("daily", "halt", "cba", "abcde"):
        assert name in line
    assert not db_path.exists()


def test_editor_opens_template_and_saves(cli, store, db_path, editor):
    log = editor(append="\nThe four boxes, filled in.\n")
    result = cli("journal", "add", "--template", "cba", "--tag", "smart", env=TTY)
    assert result.exit_code == 0, result.stderr
    seen = json.loads(log.read_text())
    assert "Benefits of using" in seen["seen"] and "Costs of not using" in seen["seen"]
    assert seen["folder_mode"] == 0o700 and seen["file_mode"] == 0o600
    editing = Path(seen["path"])
    assert editing.parent.parent == db_path.parent
    assert not editing.exists()
    [record] = store.all("journal")
    assert record["template"] == "cba" and "four boxes, filled in" in record["text"]


def test_editor_without_template_starts_empty(cli, store, editor):
    log = editor(write="Written in my editor.\n")
    result = cli("journal", "add", env=TTY)
    assert result.exit_code == 0, result.stderr
    assert json.loads(log.read_text())["seen"] == ""
    assert store.all("journal")[0]["text"] == "Written in my editor."


def test_editor_template_left_untouched_is_refused(cli, db_path, editor):
    log = editor()  # saves the file as it was
    result = cli("journal", "add", "--template", "daily", env=TTY)
    assert result.exit_code == 1
    assert "empty" in one_line(result)
    assert not Path(json.loads(log.read_text())["path"]).exists()
    assert not db_path.exists()


def test_editor_failure_removes_temp_file_and_stores_nothing(cli, db_path, editor):
    log = editor(exit=3)
    result = cli("journal", "add", "--template", "halt", env=TTY)
    assert result.exit_code == 1
    assert "exited with code 3" in one_line(result)
    assert not Path(json.loads(log.read_text())["path"]).exists()
    assert not db_path.exists()


def test_missing_editor_is_one_line(cli, monkeypatch, db_path):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    result = cli("journal", "add", env=TTY)
    assert result.exit_code == 1 and "EDITOR" in one_line(result)
    assert not db_path.exists()


def test_each_builtin_template_has_its_parts(cli):
    expected = {
        "daily": ["went well", "was hard", "plan for tomorrow"],
        "halt": ["Hungry", "Angry", "Lonely", "Tired"],
        "cba": ["Benefits of using", "Costs of using", "Benefits of not using", "Costs of not using"],
        "abcde": ["Activating event", "Beliefs", "Consequences", "Dispute", "Effective new belief"],
    }
    for name, parts in expected.items():
        result = cli("journal", "template", "show", name)
        assert result.exit_code == 0
        for part in parts:
            assert part in result.stdout, (name, part)


def test_user_templates_add_list_use_remove(cli, store, editor):
    assert cli("journal", "template", "add", "evening", "Three good things:\n1.\n", "--title", "Evening").exit_code == 0
    listed = cli("journal", "template", "list", "--json")
    names = [t["name"] for t in json.loads(listed.stdout)]
    assert names == ["daily", "halt", "cba", "abcde", "evening"]
    log = editor(append="tea with Sam\n")
    assert cli("journal", "add", "--template", "evening", env=TTY).exit_code == 0
    assert "Three good things" in json.loads(log.read_text())["seen"]
    assert store.all("journal")[0]["template"] == "evening"
    refused = cli("journal", "template", "remove", "evening")
    assert refused.exit_code == 1 and "--yes" in one_line(refused)
    assert cli("journal", "template", "remove", "evening", "--yes").exit_code == 0
    assert store.all("journal_templates") == []


def test_user_template_from_stdin_and_bad_names(cli, store):
    assert cli("journal", "template", "add", "morning", "-", input="Today I will:\n").exit_code == 0
    assert store.all("journal_templates")[0]["body"] == "Today I will:\n"
    for name in ("daily", "Bad Name!", "morning"):
        result = cli("journal", "template", "add", name, "x")
        assert result.exit_code == 1, name
        assert one_line(result).startswith("recover: name:")
    builtin = cli("journal", "template", "remove", "cba", "--yes")
    assert builtin.exit_code == 1 and "built-in" in one_line(builtin)


def test_sensitive_entries_are_collapsed_in_lists_until_shown(cli, store):
    cli("journal", "add", "A rough night, details here", "--sensitive")
    cli("journal", "add", "Ordinary day")
    listed = cli("journal", "list")
    assert "Ordinary day" in listed.stdout
    assert "rough night" not in listed.stdout
    assert "sensitive entry, hidden until opened" in listed.stdout
    found = cli("journal", "search", "night")
    assert "rough night" not in found.stdout and "hidden until opened" in found.stdout
    entry_id = [r for r in store.all("journal") if r["sensitive"]][0]["id"]
    shown = cli("journal", "show", entry_id[:6])
    assert "Content warning" in shown.stdout and "A rough night, details here" in shown.stdout


def test_list_filters_and_json(cli):
    cli("journal", "add", "old one", "--at", "2026-11-01 09:00", "--tag", "work")
    cli("journal", "add", "yesterday's", "--at", "yesterday 21:00", "--tag", "sleep")
    cli("journal", "add", "today's", "--tag", "work")

    def texts(*args: str) -> list[str]:
        result = cli("journal", "list", "--json", *args)
        assert result.exit_code == 0, result.stderr
        return [e["text"] for e in json.loads(result.stdout)]

    assert texts() == ["old one", "yesterday's", "today's"]
    assert texts("--since", "7d") == ["yesterday's", "today's"]
    assert texts("--until", "yesterday") == ["old one", "yesterday's"]
    assert texts("--since", "2026-11-19", "--until", "2026-11-19") == ["yesterday's"]
    assert texts("--tag", "WORK") == ["old one", "today's"]
    bad = cli("journal", "list", "--since", "soon")
    assert bad.exit_code == 1 and "--since" in one_line(bad)


def test_search_all_words_case_insensitive(cli):
    cli("journal", "add", "Went to the meeting, felt better")
    cli("journal", "add", "Skipped the meeting")
    result = cli("journal", "search", "MEETING better", "--json")
    assert [e["text"] for e in json.loads(result.stdout)] == ["Went to the meeting, felt better"]
    none = cli("journal", "search", "zebra")
    assert "No journal entry contains 'zebra'" in none.stdout


def test_edit_text_tags_and_sensitive(cli, store):
    cli("journal", "add", "first draft", "--tag", "a")
    entry_id = store.all("journal")[0]["id"]
    assert cli("journal", "edit", entry_id[:8], "second draft").exit_code == 0
    assert cli("journal", "edit", entry_id[:8], "--tag", "b", "--sensitive").exit_code == 0
    record = store.all("journal")[0]
    assert (record["text"], record["tags"], record["sensitive"]) == ("second draft", ["b"], True)
    assert cli("journal", "edit", entry_id, "-", input="from stdin\n").exit_code == 0
    assert store.all("journal")[0]["text"] == "from stdin"


def test_edit_in_editor(cli, store, editor):
    cli("journal", "add", "draft")
    entry_id = store.all("journal")[0]["id"]
    log = editor(append=" and more")
    assert cli("journal", "edit", entry_id, env=TTY).exit_code == 0
    assert json.loads(log.read_text())["seen"] == "draft"
    assert store.all("journal")[0]["text"] == "draft and more"


def test_edit_without_tty_and_no_changes_is_one_line(cli, store):
    cli("journal", "add", "draft")
    entry_id = store.all("journal")[0]["id"]
    result = cli("journal", "edit", entry_id)
    assert result.exit_code == 1 and "not at a terminal" in one_line(result)


def test_delete_asks_and_scripts_need_yes(cli, store):
    cli("journal", "add", "to remove")
    entry_id = store.all("journal")[0]["id"]
    refused = cli("journal", "delete", entry_id)
    assert refused.exit_code == 1 and "--yes" in one_line(refused)
    kept = cli("journal", "delete", entry_id, input="n\n", env=TTY)
    assert kept.exit_code == 0 and len(store.all("journal")) == 1
    assert cli("journal", "delete", entry_id, input="y\n", env=TTY).exit_code == 0
    assert store.all("journal") == []


def test_unknown_id_is_one_line(cli):
    result = cli("journal", "show", "abcdef")
    assert result.exit_code == 1 and "abcdef" in one_line(result)


def test_editor_folder_is_private_even_with_loose_umask(cli, editor, db_path):
    import os

    old = os.umask(0o000)
    try:
        log = editor(write="text")
        assert cli("journal", "add", env=TTY).exit_code == 0
    finally:
        os.umask(old)
    assert json.loads(log.read_text())["folder_mode"] == 0o700
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_piped_text_with_a_template_name_is_stored_with_it(cli, store):
    result = cli("journal", "add", "--template", "halt", input="Tired, mostly. Going to bed early.\n")
    assert result.exit_code == 0, result.stderr
    [record] = store.all("journal")
    assert record["template"] == "halt" and record["text"].startswith("Tired")


def test_template_without_tty_or_text_does_not_open_an_editor(cli, db_path, editor):
    log = editor(write="should never run")
    result = cli("journal", "add", "--template", "daily")  # CliRunner's stdin: an empty pipe
    assert result.exit_code == 1 and "nothing was saved" in one_line(result)
    assert not log.exists()
    assert not db_path.exists()
