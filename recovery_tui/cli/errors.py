"""RecoverGroup: the root click group. It loads command modules lazily and turns every user
error into one line on stderr.

Lazy commands: `lazy_commands` maps each top-level command name to the cli module that
registers it. A module is imported only when its command runs (or when help or completion
lists everything), so `recover checkin` does not pay for importing the insights maths.

A group run without a subcommand (`recover backup`) prints its help on stdout and exits 0,
as `--help` does. Each loaded command's parameters get readable metavars (cli/metavars.py).

Errors: RecoverError -> its message, exit 1 (75 for a held lock); an InvalidInput names its
field as the command that ran calls it (`--at: ...`, cli/flags.py); usage errors (bad option
values, unknown commands) -> one line naming the option, exit 2; Ctrl+C -> 'Stopped.', exit
130. No traceback is ever shown for these. Every line goes through safetext.visible: a
message that quotes what was typed or stored never carries a raw control character. Typer
vendors click as `typer._click`, so its exception classes are imported from there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer import Abort, Exit
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from recovery_tui import wording
from recovery_tui.cli.flags import describe, describe_in
from recovery_tui.cli.metavars import tidy
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.safetext import visible


def _no_op() -> None:
    """The callback of the temporary app a lazily loaded module registers into."""


def _usage_line(exc: UsageError) -> str:
    message = exc.format_message().strip().replace("\n", " ")
    command = exc.ctx.command_path if exc.ctx is not None else "recover"
    return f"{command}: {message} (see '{command} --help')"


def _asks_for_help(exc: UsageError) -> bool:
    """True when `exc` means a group was run without a subcommand (`recover backup`): its
    help is then the answer (stdout, exit 0), never an error squashed onto one line."""
    if exc.ctx is None or not isinstance(exc.ctx.command, TyperGroup):
        return False
    return isinstance(exc, NoArgsIsHelpError) or exc.message == "Missing command."


class RecoverGroup(TyperGroup):
    """TyperGroup with lazily loaded commands whose `main` reports errors in one line."""

    lazy_commands: dict[str, str] = {}
    short_helps: dict[str, str] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command name, in the order of `lazy_commands` (help and completion use this)."""
        return list(dict.fromkeys([*self.lazy_commands, *self.commands]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command called `cmd_name`, importing the module that defines it on first use."""
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            self.load_module(self.lazy_commands[cmd_name])
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The Commands section of `recover --help`, from `short_helps` for commands not loaded
        yet (listing them must not import every command module)."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.commands or name not in self.short_helps:
                command = self.get_command(ctx, name)
                if command is None or command.hidden:
                    continue
                rows.append((name, command.get_short_help_str(limit)))
            else:
                rows.append((name, self.short_helps[name]))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def load_module(self, module_name: str) -> None:
        """Import `recovery_tui.cli.<module_name>` and add the commands it registers."""
        import importlib

        import typer
        from typer.main import get_command

        module = importlib.import_module(f"recovery_tui.cli.{module_name}")
        holder = typer.Typer(
            rich_markup_mode=None,
        )
        holder.callback()(_no_op)
        module.register(holder)
        group = get_command(holder)
        tidy(group)
        for name, command in group.commands.items():  # type: ignore[attr-defined]
            self.commands.setdefault(name, command)

    def describe(self, error: RecoverError, args: Sequence[str] | None) -> str:
        """The line for `error`: an InvalidInput's field named as the command in `args` calls it.

        The command is found again from the arguments, as shell completion does (parsing
        only, no callbacks); this runs only on the error path.
        """
        if not isinstance(error, InvalidInput) or error.field is None:
            return str(error)
        try:
            ctx = self.make_context("recover", list(sys.argv[1:] if args is None else args), resilient_parsing=True)
            rest = [*ctx._protected_args, *ctx.args]
            group: Any = self
            while rest and hasattr(group, "resolve_command"):
                name, command, rest = group.resolve_command(ctx, rest)
                if command is None:
                    break
                ctx = command.make_context(name, rest, parent=ctx, resilient_parsing=True)
                rest, group = [*ctx._protected_args, *ctx.args], command
        except Exception:  # noqa: BLE001 - the arguments parsed once already; never fail the error line
            return describe(error, "")
        return describe_in(error, ctx)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the CLI; in standalone mode exit with the right code after one clear line."""
        try:
            result = super().main(args, prog_name or "recover", complete_var, standalone_mode=False, **extra)
        except UsageError as exc:
            if _asks_for_help(exc):
                assert exc.ctx is not None
                sys.stdout.write(visible(exc.ctx.get_help()) + "\n")
                code = 0
            else:
                sys.stderr.write(visible(_usage_line(exc)) + "\n")
                code = 2
        except ClickException as exc:
            sys.stderr.write(visible(f"recover: {exc.format_message()}") + "\n")
            code = exc.exit_code
        except RecoverError as exc:
            sys.stderr.write(visible(f"recover: {self.describe(exc, args)}") + "\n")
            code = exc.exit_code
        except (Abort, KeyboardInterrupt, EOFError):
            sys.stderr.write(f"\n{wording.STOPPED}\n")
            code = 130
        except Exit as exc:
            code = exc.exit_code
        else:
            code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
