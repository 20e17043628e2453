"""The areas of the checklist, each with its progress (checked / total) and points lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from inspector.ui.workspace.session import WorkspaceSession, pick

AREA_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AreaNav(QListWidget):
    """One row per area that has visible items; Ctrl+1..9 select the first nine."""

    areaChosen = Signal(str)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("areaNav")
        self.session = session
        self.setWordWrap(True)
        self.setStyleSheet(
            "QListWidget#areaNav { font-size: 13px; }"
            "QListWidget#areaNav::item { padding: 6px 4px; border-bottom: 1px solid #eceff1; }"
            "QListWidget#areaNav::item:selected { background: #1565c0; color: white; }"
        )
        for area in session.areas:
            row = QListWidgetItem()
            row.setData(AREA_ID_ROLE, area["id"])
            self.addItem(row)
        self.refresh()
        self.currentItemChanged.connect(self._current_changed)
        session.scoreUpdated.connect(self.refresh)

    def refresh(self) -> None:
        """Rewrite each row's text from the session's score (cheap: a dozen rows)."""
        for row, area in enumerate(self.session.areas):
            stats = self.session.score.areas.get(area["id"])
            checked = stats.checked_items if stats else 0
            total = stats.total_items if stats else 0
            lost = stats.points_lost if stats else 0.0
            prefix = f"{row + 1}  " if row < 9 else "    "
            lost_text = self.tr("  −%1").replace("%1", _number(lost)) if lost else ""
            text = f"{prefix}{pick(area['name'])}\n      {checked}/{total}{lost_text}"
            widget_item = self.item(row)
            if widget_item.text() == text:
                continue  # untouched rows keep their layout: no relayout of the whole list
            widget_item.setText(text)
            widget_item.setForeground(Qt.GlobalColor.darkRed if lost else Qt.GlobalColor.black)
            done = total and checked == total
            widget_item.setToolTip(
                self.tr("%1 of %2 items checked").replace("%1", str(checked)).replace("%2", str(total))
            )
            font = widget_item.font()
            font.setBold(not done)
            widget_item.setFont(font)

    def select_area(self, area_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(AREA_ID_ROLE) == area_id:
                if self.currentRow() != row:
                    self.blockSignals(True)
                    self.setCurrentRow(row)
                    self.blockSignals(False)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.areaChosen.emit(current.data(AREA_ID_ROLE))


def _number(value: float) -> str:
    return f"{value:g}"
