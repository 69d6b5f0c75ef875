"""No network: every registered command runs with sockets disabled and none tries to connect.

The command list comes from the Typer app itself, so commands added later are covered
automatically: known ones run with hand-picked arguments, any other one with arguments built
from its declared parameters (a small number for numbers, the first choice of a choice, a
word for text), so its body runs rather than stopping at a usage error. Internet sockets,
DNS and create_connection raise and are recorded; local socket pairs (asyncio's self-pipe,
used by the dashboard) stay allowed.

`recover sync` is the one command that may use the network, and only through git, which runs
in a subprocess the socket guard cannot see. So the commands run with sync set up (a bare
repository in tmp_path) and a stand-in `git` on PATH that logs every call: only `sync init`
(and `sync` itself, which is no leaf command here) may run a git command that talks to a
remote; `sync status` without --fetch may not.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import stat
import subprocess
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
    import recovery_tui.cli.dashboard_run as dashboard_cli

    monkeypatch.setattr(dashboard_cli, "_has_terminal", lambda: True)  # headless: no terminal needed


GIT_NETWORK = {"fetch", "push", "pull", "clone", "ls-remote", "remote-https", "remote-http", "fetch-pack", "send-pack"}
GIT_LOGGER = """#!/bin/sh
printf '%s\\n' "$*" >> "$TEST_GIT_CALLS_LOG"
exec "$REAL_GIT" "$@"
"""


def _git_stand_in(tmp_path: Path) -> dict[str, str]:
    """Environment for a stand-in git on PATH that logs each call's arguments to a file."""
    folder = tmp_path / "git-stand-in"
    folder.mkdir()
    script = folder / "git"
    script.write_text(GIT_LOGGER)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return {
        "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}",
        "REAL_GIT": shutil.which("git") or "git",
        "TEST_GIT_CALLS_LOG": str(tmp_path / "git-calls.log"),
    }


def _network_calls(log: Path) -> list[str]:
    if not log.exists():
        return []
    calls = [line.split() for line in log.read_text().splitlines()]
    return [" ".join(c) for c in calls if any(word in GIT_NETWORK for word in c if not word.startswith("-"))]


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
    has_git = shutil.which("git") is not None
    env = dict(ENV)
    if has_git:
        from recovery_tui.services import sync as sync_service

        subprocess.run(["git", "init", "--quiet", "--bare", str(tmp_path / "remote.git")], check=True)
        sync_service.init(Store(db_path), f"file://{tmp_path / 'remote.git'}")
        env.update(_git_stand_in(tmp_path))
    git_log = tmp_path / "git-calls.log"
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
        ("sync", "status"): [["sync", "status"], ["sync", "status", "--json"]],
    }
    order = ["where", "config", "export", "import", "backup", "encrypt", "doctor", "dashboard", "decrypt"]
    commands = _all_commands()
    declared = _all_commands_with_params()
    assert set(known) <= set(commands), "a known command disappeared from the app"
    rank = {name: i for i, name in enumerate(order)}
    commands.sort(key=lambda c: (c == ("wipe",), rank.get(c[0], len(order)), c))
    ran: list[tuple[str, ...]] = []
    git_network: list[str] = []
    for command in commands:
        runs = known.get(command) or [_built_args(command, declared[command])]
        for args in runs:
            result = cli(*args, env=env)
            if command in known and not (command[0] == "sync" and not has_git):
                assert result.exit_code == 0, (args, result.stdout, result.stderr)
        if command != ("sync", "init"):
            git_network += [f"{' '.join(command)}: {call}" for call in _network_calls(git_log)]
        git_log.unlink(missing_ok=True)
        ran.append(command)
    assert ran and set(ran) == set(_all_commands())
    assert len(dashboards) == 1, "the dashboard did not really run"
    assert no_network == [], f"commands tried the network: {no_network}"
    assert git_network == [], f"commands ran git against a remote: {git_network}"


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
