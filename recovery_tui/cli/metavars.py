"""Readable usage lines: every argument and option value named in capitals (NAME, WHEN, 0-10).

Typer names a required argument `{name}` in usage lines and a plain option value `<str>` or
`<int>`; neither says what to type. `tidy(command)` walks a command (and its subcommands)
once, when cli/errors.py loads its module, and gives each parameter without a metavar of its
own a name: the words below where a better one exists (`--at WHEN`, `--intensity 0-10`),
else the parameter's own name in capitals (`--emotion EMOTION`, `ID`). Required arguments
show bare (`NAME`), optional ones in brackets (`[LABEL]`), as in click's own usage lines.
A metavar a command sets itself is kept, so a command can always say better.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument

# An option's long name (without dashes) -> what its value is called.
OPTION_VALUES: dict[str, str] = {
    "at": "WHEN",
    "since": "WHEN",
    "until": "WHEN",
    "intensity": "0-10",
    "min-intensity": "0-10",
    "craving-before": "0-10",
    "craving-after": "0-10",
    "mood": "1-5",
    "craving": "0-10",
    "text": "TEXT",
    "where": "PLACE",
    "who": "PERSON",
    "from": "PERSON",
    "halt": "STATES",
    "helpful": "yes|no",
    "reach": "PHONE",
    "phone": "PHONE",
    "reachable": "HOURS",
    "hours": "HOURS",
    "breath": "IN,HOLD,OUT",
    "cost": "POINTS",
    "years": "N",
    "seed": "N",
    "position": "N",
    "limit": "N",
    "months": "N",
}

# An argument's name -> what it is called in usage lines (else its name in capitals).
ARGUMENT_NAMES: dict[str, str] = {
    "event_id": "EVENT",
    "message_id": "ID",
    "line_id": "ID",
}


class _Argument(TyperArgument):
    """A TyperArgument whose usage shows `NAME` (required) or `[NAME]`, never `{name}`."""

    def make_metavar(self, ctx: Any, *, usage: bool = False) -> str:
        var = self.metavar or ""
        if usage and not self.required and not var.startswith("["):
            var = f"[{var}]"
        if self.nargs != 1 and not var.endswith("..."):
            var += "..."
        return var


def tidy(command: Any) -> None:
    """Give every parameter of `command` and its subcommands a readable metavar (in place)."""
    for param in getattr(command, "params", ()):
        if isinstance(param, TyperArgument):
            if param.metavar is None or param.metavar.upper() == "TEXT":
                name = param.name or "value"
                param.metavar = ARGUMENT_NAMES.get(name, name.upper())
            if type(param) is TyperArgument:
                param.__class__ = _Argument
        elif getattr(param, "param_type_name", "") == "option" and not getattr(param, "is_flag", True):
            if getattr(param, "count", False):
                continue
            if param.metavar is None or param.metavar == "TEXT":
                longest = max(param.opts, key=len).lstrip("-")
                param.metavar = OPTION_VALUES.get(longest, _choices(param) or longest.upper().replace("-", "_"))
    for sub in getattr(command, "commands", {}).values():
        tidy(sub)


def _choices(param: Any) -> str | None:
    """`a|b|c` for an option whose type is a fixed choice, else None."""
    choices = getattr(param.type, "choices", None)
    if not choices:
        return None
    return "|".join(str(getattr(c, "value", c)) for c in choices)
