"""The escape-sequence corpus and a data file full of it, for the output-safety tests.

tests/cli/test_output_safety.py and tests/tui/test_output_safety_tui.py import this module
(conftest puts tests/ on sys.path). `build_corpus_export(folder)` makes, through the real
commands, one record of every kind with a marker in every text field a person can fill, exports
it, and replaces each marker with the corpus: an export that `recover import` takes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import FROZEN_NOW
from typer.testing import CliRunner

# One corpus, short enough for the tightest field (a 40-character journal tag).
CORPUS = "\x1b]0;T\x07\x1b]52;c;QQ\x1b\\\x1b]8;;h\x07\x1b[2J\x9b2J\u202e\u2066\x00\r\x08"
# The longer forms, for the fields that take them (journal text, notes).
LONG = (
    "hi \x1b]52;c;RVZJTA==\x07\x1b]0;PWNED\x07 \x1b]0;TITLE\x1b\\ "
    "\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\ \x1b[2J\x1b[H \x9b31m "
    "\u202eevil\u202c \u2066iso\u2069 nul\x00byte back\x08space\rcr\x7fdel"
)
# Names are typed on the command line, where whitespace (CR) is folded: theirs has no CR.
NAME = CORPUS.replace("\r", "")
MARK = "QZM"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def unsafe_in(text: str) -> list[str]:
    """The characters of `text` a terminal would act on (newline and tab are fine)."""
    return sorted({repr(c) for c in UNSAFE.findall(text)})


def corpus_env(base: Path) -> dict[str, str]:
    home = base / "home"
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "RECOVER_DB": str(base / "seed.json"),
        "RECOVER_NOW": FROZEN_NOW,  # conftest.FROZEN_NOW: the records are made "today"
        "TZ": "UTC",
        "COLUMNS": "100",
        "RECOVER_CLOCK_SPEED": "60000",  # a skill's minute passes in a millisecond
    }


# Every free-text field a person can fill, through the real commands, holding the marker.
SEED: list[list[str]] = [
    ["counter", "add", f"{MARK}count", "--since", "100d"],
    ["counter", "milestone", f"{MARK}count", "45", f"{MARK} label"],
    ["relapse", f"{MARK}count", "--at", "-50d", "--note", f"{MARK} note"],
    ["checkin", "--mood", "3", "--craving", "2", "--gratitude", f"{MARK} grat", "--note", f"{MARK} note"],
    ["journal", "add", f"{MARK} text", "--tag", f"{MARK}"],
    ["journal", "add", f"{MARK} secret", "--tag", f"{MARK}", "--sensitive", "--at", "-1h"],
    ["journal", "template", "add", "mytpl", f"{MARK} body", "--title", f"{MARK} title"],
    ["trigger", "log", f"{MARK} what", "--where", f"{MARK} where", "--who", f"{MARK} who"]
    + ["--emotion", f"{MARK}emo", "--halt", "hungry", "--intensity", "5", "--coping", f"{MARK} coping"]
    + ["--outcome", "resisted", "--note", f"{MARK} note", "--at", "-2h"],
    ["skill", "add", f"{MARK}skill", "--minutes", "5", "--step", f"{MARK} step", "--note", f"{MARK} skillnote"],
    ["skill", "start", f"{MARK}skill", "--craving-before", "5", "--craving-after", "2", "--quiet", "-m", "1"],
    ["contact", "add", f"{MARK}Sam", "--reach", f"{MARK} reach", "--role", "sponsor", "--note", f"{MARK} note"],
    ["aid", "add", f"{MARK} aid", "--from", f"{MARK} from"],
    ["reason", "add", f"{MARK} reason"],
    ["pledge", f"{MARK} pledge"],
    ["remind", "set", "checkin", "19:00"],
    ["crisis", "add", f"{MARK}line", "--phone", f"555 {MARK}", "--text", MARK]
    + ["--hours", f"{MARK} hours", "--country", "GB", "--note", f"{MARK} note"],
    ["meeting", "log", f"{MARK}meet", "--format", "online", "--fellowship", MARK, "--role", "shared"]
    + ["--note", f"{MARK} note", "--at", "-3h"],
    ["care", "add", "medication", f"{MARK}med", "--dose", f"{MARK} dose", "--schedule", "twice daily 08:00 19:00"]
    + ["--note", f"{MARK} note"],
    ["care", "add", "doctor", f"{MARK}gp", "--at", "2026-11-20 10:00", "--note", f"{MARK} note"],
    ["care", "log", f"{MARK}med", "--at", "-1h", "--note", f"{MARK} note"],
    ["care", "log", f"{MARK}gp", "missed", "--at", "-2h", "--note", f"{MARK} note"],
    ["reward", "add", f"{MARK}reward", "--cost", "1", "--note", f"{MARK} note"],
    ["reward", "add", f"{MARK}dear", "--cost", "100000", "--note", f"{MARK} note"],
    ["reward", "claim", f"{MARK}reward", "--note", f"{MARK} note"],
    ["plan", "add", f"{MARK}plan", "--points", "2", "--step", "1", "--every", "day", "--note", f"{MARK} note"],
    ["plan", "log", f"{MARK}plan", "--note", f"{MARK} note", "--at", "-1h"],
    ["plan", "add", f"{MARK}fromcare", "--points", "1", "--from-care", f"{MARK}med", "--note", f"{MARK} note"],
    ["ask", "--emotion", f"{MARK}emo", "--problem", f"{MARK} problem", "--since", f"{MARK} since"]
    + ["--tried", f"{MARK} tried", "--request", f"{MARK} own request", "--format", "forum"],
]


def build_corpus_export(base: Path) -> dict[str, Any]:
    """A crafted export in `base`: the seed's records with every marker replaced by the corpus.

    Returns:
        {"path": the export file, "data": its decoded content}.
    """
    from recovery_tui.cli.app import app

    runner = CliRunner()
    env = corpus_env(base)
    for argv in SEED:
        result = runner.invoke(app, argv, env=env, catch_exceptions=False)
        assert result.exit_code == 0, (argv, result.output)
    first_request = runner.invoke(app, ["ask", "list", "--json"], env=env, catch_exceptions=False)
    request_id = json.loads(first_request.stdout)[0]["id"]
    followup = ["ask", "followup", request_id, "--helpful", "yes", "--from", f"{MARK} from", "--note", f"{MARK} n"]
    assert runner.invoke(app, followup, env=env, catch_exceptions=False).exit_code == 0
    out = base / "seed-export.json"
    assert runner.invoke(app, ["export", "-o", str(out)], env=env, catch_exceptions=False).exit_code == 0
    text = out.read_text(encoding="utf-8")
    # "QZM note" -> the long corpus where the field takes it; every other marker -> the short one.
    text = text.replace(f"{MARK} note", json.dumps(LONG)[1:-1]).replace(f"{MARK} text", json.dumps(LONG)[1:-1])
    text = re.sub(f"{MARK}(?=[A-Za-z])", lambda _: json.dumps(NAME)[1:-1], text)
    text = text.replace(MARK, json.dumps(CORPUS)[1:-1])
    crafted = base / "crafted-export.json"
    crafted.write_text(text, encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    assert text.count(json.dumps(CORPUS)[1:-1]) + text.count(json.dumps(NAME)[1:-1]) > 30
    return {"path": crafted, "data": data}
