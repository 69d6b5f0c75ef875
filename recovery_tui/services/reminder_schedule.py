"""Putting reminders in the machine's own scheduler, and taking them out again.

`install` uses what the machine has: on macOS a launchd agent per kind of reminder
(~/Library/LaunchAgents/local.recover.remind.KIND.plist, loaded with launchctl); elsewhere a
systemd user timer and service per kind (~/.config/systemd/user/recover-remind-KIND.timer and
.service) where `systemctl --user` answers, else one crontab line per reminder, each ending
with the marker `# recover-remind`. Each entry runs `RECOVER --db FILE remind due KIND` with
the full path of the recover that installed it and of the data file, at the reminder's times.

Only its own entries are ever touched: files and units named with those prefixes, crontab
lines ending with the marker; every other line and unit is left as it was. Installing again
writes the same entries (nothing changes when nothing did) and removes its entries for kinds
no longer reminded of, and its entries left in another scheduler (a crontab line from before
systemd was usable, say). `uninstall` removes them all, wherever they are. `status` says
what is installed where, and whether it matches the stored reminders.

The messages returned are for both the CLI and the dashboard, so they name no command.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec

from recovery_tui.core.reminders import KINDS, Reminder
from recovery_tui.errors import RecoverError
from recovery_tui.safetext import visible_line

CRON_MARK = "# recover-remind"
UNIT_PREFIX = "recover-remind-"
LABEL_PREFIX = "local.recover.remind."
TIMEOUT_SECONDS = 20
NO_SCHEDULER = (
    "This machine has no scheduler recover can use (no systemd user session, no crontab, no launchd); "
    "nothing was installed."
)


class ScheduleError(RecoverError):
    """The scheduler could not be used (not there, or it refused); nothing more was changed."""


class Plan(msgspec.Struct, frozen=True):
    """What to install: the command that runs recover (its full path, or the Python running it)
    and the data file, and for each kind its times (HH:MM), kinds in KINDS order."""

    command: tuple[str, ...]
    db: str
    times: tuple[tuple[str, tuple[str, ...]], ...]

    def argv(self, kind: str) -> list[str]:
        """The scheduled command for `kind`."""
        return [*self.command, "--db", self.db, "remind", "due", kind]


def plan(reminders: Iterable[Reminder], db: Path, command: Sequence[str] | None = None) -> Plan:
    """The Plan for these reminders and data file (command: this recover, by default)."""
    by_kind: dict[str, list[str]] = {}
    for reminder in reminders:
        by_kind.setdefault(reminder.kind, []).append(reminder.time)
    times = tuple((k, tuple(sorted(set(by_kind[k])))) for k in KINDS if k in by_kind)
    return Plan(tuple(command or recover_command()), str(db.expanduser().resolve()), times)


def recover_command() -> list[str]:
    """The full path of the `recover` now running, else the one on PATH, else this Python
    with `-m recovery_tui`."""
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.name == "recover" and running.is_file():
        return [str(running.resolve())]
    found = shutil.which("recover")
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "recovery_tui"]


def _run(argv: list[str], text: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            argv,
            input=text,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL if text is None else None,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ScheduleError(f"could not run {argv[0]} ({exc}); nothing more was changed.") from None


def _said(done: subprocess.CompletedProcess[str]) -> str:
    return " ".join((done.stderr or done.stdout or "").split())[:200] or f"exit code {done.returncode}"


def _hm(time: str) -> tuple[int, int]:
    hour, minute = time.split(":")
    return int(hour), int(minute)


def _home() -> Path:
    return Path(os.environ.get("HOME") or Path.home())


class Scheduler:
    """One kind of scheduler: whether it is here, what of ours it holds, install and remove."""

    name = ""
    where = ""

    def available(self) -> bool:
        """True when this machine can use it."""
        raise NotImplementedError

    def found(self) -> dict[str, list[str]]:
        """Our entries in it: kind -> times."""
        raise NotImplementedError

    def matches(self, wanted: Plan) -> bool:
        """True when our entries are exactly what `wanted` would install."""
        raise NotImplementedError

    def install(self, wanted: Plan) -> None:
        """Make our entries exactly `wanted`'s."""
        raise NotImplementedError

    def remove(self) -> int:
        """Remove our entries; how many kinds or lines went."""
        raise NotImplementedError


class Systemd(Scheduler):
    """systemd user timers: recover-remind-KIND.timer + .service in ~/.config/systemd/user."""

    name = "systemd user timers"

    @property
    def folder(self) -> Path:
        """Where user units live."""
        config = os.environ.get("XDG_CONFIG_HOME") or str(_home() / ".config")
        return Path(config) / "systemd" / "user"

    @property
    def where(self) -> str:  # type: ignore[override]
        return str(self.folder)

    def available(self) -> bool:
        """systemctl is there and a user manager answers."""
        if shutil.which("systemctl") is None:
            return False
        return _run(["systemctl", "--user", "show-environment"]).returncode == 0

    def _systemctl(self, *args: str) -> None:
        done = _run(["systemctl", "--user", *args])
        if done.returncode != 0:
            raise ScheduleError(f"systemctl --user {' '.join(args)} failed ({_said(done)}).")

    def _ours(self) -> dict[str, list[Path]]:
        found: dict[str, list[Path]] = {}
        if self.folder.is_dir():
            for path in sorted(self.folder.glob(f"{UNIT_PREFIX}*")):
                if path.suffix in (".timer", ".service"):
                    found.setdefault(path.stem.removeprefix(UNIT_PREFIX), []).append(path)
        return found

    @staticmethod
    def _quoted(arg: str) -> str:
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'

    def files(self, wanted: Plan) -> dict[str, str]:
        """File name -> text of every unit `wanted` needs."""
        out: dict[str, str] = {}
        head = "# Written by recover's reminders; removing the reminders there removes this file.\n"
        for kind, times in wanted.times:
            unit = f"{UNIT_PREFIX}{kind}"
            calendars = "".join(f"OnCalendar=*-*-* {t}:00\n" for t in times)
            out[f"{unit}.timer"] = (
                f"{head}[Unit]\nDescription=Reminder ({kind})\n\n[Timer]\n{calendars}Unit={unit}.service\n\n"
                "[Install]\nWantedBy=timers.target\n"
            )
            command = " ".join(self._quoted(arg) for arg in wanted.argv(kind))
            out[f"{unit}.service"] = (
                f"{head}[Unit]\nDescription=Reminder ({kind})\n\n[Service]\nType=oneshot\nExecStart={command}\n"
            )
        return out

    def found(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for kind, paths in self._ours().items():
            for path in paths:
                if path.suffix == ".timer":
                    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
                    result[kind] = [
                        line.split()[-1][:5] for line in lines if line.startswith("OnCalendar=") and line.split()
                    ]
        return result

    def matches(self, wanted: Plan) -> bool:
        present = {p.name: p.read_text(encoding="utf-8", errors="replace") for ps in self._ours().values() for p in ps}
        return present == self.files(wanted)

    def install(self, wanted: Plan) -> None:
        files = self.files(wanted)
        self.folder.mkdir(parents=True, exist_ok=True)
        stale = [p for ps in self._ours().values() for p in ps if p.name not in files]
        for path in stale:
            if path.suffix == ".timer":
                _run(["systemctl", "--user", "disable", "--now", path.name])
            path.unlink(missing_ok=True)
        for name, text in files.items():
            path = self.folder / name
            if not path.is_file() or path.read_text(encoding="utf-8", errors="replace") != text:
                path.write_text(text, encoding="utf-8")
        self._systemctl("daemon-reload")
        for name in files:
            if name.endswith(".timer"):
                self._systemctl("enable", name)
                self._systemctl("restart", name)

    def remove(self) -> int:
        ours = self._ours()
        for paths in ours.values():
            for path in paths:
                if path.suffix == ".timer" and shutil.which("systemctl"):
                    _run(["systemctl", "--user", "disable", "--now", path.name])
                path.unlink(missing_ok=True)
        if ours and shutil.which("systemctl"):
            _run(["systemctl", "--user", "daemon-reload"])
        return len(ours)


class Cron(Scheduler):
    """The user's crontab: one line per reminder, each ending with CRON_MARK."""

    name = "your crontab"
    where = "lines marked # recover-remind"

    def available(self) -> bool:
        """crontab is there."""
        return shutil.which("crontab") is not None

    def _table(self) -> list[str]:
        done = _run(["crontab", "-l"])
        if done.returncode != 0:
            if "no crontab" in (done.stderr + done.stdout).lower():
                return []
            raise ScheduleError(f"could not read your crontab ({_said(done)}); nothing was changed.")
        return done.stdout.splitlines()

    @staticmethod
    def ours(line: str) -> bool:
        """True for a line recover wrote."""
        return line.rstrip().endswith(CRON_MARK)

    def lines(self, wanted: Plan) -> list[str]:
        """The crontab lines `wanted` needs."""
        out = []
        for kind, times in wanted.times:
            command = " ".join(shlex.quote(arg) for arg in wanted.argv(kind)).replace("%", "\\%")
            for time in times:
                hour, minute = _hm(time)
                out.append(f"{minute} {hour} * * * {command} {CRON_MARK}")
        return out

    def found(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for line in self._table() if self.available() else []:
            words = line.split()
            if self.ours(line) and len(words) > 8 and words[0].isdigit() and words[1].isdigit():
                kind = words[-3] if words[-3] in KINDS else "?"
                result.setdefault(kind, []).append(f"{int(words[1]):02d}:{int(words[0]):02d}")
        return {kind: sorted(times) for kind, times in result.items()}

    def matches(self, wanted: Plan) -> bool:
        return [line for line in self._table() if self.ours(line)] == self.lines(wanted)

    def _write(self, table: list[str]) -> None:
        done = _run(["crontab", "-"], "".join(f"{line}\n" for line in table))
        if done.returncode != 0:
            raise ScheduleError(f"crontab refused the new table ({_said(done)}); it was left as it was.")

    def install(self, wanted: Plan) -> None:
        table = self._table()
        new = [line for line in table if not self.ours(line)] + self.lines(wanted)
        if new != table:
            self._write(new)

    def remove(self) -> int:
        if not self.available():
            return 0
        table = self._table()
        kept = [line for line in table if not self.ours(line)]
        if len(kept) != len(table):
            self._write(kept)
        return len(table) - len(kept)


class Launchd(Scheduler):
    """macOS launchd agents: ~/Library/LaunchAgents/local.recover.remind.KIND.plist."""

    name = "launchd agents"

    @property
    def folder(self) -> Path:
        """Where user agents live."""
        return _home() / "Library" / "LaunchAgents"

    @property
    def where(self) -> str:  # type: ignore[override]
        return str(self.folder)

    def available(self) -> bool:
        """macOS with launchctl."""
        return sys.platform == "darwin" and shutil.which("launchctl") is not None

    def _ours(self) -> dict[str, Path]:
        if not self.folder.is_dir():
            return {}
        return {p.stem.removeprefix(LABEL_PREFIX): p for p in sorted(self.folder.glob(f"{LABEL_PREFIX}*.plist"))}

    def files(self, wanted: Plan) -> dict[str, bytes]:
        """File name -> bytes of every agent `wanted` needs."""
        out = {}
        for kind, times in wanted.times:
            label = f"{LABEL_PREFIX}{kind}"
            agent = {
                "Label": label,
                "ProgramArguments": wanted.argv(kind),
                "StartCalendarInterval": [{"Hour": h, "Minute": m} for h, m in map(_hm, times)],
            }
            out[f"{label}.plist"] = plistlib.dumps(agent)
        return out

    def found(self) -> dict[str, list[str]]:
        result = {}
        for kind, path in self._ours().items():
            try:
                agent = plistlib.loads(path.read_bytes())
                slots = agent.get("StartCalendarInterval", [])
                result[kind] = [f"{s['Hour']:02d}:{s['Minute']:02d}" for s in slots]
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                result[kind] = ["?"]
        return result

    def matches(self, wanted: Plan) -> bool:
        present = {p.name: p.read_bytes() for p in self._ours().values()}
        return present == self.files(wanted)

    def install(self, wanted: Plan) -> None:
        files = self.files(wanted)
        self.folder.mkdir(parents=True, exist_ok=True)
        for path in self._ours().values():
            if path.name not in files:
                _run(["launchctl", "unload", str(path)])
                path.unlink(missing_ok=True)
        for name, data in files.items():
            path = self.folder / name
            if path.exists():
                _run(["launchctl", "unload", str(path)])
            path.write_bytes(data)
            done = _run(["launchctl", "load", "-w", str(path)])
            if done.returncode != 0:
                raise ScheduleError(f"launchctl could not load {path.name} ({_said(done)}).")

    def remove(self) -> int:
        ours = self._ours()
        for path in ours.values():
            if shutil.which("launchctl"):
                _run(["launchctl", "unload", str(path)])
            path.unlink(missing_ok=True)
        return len(ours)


def schedulers() -> list[Scheduler]:
    """Every scheduler, in the order install prefers them."""
    return [Launchd(), Systemd(), Cron()]


def chosen() -> Scheduler | None:
    """The scheduler install uses here, or None."""
    return next((s for s in schedulers() if s.available()), None)


def _described(found: dict[str, list[str]]) -> str:
    return "; ".join(f"{kind} {', '.join(times)}" for kind, times in found.items())


def install(reminders: list[Reminder], db: Path, command: Sequence[str] | None = None) -> str:
    """Put the reminders in this machine's scheduler (replacing recover's earlier entries);
    returns one sentence saying what was written where.

    Raises:
        ScheduleError: no scheduler here (nothing written), or it refused.
    """
    target = chosen()
    if target is None:
        raise ScheduleError(NO_SCHEDULER)
    wanted = plan(reminders, db, command)
    unsafe = [arg for arg in (*wanted.command, wanted.db) if visible_line(arg) != arg]
    if unsafe:  # a line break in a crontab line starts a line (a job) of its own
        raise ScheduleError(
            f"{visible_line(unsafe[0])} holds a line break or control character, which a scheduler's "
            "entry cannot hold safely; use a data file path without one. Nothing was installed."
        )
    for other in schedulers():
        if other.name != target.name:
            other.remove()
    target.install(wanted)
    if not wanted.times:
        return f"No reminders are set, so none are installed; recover's entries in {target.where} were removed."
    count = sum(len(times) for _, times in wanted.times)
    return f"Installed {count} reminder time{'s' if count != 1 else ''} in {target.name} ({target.where})."


def uninstall() -> str:
    """Remove recover's reminder entries from every scheduler; returns one sentence."""
    gone = [(s.name, n) for s in schedulers() if (n := s.remove())]
    if not gone:
        return "No reminders were installed; nothing was changed."
    return "Removed recover's reminders from " + " and ".join(name for name, _ in gone) + "."


def status(reminders: list[Reminder], db: Path, command: Sequence[str] | None = None) -> list[str]:
    """What is installed where, and whether it matches the stored reminders (one line each)."""
    wanted = plan(reminders, db, command)
    lines = []
    for scheduler in schedulers():
        found = scheduler.found()
        if not found:
            continue
        same = scheduler.matches(wanted)
        verdict = "matches your reminders" if same else "differs from your reminders: install again to update it"
        lines.append(f"{scheduler.name} ({scheduler.where}): {_described(found)}; {verdict}.")
    if not lines:
        here = chosen()
        lines.append(
            f"Not installed; installing would use {here.name}."
            if here
            else "Not installed, and this machine has no scheduler recover can use."
        )
    return lines
