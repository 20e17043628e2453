"""Rectification (整改) tracking: open items with owner and deadline, overdue in red, due soon in amber;
close with a note and an optional photo; start a follow-up inspection linked to the finding.

    tab = RectificationsWidget(store)
    tab.followUpStarted.connect(main_window.open_inspection)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.photos.importer import import_photo
from inspector.store import Store, StoreError
from inspector.store.headoffice import RectificationRow
from inspector.ui.headoffice.common import AMBER_BG, GREEN_TEXT, RED_BG, RED_TEXT, pick
from inspector.ui.inspections_view import type_label

DUE_SOON_DAYS = 7


def urgency(row: RectificationRow, today: date, due_soon_days: int = DUE_SOON_DAYS) -> str:
    """'closed', 'overdue' (deadline passed), 'due_soon' (within `due_soon_days`, today included) or 'open'."""
    if row.status == "closed":
        return "closed"
    days = (date.fromisoformat(row.deadline[:10]) - today).days
    if days < 0:
        return "overdue"
    return "due_soon" if days <= due_soon_days else "open"


class RectificationsModel(QAbstractTableModel):
    HEADERS = ("Branch", "Item", "Inspection", "Owner", "Deadline", "Days left", "Status", "Evidence")

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.rows: list[RectificationRow] = []
        self.items: dict[str, dict[str, str]] = {}

    def set_rows(self, rows: list[RectificationRow], items: dict[str, dict[str, str]]) -> None:
        self.beginResetModel()
        self.rows, self.items = rows, items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Branch"), self.tr("Item"), self.tr("Inspection"), self.tr("Owner"), self.tr("Deadline"),
                    self.tr("Days left"), self.tr("Status"), self.tr("Evidence")][section]
        return None

    def state(self, row: int) -> str:
        return urgency(self.rows[row], self.today)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        state = urgency(row, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            days = (date.fromisoformat(row.deadline[:10]) - self.today).days
            status = {
                "closed": self.tr("Closed %1").replace("%1", (row.closed_at or "")[:10]),
                "overdue": self.tr("Overdue"), "due_soon": self.tr("Due soon"), "open": self.tr("Open"),
            }[state]
            evidence = []
            if row.evidence_photos:
                evidence.append(self.tr("%n photo(s)", "", row.evidence_photos))
            if row.follow_ups:
                evidence.append(self.tr("%n follow-up(s)", "", row.follow_ups))
            return [
                f"{row.branch_code} {row.branch_name}", pick(self.items.get(row.item_id), row.item_id),
                f"{row.inspection_started_at[:10]} {type_label(row.inspection_type)}", row.owner, row.deadline,
                "" if state == "closed" else str(days), status, ", ".join(evidence) or row.closing_note,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"overdue": RED_BG, "due_soon": AMBER_BG}.get(state)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6:
            return {"overdue": RED_TEXT, "closed": GREEN_TEXT}.get(state)
        if role == Qt.ItemDataRole.ToolTipRole and row.closing_note:
            return row.closing_note
        return None


class CloseDialog(QDialog):
    """How the item was fixed, and optionally a photo of the result."""

    def __init__(self, item_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.photo_path: Path | None = None
        self.setWindowTitle(self.tr("Close rectification"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was done, by whom, and when"))
        self.photo_label = QLabel(self.tr("No photo attached"))
        self.photo_label.setObjectName("hint")
        attach = QPushButton(self.tr("Attach photo…"))
        attach.clicked.connect(self._choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(attach)
        photo_row.addWidget(self.photo_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close item"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(item_label)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addLayout(photo_row)
        layout.addWidget(buttons)

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the fixed item"), "", self.tr("Images (*.jpg *.jpeg *.png *.heic *.heif)"))
        if path:
            self.photo_path = Path(path)
            self.photo_label.setText(self.photo_path.name)


class RectificationsWidget(QWidget):
    """The head-office list of rectifications, filterable by status and branch."""

    followUpStarted = Signal(str)  # the new inspection's id, for the main window to open
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.model = RectificationsModel(today or date.today(), self)
        self.status = QComboBox()
        for label, value in ((self.tr("Open"), "open"), (self.tr("Closed"), "closed"), (self.tr("All"), "")):
            self.status.addItem(label, value)
        self.branch = QComboBox()
        self.close_button = QPushButton(self.tr("Close with note…"))
        self.close_button.clicked.connect(self._close_clicked)
        self.follow_button = QPushButton(self.tr("Start follow-up inspection"))
        self.follow_button.clicked.connect(self._follow_up_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.status)
        bar.addWidget(QLabel(self.tr("Branch")))
        bar.addWidget(self.branch)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        bar.addWidget(self.follow_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setObjectName("emptyBody")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._fill_branches()
        self.status.currentIndexChanged.connect(self.refresh)
        self.branch.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _fill_branches(self) -> None:
        self.branch.blockSignals(True)
        current = self.branch.currentData()
        self.branch.clear()
        self.branch.addItem(self.tr("All branches"), "")
        for bid, code, name, _region in self.store.branch_directory():
            self.branch.addItem(f"{code} {name}", bid)
        self.branch.setCurrentIndex(max(0, self.branch.findData(current)))
        self.branch.blockSignals(False)

    def refresh(self) -> None:
        rows = self.store.list_rectification_rows(self.status.currentData() or None, self.branch.currentData() or None)
        self.model.set_rows(rows, self.store.template_labels()["items"])
        states = [self.model.state(n) for n in range(len(rows))]
        self.summary.setText(self.tr("%1 shown · %2 overdue · %3 due within %4 days")
                             .replace("%1", str(len(rows))).replace("%2", str(states.count("overdue")))
                             .replace("%3", str(states.count("due_soon"))).replace("%4", str(DUE_SOON_DAYS)))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.empty.setText(self.tr(
            "No rectifications here. They are agreed with the branch head when an inspection with failed "
            "items is signed, and arrive with imported inspections."))
        self._update_buttons()

    def selected_row(self) -> RectificationRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and self.table.selectionModel().hasSelection() else None

    def select(self, inspection_id: str, item_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if (row.inspection_id, row.item_id) == (inspection_id, item_id):
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.close_button.setEnabled(row is not None and row.status == "open")
        self.follow_button.setEnabled(row is not None)

    def close_selected(self, note: str, photo_path: Path | None = None) -> None:
        """Close the selected item with a note and optional photo (raises StoreError / PhotoError)."""
        row = self.selected_row()
        if row is None:
            return
        imported = import_photo(photo_path, self.store.path.parent / "photos") if photo_path else None
        self.store.close_rectification_with_evidence(row.inspection_id, row.item_id, note, imported)
        self.refresh()
        self.changed.emit()

    def start_follow_up_for_selected(self, type: str = "onsite") -> str | None:
        row = self.selected_row()
        if row is None:
            return None
        inspection = self.store.start_follow_up(row.inspection_id, row.item_id, type)
        self.refresh()
        self.followUpStarted.emit(inspection.id)
        return inspection.id

    def _close_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = CloseDialog(f"{row.branch_code} {row.branch_name} — {self.model.data(self.table.currentIndex().siblingAtColumn(1))}", self)
        if not dialog.exec():
            return
        try:
            self.close_selected(dialog.note.toPlainText(), dialog.photo_path)
        except Exception as exc:  # noqa: BLE001 - StoreError or PhotoError: both carry a message for a person
            QMessageBox.warning(self, self.tr("Could not close the rectification"), str(exc))

    def _follow_up_clicked(self) -> None:
        try:
            self.start_follow_up_for_selected()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Could not start the follow-up"), str(exc))
