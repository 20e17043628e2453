"""Crash safety: SIGKILL a process making real Store edits, at random moments, many times.

After every kill: PRAGMA integrity_check is ok, every edit the child reported as
committed is in the database, the audit chain verifies, and the store reopens and
accepts new edits. All runs share one database, so later runs also recover from
the WAL and checkpoints left by earlier ones.

INSPECTOR_CRASH_RUNS sets the number of runs (default 200; a full run uses 1000).
INSPECTOR_CRASH_SEED changes the fixed seed.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from inspector.store import Store, StoreError
from tests.conftest import MINI_TEMPLATE

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("INSPECTOR_CRASH_RUNS", "200"))
SEED = int(os.environ.get("INSPECTOR_CRASH_SEED", "20240506"))
READY_TIMEOUT_S = 30.0
# Most kills land while edits stream (0-200 ms after READY); some while the child opens the store.
KILL_WINDOW_S = 0.2
EARLY_KILL_SHARE = 0.15


def spawn(db: Path, run: int, seed: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(run), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def wait_ready(proc: subprocess.Popen) -> bytes:
    """Read the child's stdout until READY; return what came with it (never blocks forever)."""
    fd = proc.stdout.fileno()
    buf = b""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while b"READY\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None and not select.select([fd], [], [], 0)[0]:
            raise AssertionError(
                f"child never became ready: rc={proc.poll()} stderr={proc.stderr.read().decode()[-2000:]}"
            )
        if select.select([fd], [], [], left)[0]:
            chunk = os.read(fd, 65536)
            if not chunk and proc.poll() is not None:
                continue
            buf += chunk
    return buf


def kill_at_random(proc: subprocess.Popen, rng: random.Random, ready_s: float) -> bytes:
    """SIGKILL the child at a random moment; return everything it printed."""
    early = rng.random() < EARLY_KILL_SHARE
    head = b""
    if not early:
        head = wait_ready(proc)
    delay = rng.uniform(0, ready_s) if early else rng.uniform(0, KILL_WINDOW_S)
    try:
        proc.wait(timeout=delay)  # the child never ends by itself: returning here is a failure
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    else:
        raise AssertionError(f"child exited by itself (rc={proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    out = head + proc.stdout.read()
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return out


def committed_lines(out: bytes) -> list[list[str]]:
    """Complete COMMITTED lines only: a line cut by the kill was never reported."""
    text = out.decode()
    if not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]
    return [line.split()[2:] for line in text.splitlines() if line.startswith("COMMITTED ")]


AUDITED_VALUE = {"finding.set": "$.changes.note", "rectification.set": "$.owner"}


def audited(store: Store, action: str, inspection_id: str, marker: str) -> bool:
    """The edit's own audit entry is there (not only a later entry's "before")."""
    return bool(store.database.query(
        "SELECT 1 FROM audit_log WHERE action = ? AND inspection_id = ? AND json_extract(details, ?) = ?",
        (action, inspection_id, AUDITED_VALUE[action], marker),
    ))


def check_committed(store: Store, edits: list[list[str]], run: int) -> None:
    """Every reported edit is there; overwritten rows hold the value of their last audited edit."""
    last_value: dict[tuple[str, str, str], str] = {}
    for kind, *fields in edits:
        where = f"run {run}: {kind} {fields}"
        if kind == "inspection":
            store.get_inspection(fields[0])
        elif kind == "finding":
            inspection_id, item, marker = fields
            assert audited(store, "finding.set", inspection_id, marker), where
            last_value[("findings", inspection_id, item)] = marker
        elif kind == "photo":
            inspection_id, sha = fields
            assert store.database.query("SELECT 1 FROM photos WHERE inspection_id = ? AND sha256 = ?", (inspection_id, sha)), (
                where
            )
        elif kind == "timing":
            inspection_id, marker = fields
            assert store.database.query(
                "SELECT 1 FROM timings WHERE inspection_id = ? AND label = ?", (inspection_id, marker)
            ), where
        elif kind == "rectification":
            inspection_id, item, marker = fields
            assert audited(store, "rectification.set", inspection_id, marker), where
            last_value[("rectifications", inspection_id, item)] = marker
        elif kind == "finish":
            assert store.get_inspection(fields[0]).status in ("finished", "signed"), where
        elif kind == "signature":
            assert {s.role for s in store.list_signatures(fields[0])} >= {fields[1]}, where
        elif kind == "locked":
            assert store.get_inspection(fields[0]).status == "signed", where
        else:
            raise AssertionError(f"unknown edit kind in child output: {where}")
    # The row may be one edit ahead of the report (killed between COMMIT and print), never behind.
    for (table, inspection_id, item), marker in last_value.items():
        column = "note" if table == "findings" else "owner"
        row = store.database.query(
            f"SELECT {column} FROM {table} WHERE inspection_id = ? AND item_id = ?", (inspection_id, item)
        )
        assert row, f"run {run}: {table} row {inspection_id}/{item} is missing"
        current = row[0][column]
        assert current == marker or int(current.split("n")[-1]) > int(marker.split("n")[-1]), (
            f"run {run}: {table} {inspection_id}/{item} holds {current}, older than the committed {marker}"
        )


def check_accepts_edits(store: Store, parent_inspection: str, edits: list[list[str]], run: int) -> None:
    """The store takes a new edit after recovery; a record the child locked stays locked."""
    note = f"parent-{run}"
    store.set_finding(parent_inspection, "dress.badge", result="fail", note=note)
    assert store.get_findings(parent_inspection)[0].note == note
    locked = [fields[0] for kind, *fields in edits if kind == "locked"]
    if locked:
        with pytest.raises(StoreError) as info:
            store.set_finding(locked[-1], "dress.uniform", note="after the lock")
        assert info.value.code == "locked_record"


@pytest.fixture
def crash_db(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "crash.db"
    with Store(db, actor="parent") as store:
        store.store_template(MINI_TEMPLATE)
        branch = store.add_branch("0101", "城东支行")
        parent_inspection = store.create_inspection(branch.id, "onsite", ["parent"]).id
    return db, parent_inspection


def test_sigkill_at_random_moments_loses_nothing_committed(crash_db: tuple[Path, str]) -> None:
    db, parent_inspection = crash_db
    rng = random.Random(SEED)
    # Time to READY, measured once, so early kills spread over the child's start-up.
    start = time.monotonic()
    probe = spawn(db, -1, SEED)
    wait_ready(probe)
    ready_s = time.monotonic() - start
    probe.kill()
    probe.communicate()

    totals: dict[str, int] = defaultdict(int)
    for run in range(RUNS):
        proc = spawn(db, run, rng.randrange(2**31))
        edits = committed_lines(kill_at_random(proc, rng, ready_s))
        for kind, *_ in edits:
            totals[kind] += 1
        with Store(db, actor="parent") as store:
            assert store.integrity_ok(), f"run {run}: integrity_check failed"
            check = store.verify_audit_chain()
            assert check.ok, f"run {run}: audit chain broken: {check.problem}"
            check_committed(store, edits, run)
            check_accepts_edits(store, parent_inspection, edits, run)
    # A suite that never reached the edits it tests would prove nothing.
    assert totals["finding"] > RUNS and totals["locked"] > RUNS // 10, dict(totals)
    print(f"\ncrash runs: {RUNS}, committed edits checked: {dict(totals)}")
