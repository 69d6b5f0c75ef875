"""No network: every registered command runs with sockets disabled and none tries to connect.

The command list comes from the Typer app itself, so commands added later are covered
automatically: known ones run with hand-picked arguments, any other one with arguments built
from its declared parameters (a small number for numbers, the first choice of a choice, a
word for text), so its body runs rather than stopping at a usage error. Internet sockets,
DNS and create_connection raise and are recorded; local socket pairs (asyncio's self-pipe,
used by the dashboard) stay allowed.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from recovery_tui.store import Store

# A fast timer clock so `skill start` finishes at once (see cli/skill.py).
ENV = {"RECOVER_PASSPHRASE_CMD": "printf 'a long passphrase'", "RECOVER_CLOCK_SPEED": "1000"}


def _all_commands_with_params() -> dict[tuple[str, ...], Any]:
    from typer.main import get_command

    from recovery_tui.cli.app import app

    found: dict[tuple[str, ...], Any] = {}

    def walk(group: Any, prefix: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            if getattr(command, "commands", None) is not None:
                walk(command, (*prefix, name))
            else:
                found[(*prefix, name)] = command

    root = get_command(app)
    for name in root.list_commands(None):  # type: ignore[attr-defined, arg-type]
        root.get_command(None, name)  # type: ignore[attr-defined, arg-type]  # load lazy commands
    walk(root, ())
    return found


def _value_for(param: Any) -> str:
    type_name = getattr(param.type, "name", "")
    choices = getattr(param.type, "choices", None)
    if choices:
        return str(list(choices)[0])
    if type_name in {"int", "integer", "float"} or "range" in type_name:
        return "3"
    return "test"


def _built_args(path: tuple[str, ...], command: Any) -> list[str]:
    args = list(path)
    for param in command.params:
        if not param.required:
            continue
        if param.param_type_name == "argument":
            args.append(_value_for(param))
        else:
            args += [param.opts[0], _value_for(param)]
    return args


def _all_commands() -> list[tuple[str, ...]]:
    from typer.main import get_command

    from recovery_tui.cli.app import app

    found: list[tuple[str, ...]] = []

    def walk(group: Any, prefix: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            if getattr(command, "commands", None) is not None:
                walk(command, (*prefix, name))
            else:
                found.append((*prefix, name))

    root = get_command(app)
    for name in root.list_commands(None):  # type: ignore[attr-defined, arg-type]
        root.get_command(None, name)  # type: ignore[attr-defined, arg-type]  # load lazy commands
    walk(root, ())
    return sorted(found)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None) -> None:
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket(family={family})")
                raise OSError("network disabled by test_no_network")
            super().__init__(family, type, proto, fileno)

        def connect(self, address: Any) -> None:
            attempts.append(f"connect({address!r})")
            raise OSError("network disabled by test_no_network")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"network call {args!r}")
        raise OSError("network disabled by test_no_network")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    yield attempts


def _quit_at_once(monkeypatch: pytest.MonkeyPatch, dashboards: list[object]) -> None:
    from recovery_tui.tui.app import RecoverApp

    real_run = RecoverApp.run

    async def leave(pilot: Any) -> None:
        await pilot.pause()
        pilot.app.exit()

    def run_headless(self: RecoverApp, *args: Any, **kwargs: Any) -> Any:
        result = real_run(self, headless=True, size=(80, 24), auto_pilot=leave)
        dashboards.append(self)
        return result

    monkeypatch.setattr(RecoverApp, "run", run_headless)
    import recovery_tui.cli.dashboard as dashboard_cli

    monkeypatch.setattr(dashboard_cli, "_has_terminal", lambda: True)  # headless: no terminal needed


def test_every_command_runs_without_network(
    cli, db_path: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]
) -> None:
    Store(db_path).insert(
        "checkins",
        {
            "date": "2026-11-20",
            "at": "2026-11-20T19:00:00+00:00",
            "mood": 4,
            "craving": 1,
            "sober": [],
            "gratitude": None,
            "note": None,
            "difficulty": None,
            "confidence": None,
        },
        now=now,
    )
    export_file = tmp_path / "out" / "dump.json"
    dashboards: list[object] = []
    _quit_at_once(monkeypatch, dashboards)
    known: dict[tuple[str, ...], list[list[str]]] = {
        ("where",): [["where", "--json"]],
        ("dashboard",): [["dashboard"]],
        ("config", "list"): [["config", "list"]],
        ("config", "get"): [["config", "get", "currency"]],
        ("config", "set"): [["config", "set", "currency", "€"]],
        ("config", "unset"): [["config", "unset", "currency"]],
        ("export",): [["export", "-o", str(export_file)], ["export", "-f", "markdown", "-o", "-"]],
        ("import",): [["import", str(export_file)]],
        ("backup", "create"): [["backup", "create"]],
        ("backup", "list"): [["backup", "list"]],
        ("backup", "restore"): [["backup", "restore", "--yes"]],
        ("doctor",): [["doctor"]],
        ("encrypt",): [["encrypt"]],
        ("decrypt",): [["decrypt", "--yes"]],
        ("wipe",): [["wipe", "--yes", "--i-understand"]],
        ("skill", "start"): [["skill", "start", "box", "--minutes", "1", "--quiet", "--no-rating"]],
    }
    order = ["where", "config", "export", "import", "backup", "encrypt", "doctor", "dashboard", "decrypt"]
    commands = _all_commands()
    declared = _all_commands_with_params()
    assert set(known) <= set(commands), "a known command disappeared from the app"
    rank = {name: i for i, name in enumerate(order)}
    commands.sort(key=lambda c: (c == ("wipe",), rank.get(c[0], len(order)), c))
    ran: list[tuple[str, ...]] = []
    for command in commands:
        runs = known.get(command) or [_built_args(command, declared[command])]
        for args in runs:
            result = cli(*args, env=ENV)
            if command in known:
                assert result.exit_code == 0, (args, result.stdout, result.stderr)
        ran.append(command)
    assert ran and set(ran) == set(_all_commands())
    assert len(dashboards) == 1, "the dashboard did not really run"
    assert no_network == [], f"commands tried the network: {no_network}"


def test_guard_catches_attempts_but_allows_local_pairs(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    left, right = socket.socketpair()
    left.close()
    right.close()
    assert len(no_network) == 3


NETWORK_MODULES = re.compile(
    r"^\s*(?:import|from)\s+(socket|ssl|urllib\.request|http\.client|requests|httpx|aiohttp|smtplib|ftplib)\b", re.M
)


def test_no_network_library_is_imported_anywhere() -> None:
    package = Path(__file__).resolve().parents[2] / "recovery_tui"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if NETWORK_MODULES.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
