"""The recover benchmark: whole-process timings and peak memory on 1- and 10-year histories.

Run from a clone after the README's set-up (outside pytest):

    .venv/bin/python tests/bench/run.py                # prints a table, writes results.json
    .venv/bin/python tests/bench/run.py --runs 15 --out /tmp/bench.json

For each history size it writes a demo file with `recover demo --years N` (in a temp folder),
then times each command as a separate process of the environment's `recover` script: one
warm-up per size, then --runs runs (default 9) alternating between the sizes, reporting the
median and each process's peak RSS from wait4(). In child processes it also times the
dashboard from start to its first full paint (counters panel showing data) and reads their
peak RSS. Targets are the ones of issue 11, checked on the 10-year file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_SCRIPT = Path(sys.executable).with_name("recover")
# What a person runs: the `recover` console script of this environment (as `pip install .`
# makes it); `python -m recovery_tui` only when the script is missing (a source checkout).
RECOVER = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "recovery_tui"]

# name, arguments, target on the 10-year file in ms (None: measured, no target)
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
TARGETS = {"dashboard first paint": 1000.0, "peak memory MB": 80.0, "checkin 10y/1y": 1.5}

PAINT_SCRIPT = r"""
import asyncio, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp

async def main():
    app = RecoverApp(Store(Path(sys.argv[1])))
    async with app.run_test(size=(100, 30)) as pilot:
        while True:
            await pilot.pause()
            if app.first_paint_done():
                break
            if time.perf_counter() - t0 > 30:
                raise SystemExit("the dashboard did not show counters within 30 s")
        elapsed = time.perf_counter() - t0
    print(elapsed * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

asyncio.run(main())
"""


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run one process; return (wall ms, peak RSS MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def _summary(samples: list[tuple[float, float, int]]) -> dict[str, Any]:
    codes = {code for _, _, code in samples}
    return {
        "median_ms": round(statistics.median(s[0] for s in samples), 1),
        "min_ms": round(min(s[0] for s in samples), 1),
        "peak_mb": round(max(s[1] for s in samples), 1),
        "exit_codes": sorted(codes),
    }


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


def bench(all_years: list[int], runs: int, workdir: Path) -> dict[str, dict[str, Any]]:
    """Measure every command on fresh demo histories of each size in `all_years`.

    Runs of the different sizes alternate (1y, 10y, 1y, 10y, ...), so a machine that gets
    busier or quieter during the benchmark moves every size alike and the 10y/1y ratio stays
    meaningful.
    """
    envs: dict[str, dict[str, str]] = {}
    results: dict[str, dict[str, Any]] = {}
    for years in all_years:
        size = f"{years}y"
        db = workdir / f"recover-{size}.json"
        env = {**os.environ, "RECOVER_DB": str(db), "NO_COLOR": "1"}
        env.pop("RECOVER_NOW", None)
        subprocess.run([*RECOVER, "demo", "--years", str(years)], check=True, env=env, capture_output=True)
        envs[size] = env
        results[size] = {"file_mb": round(db.stat().st_size / 1e6, 2)}
    for name, args, _target in COMMANDS:
        argv = [*RECOVER, *[a.replace("{tmp}", str(workdir)) for a in args]]
        samples: dict[str, list[tuple[float, float, int]]] = {size: [] for size in envs}
        for env in envs.values():
            _run(argv, env)  # warm-up (the first write of a day also makes that day's backup)
        for _ in range(runs):
            for size, env in envs.items():
                samples[size].append(_run(argv, env))
        for size in envs:
            results[size][name] = _summary(samples[size])
    paints: dict[str, list[tuple[float, float]]] = {size: [] for size in envs}
    for _ in range(max(3, runs // 2)):
        for size, env in envs.items():
            if "error" in results[size].get("dashboard first paint", {}):
                continue
            db = env["RECOVER_DB"]
            out = subprocess.run([sys.executable, "-c", PAINT_SCRIPT, db], capture_output=True, text=True, env=env)
            if out.returncode != 0:
                results[size]["dashboard first paint"] = {"error": out.stderr.strip().splitlines()[-1:]}
                continue
            ms, mb = (float(x) for x in out.stdout.split())
            paints[size].append((ms, mb))
    for size, seen in paints.items():
        if seen:
            results[size]["dashboard first paint"] = {
                "median_ms": round(statistics.median(ms for ms, _ in seen), 1),
                "min_ms": round(min(ms for ms, _ in seen), 1),
                "peak_mb": round(max(mb for _, mb in seen), 1),
            }
    return results


def _verdict(value: float | None, target: float | None) -> str:
    if value is None or target is None:
        return ""
    return "ok" if value <= target else "OVER"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="timed runs per command (median reported)")
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10], help="history sizes to measure")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="where to write the JSON")
    args = parser.parse_args()

    report: dict[str, Any] = {"machine": _machine(), "runs": args.runs, "sizes": {}}
    workdir = Path(tempfile.mkdtemp(prefix="recover-bench-"))
    try:
        report["sizes"] = bench(args.years, args.runs, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    sizes = list(report["sizes"])
    largest = report["sizes"][sizes[-1]]
    header = (
        f"{'command':<24}" + "".join(f"{s + ' median':>14}" for s in sizes) + f"{'peak MB':>10}{'target':>10}{'':>6}"
    )
    print(
        f"machine: {report['machine']['cpu']} ({report['machine']['cores']} cores), "
        f"Python {report['machine']['python']}"
    )
    print(header)
    cli_peak = 0.0
    for name, _args, target in [*COMMANDS, ("dashboard first paint", [], TARGETS["dashboard first paint"])]:
        cells = []
        for size in sizes:
            entry = report["sizes"][size].get(name, {})
            cells.append(
                f"{entry.get('median_ms', float('nan')):>12.1f}ms" if "median_ms" in entry else f"{'error':>14}"
            )
        entry = largest.get(name, {})
        peak = entry.get("peak_mb")
        if name != "dashboard first paint" and peak:
            cli_peak = max(cli_peak, peak)
        bad_exit = [c for c in entry.get("exit_codes", [0]) if c != 0]
        note = f"exit {bad_exit}" if bad_exit else _verdict(entry.get("median_ms"), target)
        print(
            f"{name:<24}"
            + "".join(cells)
            + f"{peak if peak else '':>10}{(str(int(target)) + 'ms') if target else '':>10}  {note}"
        )
    ratio = None
    if len(sizes) >= 2 and "median_ms" in largest.get("checkin", {}):
        ratio = round(largest["checkin"]["median_ms"] / report["sizes"][sizes[0]]["checkin"]["median_ms"], 2)
    report["summary"] = {"cli_peak_mb": cli_peak, "checkin_ratio_largest_vs_smallest": ratio}
    print(f"CLI peak memory: {cli_peak} MB (target {TARGETS['peak memory MB']:.0f} MB) {_verdict(cli_peak, 80)}")
    if ratio is not None:
        print(f"checkin {sizes[-1]} / {sizes[0]}: {ratio}x (target <= 1.5x) {_verdict(ratio, 1.5)}")
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
