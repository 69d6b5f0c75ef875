"""`recover crisis`: crisis lines for your country (shipped, with sources) and your own lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from recovery_tui import messages
from recovery_tui.cli import common
from recovery_tui.cli.listing import FirstN, first
from recovery_tui.errors import InvalidInput

if TYPE_CHECKING:
    from recovery_tui.core.crisis import CrisisLine

crisis_app = typer.Typer(
    rich_markup_mode=None,
    help=(
        "Crisis lines for your country, and your own (alone: lists them). "
        "Example: recover crisis add 'Night team' --phone 0800123456"
    ),
)


def _show(line: CrisisLine) -> None:
    tag = f"  [yours, id {line.id[:8]}]" if line.user and line.id else ""
    common.say(f"{line.name}: {line.how}  ·  {line.hours}{tag}")
    if line.note:
        common.say(f"    {line.note}")
    if line.url:
        common.say(f"    {line.url}")
    if line.source_url:
        common.say(f"    checked {line.checked} against {line.source_name} <{line.source_url}>")


@crisis_app.callback(invoke_without_command=True)
def crisis_root(
    ctx: typer.Context,
    *,
    country: Annotated[str | None, typer.Option("--country", help="Two-letter code (default: your setting).")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Every country.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Crisis lines. With no command, lists the lines for your country (as `crisis list` does).

    Example: recover crisis --json
    """
    if ctx.invoked_subcommand is None:
        list_lines(ctx, country=country, show_all=show_all, as_json=as_json)
    elif country is not None or show_all or as_json:
        raise typer.BadParameter(
            f"--country, --all and --json go with 'recover crisis' or 'recover crisis list', "
            f"not before '{ctx.invoked_subcommand}'.",
            param_hint="options",
        )


@crisis_app.command("list")
def list_lines(
    ctx: typer.Context,
    *,
    country: Annotated[str | None, typer.Option("--country", help="Two-letter code (default: your setting).")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Every country (with every emergency number).")] = False,
    limit: FirstN = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show crisis lines with where each was checked and when.

    Example: recover crisis list --country GB
    """
    from recovery_tui.services import crisis_lines as crisis_lines_service

    wanted = country.strip().upper() if country else None
    if wanted is not None and not (len(wanted) == 2 and wanted.isascii() and wanted.isalpha()):
        raise InvalidInput("country", messages.COUNTRY_CODE)
    lines, code, problem = crisis_lines_service.listing(common.get_store(ctx), code=wanted, show_all=show_all)
    if problem:  # the shipped lines still show; say once why your own are not among them
        common.warn(f"recover: your own crisis lines are not shown: {problem}")
    lines = first(lines, limit)
    if as_json:
        common.emit_json([line.to_json() for line in lines])
        return
    if not lines:
        from recovery_tui import wording

        common.say(wording.CRISIS_UNKNOWN_CODE.format(country=code))
        return
    current = None
    for line in lines:
        if line.country != current:
            current = line.country
            common.say(f"[{current}]")
        _show(line)


@crisis_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name of the line, e.g. 'Local crisis team'.")],
    *,
    phone: Annotated[str | None, typer.Option("--phone", help="Number to call.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Text line, e.g. 'HOME to 741741'.")] = None,
    hours: Annotated[str | None, typer.Option("--hours", help="When it answers (default 24/7).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Two-letter code (default: yours).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Anything to remember.")] = None,
) -> None:
    """Add your own crisis line; `recover sos` shows it first for its country.

    Example: recover crisis add "Crisis Text Line" --text "HOME to 741741" --country US
    """
    from recovery_tui.services import crisis_lines as crisis_lines_service

    store = common.get_store(ctx)
    code = country or crisis_lines_service.country(store).code
    line = crisis_lines_service.add_line(
        store, name, country_code=code, phone=phone, text=text, hours=hours, note=note, now=common.now()
    )
    common.say(f"Added {line.name} for {line.country} ({line.id[:8] if line.id else ''}).")


@crisis_app.command("remove")
def remove(
    ctx: typer.Context,
    line_id: Annotated[str, typer.Argument(help="Id of one of your lines (recover crisis list).")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove one of your own crisis lines (shipped lines stay).

    Example: recover crisis remove 3f2a9c1e --yes
    """
    from recovery_tui.services import crisis_lines as crisis_lines_service

    store = common.get_store(ctx)
    line = crisis_lines_service.find_line(store, line_id)
    if not common.confirm(f"Remove your crisis line {line.name}?", assume_yes=yes):
        common.say("Nothing changed.")
        return
    crisis_lines_service.remove_line(store, str(line.id))
    common.say(f"Removed {line.name}.")


def register(app: typer.Typer) -> None:
    """Add the `crisis` group to the root app."""
    app.add_typer(crisis_app, name="crisis", short_help="Crisis lines, and your own · recover crisis list")
