"""`recover sos`: crisis lines, the signs worth noticing now (if any), who you can reach now,
your reasons, a kept message, a skill, your triggers.

Plain text on purpose: in a hard moment it must appear at once, so this module imports no
Rich and no Textual, and it never fails on a missing or damaged data file (it prints the
crisis lines and says what it could not read; exit 0).

On an encrypted file the crisis lines (for the country kept beside the file, see
store/country_file.py) print first, before any passphrase; then RECOVER_PASSPHRASE_CMD, or at
a terminal up to three typed tries (Enter skips, asked once), unlock the personal part. With
neither, one line says that part is locked (not damaged); exit 0 in every case.
"""

from __future__ import annotations

import os
import sys
import textwrap
from typing import TYPE_CHECKING, Annotated

import msgspec
import typer

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET as NO_CELEBRATIONS
from recovery_tui.cli.warning_lines import warning_lines
from recovery_tui.errors import DataFileError, RecoverError
from recovery_tui.safetext import cells, pad, visible_line

if TYPE_CHECKING:
    from recovery_tui.core.sos import SosPlan
    from recovery_tui.store import Store


def _styled() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


WIDTH = 78
LOCK_WAIT_SECONDS = 1.0  # SOS never waits long for another recover process


def _prose(text: str, indent: str = "  ") -> list[str]:
    """Wrap a sentence to fit an 80-column terminal."""
    rows = textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_long_words=False,
        break_on_hyphens=False,  # keep numbers such as 1-800-662-4357 and paths whole
    )
    return rows or [indent]


def render_crisis(plan: SosPlan, *, bold: bool = False) -> list[str]:
    """The title and crisis lines (needs no data file and no passphrase)."""
    out: list[str] = [_heading(wording.SOS_TITLE, bold), ""]
    out.append(_heading(f"{wording.SOS_CRISIS_HEADING} ({plan.country.code})", bold))
    out += _lines(plan)
    if plan.data_problem and plan.country.origin != "setting":
        out += _prose(wording.SOS_COUNTRY_UNREADABLE.format(code=plan.country.code))
    elif plan.country.origin == "fallback":
        out += _prose(wording.SOS_COUNTRY_FALLBACK)
    out += _prose(wording.SOS_DANGER)
    out += _prose(wording.WITHDRAWAL_SAFETY)
    return out


def _heading(text: str, bold: bool) -> str:
    return typer.style(text, bold=True) if bold else text


def _lines(plan: SosPlan) -> list[str]:
    if not plan.lines:
        return _prose(wording.SOS_NO_LINES.format(country=plan.country.code))
    width = min(32, max(cells(visible_line(line.name)) for line in plan.lines))
    out = []
    for line in plan.lines:
        mine = " (yours)" if line.user else ""
        name, how, hours = (visible_line(text) for text in (line.name, line.how, line.hours))
        out.append(f"  {pad(name, width)}  {how}  ·  {hours}{mine}")
    return out


def render_personal(plan: SosPlan, *, bold: bool = False) -> list[str]:
    """Who you can reach now, a kept message, a skill and your triggers (from the data file)."""
    if plan.data_problem:
        problem = visible_line(plan.data_problem)
        out = ["", *_prose(wording.SOS_DATA_UNREADABLE.format(problem=problem), ""), ""]
        return out + _prose(wording.SOS_CARE, "")
    out = []
    if plan.warnings:
        out += ["", _heading(wording.WARNINGS_HEADING, bold), *warning_lines(plan.warnings, WIDTH, helps=False)]
    out += ["", _heading(wording.SOS_CONTACTS_HEADING, bold)]
    if plan.reachable:
        for contact in plan.reachable:
            name, role, reach, hours = (
                visible_line(text) for text in (contact.name, contact.role, contact.reach, contact.reachable)
            )
            out.append(f"  {contact.position}. {name} ({role})  {reach}  ·  {hours}")
    elif plan.contacts_total:
        out += _prose(wording.SOS_NOBODY_NOW.format(total=plan.contacts_total))
        if plan.next_up:
            contact, when = plan.next_up
            out += _prose(
                wording.SOS_NEXT_CONTACT.format(
                    name=visible_line(contact.name), role=visible_line(contact.role), when=f"{when:%a %H:%M}"
                )
            )
    else:
        out += _prose(wording.SOS_NO_CONTACTS)
    if plan.reasons:
        out += ["", _heading(wording.SOS_REASONS_HEADING, bold)]
        for reason in plan.reasons:
            rows = reason.text.splitlines() or [""]
            out += _prose(visible_line(rows[0]), "  • ")
            out += [row for extra in rows[1:] for row in _prose(visible_line(extra), "    ")]
    out += ["", _heading(wording.SOS_AID_HEADING, bold)]
    if plan.aid:
        source = f"  (from {visible_line(plan.aid.source)})" if plan.aid.source else ""
        for row in plan.aid.text.splitlines():
            out += _prose(visible_line(row))
        if source:
            out.append(f"  {source.strip()}")
    else:
        out += _prose(wording.SOS_NO_AID)
    out += _skill(bold)
    out += ["", _heading(wording.SOS_TRIGGERS_HEADING, bold)]
    if plan.triggers:
        for trigger in plan.triggers:
            worked = "; ".join(trigger.worked) if trigger.worked else wording.SOS_NOTHING_WORKED_YET
            out += _prose(visible_line(f"{trigger.what} ({trigger.count}x): {worked}"))
    else:
        out += _prose(wording.SOS_NO_TRIGGERS)
    return [*out, "", *_prose(wording.SOS_CARE, "")]


def _skill(bold: bool) -> list[str]:
    out = ["", _heading(wording.SOS_SKILL_HEADING, bold), *_prose(wording.SOS_SKILL_HOW)]
    return out + [row for name, what in wording.SKILLS_10_MIN for row in _prose(f"{name}: {what}", "    ")]


def render_locked(*, bold: bool = False, how: bool = True) -> list[str]:
    """What stands for the personal part while the data file stays locked (`how`: say how to unlock)."""
    out = ["", *_prose(wording.SOS_LOCKED, "")]
    if how:
        out += _prose(wording.SOS_LOCKED_HOW_CLI, "")
    return [*out, *_skill(bold), "", *_prose(wording.SOS_CARE, "")]


def render(plan: SosPlan, *, bold: bool = False) -> list[str]:
    """The SOS screen as plain lines, in the order of the issue (crisis lines first)."""
    if plan.locked:
        return render_crisis(plan, bold=bold) + render_locked(bold=bold)
    return render_crisis(plan, bold=bold) + render_personal(plan, bold=bold)


def _write(rows: list[str]) -> None:
    sys.stdout.write("\n".join(rows) + "\n")
    sys.stdout.flush()


def _ask_passphrase() -> str:
    try:
        answer: str = typer.prompt(wording.SOS_UNLOCK_ASK, hide_input=True, default="", show_default=False)
    except typer.Abort:  # ctrl+c or ctrl+d at the prompt: the same as skipping
        return ""
    return answer


def _unlock(store: Store, *, may_ask: bool) -> tuple[bool, str | None]:
    """Unlock the encrypted data file: the key `recover unlock` kept, RECOVER_PASSPHRASE_CMD, else
    (at a terminal) up to three tries.

    Returns:
        (opened, a line to print about it or None)

    Raises:
        DataFileError: the passphrase is right but the file cannot be read (damaged, cut short).
    """
    from recovery_tui.errors import InvalidInput
    from recovery_tui.services import sos as sos_service

    try:
        if sos_service.unlock_kept(store):  # `recover unlock` kept its key: nothing to ask
            return True, None
        from_command = common.passphrase_from_command()
        if from_command is not None:
            if sos_service.unlock(store, from_command):
                return True, None
            return False, wording.SOS_UNLOCK_COMMAND_WRONG
        if not may_ask:
            return False, None
        common.say()
        for attempt in range(1, sos_service.MAX_TRIES + 1):
            answer = _ask_passphrase()
            if not answer:
                return False, wording.SOS_UNLOCK_SKIPPED
            if sos_service.unlock(store, answer):
                return True, None
            if attempt < sos_service.MAX_TRIES:
                common.say(wording.SOS_UNLOCK_WRONG.format(left=sos_service.MAX_TRIES - attempt))
        return False, wording.SOS_UNLOCK_GAVE_UP
    except InvalidInput as error:  # RECOVER_PASSPHRASE_CMD failed
        return False, str(error)


def sos(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Crisis lines, people you can reach now, a kept message, a 10-minute skill, your triggers.

    On an encrypted file the crisis lines come first, without a passphrase; then, at a
    terminal, the passphrase (up to three tries, Enter skips) shows the rest.

    Example: recover sos
    """
    from recovery_tui.services import sos as sos_service

    ctx.meta[NO_CELEBRATIONS] = True  # SOS writes nothing and waits for no lock afterwards
    try:
        store = common.get_store(ctx)
    except RecoverError as error:  # no data file to open at all: the crisis lines still show
        missing = sos_service.without_file(str(error))
        if as_json:
            common.emit_json(missing.to_json())
        else:
            _write(render(missing, bold=_styled()))
        return
    store.lock_timeout = min(store.lock_timeout, LOCK_WAIT_SECONDS)  # only an old file's upgrade locks
    try:
        now = common.now()
    except RecoverError:  # a bad RECOVER_NOW must not keep the crisis lines from showing
        from datetime import datetime

        now = datetime.now().astimezone()
    bold = _styled()
    if not sos_service.is_locked(store):
        plan = sos_service.plan(store, now)
        if as_json:
            common.emit_json(plan.to_json())
        else:
            _write(render(plan, bold=bold))
        return
    sos_service.forget_passphrase(store)  # from here nothing may prompt behind our back
    head = sos_service.crisis_plan(store)
    if not as_json:
        _write(render_crisis(head, bold=bold))
    try:
        opened, note = _unlock(store, may_ask=not as_json and common.interactive())
        plan = sos_service.plan(store, now) if opened else head
    except DataFileError as error:  # damaged, not locked: say so, with the lines already shown
        opened, note = True, None
        plan = msgspec.structs.replace(head, locked=False, data_problem=str(error))
    if as_json:
        common.emit_json(plan.to_json())
        return
    rows: list[str] = []
    if note:
        rows += ["", *_prose(note, "")]
    if not opened:
        _write(rows + render_locked(bold=bold, how=note is None))
        return
    if plan.country.code != head.country.code and not plan.data_problem:
        rows += ["", _heading(wording.SOS_SAVED_COUNTRY.format(code=plan.country.code), bold), *_lines(plan)]
    _write(rows + render_personal(plan, bold=bold))


def register(app: typer.Typer) -> None:
    """Add `sos` to the root app."""
    app.command("sos", short_help="Crisis lines, your contacts, a skill · recover sos")(sos)
