"""Shared CLI plumbing: the store for this run, the clock, JSON and text output, prompts.

Every command module uses these so that all commands behave alike: `--db`/RECOVER_DB pick
the file, RECOVER_NOW freezes the clock, `--json` prints machine-readable output, prompts
appear only at a terminal (RECOVER_INTERACTIVE=1 forces them, for tests and `expect` users),
and Rich is imported only by commands that draw charts or a live timer; tables are `table`,
plain text measured in terminal cells.

Output safety holds here, at the root, so a new command is safe by default: `say`, `warn` and
`table` show stored text through safetext's one rule (control characters, ESC and bidi
overrides made visible), `emit_json` escapes what a terminal could act on while keeping the
JSON exact, and `console()` is a Rich console that does the same to every text segment it
draws (its own colours and styles are untouched) and never reads markup or emoji codes in
people's words. Nothing in cli/ writes to stdout or stderr except through these.

Importing this module does not import Typer (prompts import it when they ask), so the
Typer-free fast paths (cli/prompt_line.py, cli/quick_checkin.py) share it with the commands.

Passphrases (for an encrypted data file) come from RECOVER_PASSPHRASE_CMD (run without a
shell, its output minus the trailing newline) or, at a terminal, a hidden prompt; never from
the command line. The store asks for one only when the file turns out to be encrypted.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

import msgspec

from recovery_tui import clock, locations
from recovery_tui.core.words import counted, noun
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import cells as text_cells
from recovery_tui.safetext import is_safe, json_safe, pad, truncate, visible, visible_line
from recovery_tui.store.crypto import PassphraseNeeded, forbid_core_dumps

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    import typer
    from rich.console import Console

    from recovery_tui.store import Store


class CliState(msgspec.Struct):
    """What the root callback learned from global options."""

    db: str | None = None
    _store: Store | None = None


def state(ctx: typer.Context) -> CliState:
    """The CliState of this invocation (created if a command runs without the root callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
    return root.obj


def get_store(ctx: typer.Context) -> Store:
    """The Store for this run's data file (opened lazily, once)."""
    st = state(ctx)
    if st._store is None:
        st._store = open_store(st.db)
    return st._store


def open_store(db: str | None) -> Store:
    """A Store for the file `--db` names (else RECOVER_DB, else the default), with the
    passphrase asked for only if the file turns out to be encrypted."""
    from recovery_tui.store import Store

    path = locations.data_file(db)
    return Store(path, passphrase=lambda: passphrase_for(path))


PASSPHRASE_CMD = "RECOVER_PASSPHRASE_CMD"
NEW_PASSPHRASE_CMD = "RECOVER_NEW_PASSPHRASE_CMD"


def passphrase_from_command(variable: str = PASSPHRASE_CMD) -> str | None:
    """Run the command named by `variable` (no shell) and return its output, or None if unset.

    Raises:
        InvalidInput: the command cannot be run, fails, or prints nothing.
    """
    command = os.environ.get(variable, "").strip()
    if not command:
        return None
    forbid_core_dumps()  # the passphrase is about to be in memory
    import shlex
    import subprocess

    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise InvalidInput(variable, f"cannot read the command ({exc}); nothing was changed.") from None
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, timeout=300, check=False)
    except FileNotFoundError:
        raise InvalidInput(variable, f"'{argv[0]}' was not found; nothing was changed.") from None
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InvalidInput(variable, f"could not run '{argv[0]}' ({exc}); nothing was changed.") from None
    if done.returncode != 0:
        raise InvalidInput(variable, f"'{argv[0]}' exited with code {done.returncode}; nothing was changed.")
    try:
        text = done.stdout.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            variable,
            f"'{argv[0]}' printed bytes that are not UTF-8 text (at byte {exc.start}); "
            "print the passphrase as UTF-8. Nothing was changed.",
        ) from None
    text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
    if not text:
        raise InvalidInput(variable, f"'{argv[0]}' printed an empty passphrase; nothing was changed.")
    return text


def _hidden(question: str) -> str:
    import typer

    forbid_core_dumps()  # what is typed is a passphrase

    answer: str = typer.prompt(question, hide_input=True, default="", show_default=False)
    return answer


def passphrase_for(path: Path, *, allow_prompt: bool = True) -> str:
    """The passphrase of an encrypted data file: RECOVER_PASSPHRASE_CMD, else asked once.

    Raises:
        PassphraseNeeded: no command is set and we may not (or cannot) ask.
    """
    from_command = passphrase_from_command(PASSPHRASE_CMD)
    if from_command is not None:
        return from_command
    if allow_prompt and interactive():
        answer = _hidden(f"Passphrase for {path}")
        if answer:
            return answer
        raise InvalidInput("passphrase", "nothing was typed; nothing was changed.")
    raise PassphraseNeeded(
        f"{path} is encrypted; set RECOVER_PASSPHRASE_CMD (for example 'pass show recover') "
        "or run recover at a terminal to type the passphrase. Nothing was changed."
    )


def new_passphrase(path: Path, *, changing: bool) -> str:
    """A new passphrase: typed twice at a terminal, else from a command.

    When encrypting a plain file the command is RECOVER_PASSPHRASE_CMD (so the same command
    opens it later); when changing the passphrase it is RECOVER_NEW_PASSPHRASE_CMD.

    Raises:
        InvalidInput: the two entries differ or are empty.
        PassphraseNeeded: no terminal and no command.
    """
    variable = NEW_PASSPHRASE_CMD if changing else PASSPHRASE_CMD
    from_command = passphrase_from_command(variable)
    if from_command is not None:
        return from_command
    if not interactive():
        raise PassphraseNeeded(
            f"not at a terminal, so no passphrase was asked; set {variable} to a command that prints "
            "the new passphrase. Nothing was changed."
        )
    first = _hidden(f"New passphrase for {path}")
    if not first:
        raise InvalidInput("passphrase", "nothing was typed; nothing was changed.")
    second = _hidden("Type it again")
    if first != second:
        raise InvalidInput("passphrase", "the two entries differ; nothing was changed.")
    return first


def now() -> datetime:
    """The current time, timezone-aware (RECOVER_NOW freezes it)."""
    return clock.now()


def emit_json(data: Any) -> None:
    """Print `data` as JSON on stdout (dates as ISO 8601).

    Exact JSON: control characters arrive as JSON escapes (`\\u001b`), never raw, and decode
    back to the stored strings.
    """
    import orjson

    try:
        text = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:  # an integer beyond 64 bits, from a file edited by hand
        import msgspec

        text = msgspec.json.format(msgspec.json.encode(data), indent=2)
    sys.stdout.write(json_safe(text.decode()) + "\n")
    sys.stdout.flush()


def say(text: str = "") -> None:
    """Print a line of plain text on stdout (control characters shown, never acted on)."""
    _echo(sys.stdout, text)


def undecodable(text: str) -> int:
    """How many bytes of `text` could not be decoded (Python keeps them as lone surrogates,
    U+DC80..U+DCFF, when stdin or an argument is not UTF-8)."""
    return sum(1 for char in text if "\udc80" <= char <= "\udcff")


def readable_text(text: str, field: str) -> str:
    """Text read from stdin with bytes that are not UTF-8 made visible as U+FFFD (one per
    byte) and a line on stderr saying so: a cron job's entry is kept, never lost or crashed on."""
    bad = undecodable(text)
    if not bad:
        return text
    warn(
        f"{field}: {counted(bad, 'byte')} {noun(bad, 'was', 'were')}"
        f" not UTF-8 text; {noun(bad, 'it is', 'they are')} kept as \ufffd."
    )
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def warn(text: str) -> None:
    """Print a line on stderr (control characters shown, never acted on)."""
    _echo(sys.stderr, text)


def _echo(stream: Any, text: str) -> None:
    # What typer.echo does for our plain text, without importing Typer, through the one rule.
    if stream is None:
        return
    stream.write(visible(text) + "\n")
    stream.flush()


@cache
def console() -> Console:
    """A Rich console for tables and charts (honours NO_COLOR and non-terminals).

    Every text segment it draws goes through the one rule (safetext.visible), whatever the
    renderable (a str, a Text, a Table cell, a Live frame); strings are never read as Rich
    markup or emoji codes, so `[link=...]` in a note stays text. Its own styles are untouched.
    """
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
            for segment in super().render(renderable, options):
                text = segment.text
                if segment.control or is_safe(text):
                    yield segment
                else:
                    yield Segment(visible(text), segment.style, segment.control)

        def render_str(self, text: str, **options: Any) -> Any:
            return super().render_str(visible(text), **options)

    return SafeConsole(highlight=False, soft_wrap=False, markup=False, emoji=False)


def interactive() -> bool:
    """True when we may ask questions: stdin is a terminal (or RECOVER_INTERACTIVE=1)."""
    if os.environ.get("RECOVER_INTERACTIVE") == "1":
        return True
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, AttributeError):
        return False


def confirm(question: str, *, assume_yes: bool, flag: str = "--yes", default: bool = False) -> bool:
    """Ask a yes/no question at a terminal; in scripts require `flag` instead of hanging.

    Raises:
        InvalidInput: not at a terminal and `flag` was not given.
    """
    if assume_yes:
        return True
    if not interactive():
        raise InvalidInput(flag, f"not at a terminal, so nothing was asked and nothing changed; add {flag}.")
    import typer

    return bool(typer.confirm(visible(question), default=default))


def ask(question: str, *, default: str | None = None, field: str) -> str:
    """Ask for a value at a terminal; in scripts fail with one line naming the option."""
    if not interactive():
        raise InvalidInput(field, "is required when not at a terminal.")
    import typer

    prompt, show_default = visible(question), bool(default)
    if default and visible_line(default) != default:
        # a stored default is shown through the rule; Enter still returns it exactly
        prompt, show_default = f"{prompt} [{visible_line(default)}]", False
    answer: str = typer.prompt(prompt, default=default if default is not None else "", show_default=show_default)
    return answer


def table(
    columns: list[str],
    rows: list[list[str]],
    *,
    title: str | None = None,
    keep: tuple[int, ...] = (),
    wrap: tuple[int, ...] = (),
) -> None:
    """Print rows as aligned plain-text columns that fit the terminal: the CLI's one table.

    Plain text rather than a Rich Table: it reads the same without colour, never treats
    brackets in people's words as markup, and draws thousands of rows in milliseconds
    (a Rich Table took seconds for a ten-year journal search). Widths are terminal cells
    (safetext.truncate and pad), so CJK and emoji line up. When the table is wider than the
    terminal the widest columns shrink (to 8 cells at least): a cell there is cut with "…",
    or, in a `wrap` column (free text a person wants to read whole), carried on to the next
    lines. Columns in `keep` (such as names a later command needs whole) are never shortened.

    Every list of records the CLI prints goes through here. Lines that align a few values
    outside a table pad stored text with safetext.pad: `:<N` and ljust count characters, so
    they are kept for our own ASCII labels and numbers (`recover where`, a points balance).
    """
    import shutil

    total = max(40, shutil.get_terminal_size((100, 24)).columns)
    cells = [[visible_line(" ".join(str(value).split())) for value in row] for row in rows]
    widths = [max([text_cells(name)] + [text_cells(row[i]) for row in cells]) for i, name in enumerate(columns)]
    gap = 2
    shrinkable = [i for i in range(len(widths)) if i not in keep]
    while shrinkable and sum(widths) + gap * (len(widths) - 1) > total and max(widths[i] for i in shrinkable) > 8:
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] = max(8, widths[widest] - max(1, (sum(widths) + gap * (len(widths) - 1) - total)))

    def lines(values: list[str]) -> list[str]:
        parts = [_wrapped(value, widths[i]) if i in wrap else [value] for i, value in enumerate(values)]
        out = []
        for n in range(max(len(part) for part in parts)):
            line = [part[n] if n < len(part) else "" for part in parts]
            fitted = (pad(truncate(value, widths[i]), widths[i]) for i, value in enumerate(line))
            out.append((" " * gap).join(fitted).rstrip())
        return out

    out = [visible_line(title)] if title else []
    out += lines([visible_line(name) for name in columns])
    out += lines(["─" * w for w in widths])
    for row in cells:
        out += lines(row)
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.flush()


def _wrapped(text: str, width: int) -> list[str]:
    """`text` broken into lines of at most `width` cells, at spaces where it can be."""
    if text_cells(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if text_cells(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:  # a word longer than the column is cut by cells, never inside a wide one
            if line and text_cells(line + char) > width:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return lines
