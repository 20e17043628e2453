"""Checklist workspace speed: first screen of a big inspection, and answer latency.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_workspace          # 160 items, 40 photos
    QT_QPA_PLATFORM=offscreen python -m bench.bench_workspace --quick  # fewer rounds

open_first_screen
    Ours: construct ``WorkspaceWidget(store, id)`` on an inspection of 160 items (12 areas,
    30 answered, 2 timings) with 40 photos (4 on the item it opens on), resize to 1366x768,
    show, and process events until it is exposed and painted.
    Baseline (same run): a plain ``QTableWidget`` with the same 160 rows x 3 text columns,
    shown and painted the same way — the least any Qt list of this checklist costs.
    Target: 300 ms. ``ratio`` = ours / 300 ms budget; ``ratio_vs_baseline`` = ours / table.

answer_latency
    Ours: 50 answers (P/F/N rotating) through ``WorkspaceWidget.set_result`` — the undo
    command, ``store.set_finding`` (one transaction, rescored), the remembered item
    (``set_setting``), the score panel, area list and item list refresh — then
    ``processEvents`` so the repaint is included. Max and median.
    Baseline (same run): 50 bare ``store.set_finding`` calls on another inspection, no UI.
    Target: never above 50 ms. ``ratio`` = max / 50 ms budget.

Each case is timed over several rounds; medians are reported (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from inspector import scoring  # noqa: E402
from inspector.model import Timing  # noqa: E402
from inspector.store import Store  # noqa: E402
from inspector.ui.qt_setup import install_font  # noqa: E402
from inspector.ui.workspace import WorkspaceWidget  # noqa: E402
from inspector.ui.workspace.screenshot import _add_photos, demo_template  # noqa: E402

OPEN_BUDGET_MS = 300.0
ANSWER_BUDGET_MS = 50.0
N_ITEMS = 160
N_PHOTOS = 40
N_ANSWERS = 50


def _app() -> QApplication:
    app = QApplication.instance() or QApplication([])
    install_font(app)
    return app


def _setup(root: Path) -> tuple[Store, str, str, dict[str, Any]]:
    store = Store(root / "inspector.db", actor="bench")
    template = demo_template(N_ITEMS)
    store.store_template(template)
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"], template["id"], template["version"])
    spare = store.create_inspection(branch.id, "onsite", ["张三"], template["id"], template["version"])
    items = scoring.items_for_mode(template, "onsite")
    for n, item in enumerate(items[:30]):
        if item["kind"] == "check":
            store.set_finding(inspection.id, item["id"], result="fail" if n % 7 == 0 else "pass", note="备注" * (n % 3))
    timer = next(i for i in items if i["kind"] == "timer")
    for seconds in (300.0, 1000.0):
        store.add_timing(Timing(None, inspection.id, timer["id"], "wait", store.clock(), seconds=seconds))
    first = items[30]["id"]
    _add_photos(store, inspection.id, first, root, 4)
    extra = store.list_photos(inspection.id)
    assert len(extra) == 4
    # 36 more, spread over other items (the first screen shows only the current item's strip).
    from PIL import Image

    from inspector.photos.importer import import_photo

    for n in range(N_PHOTOS - 4):
        file = root / "camera" / f"X_{n:03d}.jpg"
        Image.new("RGB", (800, 600), (n * 5 % 255, 90, 140)).save(file, quality=80)
        store.add_photo(inspection.id, import_photo(file, root / "photos"), items[n % len(items)]["id"])
    store.set_setting("ui.last_inspection", inspection.id)
    store.set_setting("ui.last_item", first)
    return store, inspection.id, spare.id, template


def _until_shown(app: QApplication, widget: Any) -> None:
    widget.resize(1366, 768)
    widget.show()
    app.processEvents()
    widget.grab()  # forces a full paint, so the time includes drawing every visible row


def _time_open(app: QApplication, store: Store, inspection_id: str) -> float:
    start = time.perf_counter()
    widget = WorkspaceWidget(store, inspection_id)
    _until_shown(app, widget)
    elapsed = (time.perf_counter() - start) * 1000
    widget.blockSignals(True)
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def _time_table(app: QApplication, template: dict[str, Any]) -> float:
    start = time.perf_counter()
    table = QTableWidget(len(template["items"]), 3)
    for row, item in enumerate(template["items"]):
        table.setItem(row, 0, QTableWidgetItem(item["id"]))
        table.setItem(row, 1, QTableWidgetItem(item["text"]["zh"]))
        table.setItem(row, 2, QTableWidgetItem("unchecked"))
    _until_shown(app, table)
    elapsed = (time.perf_counter() - start) * 1000
    table.close()
    table.deleteLater()
    app.processEvents()
    return elapsed


def _answer_latencies(app: QApplication, store: Store, inspection_id: str) -> list[float]:
    widget = WorkspaceWidget(store, inspection_id)
    _until_shown(app, widget)
    widget.go_to(widget.session.items[0]["id"])
    app.processEvents()
    results = ("pass", "fail", "na")
    times = []
    for n in range(N_ANSWERS):
        if widget.current_item == widget.session.items[-1]["id"]:
            widget.go_to(widget.session.items[0]["id"])
            app.processEvents()
        start = time.perf_counter()
        widget.set_result(results[n % 3])
        if results[n % 3] == "fail":
            widget.next_item()  # as the supervisor would, after a failure's details
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    widget.blockSignals(True)
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return times


def _bare_set_finding(store: Store, inspection_id: str, items: list[dict[str, Any]]) -> list[float]:
    times = []
    for n in range(N_ANSWERS):
        start = time.perf_counter()
        store.set_finding(inspection_id, items[n % len(items)]["id"], result=("pass", "fail", "na")[n % 3])
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(quick: bool) -> list[dict]:
    """Measure both cases; one dict per case with ours, baseline, ratio and the target."""
    app = _app()
    rounds = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        store, inspection_id, spare_id, template = _setup(Path(tmp))
        _time_open(app, store, inspection_id)  # warm-up: fonts, styles, first-use imports
        _time_table(app, template)
        opens, tables = [], []
        for _ in range(rounds):
            opens.append(_time_open(app, store, inspection_id))
            tables.append(_time_table(app, template))
        open_ms = statistics.median(opens)
        table_ms = statistics.median(tables)
        items = scoring.items_for_mode(template, "onsite")
        bare = _bare_set_finding(store, spare_id, items)
        answers = _answer_latencies(app, store, spare_id)
        n_items = len(items)
        n_photos = len(store.list_photos(inspection_id))
        store.close()
    return [
        {
            "name": "workspace_open_first_screen",
            "items": n_items,
            "photos": n_photos,
            "rounds": rounds,
            "ours_ms_median": round(open_ms, 1),
            "ours_ms_all": [round(t, 1) for t in opens],
            "baseline": "QTableWidget with the same rows x 3 columns, shown and painted",
            "baseline_ms_median": round(table_ms, 1),
            "target_ms": OPEN_BUDGET_MS,
            "ratio": round(open_ms / OPEN_BUDGET_MS, 3),
            "ratio_vs_baseline": round(open_ms / table_ms, 2),
            "within_target": open_ms <= OPEN_BUDGET_MS,
        },
        {
            "name": "workspace_answer_latency",
            "answers": N_ANSWERS,
            "ours_ms_median": round(statistics.median(answers), 2),
            "ours_ms_max": round(max(answers), 2),
            "baseline": "bare store.set_finding (transaction + rescore + audit), no UI",
            "baseline_ms_median": round(statistics.median(bare), 2),
            "baseline_ms_max": round(max(bare), 2),
            "target_ms": ANSWER_BUDGET_MS,
            "ratio": round(max(answers) / ANSWER_BUDGET_MS, 3),
            "ratio_vs_baseline": round(statistics.median(answers) / statistics.median(bare), 2),
            "within_target": max(answers) <= ANSWER_BUDGET_MS,
        },
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick), indent=2, ensure_ascii=False))
