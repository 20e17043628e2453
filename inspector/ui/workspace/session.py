"""What the workspace holds about one inspection, and the one path by which it changes.

Every change goes to the store at once (each store call is one transaction); the session
keeps the findings it has already read so the score is recomputed from memory, not by
re-reading the database on every keystroke.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from inspector import scoring
from inspector.model import Finding, Inspection, Timing

FINDING_FIELDS = ("result", "occurrences", "staff", "repeat", "note", "selected")


def language() -> str:
    """ "en" when the UI runs in English, else "zh" (the default)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


def pick(text: Any) -> str:
    """The template text ({"zh": …, "en": …}) in the UI language, falling back to Chinese."""
    if isinstance(text, dict):
        return text.get(language()) or text.get("zh") or text.get("en") or ""
    return str(text or "")


class WorkspaceSession(QObject):
    """One open inspection: template, visible items, findings and timings, kept in step with the store."""

    findingChanged = Signal(str)  # item id
    scoreUpdated = Signal()
    timingsChanged = Signal()

    def __init__(self, store: Any, inspection_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.inspection: Inspection = store.get_inspection(inspection_id)
        self.template: dict[str, Any] = store.template_of(self.inspection)
        self.items: list[dict[str, Any]] = scoring.items_for_mode(self.template, self.inspection.type)
        self.item_by_id = {item["id"]: item for item in self.items}
        self.index_of = {item["id"]: i for i, item in enumerate(self.items)}
        used_areas = {item["area"] for item in self.items}
        self.areas = [area for area in self.template["areas"] if area["id"] in used_areas]
        self.area_by_id = {area["id"]: area for area in self.areas}
        self.findings: dict[str, Finding] = {f.item_id: f for f in store.get_findings(inspection_id)}
        self.timings: list[Timing] = store.list_timings(inspection_id)
        self.score: scoring.ScoreResult = self._compute_score()

    # --- reading ---------------------------------------------------------------------------
    @property
    def inspection_id(self) -> str:
        return self.inspection.id

    @property
    def read_only(self) -> bool:
        return self.inspection.status == "signed"

    def finding(self, item_id: str) -> Finding:
        """The stored finding, or an unchecked one if the item has not been touched."""
        found = self.findings.get(item_id)
        return found if found is not None else Finding(self.inspection.id, item_id)

    def result(self, item_id: str) -> str:
        found = self.findings.get(item_id)
        return found.result if found is not None else "unchecked"

    def values(self, item_id: str, fields: Any = FINDING_FIELDS) -> dict[str, Any]:
        """The current values of some fields, e.g. to remember them before a change (undo)."""
        finding = self.finding(item_id)
        return {name: _copy(getattr(finding, name)) for name in fields}

    def items_of_area(self, area_id: str) -> list[dict[str, Any]]:
        return [item for item in self.items if item["area"] == area_id]

    def timer_items(self) -> list[dict[str, Any]]:
        return [item for item in self.items if item.get("kind") == "timer"]

    def count_items(self) -> list[dict[str, Any]]:
        return [item for item in self.items if item.get("kind") == "count"]

    def timings_of(self, item_id: str) -> list[Timing]:
        return [t for t in self.timings if t.item_id == item_id]

    def photos_dir(self):
        return self.store.path.parent / "photos"

    # --- changing -------------------------------------------------------------------------
    def apply(self, item_id: str, **changes: Any) -> Finding:
        """Store the change (one transaction, rescored by the store), then update what we hold."""
        finding = self.store.set_finding(self.inspection.id, item_id, **changes)
        self.findings[item_id] = finding
        self._changed(item_id)
        return finding

    def add_timing(self, timing: Timing) -> Timing:
        stored = self.store.add_timing(timing)
        self.timings.append(stored)
        self.timingsChanged.emit()
        return stored

    def remove_timing(self, timing_id: int) -> None:
        self.store.remove_timing(timing_id)
        self.timings = [t for t in self.timings if t.id != timing_id]
        self.timingsChanged.emit()

    def outcome_from_timings(self, item_id: str) -> tuple[str, int]:
        """What the readings say about a timer or count item (result, occurrences)."""
        item = self.item_by_id[item_id]
        if item.get("kind") == "timer":
            return scoring.timer_outcome(item, self.template, self.timings)
        return scoring.count_outcome(item, self.timings)

    def mark_finished(self) -> None:
        self.inspection = self.store.finish_inspection(self.inspection.id)

    def reload_inspection(self) -> None:
        self.inspection = self.store.get_inspection(self.inspection.id)

    def _changed(self, item_id: str) -> None:
        self.score = self._compute_score()
        self.findingChanged.emit(item_id)
        self.scoreUpdated.emit()

    def _compute_score(self) -> scoring.ScoreResult:
        # Same function the store uses when it rescores, over the findings held in memory.
        return scoring.score_inspection(self.template, self.findings.values(), self.inspection.type)

    def grade_label(self) -> str:
        for grade in self.template["scoring"]["grades"]:
            if grade["grade"] == self.score.grade:
                return pick(grade.get("label", ""))
        return ""


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


__all__ = ["FINDING_FIELDS", "WorkspaceSession", "language", "pick"]
