"""Crash safety of a bundle import: SIGKILL `python main.py import` (and its worker processes)
after a random number of its bundles are in, then check that every inspection in the database
arrived whole (findings, signatures, photo originals and the received report, by hash; audit
chain and integrity_check), and that the import run again completes the batch.

The import groups its commits (Store.batch_commits): each bundle is one transaction, synced
once at the end. A killed process loses nothing committed (the data is in the operating
system's hands); what this suite shows is that a kill never leaves half a bundle behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from bench.bench_import import make_bundles
from inspector.paths import DataDir
from inspector.store import Store

ROOT = Path(__file__).resolve().parents[2]
BUNDLES = 60
RUNS = int(os.environ.get("INSPECTOR_IMPORT_CRASH_RUNS", "6"))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> tuple[list[Path], Path]:
    return make_bundles(tmp_path_factory.mktemp("import-crash"), BUNDLES)


def _import_process(data: DataDir, paths: list[Path], trust: Path) -> subprocess.Popen:
    # Its own process group, so the kill takes the worker processes too, as a power cut would.
    return subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data.root), "import", "--trust", str(trust), *map(str, paths)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _expected(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        data = json.loads(zf.read("inspection.json"))
        report = hashlib.sha256(zf.read("report.pdf")).hexdigest()
    return {"findings": len(data["findings"]), "photos": [p["sha256"] for p in data["photos"]], "report": report}


def _check_whole(data: DataDir, expected: dict[str, dict]) -> set[str]:
    """Every stored inspection complete with its files; returns the ids stored."""
    raw = sqlite3.connect(data.database)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    with Store(data.database, actor="checker") as store:
        assert store.verify_audit_chain().ok
        stored = {row.inspection.id for row in store.list_inspections()}
        for iid in stored:
            snapshot = store.snapshot(iid)
            want = expected[iid]
            assert snapshot.inspection.status == "signed"
            assert len(snapshot.findings) == want["findings"] and len(snapshot.signatures) == 2
            assert sorted(p.sha256 for p in snapshot.photos) == sorted(want["photos"])
            for photo in snapshot.photos:
                original = data.photos / photo.original_path
                assert hashlib.sha256(original.read_bytes()).hexdigest() == photo.sha256
            received = store.received_report(iid)
            assert received is not None and received.sha256 == want["report"]
            assert hashlib.sha256((data.root / received.path).read_bytes()).hexdigest() == want["report"]
    return stored


def test_a_killed_import_leaves_whole_bundles_and_finishes_when_run_again(bundles, tmp_path) -> None:
    paths, trust = bundles
    expected = {}
    for path in paths:
        with zipfile.ZipFile(path) as zf:
            expected[json.loads(zf.read("inspection.json"))["inspection"]["id"]] = _expected(path)
    rng = random.Random(20261124)
    for run in range(RUNS):
        data = DataDir(tmp_path / f"run{run}")
        proc = _import_process(data, paths, trust)
        # Killed once a random number of bundles is in (whatever this machine's speed), a
        # little after a commit rather than at one: the next bundle may be half-written then.
        _wait_for_stored(data, proc, rng.randint(1, BUNDLES // 2))
        time.sleep(rng.uniform(0, 0.004))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        stored = _check_whole(data, expected)
        assert len(stored) < BUNDLES, "the import ended before the kill; use more bundles"
        again = _import_process(data, paths, trust)
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err.decode()[-2000:]
        assert _check_whole(data, expected) == set(expected)


def _wait_for_stored(data: DataDir, proc: subprocess.Popen, count: int) -> None:
    """Until ``count`` inspections are committed (read from a second connection, as a reader)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
        if data.database.exists():
            try:
                conn = sqlite3.connect(f"file:{data.database}?mode=ro", uri=True, timeout=1)
                try:
                    if conn.execute("SELECT count(*) FROM inspections").fetchone()[0] >= count:
                        return
                finally:
                    conn.close()
            except sqlite3.OperationalError:
                pass  # schema not made yet
        time.sleep(0.01)
    raise AssertionError(f"{count} bundles were not imported within 120 s")
