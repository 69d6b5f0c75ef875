"""`recover config`: list, get, set and unset settings (country, currency, pseudonym, ...)."""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui import messages
from recovery_tui.cli import common
from recovery_tui.core.config import SETTINGS
from recovery_tui.safetext import cells, pad
from recovery_tui.services import config as config_service

config_app = typer.Typer(
    rich_markup_mode=None, help="Settings kept in your data file. Example: recover config set country GB"
)


@config_app.command("list")
def list_settings(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show every setting with its value.

    Example: recover config list
    """
    values = config_service.load(common.get_store(ctx))
    if as_json:
        common.emit_json(values)
        return
    width = max(cells(key) for key in values)  # long keys (meetings.weekly_goal) stay aligned
    for key, value in values.items():
        shown = "(not set)" if value in (None, "") else value
        common.say(f"{pad(key, width)}  {pad(str(shown), 10)} {SETTINGS[key].help}")


@config_app.command("get")
def get_setting(ctx: typer.Context, key: Annotated[str, typer.Argument(help="Setting name.")]) -> None:
    """Print one setting's value.

    Example: recover config get currency
    """
    values = config_service.load(common.get_store(ctx))
    if key not in values:
        from recovery_tui.errors import InvalidInput

        raise InvalidInput("key", messages.not_a_setting(key, ", ".join(sorted(values))))
    value = values[key]
    common.say("" if value is None else str(value))


@config_app.command("set")
def set_setting(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Setting name, e.g. country.")],
    value: Annotated[str, typer.Argument(help="New value, e.g. GB.")],
) -> None:
    """Change a setting.

    Example: recover config set country GB
    """
    store = common.get_store(ctx)
    stored = config_service.set_value(store, key, value)
    if key == config_service.COUNTRY:
        from recovery_tui import wording
        from recovery_tui.store import country_file

        name = country_file.path_for(store.path).name
        if stored is None:
            common.say(wording.COUNTRY_UNSET.format(path=name))
            return
        common.say(f"{key} = {stored}")
        common.say(wording.COUNTRY_FILE_NOTE.format(path=name))
        return
    common.say(f"{key} = {stored}")


@config_app.command("unset")
def unset_setting(ctx: typer.Context, key: Annotated[str, typer.Argument(help="Setting name.")]) -> None:
    """Return a setting to its default.

    Example: recover config unset pseudonym
    """
    store = common.get_store(ctx)
    config_service.unset(store, key)
    if key == config_service.COUNTRY:
        from recovery_tui import wording
        from recovery_tui.store import country_file

        common.say(wording.COUNTRY_UNSET.format(path=country_file.path_for(store.path).name))
        return
    common.say(f"{key} is back to its default.")


def register(app: typer.Typer) -> None:
    """Add the `config` group to the root app."""
    app.add_typer(
        config_app, name="config", short_help="Settings: country, currency, pseudonym · recover config set country GB"
    )
