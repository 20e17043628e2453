"""Before finishing: what is still unchecked, and which failures have neither a note nor a photo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inspector.ui.workspace.session import WorkspaceSession, pick

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def unfinished_business(session: WorkspaceSession) -> tuple[list[str], list[str]]:
    """(unchecked item ids, failed item ids with no note and no photo), in checklist order."""
    with_photo = {p.item_id for p in session.store.list_photos(session.inspection_id) if p.item_id}
    unchecked, undocumented = [], []
    for item in session.items:
        finding = session.findings.get(item["id"])
        if finding is None or finding.result == "unchecked":
            unchecked.append(item["id"])
        elif finding.result == "fail" and not finding.note.strip() and item["id"] not in with_photo:
            undocumented.append(item["id"])
    return unchecked, undocumented


class FinishDialog(QDialog):
    """Shows the summary; "Finish inspection" calls store.finish_inspection."""

    goToItem = Signal(str)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finishDialog")
        self.setWindowTitle(self.tr("Finish inspection"))
        self.session = session
        self.unchecked, self.undocumented = unfinished_business(session)
        score = session.score
        summary = QLabel(
            self.tr("Score %1, grade %2. %3 unchecked, %4 failures without a note or photo.")
            .replace("%1", f"{score.score:g}")
            .replace("%2", score.grade)
            .replace("%3", str(len(self.unchecked)))
            .replace("%4", str(len(self.undocumented))),
            self,
        )
        summary.setWordWrap(True)
        self.unchecked_list = self._list("uncheckedList", self.unchecked)
        self.undocumented_list = self._list("undocumentedList", self.undocumented)
        buttons = QDialogButtonBox(self)
        self.finish_button = buttons.addButton(self.tr("Finish inspection"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("Keep checking"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Unchecked items (%1)").replace("%1", str(len(self.unchecked))), self))
        layout.addWidget(self.unchecked_list)
        layout.addWidget(
            QLabel(self.tr("Failures without a note or photo (%1)").replace("%1", str(len(self.undocumented))), self)
        )
        layout.addWidget(self.undocumented_list)
        layout.addWidget(buttons)
        self.resize(560, 480)
        (self.back_button if self.unchecked or self.undocumented else self.finish_button).setDefault(True)

    def _list(self, name: str, item_ids: list[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        for item_id in item_ids:
            item = self.session.item_by_id[item_id]
            row = QListWidgetItem(f"{self.session.index_of[item_id] + 1}. {pick(item['text'])}")
            row.setData(ITEM_ID_ROLE, item_id)
            widget.addItem(row)
        if not item_ids:
            widget.addItem(self.tr("None"))
        widget.itemActivated.connect(self._activated)
        return widget

    def _activated(self, row: QListWidgetItem) -> None:
        item_id = row.data(ITEM_ID_ROLE)
        if item_id:
            self.goToItem.emit(item_id)
            self.reject()

    def accept(self) -> None:
        try:
            self.session.mark_finished()
        except Exception as exc:  # noqa: BLE001 - a StoreError says what to do; show it, keep the dialog
            QMessageBox.warning(self, self.tr("Could not finish"), str(exc))
            return
        super().accept()
