"""When, by whom and where an inspection left this machine: its reports and sync bundles.

ExportsDialog(store, inspection_id, parent).open()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.ui.sync.common import open_folder


def kind_label(kind: str) -> str:
    labels = {
        "bundle": QCoreApplication.translate("SyncDialogs", "Sync bundle"),
        "pdf": QCoreApplication.translate("SyncDialogs", "PDF report"),
    }
    return labels.get(kind, kind)


def when(exported_at: str) -> str:
    """2026-11-24T07:10:03+08:00 → 2026-11-24 07:10."""
    return exported_at[:16].replace("T", " ")


def last_bundle_text(store: Any, inspection_id: str) -> str:
    """ "Bundled 2026-11-24 07:10 by clerk", or "" when it never was."""
    bundles = [e for e in store.list_exports(inspection_id) if e["kind"] == "bundle"]
    if not bundles:
        return ""
    last = bundles[-1]
    return (
        QCoreApplication.translate("SyncDialogs", "Bundled %1 by %2")
        .replace("%1", when(last["exported_at"]))
        .replace("%2", last["exported_by"] or "?")
    )


class ExportsDialog(QDialog):
    """A table of the inspection's exports, newest first."""

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportsDialog")
        self.setWindowTitle(self.tr("Export history"))
        self.store = store
        self.inspection_id = inspection_id
        inspection = store.get_inspection(inspection_id)
        branch = store.get_branch(inspection.branch_id)
        heading = QLabel(
            self.tr("%1 %2 · inspection of %3 · %4")
            .replace("%1", branch.code)
            .replace("%2", branch.name)
            .replace("%3", inspection.started_at[:10])
            .replace("%4", inspection_id[:8]),
            self,
        )
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        self.exports = list(reversed(store.list_exports(inspection_id)))
        self.table = QTableWidget(len(self.exports), 4, self)
        self.table.setObjectName("exportsTable")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("When"), self.tr("By"), self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the file name matters most
        for row, export in enumerate(self.exports):
            cells = (
                kind_label(export["kind"]),
                when(export["exported_at"]),
                export["exported_by"] or "",
                export["path"],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(export["path"] if column == 3 else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("Not exported yet: no report or sync bundle of this inspection has been written on this computer."),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyBody")
        self.table.setVisible(bool(self.exports))
        self.empty.setVisible(not self.exports)

        open_button = QPushButton(self.tr("Open folder"), self)
        open_button.setEnabled(bool(self.exports))
        open_button.clicked.connect(self._open_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        if self.exports:
            self.table.selectRow(0)
        self.resize(820, 320)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, for tests and screen readers alike."""
        return [tuple(self.table.item(r, c).text() for c in range(4)) for r in range(self.table.rowCount())]

    def _open_selected(self) -> None:
        row = max(0, self.table.currentRow())
        if self.exports:
            open_folder(Path(self.exports[row]["path"]).parent)
