"""Shared fixtures: a real data folder with a real SQLite file, a small template, headless Qt."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector.paths import DataDir  # noqa: E402
from inspector.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

MINI_TEMPLATE = {
    "format": 1,
    "id": "mini",
    "version": 1,
    "title": {"zh": "测试清单", "en": "Test checklist"},
    "scoring": {
        "start": 100,
        "floor": 0,
        "repeat_multiplier": 2,
        "grades": [
            {"grade": "A", "min": 90, "label": {"zh": "优秀", "en": "Excellent"}},
            {"grade": "B", "min": 80, "label": {"zh": "良好", "en": "Good"}},
            {"grade": "C", "min": 60, "label": {"zh": "合格", "en": "Fair"}},
            {"grade": "D", "min": 0, "label": {"zh": "不合格", "en": "Poor"}},
        ],
        "critical_grade": "D",
    },
    "settings": {"max_wait_minutes": 15},
    "areas": [
        {"id": "dress", "name": {"zh": "仪容仪表", "en": "Dress"}, "cap": 5},
        {"id": "queue", "name": {"zh": "排队等候", "en": "Queue"}},
    ],
    "items": [
        {"id": "dress.uniform", "area": "dress", "kind": "check", "text": {"zh": "按规定着装", "en": "Uniform worn"},
         "hint": {"zh": "统一着装", "en": "Uniform"}, "method": "observe", "modes": ["onsite", "mystery", "remote", "self"],
         "deduction": 1, "cap": 3, "critical": False, "per_person": True, "head_extra": 0, "fix": "software",
         "source": [{"file": "003_33e496169ead1ce1.txt", "lines": [316, 316]}]},
        {"id": "dress.badge", "area": "dress", "kind": "check", "text": {"zh": "佩戴工号牌", "en": "Badge worn"},
         "hint": {"zh": "工号牌", "en": "Badge"}, "method": "observe", "modes": ["onsite", "mystery"],
         "deduction": 2, "critical": False, "per_person": True, "head_extra": 1, "fix": "software",
         "source": [{"file": "003_33e496169ead1ce1.txt", "lines": [316, 316]}]},
        {"id": "queue.order", "area": "queue", "kind": "check", "text": {"zh": "按叫号顺序办理", "en": "Served in ticket order"},
         "hint": {"zh": "叫号", "en": "Ticket order"}, "method": "document", "modes": ["onsite", "self"],
         "deduction": 1, "critical": True, "per_person": False, "head_extra": 0, "fix": "software",
         "source": [{"file": "003_33e496169ead1ce1.txt", "lines": [319, 320]}]},
        {"id": "queue.wait", "area": "queue", "kind": "timer", "text": {"zh": "等候时间", "en": "Waiting time"},
         "hint": {"zh": "等候不超过阈值", "en": "Short waits"}, "method": "time", "modes": ["onsite", "mystery", "remote", "self"],
         "deduction": 1, "cap": 4, "critical": False, "per_person": False, "head_extra": 0, "fix": "software",
         "source": [{"file": "001_4fd7f3f7e8bd4768.txt", "lines": [891, 893]}]},
        {"id": "queue.windows", "area": "queue", "kind": "count", "text": {"zh": "窗口开放", "en": "Windows open"},
         "hint": {"zh": "高峰开足窗口", "en": "Enough windows"}, "method": "count", "modes": ["onsite", "remote", "self"],
         "deduction": 2, "critical": False, "per_person": False, "head_extra": 0, "fix": "software",
         "max_waiting_per_window": 5,
         "source": [{"file": "001_4fd7f3f7e8bd4768.txt", "lines": [891, 893]}]},
    ],
}


@pytest.fixture
def mini_template() -> dict:
    return copy.deepcopy(MINI_TEMPLATE)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def store(data_dir: DataDir, mini_template: dict):
    s = Store(data_dir.database, actor="tester")
    s.store_template(mini_template)
    yield s
    s.close()


@pytest.fixture
def boxes(monkeypatch) -> list:
    """Message boxes are recorded instead of blocking the test (errors.run_message_box)."""
    from inspector.ui import errors

    shown: list = []
    monkeypatch.setattr(errors, "run_message_box", shown.append)
    return shown
