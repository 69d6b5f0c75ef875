"""`recover resources`: peer groups, online communities, podcasts and books (shipped; offline)."""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import common, complete
from recovery_tui.core.resources import APPROACHES, KIND_TITLES, KINDS


def resources(
    ctx: typer.Context,
    *,
    approach: Annotated[
        str | None,
        typer.Option(
            "--approach",
            help=f"Only this approach: {'|'.join(APPROACHES)}.",
            autocompletion=complete.choices(APPROACHES),
        ),
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help=f"Only this kind: {'|'.join(KINDS)}.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List peer groups, online communities, podcasts and books, optionally by approach.

    Example: recover resources --approach skills
    """
    from recovery_tui.services import resources as resources_service

    found = resources_service.resources(approach=approach, kind=kind)
    if as_json:
        common.emit_json([r.to_json() for r in found])
        return
    if not found:
        common.say("Nothing matches; try another --approach or --kind.")
        return
    current = None
    for resource in found:
        if resource.kind != current:
            if current is not None:
                common.say()
            current = resource.kind
            common.say(KIND_TITLES.get(resource.kind, resource.kind))
        by = f", {resource.author}" if resource.author else ""
        tags = f"  [{', '.join(resource.approaches)}]" if resource.approaches else ""
        common.say(f"  {resource.name}{by}{tags}")
        common.say(f"      {resource.description}")
        if resource.url:
            common.say(f"      {resource.url}")


def register(app: typer.Typer) -> None:
    """Add `resources` to the root app."""
    app.command("resources", short_help="Peer groups, podcasts, books · recover resources --approach skills")(resources)
