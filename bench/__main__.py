"""Run every benchmark: `python -m bench [--quick] [--only NAME ...] [--results FILE]`.

Each bench/bench_*.py runs in its own process (a crash or a Qt application in one
cannot disturb the next), one after the other so they never compete for the CPU.
Prints one line per result, ``NAME ratio=R target=T ok|FAIL``; a module that fails
to import or raises prints ``NAME ratio=nan target=? FAIL (error: ...)`` and the rest
still run. A full run (no --quick) also writes bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "RESULTS.md"
# Keys that are the result's identity, not notes.
CORE_KEYS = {"name", "ratio", "target", "baseline", "higher_is_better"}
MODULE_TIMEOUT_S = 3600


def discover() -> list[str]:
    """Module names bench_*, in name order."""
    return sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))


def _child(module: str, quick: bool, out_file: str) -> int:
    """In the child process: import one module, run it, write its results as JSON."""
    import importlib
    import traceback

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    try:
        results = importlib.import_module(f"bench.{module}").run(quick)
        payload: dict[str, Any] = {"results": results}
    except BaseException as exc:  # noqa: BLE001 - reported by the parent, which carries on
        payload = {"error": f"{type(exc).__name__}: {exc}".strip(), "traceback": traceback.format_exc()}
    payload["seconds"] = round(time.perf_counter() - started, 1)
    Path(out_file).write_text(json.dumps(payload, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


def run_module(module: str, quick: bool) -> dict[str, Any]:
    """Run one module in a fresh interpreter; {"results": ...} or {"error": ...}, plus seconds."""
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        out_file = Path(tmp) / "out.json"
        cmd = [sys.executable, "-m", "bench", "--child", module, "--out", str(out_file)] + (["--quick"] if quick else [])
        started = time.perf_counter()
        try:
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=MODULE_TIMEOUT_S,
                                  env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {MODULE_TIMEOUT_S} s", "seconds": MODULE_TIMEOUT_S}
        if out_file.exists():
            return json.loads(out_file.read_text(encoding="utf-8"))
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        return {"error": f"the benchmark process died ({tail[0][:200]})",
                "seconds": round(time.perf_counter() - started, 1)}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _ratio_and_target(result: dict[str, Any]) -> tuple[float | None, float | None, str]:
    """The ratio and its target; a budget-style result (ms against budget_ms) is ratio ≤ 1."""
    ratio, target = _number(result.get("ratio")), _number(result.get("target"))
    how = ""
    if target is None and ratio is not None:
        budget = next((k for k in result if k.endswith(("budget_ms", "target_ms")) and _number(result[k])), None)
        if budget:
            target, how = 1.0, f"ratio = measured / {budget}"
    if ratio is None:
        # e.g. {"peak_mb": 120, "target_mb": 400}: measured against a fixed ceiling
        for key, value in result.items():
            if key.startswith("target_") and _number(value):
                unit = key[len("target_"):]
                measured = next((k for k in result if k.endswith("_" + unit) and k != key and _number(result[k])), None)
                if measured:
                    ratio, target, how = result[measured] / value, 1.0, f"ratio = {measured} / {key}"
                    break
    return ratio, target, how


def flatten(module: str, results: Any) -> list[dict[str, Any]]:
    """One row per result; a nested dict with a "name" (e.g. export's memory) is a result of its own."""
    items = results if isinstance(results, list) else [results]
    rows: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            rows.append({"name": module, "error": f"run() returned {type(item).__name__}, not a dict"})
            continue
        nested = {k: v for k, v in item.items() if isinstance(v, dict) and "name" in v}
        rows.append({k: v for k, v in item.items() if k not in nested})
        rows.extend(nested.values())
    return rows


def judge(row: dict[str, Any]) -> dict[str, Any]:
    """Add ratio, target, ok and a derivation note to a result row."""
    ratio, target, how = _ratio_and_target(row)
    higher = bool(row.get("higher_is_better"))
    ok = ratio is not None and target is not None and not math.isnan(ratio) and (
        ratio >= target if higher else ratio <= target)
    return {**row, "_ratio": ratio, "_target": target, "_ok": ok, "_how": how}


def _fmt(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "nan"
    return f"{value:.{digits}g}" if abs(value) < 1000 else f"{value:.0f}"


def line(row: dict[str, Any]) -> str:
    if "error" in row:
        return f"{row['name']} ratio=nan target=? FAIL (error: {row['error']})"
    target = "?" if row["_target"] is None else _fmt(row["_target"])
    return f"{row['name']} ratio={_fmt(row['_ratio'])} target={target} {'ok' if row['_ok'] else 'FAIL'}"


def notes(row: dict[str, Any], limit: int = 8) -> str:
    """A few measured numbers from the result, beyond ratio and target."""
    parts = [row["_how"]] if row.get("_how") else []
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if key.startswith("_") or key in CORE_KEYS:
            continue
        if isinstance(value, dict):
            flat.update({k: v for k, v in value.items() if not isinstance(v, (dict, list))})
        elif not isinstance(value, list):
            flat[key] = value
    for key, value in flat.items():
        if len(parts) >= limit:
            break
        if key.startswith(("all_rounds", "within_")):
            continue
        parts.append(f"{key}={value}")
    return "; ".join(str(p) for p in parts).replace("|", "/")


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.lower().startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        ram = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    try:
        cores = str(len(os.sched_getaffinity(0)))
    except AttributeError:
        cores = str(os.cpu_count())
    return {"CPU": cpu, "Cores available": f"{cores} (of {os.cpu_count()} logical)", "RAM": ram,
            "Python": platform.python_version(), "OS": platform.platform(),
            "Date": datetime.now().astimezone().isoformat(timespec="seconds"),
            "Load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"}


def write_results(path: Path, rows: list[dict[str, Any]], runs: dict[str, dict[str, Any]], info: dict[str, str]) -> None:
    failed = [r["name"] for r in rows if "error" in r or not r["_ok"]]
    out = ["# Benchmark results", "",
           "Generated by `python -m bench` (full size). Each ratio is ours divided by a baseline measured in the",
           "same run on the same machine (or by a fixed budget, where noted); lower is better, and a result is",
           "ok when its ratio is at most its target.", "",
           f"**{len(rows) - len(failed)} of {len(rows)} within target.**"
           + (f" Not met: {', '.join(failed)}." if failed else ""), "",
           "| Benchmark | Measured ratio | Target | Result | Baseline | Notes |",
           "|---|---|---|---|---|---|"]
    for row in rows:
        if "error" in row:
            out.append(f"| {row['name']} | nan | ? | FAIL | - | error: {str(row['error']).replace('|', '/')} |")
            continue
        target = "?" if row["_target"] is None else _fmt(row["_target"])
        out.append(f"| {row['name']} | {_fmt(row['_ratio'])} | {target} | {'ok' if row['_ok'] else '**FAIL**'} | "
                   f"{str(row.get('baseline', '-')).replace('|', '/')} | {notes(row)} |")
    out += ["", "## Machine", ""] + [f"- {k}: {v}" for k, v in info.items()]
    out += ["", "## Run time per module", ""]
    out += [f"- {module}: {run.get('seconds', '?')} s" + (f" (error: {run['error']})" if "error" in run else "")
            for module, run in runs.items()]
    out += ["", "## Raw results", "", "```json",
            json.dumps({m: r.get("results", {"error": r.get("error")}) for m, r in runs.items()},
                       indent=1, ensure_ascii=False, default=str),
            "```", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs; nothing is written")
    parser.add_argument("--only", nargs="+", metavar="MODULE", help="run only these modules (bench_photos or photos)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where a full run writes its report")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, args.quick, args.out)

    modules = discover()
    if args.only:
        wanted = {m if m.startswith("bench_") else f"bench_{m}" for m in args.only}
        modules = [m for m in modules if m in wanted]
    info = machine()
    rows: list[dict[str, Any]] = []
    runs: dict[str, dict[str, Any]] = {}
    for module in modules:
        run = runs[module] = run_module(module, args.quick)
        if "error" in run:
            new = [{"name": module, "error": run["error"]}]
        else:
            new = [r if "error" in r else judge(r) for r in flatten(module, run["results"])]
        for row in new:
            print(line(row), flush=True)
        rows += new
    if not args.quick:
        write_results(args.results, rows, runs, info)
        print(f"wrote {args.results}", file=sys.stderr)
    return 0 if all("error" not in r and r["_ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
