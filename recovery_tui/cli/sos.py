"""`recover sos`: crisis lines, who you can reach now, a kept message, a skill, your triggers.

Plain text on purpose: in a hard moment it must appear at once, so this module imports no
Rich and no Textual, and it never fails on a missing or damaged data file (it prints the
crisis lines and says what it could not read; exit 0).
"""

from __future__ import annotations

import os
import sys
import textwrap
from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui import wording
from recovery_tui.cli import common
from recovery_tui.errors import RecoverError

if TYPE_CHECKING:
    from recovery_tui.core.sos import SosPlan


def _styled() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


WIDTH = 78


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


def render(plan: SosPlan, *, bold: bool = False) -> list[str]:
    """The SOS screen as plain lines, in the order of the issue (crisis lines first)."""

    def heading(text: str) -> str:
        return typer.style(text, bold=True) if bold else text

    out: list[str] = [heading(wording.SOS_TITLE), ""]
    out.append(heading(f"{wording.SOS_CRISIS_HEADING} ({plan.country.code})"))
    if plan.lines:
        width = min(32, max(len(line.name) for line in plan.lines))
        for line in plan.lines:
            mine = " (yours)" if line.user else ""
            out.append(f"  {line.name:<{width}}  {line.how}  ·  {line.hours}{mine}")
    else:
        out += _prose(wording.SOS_NO_LINES.format(country=plan.country.code))
    if plan.data_problem:
        out += _prose(wording.SOS_COUNTRY_UNREADABLE.format(code=plan.country.code))
    elif plan.country.origin == "fallback":
        out += _prose(wording.SOS_COUNTRY_FALLBACK)
    out += _prose(wording.SOS_DANGER)
    if plan.data_problem:
        out += ["", *_prose(wording.SOS_DATA_UNREADABLE.format(problem=plan.data_problem), ""), ""]
        return out + _prose(wording.SOS_CARE, "")
    out += ["", heading(wording.SOS_CONTACTS_HEADING)]
    if plan.reachable:
        for contact in plan.reachable:
            out.append(
                f"  {contact.position}. {contact.name} ({contact.role})  {contact.reach}  ·  {contact.reachable}"
            )
    elif plan.contacts_total:
        out += _prose(wording.SOS_NOBODY_NOW.format(total=plan.contacts_total))
        if plan.next_up:
            contact, when = plan.next_up
            out += _prose(
                wording.SOS_NEXT_CONTACT.format(name=contact.name, role=contact.role, when=f"{when:%a %H:%M}")
            )
    else:
        out += _prose(wording.SOS_NO_CONTACTS)
    out += ["", heading(wording.SOS_AID_HEADING)]
    if plan.aid:
        source = f"  (from {plan.aid.source})" if plan.aid.source else ""
        for row in plan.aid.text.splitlines():
            out += _prose(row)
        if source:
            out.append(f"  {source.strip()}")
    else:
        out += _prose(wording.SOS_NO_AID)
    out += ["", heading(wording.SOS_SKILL_HEADING), *_prose(wording.SOS_SKILL_HOW)]
    out += [f"    {name}: {what}" for name, what in wording.SKILLS_10_MIN]
    out += ["", heading(wording.SOS_TRIGGERS_HEADING)]
    if plan.triggers:
        for trigger in plan.triggers:
            worked = "; ".join(trigger.worked) if trigger.worked else wording.SOS_NOTHING_WORKED_YET
            out += _prose(f"{trigger.what} ({trigger.count}x): {worked}")
    else:
        out += _prose(wording.SOS_NO_TRIGGERS)
    return [*out, "", *_prose(wording.SOS_CARE, "")]


def sos(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Crisis lines, people you can reach now, a kept message, a 10-minute skill, your triggers.

    Example: recover sos
    """
    from recovery_tui.services import kit

    try:
        now = common.now()
    except RecoverError:  # a bad RECOVER_NOW must not keep the crisis lines from showing
        from datetime import datetime

        now = datetime.now().astimezone()
    plan = kit.sos_plan(common.get_store(ctx), now)
    if as_json:
        common.emit_json(plan.to_json())
        return
    sys.stdout.write("\n".join(render(plan, bold=_styled())) + "\n")
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Add `sos` to the root app."""
    app.command("sos", short_help="Crisis lines, your contacts, a skill · recover sos")(sos)
