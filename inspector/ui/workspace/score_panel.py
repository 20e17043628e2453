"""The live score: total, grade, points lost per area and failed critical items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from inspector.ui.workspace.session import WorkspaceSession, pick

GRADE_COLORS = {"A": "#2e7d32", "B": "#558b2f", "C": "#ef6c00", "D": "#c62828"}


class ScorePanel(QWidget):
    """Rebuilt from the session's ScoreResult after every change (a dozen rows: cheap)."""

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scorePanel")
        self.session = session
        self.score_label = QLabel(self)
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grade_label = QLabel(self)
        self.grade_label.setObjectName("gradeLabel")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setStyleSheet("color: #546e7a;")
        self.critical_label = QLabel(self)
        self.critical_label.setObjectName("criticalLabel")
        self.critical_label.setWordWrap(True)
        self.critical_label.setStyleSheet(
            "color: #b71c1c; background: #ffebee; border-radius: 4px; padding: 4px; font-weight: 600;"
        )
        self.areas = QTableWidget(0, 2, self)
        self.areas.setObjectName("areaScores")
        self.areas.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Lost")])
        self.areas.verticalHeader().hide()
        self.areas.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.areas.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.areas.verticalHeader().setDefaultSectionSize(20)
        self.areas.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.areas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.areas.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.areas.setRowCount(len(session.areas))
        for row, area in enumerate(session.areas):
            self.areas.setItem(row, 0, QTableWidgetItem(pick(area["name"])))
            lost = QTableWidgetItem()
            lost.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.areas.setItem(row, 1, lost)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.score_label)
        top_layout.addWidget(self.grade_label)
        layout.addWidget(top)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.critical_label)
        layout.addWidget(self.areas, 1)
        self._color = ""
        session.scoreUpdated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        result = self.session.score
        color = GRADE_COLORS.get(result.grade, "#37474f")
        self.score_label.setText(f"{result.score:g}")
        self.grade_label.setText(
            self.tr("Grade %1 %2").replace("%1", result.grade).replace("%2", self.session.grade_label())
        )
        if color != self._color:  # restyling is costly; only when the grade's colour changes
            self._color = color
            self.score_label.setStyleSheet(f"font-size: 34px; font-weight: 700; color: {color};")
            self.grade_label.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {color};")
        checked = sum(a.checked_items for a in result.areas.values())
        total = len(self.session.items)
        self.progress_label.setText(
            self.tr("%1 of %2 checked · −%3 points")
            .replace("%1", str(checked))
            .replace("%2", str(total))
            .replace("%3", f"{result.points_lost:g}")
        )
        if result.failed_critical:
            names = [
                pick(self.session.item_by_id[i]["text"]) for i in result.failed_critical if i in self.session.item_by_id
            ]
            self.critical_label.setText(self.tr("Critical item failed:") + "\n" + "\n".join(f"★ {n}" for n in names))
            self.critical_label.show()
        else:
            self.critical_label.hide()
        for row, area in enumerate(self.session.areas):
            stats = result.areas.get(area["id"])
            lost = stats.points_lost if stats else 0.0
            cell = self.areas.item(row, 1)
            text = f"−{lost:g}" if lost else "0"
            if cell.text() != text:
                cell.setText(text)
                cell.setForeground(Qt.GlobalColor.darkRed if lost else Qt.GlobalColor.gray)
