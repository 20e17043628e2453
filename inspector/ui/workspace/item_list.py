"""The items of the current area: one row each, coloured by result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inspector.ui.workspace.session import WorkspaceSession, pick
from inspector.ui.workspace.style import RESULT_TINTS, result_icon

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    """Rows are the visible items of one area; the data is read from the session on demand."""

    def __init__(self, session: WorkspaceSession, parent: Any = None):
        super().__init__(parent)
        self.session = session
        self.rows: list[dict[str, Any]] = []
        session.findingChanged.connect(self._finding_changed)

    def set_area(self, area_id: str) -> None:
        self.beginResetModel()
        self.rows = self.session.items_of_area(area_id)
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self.rows):
            if item["id"] == item_id:
                return row
        return -1

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = self.session.index_of[item["id"]] + 1
            marks = " ★" if item.get("critical") else ""
            return f"{number}. {pick(item['text'])}{marks}"
        if role == Qt.ItemDataRole.DecorationRole:
            return result_icon(self.session.result(item["id"]))
        if role == Qt.ItemDataRole.BackgroundRole:
            result = self.session.result(item["id"])
            return RESULT_TINTS[result] if result != "unchecked" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return pick(item["text"])
        if role == ITEM_ID_ROLE:
            return item["id"]
        return None

    def _finding_changed(self, item_id: str) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)


class _ElidingDelegate(QStyledItemDelegate):
    """A narrow size hint, so rows take the view's width and long texts elide instead of scrolling."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(40, max(hint.height(), 30))


class ItemList(QListView):
    """The list view; keys are handled by the workspace's actions, so it never steals P/F/N."""

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemList")
        self.list_model = ItemListModel(session, self)
        self.setModel(self.list_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(_ElidingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListView#itemList { font-size: 13px; } QListView#itemList::item { padding: 2px 4px; }")

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        # Built before the final size is known: scroll again so short areas show from the top.
        if self.currentIndex().isValid():
            self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)

    def set_area(self, area_id: str) -> None:
        self.list_model.set_area(area_id)
        self.doItemsLayout()  # lay the new rows out now, so scrollTo measures the real rows
        self.scrollToTop()

    def show_item(self, item_id: str) -> None:
        row = self.list_model.row_of(item_id)
        if row >= 0:
            index = self.list_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)
