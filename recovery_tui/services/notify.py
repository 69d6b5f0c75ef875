"""Desktop notifications for reminders: notify-send (Linux and other desktops) or osascript
(macOS), whichever is here. Never waits on a person and never asks anything.

Run by a scheduler, a process may lack the session's D-Bus address (cron passes almost no
environment); then the usual per-user bus (/run/user/UID/bus) is given to notify-send when it
exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TIMEOUT_SECONDS = 10


def _applescript(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _bus_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DBUS_SESSION_BUS_ADDRESS") and hasattr(os, "getuid"):
        bus = Path(f"/run/user/{os.getuid()}/bus")
        if bus.exists():
            env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    return env


def command(title: str, text: str) -> tuple[list[str], dict[str, str]] | None:
    """The command (and its environment) that shows a notification here, or None."""
    if sys.platform == "darwin" and (osascript := shutil.which("osascript")):
        script = f"display notification {_applescript(text)} with title {_applescript(title)}"
        return [osascript, "-e", script], dict(os.environ)
    if notify_send := shutil.which("notify-send"):
        return [notify_send, "--", title, text], _bus_env()
    return None


def notify(title: str, text: str) -> bool:
    """Show a desktop notification; False when none could be shown (no tool, or it failed)."""
    found = command(title, text)
    if found is None:
        return False
    argv, env = found
    try:
        done = subprocess.run(
            argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
