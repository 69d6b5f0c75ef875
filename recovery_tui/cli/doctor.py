"""`recover doctor`: check the data file, explain each finding, and offer repairs.

The service is imported inside the command, so other commands do not pay for it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from recovery_tui.cli import common
from recovery_tui.cli.celebrate import QUIET as NO_CELEBRATIONS
from recovery_tui.core.words import counted, noun

_MARK = {"ok": "ok     ", "note": "note   ", "problem": "PROBLEM"}


def doctor(
    ctx: typer.Context,
    *,
    repair: Annotated[
        bool,
        typer.Option("--repair", help="Fix permissions, remove leftover temp files, offer to restore a good backup."),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --repair: restore without asking.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
) -> None:
    """Check your data file, its permissions, lock, temp files and backups; exit 1 on a problem.

    Example: recover doctor --repair
    """
    from recovery_tui.services import doctor as doctor_service

    ctx.meta[NO_CELEBRATIONS] = True  # doctor only reads: no milestone bookkeeping, no upgrade
    store = common.get_store(ctx)
    report = doctor_service.diagnose(store)
    if as_json and not repair:
        common.emit_json(report.as_dict())
        if report.problems:
            raise typer.Exit(1)
        return
    if not as_json:
        for finding in report.findings:
            common.say(f"{_MARK[finding.level]} {finding.check}: {finding.message}")
            if finding.fix and finding.level != doctor_service.OK:
                common.say(f"        what to do: {finding.fix}")
    if not repair:
        if report.problems and not as_json:
            common.say("")
            common.say(
                f"{counted(len(report.problems), 'problem')} found. `recover doctor --repair` can fix some of them."
            )
        if report.problems:
            raise typer.Exit(1)
        return
    restore = False
    if report.damaged:
        if report.good_backup is None:
            common.warn("There is no good backup to restore; the damaged file was left as it is.")
        else:
            question = (
                f"Restore the newest good backup, {report.good_backup.name}? "
                "The damaged file is kept in backups/, not deleted."
            )
            restore = common.confirm(question, assume_yes=yes)
    result = doctor_service.repair(store, report, restore=restore)
    for path in result.permissions_fixed:
        common.say(f"Made {path} private to you.")
    if result.temp_removed:
        common.say(f"Removed {counted(len(result.temp_removed), 'leftover temp file')}.")
    if result.restored is not None:
        common.say(f"Restored {result.restored.name}.")
        if result.set_aside is not None:
            common.say(f"The damaged file is kept as {result.set_aside}")
    after = doctor_service.diagnose(store)
    if as_json:
        common.emit_json(after.as_dict())
    elif after.problems:
        common.say(
            f"{counted(len(after.problems), 'problem')} {noun(len(after.problems), 'remains', 'remain')}; see above."
        )
    else:
        common.say("Everything checks out now.")
    if after.problems:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `doctor` to the root app."""
    app.command("doctor", short_help="Check your data file and backups · recover doctor --repair")(doctor)
