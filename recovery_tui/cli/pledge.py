"""`recover pledge`: today's intention, in one step (`recover pledge`, or with words), and
`pledge list` / `pledge remove` to look back and correct.

Typer cannot give one group both a default command with an argument and subcommands, so as
`recover trigger` does, a first word that is not a subcommand (list, remove, make) means
`make WORDS`, and no words at all means `make`: `recover pledge "one day at a time"` pledges,
`recover pledge list` lists, `recover pledge make list` pledges the word "list".
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer._click import Context
from typer.core import TyperGroup

from recovery_tui.cli import common
from recovery_tui.cli.listing import Limit, newest
from recovery_tui.core import records
from recovery_tui.safetext import truncate, visible_line

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


class PledgeGroup(TyperGroup):
    """A group whose first word, when not a subcommand, means `make WORDS` (see the docstring)."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Route `recover pledge [WORDS]` to `recover pledge make [WORDS]`."""
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = ["make", *args]
        return super().parse_args(ctx, args)


pledge_app = typer.Typer(
    rich_markup_mode=None,
    cls=PledgeGroup,
    help=(
        "Today's pledge: your intention for the day, with words of your own if you like. "
        'Example: recover pledge "one day at a time"'
    ),
    no_args_is_help=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@pledge_app.command("make")
def make(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(help="Your intention in a few words (optional; '' clears today's words).", show_default=False),
    ] = None,
    *,
    as_json: AsJson = False,
) -> None:
    """Pledge for today. Pledging again the same day changes today's words.

    Example: recover pledge "stay sober today and call Sam"
    """
    from msgspec import UNSET

    from recovery_tui.services import pledges as service

    done = service.make_pledge(common.get_store(ctx), UNSET if text is None else text, now=common.now())
    pledge = done.pledge
    if as_json:
        common.emit_json({**records.to_json(pledge), "again": done.again})
        return
    words = f" Your words: {visible_line(pledge.text)}" if pledge.text else ""
    if not done.again:
        common.say(f"Pledged for today ({pledge.day.isoformat()}). Well done for starting the day this way.{words}")
    elif text is None:
        common.say(f"You have pledged for today already.{words}")
    else:
        common.say(f"You had pledged for today already, so its words are changed.{words or ' It has no words now.'}")


@pledge_app.command("list")
def list_cmd(ctx: typer.Context, *, limit: Limit = None, as_json: AsJson = False) -> None:
    """Your pledges, one a day, oldest first.

    Example: recover pledge list -n 7
    """
    from recovery_tui.services import pledges as service

    pledges = newest(service.list_pledges(common.get_store(ctx)), limit)
    if as_json:
        common.emit_json([records.to_json(p) for p in pledges])
        return
    if not pledges:
        common.say('No pledges yet. Start a day with one: recover pledge "one day at a time"')
        return
    for pledge in pledges:
        common.say(f"{pledge.day.isoformat()}  {visible_line(pledge.text) if pledge.text else '(no words)'}")


@pledge_app.command("remove")
def remove(
    ctx: typer.Context,
    which: Annotated[str, typer.Argument(metavar="DAY", help="The day (today, yesterday, 2026-11-20) or the id.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove a pledge made by mistake.

    Example: recover pledge remove today --yes
    """
    from recovery_tui.services import pledges as service

    store, now = common.get_store(ctx), common.now()
    pledge = service.find_pledge(store, which, now=now)
    words = f" ('{truncate(pledge.text, 40)}')" if pledge.text else ""
    if not common.confirm(f"Remove the pledge for {pledge.day.isoformat()}{words}?", assume_yes=yes):
        common.say("Nothing changed.")
        return
    service.remove_pledge(store, pledge.id, now=now)
    common.say(f"Removed the pledge for {pledge.day.isoformat()}.")


def register(app: typer.Typer) -> None:
    """Add the `pledge` group to the root app."""
    app.add_typer(pledge_app, name="pledge", short_help='Today\'s pledge · recover pledge "one day at a time"')
