"""The benchmark runner (`python -m bench`): result shapes, the verdict, and failures that do not stop it."""

from __future__ import annotations

from pathlib import Path

from bench import __main__ as runner


def rows(module: str, results) -> list[dict]:
    return [r if "error" in r else runner.judge(r) for r in runner.flatten(module, results)]


def test_ratio_against_target_gives_the_one_line_verdict() -> None:
    ok, slow = rows("bench_x", [
        {"name": "fast", "ratio": 1.2, "target": 1.3, "baseline": "bare loop"},
        {"name": "slow", "ratio": 2.5, "target": 1.5, "baseline": "bare loop"},
    ])
    assert runner.line(ok) == "fast ratio=1.2 target=1.3 ok"
    assert runner.line(slow) == "slow ratio=2.5 target=1.5 FAIL"


def test_budget_and_ceiling_results_are_judged_against_one() -> None:
    budget, nested = rows("bench_y", {
        "name": "shown", "ms": 150, "budget_ms": 200, "ratio": 0.75, "baseline": "budget",
        "memory": {"name": "peak_memory", "peak_mb": 500, "target_mb": 400},
    })
    assert runner.line(budget) == "shown ratio=0.75 target=1 ok"
    assert runner.line(nested) == "peak_memory ratio=1.25 target=1 FAIL"


def test_a_module_that_cannot_be_imported_is_reported_and_the_line_says_why() -> None:
    run = runner.run_module("bench_does_not_exist", quick=True)
    assert "ModuleNotFoundError" in run["error"]
    line = runner.line({"name": "bench_does_not_exist", "error": run["error"]})
    assert line.startswith("bench_does_not_exist ratio=nan target=? FAIL (error: ModuleNotFoundError")


def test_results_file_has_the_table_and_the_machine(tmp_path: Path) -> None:
    table = rows("bench_x", [{"name": "fast", "ratio": 1.2, "target": 1.3, "baseline": "bare loop", "ours_s": 0.5}])
    table.append({"name": "bench_broken", "error": "ValueError: boom"})
    out = tmp_path / "RESULTS.md"
    runner.write_results(out, table, {"bench_x": {"results": [], "seconds": 1.0}}, runner.machine())
    text = out.read_text()
    assert "| fast | 1.2 | 1.3 | ok | bare loop | ours_s=0.5 |" in text
    assert "| bench_broken | nan | ? | FAIL |" in text and "1 of 2 within target" in text
    for key in ("CPU", "Cores", "RAM", "Python", "OS", "Date"):
        assert f"- {key}" in text
