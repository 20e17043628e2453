"""PhotoStrip: thumbnails of the photos attached to the current item.

A simple placeholder version; the photo pipeline's owner extends it (import, drop, annotate).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedLayout, QWidget

THUMB_SIZE = QSize(96, 72)


class PhotoStrip(QWidget):
    """A horizontal row of thumbnails from store.list_photos(inspection_id, item_id)."""

    def __init__(self, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.store = store
        self.photos_dir = Path(store.path).parent / "photos"
        self.inspection_id = ""
        self.item_id = ""
        self._pixmaps: dict[str, QPixmap] = {}  # thumbnails stay cached while the workspace is open
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No photos for this item yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c; border: 1px dashed #b0bec5; border-radius: 4px;")
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.setFixedHeight(THUMB_SIZE.height() + 22)

    def set_item(self, inspection_id: str, item_id: str) -> None:
        self.inspection_id, self.item_id = inspection_id, item_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        photos = self.store.list_photos(self.inspection_id, self.item_id) if self.item_id else []
        for photo in photos:
            row = QListWidgetItem(QIcon(self._thumb(photo.thumb_path)), "")
            row.setToolTip(photo.original_name)
            row.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(row)
        self.stack.setCurrentWidget(self.list if photos else self.empty)

    def count(self) -> int:
        return self.list.count()

    def _thumb(self, relative: str) -> QPixmap:
        pixmap = self._pixmaps.get(relative)
        if pixmap is None:
            pixmap = QPixmap(str(self.photos_dir / relative))
            if not pixmap.isNull():
                pixmap = pixmap.scaled(
                    THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            self._pixmaps[relative] = pixmap
        return pixmap
