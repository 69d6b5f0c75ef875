"""`recover ask`: compose a request for help in 3 steps, list saved ones, record follow-ups.

`recover ask` with no subcommand composes. At a terminal it walks the three steps (name the
emotion, specify the problem, make a clear request), asking only for what no flag gave, shows
the message, lets the person edit it ($VISUAL/$EDITOR, else type a new version), pick a format
and save it. When --emotion, --problem and --request are all given it asks nothing and prints
only the message on stdout (or the saved record with --json), for piping into a clipboard tool.
Without a terminal a missing flag is refused in one line and nothing is saved.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path
from typing import Annotated, Any

import typer

from recovery_tui import messages, wording
from recovery_tui.cli import common, complete
from recovery_tui.cli.flags import at_prompt
from recovery_tui.cli.listing import newest
from recovery_tui.core import help_requests as help_requests_core
from recovery_tui.core.emotions import FAMILIES, numbered, resolve_emotion
from recovery_tui.core.help_requests import FORMATS, REQUEST_KINDS, STEP_HINTS, Draft, HelpRequest
from recovery_tui.core.records import to_record
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput
from recovery_tui.services import help_requests as service

ask_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Ask for help in 3 steps: name the emotion, say what is happening, ask clearly. "
        "Example: recover ask --emotion lonely --problem 'Friday nights alone I want to drink' --request talk"
    ),
)


def record_json(request: HelpRequest) -> dict[str, Any]:
    """The stored record of a request plus `message`, its full pasteable text."""
    return {**to_record(request), "message": request.message.text}


# -- interactive steps ----------------------------------------------------------------------
def _wrapped(text: str) -> str:
    """`text` indented by two spaces and wrapped to the terminal (at most 100 columns)."""
    width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
    return textwrap.fill(text, width=width, initial_indent="  ", subsequent_indent="  ")


def _step_header(number: int) -> None:
    title, hint, example = STEP_HINTS[number - 1]
    common.say()
    common.say(f"Step {number} of 3 · {title}")
    common.say(_wrapped(hint))
    common.say(_wrapped(example))


def _ask_until_valid(question: str, parse: Any, *, default: str | None = None, field: str) -> Any:
    """Ask again (with the reason) until `parse(answer)` accepts it."""
    while True:
        answer = common.ask(question, default=default, field=field)
        try:
            return parse(answer)
        except InvalidInput as err:
            common.warn(at_prompt(err, "ask"))


def _with_one_nudge(question: str, nudge: Any, *, field: str) -> str:
    """Ask; if the answer is vague, nudge once and ask again (Enter keeps the first answer)."""
    answer = common.ask(question, field=field)
    message = nudge(answer)
    if message:
        common.say(_wrapped(f"{message} Say a bit more, or press Enter to keep it."))
        again = common.ask(question, default=answer, field=field)
        answer = again or answer
    return answer


def _step_emotion() -> tuple[str, int | None]:
    _step_header(1)
    rows = numbered()
    for family in FAMILIES:
        words = "  ".join(f"{n:>2} {w}" for n, w, fam in rows if fam == family.name)
        common.say(f"  {family.name:<9}{words}")
    while True:
        answer = _with_one_nudge("Emotion (number or your own word)", help_requests_core.nudge_emotion, field="emotion")
        try:
            emotion = resolve_emotion(answer)
            break
        except InvalidInput as err:
            common.warn(at_prompt(err, "ask"))
    intensity = _ask_until_valid(
        "How strong, 0-10 (Enter to skip)", help_requests_core.parse_intensity, default="", field="intensity"
    )
    return emotion, intensity


def _step_problem() -> tuple[str, str, str]:
    _step_header(2)
    while True:
        problem = _with_one_nudge("What is happening", help_requests_core.nudge_problem, field="problem")
        if problem.strip():
            break
        common.warn(f"--problem: {messages.PROBLEM}")
    since = common.ask("Since when (Enter to skip)", default="", field="since")
    tried = common.ask("What have you tried (Enter to skip)", default="", field="tried")
    return problem, since, tried


def _step_request() -> tuple[str, str]:
    _step_header(3)
    for number, label in enumerate(REQUEST_KINDS.values(), start=1):
        common.say(f"  {number} {label}")
    while True:
        answer = common.ask("What would help (number or your own words)", default="1", field="request")
        if answer.strip().casefold() in {"5", "own", "in my own words"}:
            words = common.ask("Your request, in your own words", field="request")
            nudge = help_requests_core.nudge_request("own", words)
            if nudge:
                common.say(_wrapped(f"{nudge} Say a bit more, or press Enter to keep it."))
                words = common.ask("Your request, in your own words", default=words, field="request") or words
            answer = words
        try:
            return help_requests_core.parse_request(answer)
        except InvalidInput as err:
            common.warn(at_prompt(err, "ask"))


def _ask_format(default: str) -> str:
    keys = list(FORMATS)
    common.say("Format: " + "  ".join(f"{n} {label}" for n, label in enumerate(FORMATS.values(), start=1)))

    def parse(answer: str) -> str:
        text = answer.strip()
        if text.isdigit() and 1 <= int(text) <= len(keys):
            return keys[int(text) - 1]
        return help_requests_core.check_format(text, field="format")

    result: str = _ask_until_valid(
        "Format (number or name)", parse, default=str(keys.index(default) + 1), field="format"
    )
    return result


def _edit(text: str) -> str:
    """The message after the person edits it: in $VISUAL/$EDITOR if set, else typed anew."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if editor:
        fd, name = tempfile.mkstemp(prefix="recover-ask-", suffix=".txt")
        path = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text + "\n")
            result = subprocess.run([*shlex.split(editor), str(path)], check=False)
            if result.returncode != 0:
                common.warn(f"The editor ({editor}) exited with code {result.returncode}; the message is unchanged.")
                return text
            edited = common.readable_text(path.read_text(encoding="utf-8", errors="surrogateescape"), "EDITOR")
            return edited.strip() or text
        except OSError as err:
            common.warn(f"Could not run the editor ({editor}): {err.strerror or err}; the message is unchanged.")
            return text
        finally:
            path.unlink(missing_ok=True)
    common.say("Type your version. A line with only a dot (.) ends it; a dot alone at once keeps the message.")
    lines: list[str] = []
    while True:
        line = typer.prompt("", default="", show_default=False, prompt_suffix="")
        if line.strip() == ".":
            break
        lines.append(line)
    return "\n".join(lines).strip() or text


def _show(text: str) -> None:
    rule = "-" * 60
    common.say()
    common.say(rule)
    common.say(text)
    common.say(rule)


def _review(draft: Draft, fmt: str) -> tuple[str, str | None] | None:
    """Show the message; loop over save / edit / format / cancel. None means cancelled."""
    text = help_requests_core.compose(draft, fmt).text
    edited = False
    while True:
        _show(text)
        choice = common.ask("[s]ave, [e]dit, [f]ormat, or [c]ancel", default="s", field="request").strip().lower()
        if choice in {"s", "save", ""}:
            return fmt, text if edited else None
        if choice in {"c", "cancel", "q"}:
            return None
        if choice in {"e", "edit"}:
            new_text = _edit(text)
            edited = edited or new_text != text
            text = new_text
        elif choice in {"f", "format"}:
            new_fmt = _ask_format(fmt)
            if edited and not common.confirm(
                "Changing the format recomposes the message and replaces your edits. Go ahead?", assume_yes=False
            ):
                continue
            fmt, edited = new_fmt, False
            text = help_requests_core.compose(draft, fmt).text
        else:
            common.warn("Type s to save, e to edit, f to change the format, or c to cancel.")


# -- the command ----------------------------------------------------------------------------
@ask_app.callback(invoke_without_command=True)
def ask(
    ctx: typer.Context,
    *,
    emotion: Annotated[
        str | None, typer.Option(help="Step 1: how you feel, a word or a number from the list (lonely, 5).")
    ] = None,
    intensity: Annotated[int | None, typer.Option(help="How strong the feeling is, 0-10.")] = None,
    problem: Annotated[str | None, typer.Option(help="Step 2: what is happening, in a sentence or two.")] = None,
    since: Annotated[str | None, typer.Option(help="Since when, e.g. 'May' or '3 days'.")] = None,
    tried: Annotated[str | None, typer.Option(help="What you tried so far.")] = None,
    request: Annotated[
        str | None,
        typer.Option(help="Step 3: advice, talk, checkin, stories, or your own words in quotes."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="forum (with a title), text (to a sponsor) or chat.",
            autocompletion=complete.choices(FORMATS),
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the saved record as JSON instead of the message.")
    ] = False,
) -> None:
    """Compose a request for help in 3 steps and save it; prints the message.

    Example: recover ask --emotion lonely --problem 'Friday nights alone I want to drink' --request talk | wl-copy
    """
    if ctx.invoked_subcommand is not None:
        given = {"emotion": emotion, "intensity": intensity, "problem": problem, "since": since}
        given |= {"tried": tried, "request": request, "format": fmt}
        stray = [name for name, value in given.items() if value is not None] + (["json"] if as_json else [])
        if stray:
            raise InvalidInput(
                stray[0],
                f"goes with 'recover ask' on its own, not with 'ask {ctx.invoked_subcommand}'; "
                f"put it after the subcommand if it has one (see 'recover ask {ctx.invoked_subcommand} --help').",
            )
        return
    store = common.get_store(ctx)
    chosen_format = help_requests_core.check_format(fmt) if fmt is not None else None
    given_intensity = help_requests_core.parse_intensity(intensity)
    missing = [
        name for name, value in (("emotion", emotion), ("problem", problem), ("request", request)) if value is None
    ]

    if not missing:
        assert emotion is not None and problem is not None and request is not None
        kind, words = help_requests_core.parse_request(request)
        draft = help_requests_core.check_draft(
            Draft(emotion, given_intensity, problem, since or "", tried or "", kind, words)
        )
        for nudge in (
            help_requests_core.nudge_emotion(draft.emotion),
            help_requests_core.nudge_problem(problem),
            help_requests_core.nudge_request(kind, words),
        ):
            if nudge:
                common.warn(f"tip: {nudge}")
        saved = service.add_help_request(
            store, draft, fmt=chosen_format or help_requests_core.DEFAULT_FORMAT, now=common.now()
        )
        if as_json:
            common.emit_json(record_json(saved))
        else:
            common.say(saved.message.text)
        return

    if not common.interactive():
        also = f" (also missing: {', '.join(f'--{name}' for name in missing[1:])})" if len(missing) > 1 else ""
        raise InvalidInput(missing[0], f"is required when not at a terminal{also}; nothing was saved.")

    common.say("Asking for help is a strength. Three short steps; Ctrl+C stops without saving.")
    if emotion is None:
        emotion_word, given_intensity = _step_emotion()
    else:
        emotion_word = resolve_emotion(emotion)
    if problem is None:
        problem, since, tried = _step_problem()
    if request is None:
        kind, words = _step_request()
    else:
        kind, words = help_requests_core.parse_request(request)
    draft = help_requests_core.check_draft(
        Draft(emotion_word, given_intensity, problem, since or "", tried or "", kind, words)
    )
    chosen = chosen_format or _ask_format(help_requests_core.DEFAULT_FORMAT)
    reviewed = _review(draft, chosen)
    if reviewed is None:
        common.say("Nothing was saved.")
        return
    final_format, edited_text = reviewed
    saved = service.add_help_request(store, draft, fmt=final_format, now=common.now(), text=edited_text)
    if as_json:
        common.emit_json(record_json(saved))
        return
    short = saved.id[:8]
    common.say(f"Saved as {short}. To copy it: recover ask show {short} --message | wl-copy")
    common.say(f"When someone answers: recover ask followup {short} --helpful yes --from NAME")


# -- saved requests -------------------------------------------------------------------------
LIST_LIMIT = 20


def help_summary(request: HelpRequest) -> str:
    """One short phrase: who helped, answered without help, or not yet."""
    if request.got_help:
        names = ", ".join(request.helpers)
        return f"yes ({names})" if names else "yes"
    if request.followups:
        return "answered"
    return "not yet"


@ask_app.command("list")
def list_requests(
    ctx: typer.Context,
    *,
    limit: Annotated[
        int, typer.Option("-n", "--limit", min=1, metavar="N", help="Only the newest N (still oldest first).")
    ] = LIST_LIMIT,
    show_all: Annotated[bool, typer.Option("--all", help="Show every saved request.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List saved help requests, oldest first, newest last, and which ones got help.

    Example: recover ask list --all
    """
    everything = service.list_help_requests(common.get_store(ctx))
    requests = newest(reversed(everything), None if show_all else limit)  # the service gives newest first
    if as_json:
        common.emit_json([record_json(r) for r in requests])
        return
    if not requests:
        common.say("No help requests saved yet. Compose one with: recover ask")
        return
    rows = [
        [
            r.id[:8],
            f"{r.created_at:%Y-%m-%d %H:%M}" if r.created_at else "",
            r.format,
            r.draft.emotion,
            r.draft.request if r.draft.request != "own" else "own words",
            help_summary(r),
        ]
        for r in requests
    ]
    common.table(["ID", "Saved", "Format", "Emotion", "Request", "Got help"], rows)
    helped = sum(1 for r in everything if r.got_help)
    common.say(f"{counted(len(everything), 'request')}; {helped} got help.")
    if len(requests) < len(everything):
        common.say(f"Showing the {len(requests)} newest; --all shows every one.")


@ask_app.command("show")
def show_request(
    ctx: typer.Context,
    request_id: Annotated[
        str, typer.Argument(metavar="ID", help="The id (or its first 4+ characters) from 'recover ask list'.")
    ],
    *,
    message_only: Annotated[bool, typer.Option("--message", help="Print only the message, for piping.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show one saved request: the message and its follow-ups.

    Example: recover ask show 1a2b --message | wl-copy
    """
    request = service.find_help_request(common.get_store(ctx), request_id)
    if as_json:
        common.emit_json(record_json(request))
        return
    if message_only:
        common.say(request.message.text)
        return
    d = request.draft
    strength = f" ({d.intensity}/10)" if d.intensity is not None else ""
    saved = f"{request.created_at:%Y-%m-%d %H:%M}" if request.created_at else ""
    edited = " · edited" if request.edited else ""
    common.say(f"Help request {request.id[:8]} · saved {saved} · {FORMATS[request.format]}{edited}")
    wanted = REQUEST_KINDS[d.request] if d.request != "own" else "in your own words"
    common.say(f"Emotion: {d.emotion}{strength} · Request: {wanted}")
    _show(request.message.text)
    if not request.followups:
        common.say(
            f"No follow-ups yet. When someone answers: recover ask followup {request.id[:8]} --helpful yes --from NAME"
        )
        return
    common.say("Follow-ups:")
    for f in request.followups:
        who = f" from {f.from_name}" if f.from_name else ""
        note = f": {f.note}" if f.note else ""
        common.say(f"  {f.at:%Y-%m-%d %H:%M}  {'helped' if f.helpful else 'did not help'}{who}{note}")


@ask_app.command("followup")
def followup(
    ctx: typer.Context,
    request_id: Annotated[
        str, typer.Argument(metavar="ID", help="The id (or its first 4+ characters) from 'recover ask list'.")
    ],
    *,
    helpful: Annotated[str | None, typer.Option("--helpful", help="Did the answer help? yes or no.")] = None,
    from_name: Annotated[str | None, typer.Option("--from", help="Who answered (a name or pseudonym).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="What helped, in a few words.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the updated record as JSON.")] = False,
) -> None:
    """Record who answered a request and whether it helped.

    Example: recover ask followup 1a2b --helpful yes --from Sam --note 'called me, we walked'
    """
    store = common.get_store(ctx)
    request = service.find_help_request(store, request_id)
    if helpful is None:
        helpful = common.ask("Did the answer help? (yes/no)", field="helpful")
        if from_name is None:
            from_name = common.ask("Who answered (Enter to skip)", default="", field="from")
        if note is None:
            note = common.ask("What helped, in a few words (Enter to skip)", default="", field="note")
    updated = service.add_followup(store, request.id, helpful=helpful, from_name=from_name, note=note, now=common.now())
    if as_json:
        common.emit_json(record_json(updated))
        return
    last = updated.followups[-1]
    who = last.from_name or "someone"
    if last.helpful:
        common.say(f"Recorded: {who} answered request {updated.id[:8]}, and it helped.")
        common.say(wording.HELP_GRATITUDE)
    else:
        common.say(f"Recorded: {who} answered request {updated.id[:8]}; it did not help this time.")


def register(app: typer.Typer) -> None:
    """Add the `ask` group to the root app."""
    app.add_typer(
        ask_app,
        name="ask",
        short_help="Ask for help in 3 steps · recover ask --emotion lonely --problem '...' --request talk",
    )
