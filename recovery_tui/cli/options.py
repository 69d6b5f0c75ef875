"""Command options declared once: `Option` specs, and the two parsers built from one table of them.

A command whose options a Typer-free fast path also reads (see cli/startup.py) declares them
once, as a tuple of `Option`, beside the flow both paths run (`recover checkin`:
cli/checkin_flow.py OPTIONS). From that table:

- `typer_signature` builds the parameters of the Typer command (names, types, defaults,
  metavars and help text), so `--help`, click's usage errors and exit codes are Typer's own;
- `FastParser` reads the same options with the standard library, in their plain forms only:
  `--name VALUE`, `--name=VALUE`, `-n VALUE`, flags, `--x/--no-x` switches and repeatable
  values. Anything else (help, an unknown or repeated option, `-n3`, `-n=3`, a flag with a
  value, a missing value, an argument) is refused, and the Typer command reads it instead,
  with its full usage messages. As in click, the word after a value option is its value even
  if it starts with a dash.

Importing this module does not import Typer; `typer_signature` imports it when called.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import msgspec

if TYPE_CHECKING:
    import inspect

Kind = Literal["value", "many", "flag", "switch"]


class Option(msgspec.Struct, frozen=True):
    """One command-line option.

    Attributes:
        field: the parameter (and request field) it fills.
        names: its spellings, long first: ("--mood", "-m").
        help: the line `--help` shows.
        kind: "value" (str, default None), "many" (a repeatable value: a tuple, default ()),
            "flag" (True when given, default False) or "switch" (True / False for `names` /
            `off`, default None).
        metavar: the value's placeholder in `--help` (its limits, such as 1-5).
        off: a switch's negative spelling ("--no-relapse").
    """

    field: str
    names: tuple[str, ...]
    help: str
    kind: Kind = "value"
    metavar: str | None = None
    off: str | None = None

    def spellings(self) -> tuple[str, ...]:
        """Every name this option answers to."""
        return self.names if self.off is None else (*self.names, self.off)


def spellings(options: Iterable[Option]) -> set[str]:
    """Every option name in `options` (what both parsers accept)."""
    return {name for option in options for name in option.spellings()}


class FastParser:
    """Reads `options` from a command's words with the standard library (see the module doc)."""

    def __init__(self, options: Iterable[Option]) -> None:
        self._values: dict[str, Option] = {}
        self._flags: dict[str, tuple[Option, bool]] = {}
        for option in options:
            for name in option.names:
                if option.kind in ("value", "many"):
                    self._values[name] = option
                else:
                    self._flags[name] = (option, True)
            if option.off is not None:
                self._flags[option.off] = (option, False)

    def names(self) -> set[str]:
        """Every option name this parser reads."""
        return {*self._values, *self._flags}

    def parse(self, words: list[str]) -> dict[str, object] | None:
        """The fields `words` give (only those given), or None for a form left to Typer."""
        fields: dict[str, object] = {}
        many: dict[str, list[str]] = {}
        i = 0
        while i < len(words):
            name, eq, inline = words[i].partition("=")
            if name in self._flags and not eq:
                option, value = self._flags[name]
                if option.field in fields:
                    return None
                fields[option.field] = value
                i += 1
                continue
            if name not in self._values or (eq and not name.startswith("--")):
                return None
            option = self._values[name]
            if eq:
                given = inline
                i += 1
            elif i + 1 < len(words):
                given = words[i + 1]
                i += 2
            else:
                return None
            if option.kind == "many":
                many.setdefault(option.field, []).append(given)
                continue
            if option.field in fields:
                return None
            fields[option.field] = given
        fields.update((field, tuple(values)) for field, values in many.items())
        return fields


def typer_values(options: Iterable[Option], given: Mapping[str, Any]) -> dict[str, Any]:
    """The fields a Typer command built by `typer_signature` received, typed as `FastParser`
    gives them (a repeatable value as a tuple)."""
    kinds = {option.field: option.kind for option in options}
    return {field: tuple(value or ()) if kinds.get(field) == "many" else value for field, value in given.items()}


def typer_signature(options: Iterable[Option], *, context: bool = True) -> inspect.Signature:
    """The signature of a Typer command that takes `options` (keyword-only, in their order),
    after a `ctx: typer.Context` when `context` is set. Typer reads a function's
    `__signature__`, so assigning this to a `def command(ctx, **given)` declares its options."""
    import inspect
    from typing import Annotated

    import typer

    types: dict[Kind, tuple[Any, Any]] = {
        "value": (str | None, None),
        "many": (list[str] | None, None),
        "flag": (bool, False),
        "switch": (bool | None, None),
    }
    params = []
    if context:
        params.append(inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context))
    for option in options:
        kind, default = types[option.kind]
        names = option.names if option.off is None else (f"{option.names[0]}/{option.off}", *option.names[1:])
        info = typer.Option(*names, metavar=option.metavar, help=option.help)
        params.append(
            inspect.Parameter(
                option.field, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[kind, info], default=default
            )
        )
    return inspect.Signature(params, return_annotation=None)
