"""A small dialog to record a customer complaint deduction for a branch (003:169: − 客户投诉扣分)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.store import Store, StoreError
from inspector.store.headoffice import Complaint


class ComplaintDialog(QDialog):
    """Branch, date received, points deducted and a note; saved through the store when accepted."""

    def __init__(self, store: Store, branch_id: str | None = None, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.saved: Complaint | None = None
        self.setWindowTitle(self.tr("Record a complaint"))
        self.branch = QComboBox()
        for bid, code, name, _region in store.branch_directory():
            self.branch.addItem(f"{code} {name}", bid)
        if branch_id:
            self.branch.setCurrentIndex(max(0, self.branch.findData(branch_id)))
        self.received = QDateEdit(QDate(today or date.today()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.points = QDoubleSpinBox()
        self.points.setRange(0, 100)
        self.points.setSingleStep(0.5)
        self.points.setDecimals(1)
        self.points.setValue(1.0)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the customer complained about"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Branch"), self.branch)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Points deducted"), self.points)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("The points are subtracted from the branch's quarterly score of the quarter "
                              "the complaint was received in."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.branch.count() == 0:
            self.error.setText(self.tr("Add a branch first: a complaint belongs to a branch."))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def accept(self) -> None:
        try:
            self.saved = self.store.add_complaint(
                self.branch.currentData(), self.received.date().toString("yyyy-MM-dd"),
                self.points.value(), self.note.text())
        except StoreError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
