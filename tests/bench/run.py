"""The recover benchmark: whole-process timings, peak memory, and ratios against floors
measured in the same run (issue 22).

Run from a clone after the README's set-up (outside pytest; it takes a few minutes):

    .venv/bin/python tests/bench/run.py                # prints the tables, writes results.json
    .venv/bin/python tests/bench/run.py --runs 3 --years 1 10 --out /tmp/bench.json

Cases, each a separate process of the environment's `recover` script (what a person runs):

- every command of COMMANDS on demo histories of each size (`recover demo --years N`; 1, 10
  and 30 years by default);
- floors, on the same interpreter: `python -c pass`; the check-in's own I/O floor (IO_FLOOR: a
  tiny script that reads the data file, writes the same bytes to a temp file beside it,
  fsyncs it, renames it over the file and fsyncs the folder, which is what the design's
  atomic write must do); and the smallest Textual app (one Static) to its first paint;
- encrypted copies of the --encrypted-years file, unlocked (`recover unlock`: the key kept in
  the kernel keyring) and locked (the passphrase from RECOVER_PASSPHRASE_CMD, so a scrypt run
  in every process): check-in and `status --short`; unlocked `status --short` both on a copy
  nothing writes (most prompts) and on the copy the check-ins write (the first prompt after a
  change);
- the dashboard and the smallest Textual app as whole processes in a real pseudo-terminal
  (100x30), from the process start to the first frame that shows a counter name (the
  dashboard) or the app's text: PAINT_MARKERS. (Before issue 22 the dashboard was timed inside
  one process with `run_test`, from after the interpreter started, headless: smaller numbers
  than a person waits for.)

After one warm-up of every case, each round runs every case once, in one order and then the
reverse (so a machine that gets busier or quieter moves every case alike); a ratio is taken
in each round between two processes that ran moments apart, and RATIOS prints its
min/median/max over the rounds, with the target of issue 22 on the median. Peak memory is
each process's peak RSS from wait4().
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_SCRIPT = Path(sys.executable).with_name("recover")
# What a person runs: the `recover` console script of this environment (as `pip install .`
# makes it); `python -m recovery_tui` only when the script is missing (a source checkout).
RECOVER = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "recovery_tui"]
PASSPHRASE = "benchmark passphrase"

# name, arguments, target on the 10-year file in ms (None: measured, no target; issue 11)
COMMANDS: list[tuple[str, list[str], float | None]] = [
    ("checkin", ["checkin", "--mood", "3", "--craving", "2", "--note", "x", "--add"], 150),
    ("status", ["status"], None),
    ("status --short", ["status", "--short"], 120),
    ("insights", ["insights"], 400),
    ("sos", ["sos"], None),
    ("journal search", ["journal", "search", "walk"], None),
    ("export json", ["export", "--format", "json", "--out", "-"], None),
    ("where", ["where"], None),
    ("--help", ["--help"], None),
]
TARGETS = {"dashboard first paint": 1000.0, "peak memory MB": 80.0}

IO_FLOOR = r"""
import os, sys
path = sys.argv[1]
folder = os.path.dirname(path)
with open(path, "rb") as handle:
    data = handle.read()
tmp = os.path.join(folder, ".io-floor.tmp")
fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(fd, data)
os.fsync(fd)
os.close(fd)
os.replace(tmp, path)
fd = os.open(folder, os.O_RDONLY)
os.fsync(fd)
os.close(fd)
"""

SMALLEST_TEXTUAL = r"""
from textual.app import App, ComposeResult
from textual.widgets import Static

class Smallest(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("smallest-textual-app-painted")

Smallest().run()
"""
PAINT_MARKERS = {"dashboard": b"alcohol", "textual app": b"smallest-textual-app-painted"}

# label, numerator case, denominator case, target (the median must be at most this)
RATIOS: list[tuple[str, str, str, float | None]] = [
    ("check-in encrypted+unlocked / plain", "checkin@{enc}y unlocked", "checkin@{enc}y", 1.2),
    ("status --short encrypted+unlocked / plain", "status --short@{enc}y unlocked", "status --short@{enc}y", 1.1),
    (
        "status --short unlocked, after a write / plain",
        "status --short@{enc}y unlocked, after a write",
        "status --short@{enc}y",
        None,
    ),
    ("check-in encrypted+locked / plain", "checkin@{enc}y locked", "checkin@{enc}y", None),
    ("status --short / python -c pass", "status --short@{enc}y", "python -c pass", 3.0),
    ("insights {big}y / {small}y", "insights@{big}y", "insights@{small}y", 1.3),
    ("check-in {big}y / {small}y", "checkin@{big}y", "checkin@{small}y", 1.5),
    ("dashboard paint / smallest Textual app, {enc}y", "dashboard@{enc}y", "textual app", 1.5),
    ("dashboard paint / smallest Textual app, {big}y", "dashboard@{big}y", "textual app", 1.7),
    ("check-in / its I/O floor, {enc}y", "checkin@{enc}y", "io floor@{enc}y", 2.0),
]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run one process; return (wall ms, peak RSS MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": os.getloadavg()[0],
        "command": " ".join(RECOVER),
    }


def _run_in_pty(argv: list[str], env: dict[str, str], marker: bytes) -> tuple[float, float, int]:
    """Run `argv` in a new pseudo-terminal (100x30); return (ms from the start until `marker`
    was drawn, peak RSS MB, 0), or exit code 1 if it never was (30 s). The process is killed
    once it painted."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env={**env, "TERM": "xterm-256color"}, start_new_session=True
    )
    os.close(slave)
    seen = b""
    elapsed: float | None = None
    deadline = start + 30
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the process ended
                break
            if not chunk:
                break
            seen = seen[-len(marker) :] + chunk
            if marker in seen:
                elapsed = (time.perf_counter() - start) * 1000
                break
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, _, usage = os.wait4(proc.pid, 0)
        os.close(master)
    if elapsed is None:
        return (time.perf_counter() - start) * 1000, usage.ru_maxrss / 1024, 1
    return elapsed, usage.ru_maxrss / 1024, 0


class Case:
    """One measured process: its key ("checkin@10y", "python -c pass", ...) and how to run it."""

    def __init__(self, key: str, argv: list[str], env: dict[str, str], marker: bytes | None = None) -> None:
        self.key, self.argv, self.env, self.marker = key, argv, env, marker
        self.samples: list[tuple[float, float, int]] = []

    def run(self) -> tuple[float, float, int]:
        if self.marker is not None:
            return _run_in_pty(self.argv, self.env, self.marker)
        return _run(self.argv, self.env)


def _env(db: Path) -> dict[str, str]:
    env = {**os.environ, "RECOVER_DB": str(db), "NO_COLOR": "1"}
    for name in ("RECOVER_NOW", "RECOVER_PASSPHRASE_CMD", "RECOVER_INTERACTIVE"):
        env.pop(name, None)
    return env


def prepare(all_years: list[int], enc_years: int, workdir: Path) -> tuple[list[Case], dict[str, Any]]:
    """Write the demo files (and the encrypted copies) and list every case."""
    cases: list[Case] = [Case("python -c pass", [sys.executable, "-c", "pass"], _env(workdir / "none.json"))]
    files: dict[str, Any] = {}
    for years in all_years:
        db = workdir / f"recover-{years}y.json"
        env = _env(db)
        subprocess.run([*RECOVER, "demo", "--years", str(years)], check=True, env=env, capture_output=True)
        files[f"{years}y"] = round(db.stat().st_size / 1e6, 2)
        for name, args, _target in COMMANDS:
            cases.append(Case(f"{name}@{years}y", [*RECOVER, *args], env))
        cases.append(Case(f"io floor@{years}y", [sys.executable, "-c", IO_FLOOR, str(db)], env))
        cases.append(Case(f"dashboard@{years}y", [*RECOVER, "dashboard"], env, PAINT_MARKERS["dashboard"]))
        if years == enc_years:
            secret = workdir / "passphrase.txt"
            secret.write_text(PASSPHRASE + "\n")
            secret.chmod(0o600)
            command = {"RECOVER_PASSPHRASE_CMD": f"cat {secret}"}
            # "unlocked, after a write": status --short on the copy the unlocked check-ins write,
            # so each run is the first prompt after a change (it decrypts the whole file);
            # "unlocked": its own copy that nothing writes, as at most prompts (the copy of
            # the counters kept beside the key answers: store/unlocked.leading_tables).
            for state in ("locked", "unlocked", "unlocked, after a write"):
                copy = workdir / f"recover-{years}y-{state.split(',')[0]}{'-idle' if state == 'unlocked' else ''}.json"
                if not copy.exists():
                    shutil.copyfile(db, copy)
                    subprocess.run(
                        [*RECOVER, "encrypt"], check=True, env={**_env(copy), **command}, capture_output=True
                    )
                copy_env = _env(copy)
                if state.startswith("unlocked"):
                    subprocess.run(
                        [*RECOVER, "unlock", "--for", "24h"],
                        check=True,
                        env={**copy_env, **command},
                        capture_output=True,
                    )
                else:
                    copy_env = {**copy_env, **command}
                for name in ("checkin", "status --short"):
                    if name == "checkin" and state == "unlocked":
                        continue  # the check-in of "unlocked, after a write" is "checkin@..y unlocked"
                    args = next(a for n, a, _ in COMMANDS if n == name)
                    label = "unlocked" if name == "checkin" and state != "locked" else state
                    cases.append(Case(f"{name}@{years}y {label}", [*RECOVER, *args], copy_env))
    cases.append(
        Case(
            "textual app",
            [sys.executable, "-c", SMALLEST_TEXTUAL],
            _env(workdir / "none.json"),
            PAINT_MARKERS["textual app"],
        )
    )
    return cases, files


def bench(cases: list[Case], runs: int) -> None:
    """A warm-up of every case, then `runs` rounds of every case, alternating the order."""
    for case in cases:
        case.run()  # warm-up (the first write of a day also makes that day's backup)
    for round_number in range(runs):
        for case in cases if round_number % 2 == 0 else reversed(cases):
            case.samples.append(case.run())
        print(f"round {round_number + 1}/{runs} done", file=sys.stderr)


def _stats(values: list[float]) -> dict[str, float]:
    return {
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
    }


def summarise(cases: list[Case], sizes: list[int], enc: int) -> dict[str, Any]:
    """Per case: min/median/max ms and peak MB; per ratio: min/median/max over the rounds."""
    by_key = {case.key: case for case in cases}
    summary: dict[str, Any] = {"cases": {}, "ratios": []}
    for case in cases:
        good = [s for s in case.samples if s[2] == 0]
        entry: dict[str, Any] = {"exit_codes": sorted({s[2] for s in case.samples})}
        if good:
            entry.update({f"{k}_ms": v for k, v in _stats([s[0] for s in good]).items()})
            entry["peak_mb"] = round(max(s[1] for s in good), 1)
        summary["cases"][case.key] = entry
    names = {"enc": enc, "small": sizes[0], "big": sizes[-1]}
    done: set[tuple[str, str]] = set()
    for label, top, bottom, target in RATIOS:
        top, bottom = top.format(**names), bottom.format(**names)
        if top not in by_key or bottom not in by_key or top == bottom or (top, bottom) in done:
            continue
        done.add((top, bottom))
        pairs = [
            a[0] / b[0] for a, b in zip(by_key[top].samples, by_key[bottom].samples, strict=True) if a[2] == 0 == b[2]
        ]
        if not pairs:
            continue
        stats = _stats(pairs)
        summary["ratios"].append(
            {
                "ratio": label.format(**names),
                "of": f"{top} / {bottom}",
                **stats,
                "target": target,
                "holds": None if target is None else stats["median"] <= target,
            }
        )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="rounds of every case after a warm-up")
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 30], help="history sizes to measure")
    parser.add_argument("--encrypted-years", type=int, default=10, help="the size measured encrypted, and for floors")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="where to write the JSON")
    args = parser.parse_args()
    sizes = sorted(set(args.years))
    enc = args.encrypted_years if args.encrypted_years in sizes else sizes[-1]

    report: dict[str, Any] = {"machine": _machine(), "runs": args.runs, "sizes": sizes, "encrypted": enc}
    workdir = Path(tempfile.mkdtemp(prefix="recover-bench-"))
    try:
        cases, report["file_mb"] = prepare(sizes, enc, workdir)
        bench(cases, args.runs)
        for name in ("unlocked", "unlocked-idle"):
            subprocess.run([*RECOVER, "lock"], env=_env(workdir / f"recover-{enc}y-{name}.json"), capture_output=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report.update(summarise(cases, sizes, enc))
    machine = report["machine"]
    print(f"machine: {machine['cpu']} ({machine['cores']} cores), Python {machine['python']}, {args.runs} rounds")
    print("files: " + ", ".join(f"{k} {v} MB" for k, v in report["file_mb"].items()))
    print(f"{'case':<44}{'min':>9}{'median':>9}{'max':>9}{'peak MB':>9}")
    for key, entry in report["cases"].items():
        if "median_ms" not in entry:
            print(f"{key:<44}{'failed, exit codes ' + str(entry['exit_codes']):>36}")
            continue
        bad = [c for c in entry["exit_codes"] if c != 0]
        print(
            f"{key:<44}{entry['min_ms']:>7.0f}ms{entry['median_ms']:>7.0f}ms{entry['max_ms']:>7.0f}ms"
            f"{entry['peak_mb']:>9}" + (f"  exit {bad}" if bad else "")
        )
    print()
    print(f"{'ratio (per round)':<52}{'min':>7}{'median':>8}{'max':>7}{'target':>8}")
    for ratio in report["ratios"]:
        target = ratio["target"]
        verdict = "" if target is None else ("holds" if ratio["holds"] else "MISSED")
        print(
            f"{ratio['ratio']:<52}{ratio['min']:>6.2f}x{ratio['median']:>7.2f}x{ratio['max']:>6.2f}x"
            f"{'<=' + str(target) + 'x' if target else '':>8}  {verdict}"
        )
    cli_peak = max(
        (
            e.get("peak_mb", 0)
            for k, e in report["cases"].items()
            if k.endswith(f"@{enc}y") and not k.startswith(("dashboard", "io floor"))
        ),
        default=0,
    )
    report["cli_peak_mb"] = cli_peak
    print(f"CLI peak memory, {enc}y plain: {cli_peak} MB (target {TARGETS['peak memory MB']:.0f} MB, issue 11)")
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
