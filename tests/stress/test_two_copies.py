"""Two copies on one data folder (see docs/robustness.md for the decision).

- Two app windows: refused. The GUI takes a QLockFile in the data folder
  (inspector/ui/single_instance.py); a second copy cannot take it while the first
  lives, and takes it over once the first has died.
- Headless commands next to the GUI (or each other): shared safely. WAL lets readers
  run while one writer commits; BEGIN IMMEDIATE + busy_timeout make writers queue
  instead of failing with "database is locked".
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inspector.cli import main as cli_main
from inspector.store import Store
from tests.conftest import MINI_TEMPLATE

ROOT = Path(__file__).resolve().parents[2]
EDITS = 200

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from inspector.store import Store

    db, inspection, name, items = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    count = int(sys.argv[5])
    store = Store(db, actor=name)
    print("READY", flush=True)
    sys.stdin.readline()  # both writers start together
    for n in range(count):
        store.set_finding(inspection, items[n % len(items)], result="fail", note=f"{name}-{n}")
    store.close()
    print("DONE", flush=True)
    """
)


def start_writer(db: Path, inspection: str, name: str, items: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), inspection, name, ",".join(items), str(EDITS)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
    return proc


def test_two_processes_writing_at_once_lose_nothing_and_never_see_locked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "inspector.db"
    with Store(db, actor="setup") as store:
        store.store_template(MINI_TEMPLATE)
        branch = store.add_branch("0101", "城东支行")
        inspection = store.create_inspection(branch.id, "onsite", ["张三"]).id
    writers = {
        "alpha": start_writer(db, inspection, "alpha", ["dress.uniform", "dress.badge"]),
        "beta": start_writer(db, inspection, "beta", ["queue.order", "queue.windows"]),
    }
    for proc in writers.values():
        proc.stdin.write("GO\n")
        proc.stdin.flush()
    # A headless command reading while both write (what `list` does next to an open app).
    reads = 0
    while any(proc.poll() is None for proc in writers.values()) or reads == 0:
        out, err = io.StringIO(), io.StringIO()
        assert cli_main(["--data-dir", str(data), "list", "--json"], out, err) == 0, err.getvalue()
        assert json.loads(out.getvalue().splitlines()[0])["id"] == inspection
        reads += 1
    for name, proc in writers.items():
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "DONE" in stdout, f"{name} failed:\n{stderr[-3000:]}"

    with Store(db) as store:
        assert store.integrity_ok()
        check = store.verify_audit_chain()
        assert check.ok, check.problem
        for name in writers:
            notes = [
                json.loads(e.details)["changes"]["note"]
                for e in store.audit_entries(inspection)
                if e.action == "finding.set" and e.actor == name
            ]
            assert notes == [f"{name}-{n}" for n in range(EDITS)], f"{name}: edits missing or out of order"
        final = {f.item_id: f.note for f in store.get_findings(inspection)}
        assert final == {
            "dress.uniform": f"alpha-{EDITS - 2}", "dress.badge": f"alpha-{EDITS - 1}",
            "queue.order": f"beta-{EDITS - 2}", "queue.windows": f"beta-{EDITS - 1}",
        }
        # The score was recomputed inside each edit, so it reflects all four failures.
        assert store.score_of(inspection).score == store.list_inspections()[0].score
    print(f"\n{2 * EDITS} concurrent edits, {reads} concurrent `list` reads")


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from inspector.ui.single_instance import InstanceLock

    lock = InstanceLock(Path(sys.argv[1]))
    print("LOCKED" if lock.acquire() else "REFUSED", flush=True)
    sys.stdin.readline()
    """
)


def test_second_gui_copy_is_refused_until_the_first_is_gone(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtCore")
    from inspector.ui.single_instance import InstanceLock

    folder = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout.readline().strip() == "LOCKED"
        second = InstanceLock(folder)
        assert second.acquire() is False
        assert second.owner_pid() == first.pid
        # The first copy dies without cleaning up (power cut, kill -9): its lock is stale, not eternal.
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        assert second.acquire() is True
        assert second.held
        second.release()
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()
