"""Photos kept with the inspection but on no item yet (bulk attach found no match): place them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from inspector.ui.photos.placement import PhotoPlacement


class UnassignedDialog(QDialog):
    """Each unplaced photo with an item combo; choosing an item moves it there at once."""

    photosChanged = Signal()

    def __init__(self, store: Any, inspection_id: str, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unassignedDialog")
        self.setWindowTitle(self.tr("Unassigned photos"))
        self.store = store
        self.inspection_id = inspection_id
        photos = store.list_photos(inspection_id, "")
        intro = QLabel(
            self.tr("These photos are kept with the inspection but belong to no item. Choose an item for each.")
            if photos
            else self.tr("Every photo of this inspection is on an item."),
            self,
        )
        intro.setWordWrap(True)
        self.table = PhotoPlacement(store, inspection_id, self, read_only=read_only)
        self.table.set_photos(photos)
        self.table.photoMoved.connect(lambda *_: self.photosChanged.emit())
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
