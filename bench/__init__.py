"""Benchmarks: each bench/bench_*.py measures one thing against a baseline timed in the same run.

    python -m bench            # every benchmark, full size; writes bench/RESULTS.md
    python -m bench --quick    # smaller runs (under two minutes in all), one line each

A benchmark module defines ``run(quick: bool)`` returning a dict or a list of dicts with at
least ``name``, ``ratio`` (ours / baseline or ours / budget: lower is better), ``target`` (the
ratio that must not be exceeded) and ``baseline`` (what the ratio was measured against).
bench/__main__.py discovers the modules, runs each in its own process and writes the report.
"""
