"""The dashboard's keys as one list, and the command palette (ctrl+p) provider built from it.

Keys are declared once, as bindings: the dashboard's (DashboardScreen.BINDINGS) and the
app's (RecoverApp.BINDINGS: SOS, help, quit). A binding's `description` is its short name
(the footer's, and the palette's title); its `tooltip` says in a few words what it does (the
help screen's line, the palette's help line, and the footer's hover text). `dashboard_keys`
merges the two lists, so a key added to either shows up in the help screen and the palette
with no other edit. `EXTRAS` adds the few things the palette offers that are not a key of
their own on the dashboard.

`RecoverCommands` is the palette provider (as harlequin's and posting's are): on the
dashboard it offers every dashboard key (the ones allowed right now: `u` only while a restart
can be undone) and the extras; on every other screen the app's keys (SOS first of all); then,
everywhere, the Textual commands the app keeps (`get_system_commands`: Theme). It replaces
Textual's SystemCommandsProvider, so SOS, not Theme, heads the list. A command runs the same
action as its key. A query finds a command by fuzzy match on its name,
or, below those, by all its words in the help line ("add counter" finds Add).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from recovery_tui.tui.dashboard.dashboard import DashboardScreen

HELP_MATCH_SCORE = 0.2
"""The score of a command found by its help line: below any command found by its name."""


def _counter(dashboard: Screen[Any]) -> object:
    from recovery_tui.tui.counters.counters_panel import CountersPanel

    return dashboard.query_one(CountersPanel).run_action("open_counter")  # enter on the counters


@dataclass(frozen=True)
class Extra:
    """A palette command on the dashboard that is not a key of the dashboard's own."""

    title: str
    help: str
    run: Callable[[Screen[Any]], object]


EXTRAS = (
    Extra("Counter", "a counter's figures, calendar and history (to correct a time or remove a restart)", _counter),
)


def key_label(binding: Binding) -> str:
    """How a key is written for a person: `?`, `ctrl+s`, `a`."""
    return binding.key_display or binding.key


def key_help(binding: Binding) -> str:
    """What a key does, in a few words (its tooltip; its description when it has none)."""
    return binding.tooltip or binding.description.lower()


def dashboard_keys(app_bindings: Iterable[Binding | tuple[str, ...]]) -> list[Binding]:
    """The dashboard's keys then the app's, each key once (the dashboard's own wins).

    Args:
        app_bindings: the app's BINDINGS (passed in: the app module imports this one).
    """
    seen: set[str] = set()
    keys: list[Binding] = []
    for binding in (*DashboardScreen.BINDINGS, *app_bindings):
        if not isinstance(binding, Binding):
            continue  # our BINDINGS are all Binding objects; tuples are Textual shorthand
        if binding.key not in seen:
            seen.add(binding.key)
            keys.append(binding)
    return keys


@dataclass(frozen=True)
class Command:
    """One palette entry: its title, its help line, and what selecting it runs."""

    title: str
    help: str
    run: Callable[[], object]


def commands(screen: Screen[Any]) -> Iterator[Command]:
    """The commands that make sense on `screen` (the screen the palette was opened from)."""
    app = screen.app
    on_dashboard = isinstance(screen, DashboardScreen)
    for binding in dashboard_keys(type(app).BINDINGS):
        node: App[Any] | Screen[Any] = app
        action = binding.action
        if action.startswith("app."):
            action = action.removeprefix("app.")
        elif binding in DashboardScreen.BINDINGS:
            if not on_dashboard:
                continue  # a dashboard key: offered where it works
            node = screen
        if not node.check_action(action, ()):
            continue  # not now (u: no restart to undo)
        help_line = f"{key_help(binding)} · key {key_label(binding)}"
        yield Command(binding.description, help_line, partial(node.run_action, action))
    if on_dashboard:
        for extra in EXTRAS:
            yield Command(extra.title, extra.help, partial(extra.run, screen))
    for system in app.get_system_commands(screen):  # Textual's own, as the app keeps them (Theme)
        yield Command(system.title, system.help, system.callback)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class RecoverCommands(Provider):
    """The app's own commands in the command palette."""

    async def discover(self) -> Hits:
        """Every command, in key order, when nothing is typed yet."""
        for command in commands(self.screen):
            yield DiscoveryHit(command.title, command.run, help=_capital(command.help))

    async def search(self, query: str) -> Hits:
        """Commands whose name matches `query`, then those whose help line holds its words."""
        matcher = self.matcher(query)
        words = query.lower().split()
        for command in commands(self.screen):
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=_capital(command.help))
            elif words and all(word in command.help.lower() for word in words):
                yield Hit(HELP_MATCH_SCORE, command.title, command.run, help=_capital(command.help))
