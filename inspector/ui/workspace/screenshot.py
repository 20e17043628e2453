"""Render the workspace to PNG without a display, with the full checklist and demo answers.

QT_QPA_PLATFORM=offscreen python -m inspector.ui.workspace.screenshot --out shots/
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from inspector.paths import APP_DIR

FULL_TEMPLATE = APP_DIR / "inspector" / "templates" / "builtin" / "civilised_service.json"

_AREAS = [
    ("dress", "仪容仪表", "Dress"),
    ("manner", "服务礼仪", "Manners"),
    ("hall", "营业环境", "Banking hall"),
    ("queue", "排队等候", "Queue"),
    ("counter", "柜面服务", "Counter service"),
    ("lobby", "大堂服务", "Lobby"),
    ("self", "自助设备", "Self-service"),
    ("info", "信息公示", "Notices"),
    ("consumer", "消费者权益", "Consumer rights"),
    ("access", "无障碍服务", "Accessibility"),
    ("safety", "安全保卫", "Safety"),
    ("complaint", "投诉处理", "Complaints"),
]


def demo_template(n_items: int = 150) -> dict[str, Any]:
    """A synthetic checklist of n_items over 12 areas (all four item kinds), for benches and demos."""
    items = []
    for i in range(n_items):
        area_id, area_zh, _ = _AREAS[i % len(_AREAS)]
        kind = "timer" if i == 3 else "count" if i == 15 else "multi" if i % 37 == 5 else "check"
        item: dict[str, Any] = {
            "id": f"{area_id}.i{i:03d}",
            "area": area_id,
            "kind": kind,
            "text": {
                "zh": f"{area_zh}检查项{i + 1}：工作人员按规定规范服务，主动热情，使用文明用语",
                "en": f"{area_id} item {i + 1}",
            },
            "hint": {"zh": "观察员工是否面带微笑、主动问候客户", "en": "Staff greet customers"},
            "method": "observe",
            "modes": ["onsite", "mystery", "remote", "self"] if i % 3 else ["onsite", "self"],
            "deduction": 1 + i % 3,
            "critical": i % 50 == 7,
            "per_person": i % 2 == 0,
            "head_extra": 0,
            "fix": "software",
            "source": [{"file": "demo.txt", "lines": [1, 1]}],
        }
        if kind == "timer":
            item["threshold_minutes"] = 15
        if kind == "count":
            item["max_waiting_per_window"] = 5
        if kind == "multi":
            item["options"] = [{"id": f"o{k}", "text": {"zh": f"选项{k}", "en": f"Option {k}"}} for k in range(3)]
        items.append(item)
    return {
        "format": 1,
        "id": "demo",
        "version": 1,
        "title": {"zh": "演示清单", "en": "Demo checklist"},
        "scoring": {
            "start": 100,
            "floor": 0,
            "repeat_multiplier": 2,
            "critical_grade": "D",
            "grades": [
                {"grade": "A", "min": 90, "label": {"zh": "优秀", "en": "Excellent"}},
                {"grade": "B", "min": 80, "label": {"zh": "良好", "en": "Good"}},
                {"grade": "C", "min": 60, "label": {"zh": "合格", "en": "Fair"}},
                {"grade": "D", "min": 0, "label": {"zh": "不合格", "en": "Poor"}},
            ],
        },
        "settings": {"max_wait_minutes": 15},
        "areas": [{"id": a, "name": {"zh": zh, "en": en}, "cap": 20} for a, zh, en in _AREAS],
        "items": items,
    }


def checklist_template() -> dict[str, Any]:
    """The full built-in checklist when it is there, else the synthetic one."""
    if FULL_TEMPLATE.exists():
        return json.loads(FULL_TEMPLATE.read_text(encoding="utf-8"))
    return demo_template()


def render_workspace_screenshot(
    store: Any,
    inspection_id: str,
    path: str | Path,
    size: tuple[int, int] = (1366, 768),
    item_id: str | None = None,
    show_hint: bool = False,
) -> Path:
    """Build the workspace for an inspection, show it offscreen at `size` and save a PNG."""
    from inspector.ui.workspace.widget import WorkspaceWidget

    app = QApplication.instance() or _make_app()
    widget = WorkspaceWidget(store, inspection_id)
    widget.resize(*size)
    widget.show()
    if item_id:
        widget.go_to(item_id)
    if show_hint:
        widget.item_panel.toggle_hint()
    app.processEvents()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    widget.blockSignals(True)  # a screenshot is not the user closing the inspection
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return path


def _make_app() -> QApplication:
    from inspector.ui.qt_setup import apply_style, install_font, install_language

    app = QApplication([])
    install_font(app)
    apply_style(app)
    install_language()  # the default UI language, Simplified Chinese
    return app


def build_demo(
    data_root: Path, template: dict[str, Any] | None = None, photos: int = 3, inspection_type: str = "onsite"
) -> tuple[Any, str]:
    """A store with one branch, one inspection and some answers, timings and photos."""
    from inspector.model import Timing
    from inspector.store import Store

    store = Store(data_root / "inspector.db", actor="demo")
    template = template or checklist_template()
    store.store_template(template)
    branch = store.add_branch("0101", "城东支行", "东大街1号", "王行长")
    inspection = store.create_inspection(
        branch.id, inspection_type, ["张三", "李四"], template["id"], template["version"]
    )
    from inspector import scoring

    items = scoring.items_for_mode(template, inspection_type)
    checks = [i for i in items if i.get("kind") == "check"]
    for n, item in enumerate(checks[:14]):
        if n in (2, 9):
            store.set_finding(
                inspection.id, item["id"], result="fail", occurrences=2, staff="A0123", note="客户等候时未主动招呼"
            )
        elif n == 5:
            store.set_finding(inspection.id, item["id"], result="na")
        else:
            store.set_finding(inspection.id, item["id"], result="pass")
    timer = next((i for i in items if i.get("kind") == "timer"), None)
    if timer:
        for seconds in (320.0, 1090.0):
            store.add_timing(
                Timing(None, inspection.id, timer["id"], "wait", store.clock(), seconds=seconds, label="客户")
            )
        result, occurrences = scoring.timer_outcome(timer, template, store.list_timings(inspection.id))
        store.set_finding(inspection.id, timer["id"], result=result, occurrences=occurrences)
    if photos and checks:
        _add_photos(store, inspection.id, checks[2]["id"], data_root, photos)
    store.set_setting("ui.last_inspection", inspection.id)
    store.set_setting("ui.last_item", checks[2]["id"] if len(checks) > 2 else items[0]["id"])
    return store, inspection.id


def _add_photos(store: Any, inspection_id: str, item_id: str, root: Path, count: int) -> None:
    from PIL import Image, ImageDraw

    from inspector.photos.importer import import_photo

    source = root / "camera"
    source.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        image = Image.new("RGB", (640, 480), (60 + 40 * (n % 4), 110, 160 - 20 * (n % 5)))
        ImageDraw.Draw(image).rectangle((80 + n * 7, 90, 400, 380), fill=(230, 220, 200))
        file = source / f"IMG_{n:04d}.jpg"
        image.save(file, quality=80)
        store.add_photo(inspection_id, import_photo(file, store.path.parent / "photos"), item_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args(argv)
    app = _make_app()
    out = Path(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        store, inspection_id = build_demo(Path(tmp))
        render_workspace_screenshot(store, inspection_id, out / "workspace.png", show_hint=True)
        mystery_store, mystery_id = build_demo(Path(tmp) / "mystery", inspection_type="mystery", photos=0)
        render_workspace_screenshot(mystery_store, mystery_id, out / "workspace-mystery.png")
        store.close()
        mystery_store.close()
    del app
    print(f"wrote {out / 'workspace.png'} and {out / 'workspace-mystery.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
