"""RecoverGroup: the root click group that turns every user error into one line on stderr.

RecoverError -> its message, exit 1 (75 for a held lock); usage errors (bad option values,
unknown commands) -> one line naming the option, exit 2; Ctrl+C -> 'Stopped.', exit 130.
No traceback is ever shown for these. Typer 0.29 vendors click as `typer._click`, so its
exception classes are imported from there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer import Abort, Exit
from typer._click.exceptions import ClickException, UsageError
from typer.core import TyperGroup

from recovery_tui.errors import RecoverError


def _usage_line(exc: UsageError) -> str:
    message = exc.format_message().strip().replace("\n", " ")
    command = exc.ctx.command_path if exc.ctx is not None else "recover"
    return f"{command}: {message} (see '{command} --help')"


class RecoverGroup(TyperGroup):
    """TyperGroup whose `main` reports errors in one line and never hangs or dumps a trace."""

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
            sys.stderr.write(_usage_line(exc) + "\n")
            code = 2
        except ClickException as exc:
            sys.stderr.write(f"recover: {exc.format_message()}\n")
            code = exc.exit_code
        except RecoverError as exc:
            sys.stderr.write(f"recover: {exc}\n")
            code = exc.exit_code
        except (Abort, KeyboardInterrupt, EOFError):
            sys.stderr.write("\nStopped. Nothing more was changed.\n")
            code = 130
        except Exit as exc:
            code = exc.exit_code
        else:
            code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
