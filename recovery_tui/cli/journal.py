"""`recover journal`: add, list, show, search, edit and delete entries; manage templates.

Text for `journal add` comes from the argument, from stdin (`-`, or a pipe/file on stdin), or
from $VISUAL/$EDITOR opened on a template when neither is given (only at a terminal). The
editor's temp file lives in `.editing/` beside the data file, a 0700 folder, and is removed
afterwards even when something fails. Sensitive entries are shown collapsed in lists.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from recovery_tui import messages
from recovery_tui.cli import common
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.cli.times import time_option
from recovery_tui.core.journal import COLLAPSED, JournalEntry
from recovery_tui.core.records import to_json
from recovery_tui.core.templates import Template, untouched
from recovery_tui.core.timeparse import check_day_range, localize, parse_since
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import pad
from recovery_tui.services import journal as journal_service

if TYPE_CHECKING:
    from recovery_tui.store import Store

journal_app = typer.Typer(
    rich_markup_mode=None,
    help="Journal entries from the command line, stdin or your editor. Example: recover journal add 'Slept well.'",
)
template_app = typer.Typer(
    rich_markup_mode=None,
    help="Journal templates: built-in (daily, halt, cba, abcde) and your own. Example: recover journal template list",
)
journal_app.add_typer(template_app, name="template")

EDIT_FOLDER = ".editing"
STDIN_LIMIT = 1_000_000  # characters: far beyond an entry (100,000) or a template, still quick to refuse


# -- reading text ------------------------------------------------------------------------


def piped_stdin() -> str | None:
    """What is waiting on stdin when it is a pipe or a file (not a terminal, not /dev/null).

    Returns None when stdin is closed, a terminal, or a device, so scripts never hang.
    """
    stream = sys.stdin
    if stream is None or stream.closed:
        return None
    try:
        if stream.isatty():
            return None
        fd = stream.fileno()
    except (ValueError, OSError, io.UnsupportedOperation):
        return _read_bounded(stream, "text")  # an in-memory stream (tests, embedding): never blocks
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return None
    if stat.S_ISFIFO(mode) or stat.S_ISREG(mode):
        return _read_bounded(stream, "text")
    return None


def _read_bounded(stream: Any, field: str) -> str:
    """Stdin as text: at most a little more than the longest entry (so `yes | recover journal
    add` is refused, not read forever), with bytes that are not UTF-8 kept visibly as U+FFFD."""
    text = stream.read(STDIN_LIMIT + 1)
    if len(text) > STDIN_LIMIT:
        raise InvalidInput(field, f"stdin holds more than {STDIN_LIMIT:,} characters; nothing was saved.")
    return common.readable_text(text, field)


def read_stdin(field: str) -> str:
    """All of stdin for an explicit '-'; refuses empty text."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise InvalidInput(field, "stdin is closed, so there is no text to read; nothing was saved.")
    text = _read_bounded(stream, field)
    if not text.strip():
        raise InvalidInput(field, "stdin was empty; nothing was saved.")
    return text


def editor_command() -> list[str]:
    """The editor to run: $VISUAL, else $EDITOR, else nano or vi."""
    import shlex

    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return shlex.split(chosen)
    import shutil

    return [shutil.which("nano") or "vi"]


def edit_text(store: Store, initial: str, *, field: str = "text") -> str:
    """Open the editor on `initial` in a 0700 folder of ours; return the saved text.

    The temp file is 0600 and is removed afterwards, also when the editor fails.
    """
    import subprocess
    import tempfile

    if not common.interactive():
        raise InvalidInput(
            field, "not at a terminal, so no editor was opened; pass the text, or '-' and the text on stdin."
        )
    from recovery_tui.store.owned import make_private_folder

    folder = store.path.parent / EDIT_FOLDER
    make_private_folder(folder)  # never through a link: the text typed is plain
    fd, name = tempfile.mkstemp(prefix="journal-", suffix=".md", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(initial)
        command = [*editor_command(), str(path)]
        try:
            result = subprocess.run(command, check=False)
        except OSError as exc:
            raise InvalidInput(
                "EDITOR", f"could not start '{command[0]}' ({exc.strerror or exc}); set EDITOR to your editor."
            ) from None
        if result.returncode != 0:
            raise InvalidInput("EDITOR", f"'{command[0]}' exited with code {result.returncode}; nothing was saved.")
        return common.readable_text(path.read_text(encoding="utf-8", errors="surrogateescape"), "EDITOR")
    finally:
        try:
            path.unlink()
        except OSError:
            pass
        try:
            folder.rmdir()
        except OSError:
            pass


def _until(text: str, now: datetime) -> datetime:
    """An --until value: a day means the end of that day; otherwise a time."""
    raw = text.strip().lower()
    day: date | None = None
    if raw == "today":
        day = now.date()
    elif raw == "yesterday":
        day = date.fromordinal(now.date().toordinal() - 1)
    else:
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            day = None
    if day is not None:
        check_day_range(day, text, "until")
        return localize(datetime.combine(day, time(23, 59, 59)), now)
    return time_option(text, now, field="until", allow_future=True)


def _since(text: str, now: datetime) -> datetime:
    raw = text.strip().lower()
    if raw in {"today", "yesterday"}:
        day = now.date() if raw == "today" else date.fromordinal(now.date().toordinal() - 1)
        return localize(datetime.combine(day, time(0, 0)), now)
    return parse_since(text, now)


def _when(entry: JournalEntry) -> str:
    return f"{entry.at:%Y-%m-%d %H:%M}"


def _print_entries(entries: list[JournalEntry], *, empty: str) -> None:
    if not entries:
        common.say(empty)
        return
    rows = [  # common.table is plain text: brackets stay as typed, controls are shown visibly
        [
            entry.id[:8],
            _when(entry),
            ", ".join(entry.tags),
            ("⚠ " if entry.sensitive else "") + entry.preview(50),
        ]
        for entry in entries
    ]
    common.table(["id", "when", "tags", "entry"], rows)
    if any(e.sensitive for e in entries):
        common.say("Sensitive entries stay collapsed; open one with: recover journal show ID")


# -- entries -----------------------------------------------------------------------------


@journal_app.command("add")
def add(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="The entry; '-' reads stdin. Omit it to pipe text in or open $EDITOR.")
    ] = None,
    *,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", metavar="TAG", help="A tag (repeatable, or comma-separated).")
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", metavar="TIME", help="When it is about: yesterday 21:00, -2h.")
    ] = None,
    sensitive: Annotated[
        bool, typer.Option("--sensitive", help="Collapse it in lists and on the dashboard until opened.")
    ] = False,
    template: Annotated[
        str | None,
        typer.Option(
            "--template", "-T", metavar="NAME", help="Open $EDITOR on a template: daily, halt, cba, abcde, ..."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved entry as JSON.")] = False,
) -> None:
    """Write a journal entry from the argument, stdin or $EDITOR (optionally from a template).

    Example: recover journal add --template daily --tag evening
    """
    store = common.get_store(ctx)
    now = common.now()
    moment = time_option(at, now, field="at") if at is not None else None
    chosen: Template | None = journal_service.find_template(store, template) if template else None
    if text == "-":
        body = read_stdin("text")
    elif text is not None:
        body = text
    else:
        piped = piped_stdin()
        if piped is not None and piped.strip():
            body = piped
        elif piped is not None and not common.interactive():
            raise InvalidInput("text", "stdin was empty; nothing was saved.")
        else:
            body = edit_text(store, chosen.body if chosen else "")
            if untouched(body, chosen):
                raise InvalidInput("text", "the entry is empty (nothing was written in the editor); nothing was saved.")
    entry = journal_service.add_entry(
        store,
        body,
        at=moment,
        tags=tag or [],
        sensitive=sensitive,
        template=chosen.name if chosen else None,
        now=now,
    )
    if as_json:
        common.emit_json(to_json(entry))
        return
    common.say(f"Journal entry saved ({entry.id[:8]}, {_when(entry)}).")


# Options shared by `journal list` and `journal search`.
Since = Annotated[str | None, typer.Option("--since", metavar="WHEN", help="From: 30d, yesterday, 2026-11-01.")]
Until = Annotated[str | None, typer.Option("--until", metavar="WHEN", help="Up to: today, 2026-11-19 (the whole day).")]
TagFilter = Annotated[str | None, typer.Option("--tag", "-t", metavar="TAG", help="Only entries with this tag.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for scripts (full text included).")]


@journal_app.command("list")
def list_entries(
    ctx: typer.Context,
    *,
    since: Since = None,
    until: Until = None,
    tag: TagFilter = None,
    limit: Limit = None,
    as_json: AsJson = False,
) -> None:
    """List journal entries, oldest first, newest last (sensitive ones collapsed).

    Example: recover journal list -n 5 --tag evening
    """
    store = common.get_store(ctx)
    now = common.now()
    entries = journal_service.list_entries(
        store,
        since=_since(since, now) if since else None,
        until=_until(until, now) if until else None,
        tag=tag,
    )
    entries = newest(entries, limit)
    if as_json:
        common.emit_json([to_json(e) for e in entries])
        return
    _print_entries(entries, empty="No journal entries yet. Write one: recover journal add 'How today went'")


@journal_app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to find in the text or tags (all must match).")],
    *,
    since: Since = None,
    until: Until = None,
    tag: TagFilter = None,
    limit: Limit = None,
    as_json: AsJson = False,
) -> None:
    """Find journal entries containing every given word (case-insensitive), oldest first.

    Example: recover journal search "sleep"
    """
    store = common.get_store(ctx)
    now = common.now()
    entries = journal_service.list_entries(
        store,
        since=_since(since, now) if since else None,
        until=_until(until, now) if until else None,
        tag=tag,
        query=query,
    )
    entries = newest(entries, limit)
    if as_json:
        common.emit_json([to_json(e) for e in entries])
        return
    _print_entries(entries, empty=f"No journal entry contains '{query}'.")


@journal_app.command("show")
def show(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 4+ characters will do).")],
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show one journal entry in full (this opens a sensitive entry).

    Example: recover journal show 3f2a
    """
    entry = journal_service.find_entry(common.get_store(ctx), entry_id)
    if as_json:
        common.emit_json(to_json(entry))
        return
    details = [_when(entry), f"id {entry.id}"]
    if entry.tags:
        details.append("tags: " + ", ".join(entry.tags))
    if entry.template:
        details.append(f"template: {entry.template}")
    common.say(" · ".join(details))
    if entry.sensitive:
        common.say("Content warning: you marked this entry sensitive.")
    common.say()
    common.say(entry.text)


@journal_app.command("edit")
def edit(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 4+ characters will do).")],
    text: Annotated[
        str | None, typer.Argument(help="New text; '-' reads stdin. Omit it (and other options) to open $EDITOR.")
    ] = None,
    *,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", metavar="TAG", help="Replace the tags (repeatable).")
    ] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="TIME", help="Move it to another time.")] = None,
    sensitive: Annotated[
        bool | None, typer.Option("--sensitive/--not-sensitive", help="Collapse it in lists, or stop doing so.")
    ] = None,
) -> None:
    """Change a journal entry's text, tags, time or sensitive flag.

    Example: recover journal edit 3f2a --tag sleep --sensitive
    """
    store = common.get_store(ctx)
    now = common.now()
    entry = journal_service.find_entry(store, entry_id)
    moment = time_option(at, now, field="at") if at is not None else None
    new_text: str | None
    if text == "-":
        new_text = read_stdin("text")
    elif text is not None:
        new_text = text
    elif tag is None and at is None and sensitive is None:
        new_text = edit_text(store, entry.text)
        if not new_text.strip():
            raise InvalidInput("text", "the entry is empty; nothing was changed.")
    else:
        new_text = None
    updated = journal_service.edit_entry(
        store, entry.id, text=new_text, at=moment, tags=tag, sensitive=sensitive, now=now
    )
    common.say(f"Journal entry updated ({updated.id[:8]}, {_when(updated)}).")


@journal_app.command("delete")
def delete(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's id (the first 4+ characters will do).")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete a journal entry (asks first; --yes for scripts).

    Example: recover journal delete 3f2a --yes
    """
    store = common.get_store(ctx)
    entry = journal_service.find_entry(store, entry_id)
    label = COLLAPSED if entry.sensitive else entry.preview(40)
    if not common.confirm(f"Delete the entry from {_when(entry)} ({label})? This cannot be undone", assume_yes=yes):
        common.say("Nothing was deleted.")
        return
    journal_service.remove_entry(store, entry.id)
    common.say(f"Deleted the entry from {_when(entry)}.")


# -- templates ---------------------------------------------------------------------------


def template_json(template: Template) -> dict[str, Any]:
    """A template as `--json` prints it (built-in or yours, without id or times)."""
    return {"name": template.name, "title": template.title, "builtin": template.builtin, "body": template.body}


@template_app.command("list")
def template_list(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List journal templates, built-in and your own.

    Example: recover journal template list
    """
    templates = journal_service.list_templates(common.get_store(ctx))
    if as_json:
        common.emit_json([template_json(t) for t in templates])
        return
    for template in templates:
        kind = "built-in" if template.builtin else "yours"
        common.say(f"{pad(template.name, 12)} {kind:<9} {template.title}")


@template_app.command("show")
def template_show(ctx: typer.Context, name: Annotated[str, typer.Argument(help="Template name, e.g. cba.")]) -> None:
    """Print a template's text.

    Example: recover journal template show abcde
    """
    common.say(journal_service.find_template(common.get_store(ctx), name).body.rstrip())


@template_app.command("add")
def template_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A short name: lowercase letters, digits, - or _.")],
    body: Annotated[
        str | None, typer.Argument(help="The template text; '-' reads stdin. Omit it to pipe it in or use $EDITOR.")
    ] = None,
    *,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="A longer title for lists.")] = None,
) -> None:
    """Add your own journal template.

    Example: recover journal template add gratitude "Three good things today:" --title "Three good things"
    """
    store = common.get_store(ctx)
    if body == "-":
        text = read_stdin("body")
    elif body is not None:
        text = body
    else:
        piped = piped_stdin()
        text = piped if piped is not None and piped.strip() else edit_text(store, "", field="body")
    template = journal_service.add_template(store, name, text, title=title, now=common.now())
    common.say(f"Template '{template.name}' saved. Use it: recover journal add --template {template.name}")


@template_app.command("remove")
def template_remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Your template's name.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Remove without asking.")] = False,
) -> None:
    """Remove one of your templates (entries written with it stay).

    Example: recover journal template remove gratitude --yes
    """
    store = common.get_store(ctx)
    template = journal_service.find_template(store, name)
    if template.builtin:
        raise InvalidInput("name", messages.builtin_template_kept(template.name))
    if not common.confirm(f"Remove the template '{template.name}'?", assume_yes=yes):
        common.say("Nothing was removed.")
        return
    journal_service.remove_template(store, template.id or template.name)  # the id: one of twins too
    common.say(f"Template '{template.name}' removed.")


def register(app: typer.Typer) -> None:
    """Add the `journal` group to the root app."""
    app.add_typer(
        journal_app,
        name="journal",
        short_help="Journal from args, stdin or $EDITOR · recover journal add --template daily",
    )
