"""A table of photos, each with the checklist item it belongs to; changing the item moves it at once.

Used by bulk attach (confirm or correct the matches by time) and by the list of photos kept
with the inspection but not yet placed on an item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector import scoring
from inspector.model import Photo
from inspector.photos.derived import copy_path
from inspector.ui.errors import show_error
from inspector.ui.photos.annotate import annotated_pixmap, load_image
from inspector.ui.photos.messages import FILE_TIME_MARK, format_time
from inspector.ui.workspace.session import pick

ROW_THUMB = QSize(88, 66)


def item_choices(store: Any, inspection_id: str) -> list[tuple[str, str]]:
    """(item id, "area · text") for every item of the inspection's checklist, in order."""
    inspection = store.get_inspection(inspection_id)
    template = store.template_of(inspection)
    areas = {area["id"]: pick(area.get("name", "")) for area in template["areas"]}
    return [
        (item["id"], f"{areas.get(item['area'], '')} · {pick(item['text'])}")
        for item in scoring.items_for_mode(template, inspection.type)
    ]


class PhotoPlacement(QTableWidget):
    """Rows of photos with an item combo each; the first choice keeps a photo with the inspection."""

    photoMoved = Signal(str, object)  # photo id, item id or None

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None, read_only: bool = False):
        super().__init__(0, 4, parent)
        self.setObjectName("photoPlacement")
        self.store = store
        self.photos_dir = Path(store.path).parent / "photos"
        self.choices = item_choices(store, inspection_id)
        self.read_only = read_only
        self.photo_ids: list[str] = []
        self.setHorizontalHeaderLabels([self.tr("Photo"), self.tr("File"), self.tr("Taken"), self.tr("Checklist item")])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_THUMB.height() + 8)
        self.setIconSize(ROW_THUMB)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, ROW_THUMB.width() + 12)

    def set_photos(self, photos: list[Photo]) -> None:
        self.setRowCount(0)
        self.photo_ids = []
        for photo in photos:
            self._add_row(photo)

    def combo(self, row: int) -> QComboBox:
        return self.cellWidget(row, 3).findChild(QComboBox)

    def item_of(self, row: int) -> str | None:
        return self.combo(row).currentData()

    def _add_row(self, photo: Photo) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.photo_ids.append(photo.id)
        thumb = QLabel(self)
        image = load_image(str(copy_path(self.photos_dir, photo, "thumb")), ROW_THUMB * 2)
        pixmap = annotated_pixmap(image, photo.annotations)
        if not pixmap.isNull():
            thumb.setPixmap(
                pixmap.scaled(ROW_THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCellWidget(row, 0, thumb)
        self.setItem(row, 1, QTableWidgetItem(photo.original_name))
        when = format_time(photo.taken_at, seconds=False)
        taken = QTableWidgetItem(f"{FILE_TIME_MARK} {when}" if photo.taken_at_source == "file" else when)
        if photo.taken_at_source == "file":
            taken.setToolTip(
                self.tr("The camera recorded no time; this is the file's date, so the match may be wrong.")
            )
        self.setItem(row, 2, taken)
        combo = QComboBox(self)
        combo.setObjectName("placementCombo")
        combo.addItem(self.tr("— Kept with the inspection (no item) —"), None)
        for item_id, label in self.choices:
            combo.addItem(label, item_id)
        combo.setCurrentIndex(max(0, combo.findData(photo.item_id)) if photo.item_id else 0)
        combo.setEnabled(not self.read_only)
        combo.setProperty("photo_id", photo.id)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._moved(c))
        cell = QWidget(self)  # the combo at its natural height, centred in the tall thumbnail row
        box = QVBoxLayout(cell)
        box.setContentsMargins(6, 0, 6, 0)
        box.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setCellWidget(row, 3, cell)

    def move_row(self, row: int, item_id: str | None) -> None:
        """Choose the item for a row, as the user would in its combo (stored at once)."""
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(item_id) if item_id else 0)

    def _moved(self, combo: QComboBox) -> None:
        photo_id = combo.property("photo_id")
        item_id = combo.currentData()
        try:
            self.store.move_photo(photo_id, item_id)
        except Exception as exc:  # noqa: BLE001 - e.g. signed meanwhile: put the combo back
            show_error(self, exc, context=self.tr("The photo was not moved."))
            combo.blockSignals(True)
            current = self.store.get_photo(photo_id).item_id
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
            return
        self.photoMoved.emit(photo_id, item_id)
