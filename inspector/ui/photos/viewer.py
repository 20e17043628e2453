"""The photo viewer: one photo large with its marks, its times and origin; next, previous, remove.

Left/Right (or PgUp/PgDn) move through the photos it was opened with. Removing asks first and
is recorded in the audit log by the store; on a signed inspection removing and marking up are
disabled (the store would refuse them anyway).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector.model import Photo
from inspector.photos.derived import copy_path
from inspector.ui.errors import show_error
from inspector.ui.photos.annotate import AnnotateDialog, PhotoCanvas, load_image
from inspector.ui.photos.messages import confirm, format_time, time_source_text

VIEW_SIZE = QSize(2048, 2048)  # the display copy is at most this; decode it no larger


class PhotoViewer(QDialog):
    """Full-size view of the photos ``photo_ids``, starting at ``index``."""

    photosChanged = Signal()  # removed or marked up: thumbnails must be redrawn

    def __init__(self, store: Any, photo_ids: list[str], index: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.store = store
        self.photos_dir = Path(store.path).parent / "photos"
        self.photo_ids = list(photo_ids)
        self.index = max(0, min(index, len(self.photo_ids) - 1))
        self.photo: Photo | None = None

        self.canvas = PhotoCanvas(self)
        self.info = QLabel(self)
        self.info.setObjectName("photoInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setStyleSheet("color: #1f2d3d; padding: 4px;")
        self.position = QLabel(self)
        self.position.setObjectName("photoPosition")
        self.prev_button = QPushButton(self.tr("← Previous"), self)
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QPushButton(self.tr("Next →"), self)
        self.next_button.clicked.connect(self.next)
        self.annotate_button = QPushButton(self.tr("Mark up…"), self)
        self.annotate_button.setObjectName("annotateButton")
        self.annotate_button.clicked.connect(self.annotate)
        self.remove_button = QPushButton(self.tr("Remove photo…"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(lambda: self.remove_current())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.prev_button, self.next_button, self.annotate_button, self.remove_button, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrow keys stay with the viewer
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addWidget(self.position)
        row.addStretch(1)
        row.addWidget(self.annotate_button)
        row.addWidget(self.remove_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1100, 720)
        self._apply_lock()
        self.show_photo(self.index)

    # --- navigation -----------------------------------------------------------------------
    def show_photo(self, index: int) -> None:
        if not self.photo_ids:
            self.photo = None
            self.canvas.set_photo(QImage(), [])
            self.info.setText(self.tr("No photos."))
            self.position.setText("")
            self._update_buttons()
            return
        self.index = max(0, min(index, len(self.photo_ids) - 1))
        self.photo = self.store.get_photo(self.photo_ids[self.index])
        image = load_image(str(copy_path(self.photos_dir, self.photo, "display")), VIEW_SIZE)
        self.canvas.set_photo(image, self.photo.annotations)
        self.info.setText(self._describe(self.photo))
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.photo_ids)))
        )
        self.setWindowTitle(self.tr("Photo: %1").replace("%1", self.photo.original_name))
        self._update_buttons()

    def next(self) -> None:
        if self.index + 1 < len(self.photo_ids):
            self.show_photo(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_photo(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous()
        elif key == Qt.Key.Key_Delete and self.remove_button.isEnabled():
            self.remove_current()
        else:
            super().keyPressEvent(event)

    # --- changing -------------------------------------------------------------------------
    def remove_current(self, ask: bool = True) -> bool:
        """Remove the shown photo after confirmation; the store records it in the audit log."""
        if self.photo is None:
            return False
        if ask and not confirm(
            self,
            self.tr("Remove photo"),
            self.tr("Remove %1 from this inspection?\n\nThe removal is recorded in the audit log.").replace(
                "%1", self.photo.original_name
            ),
            self.tr("Remove photo"),
        ):
            return False
        try:
            self.store.remove_photo(self.photo.id)
        except Exception as exc:  # noqa: BLE001 - signed meanwhile, disk full…: say so, keep the photo
            show_error(self, exc, context=self.tr("The photo was not removed."))
            return False
        del self.photo_ids[self.index]
        self.photosChanged.emit()
        if not self.photo_ids:
            self.accept()
        self.show_photo(min(self.index, len(self.photo_ids) - 1))
        return True

    def annotate(self) -> AnnotateDialog | None:
        """Open the mark-up dialog for the shown photo (window-modal); redraws when saved."""
        if self.photo is None:
            return None
        dialog = AnnotateDialog(self.store, self.photo.id, self)
        dialog.accepted.connect(self._annotated)
        dialog.open()
        return dialog

    def _annotated(self) -> None:
        self.show_photo(self.index)
        self.photosChanged.emit()

    # --- state ----------------------------------------------------------------------------
    def _apply_lock(self) -> None:
        self.locked = False
        if self.photo_ids:
            photo = self.store.get_photo(self.photo_ids[self.index])
            self.locked = self.store.get_inspection(photo.inspection_id).status == "signed"
        tip = self.tr("This inspection is signed; its photos can no longer change.") if self.locked else ""
        self.remove_button.setToolTip(tip)
        self.annotate_button.setToolTip(tip)

    def _update_buttons(self) -> None:
        has = self.photo is not None
        self.prev_button.setEnabled(has and self.index > 0)
        self.next_button.setEnabled(has and self.index + 1 < len(self.photo_ids))
        self.remove_button.setEnabled(has and not self.locked)
        self.annotate_button.setEnabled(has and not self.locked)

    def _describe(self, photo: Photo) -> str:
        lines = [
            self.tr("Taken: %1, %2")
            .replace("%1", format_time(photo.taken_at))
            .replace("%2", time_source_text(photo.taken_at_source)),
            self.tr("Imported: %1").replace("%1", format_time(photo.imported_at)),
            self.tr("Original file: %1  (%2 × %3 px)")
            .replace("%1", photo.original_name)
            .replace("%2", str(photo.width))
            .replace("%3", str(photo.height)),
        ]
        if photo.gps_lat is not None and photo.gps_lon is not None:
            lines.append(
                self.tr("Location (GPS): %1, %2")
                .replace("%1", f"{photo.gps_lat:.6f}")
                .replace("%2", f"{photo.gps_lon:.6f}")
            )
        return "\n".join(lines)
