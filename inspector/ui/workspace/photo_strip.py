"""PhotoStrip: the current item's photos, and every way to add one.

Files arrive by drag and drop (on the strip or the whole item panel), the file dialog, Ctrl+V
(an image or copied files) and the camera; all go through ImportDialog (decoding on a worker
thread). Thumbnails show the capture time (≈ when it is only the file's date) and the marks
drawn on the photo. With the strip focused: arrows move, Enter opens the viewer, Delete removes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.photos.derived import copy_path
from inspector.ui.photos.annotate import annotated_pixmap, load_image
from inspector.ui.photos.camera import CameraDialog, configure_camera_button
from inspector.ui.photos.import_dialog import ImportDialog, expand_paths, file_dialog_filter
from inspector.ui.photos.messages import FILE_TIME_MARK, confirm, format_time, short_time, time_source_text

THUMB_SIZE = QSize(96, 72)
_STRIP_KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Delete,
)


class PhotoStrip(QWidget):
    """A row of thumbnails from store.list_photos(inspection_id, item_id), with add/paste/camera."""

    photosChanged = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.store = store
        self.photos_dir = Path(store.path).parent / "photos"
        self.inspection_id = ""
        self.item_id = ""
        self.read_only = False
        self.imports: list[ImportDialog] = []  # running or showing their summary
        self.last_import: ImportDialog | None = None
        self._pixmaps: dict[tuple[str, str], QPixmap] = {}  # (thumb, marks) -> icon, while the workspace is open

        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.setObjectName("addPhotos")
        self.add_button.setToolTip(self.tr("Choose photo files (JPEG, PNG, WebP, HEIC); you can also drop them here."))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.paste_button.setToolTip(self.tr("Paste a copied picture or copied photo files (Ctrl+V)."))
        self.paste_button.clicked.connect(lambda: self.paste())
        self.camera_button = QPushButton(self.tr("Camera…"), self)
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.clicked.connect(self.take_photo)
        self.has_camera = configure_camera_button(self.camera_button)
        self.phone_button = QPushButton(self.tr("From phone…"), self)
        self.phone_button.setObjectName("phoneButton")
        self.phone_button.setToolTip(
            self.tr("Attach photos taken with a phone: each goes to the item answered when it was taken.")
        )
        self.phone_button.clicked.connect(self.bulk_attach)
        self.unassigned_button = QPushButton(self, objectName="unassignedButton")
        self.unassigned_button.setToolTip(self.tr("Photos kept with the inspection but not placed on any item."))
        self.unassigned_button.clicked.connect(self.show_unassigned)
        buttons = (self.add_button, self.paste_button, self.camera_button, self.phone_button, self.unassigned_button)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the checklist
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.add_button)
        tools.addWidget(self.paste_button)
        tools.addWidget(self.camera_button)
        tools.addWidget(self.phone_button)
        tools.addStretch(1)
        tools.addWidget(self.unassigned_button)

        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setGridSize(QSize(THUMB_SIZE.width() + 12, THUMB_SIZE.height() + 24))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _row: self.open_viewer())
        self.list.itemDoubleClicked.connect(lambda _row: self.open_viewer())
        self.list.installEventFilter(self)
        self.empty = QLabel(
            self.tr("No photos for this item yet. Drop photos here, paste one, or use Add photos."), self
        )
        self.empty.setObjectName("photoStripEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c; border: 1px dashed #b0bec5; border-radius: 4px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        self.stack.setFixedHeight(THUMB_SIZE.height() + 34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(tools)
        layout.addWidget(self.stack)

        # Ctrl+V anywhere in the workspace (a text field's own paste wins while it has focus)
        self.paste_action = QAction(self.tr("Paste a photo from the clipboard"), self)
        self.paste_action.setObjectName("actPastePhoto")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.setProperty("edits", True)
        self.paste_action.triggered.connect(lambda _checked=False: self.paste())
        self.accept_drops_on(self)

    # --- showing --------------------------------------------------------------------------
    def set_item(self, inspection_id: str, item_id: str) -> None:
        self.inspection_id, self.item_id = inspection_id, item_id
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        photos = self.store.list_photos(self.inspection_id, self.item_id) if self.item_id else []
        for photo in photos:
            stamp = short_time(photo.taken_at)
            row = QListWidgetItem(
                QIcon(self._thumb(photo)), f"{FILE_TIME_MARK}{stamp}" if photo.taken_at_source == "file" else stamp
            )
            row.setToolTip(
                f"{photo.original_name}\n"
                + self.tr("Taken: %1, %2")
                .replace("%1", format_time(photo.taken_at))
                .replace("%2", time_source_text(photo.taken_at_source))
            )
            row.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(row)
        if photos:
            self.list.setCurrentRow(min(max(current, 0), len(photos) - 1))
        self.stack.setCurrentWidget(self.list if photos else self.empty)
        self._update_unassigned()

    def count(self) -> int:
        return self.list.count()

    def photo_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.add_button, self.paste_button, self.phone_button):
            button.setEnabled(not read_only)
        self.camera_button.setEnabled(self.has_camera and not read_only)
        self.paste_action.setEnabled(not read_only)

    def _thumb(self, photo: Any) -> QPixmap:
        key = (photo.thumb_path, repr(photo.annotations))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            # the stored thumbnail is 256 px: read at twice the icon size, mark it up, scale down
            image = load_image(str(copy_path(self.photos_dir, photo, "thumb")), THUMB_SIZE * 2)
            pixmap = annotated_pixmap(image, photo.annotations)
            if not pixmap.isNull():
                pixmap = pixmap.scaled(
                    THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            self._pixmaps[key] = pixmap
        return pixmap

    def _update_unassigned(self) -> None:
        n = len(self.store.list_photos(self.inspection_id, "")) if self.inspection_id else 0
        self.unassigned_button.setText(self.tr("Unassigned photos (%1)").replace("%1", str(n)))
        self.unassigned_button.setEnabled(n > 0)

    # --- adding ---------------------------------------------------------------------------
    def add_files(self, paths: list[Path | str], temporary: list[Path] | None = None) -> ImportDialog | None:
        """Import files (folders: the photos in them) onto the current item, in the background."""
        files = expand_paths(paths)
        if not files or not self.item_id or self.read_only:
            return None
        if self.last_import is not None and self.last_import not in self.imports:
            self.last_import.deleteLater()
        dialog = ImportDialog(self.store, self.inspection_id, self.item_id, files, self, temporary or [])
        dialog.finishedImport.connect(lambda _outcome, d=dialog: self._import_done(d))
        dialog.finished.connect(lambda _code, d=dialog: self._forget(d))
        self.imports.append(dialog)
        self.last_import = dialog
        dialog.start()
        return dialog

    def choose_files(self) -> ImportDialog | None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", file_dialog_filter())
        return self.add_files(paths) if paths else None

    def paste(self, mime: QMimeData | None = None) -> ImportDialog | None:
        """Ctrl+V: copied files are imported; a copied image is saved as a temporary PNG first."""
        mime = mime or QGuiApplication.clipboard().mimeData()
        if mime is None or self.read_only:
            return None
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        if files:
            return self.add_files(files)
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return None
            fd, name = tempfile.mkstemp(prefix="pasted-", suffix=".png")
            os.close(fd)
            image.save(name, "PNG", 90)  # quality 90 = light compression: quick for a screenshot
            return self.add_files([name], temporary=[Path(name)])
        return None

    def take_photo(self) -> None:
        if not self.has_camera or self.read_only:
            return
        dialog = CameraDialog(self)
        dialog.captured.connect(lambda path: self.add_files([path], temporary=[Path(path)]))
        dialog.open()

    def _imported(self) -> None:
        self.refresh()
        self.photosChanged.emit()

    def _import_done(self, dialog: ImportDialog) -> None:
        self._imported()
        if not dialog.isVisible():  # a clean single file never showed its dialog
            self._forget(dialog)

    def _forget(self, dialog: ImportDialog) -> None:
        if dialog in self.imports and not dialog.is_running():
            self.imports.remove(dialog)
            if dialog is not self.last_import:  # the last one stays readable (tests, its outcome)
                dialog.deleteLater()

    # --- drops and keys -------------------------------------------------------------------
    def accept_drops_on(self, widget: QWidget) -> None:
        """Let files dropped on ``widget`` (the strip, the item panel) be added to the current item."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    @staticmethod
    def _local_files(mime: QMimeData) -> list[str]:
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    def drop_files(self, mime: QMimeData) -> ImportDialog | None:
        """What a drop does: import its local files onto the current item."""
        return self.add_files(self._local_files(mime))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._local_files(event.mimeData()) and not self.read_only and self.item_id:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            if self._local_files(event.mimeData()):
                event.acceptProposedAction()
                self.drop_files(event.mimeData())
                return True
        elif watched is self.list and kind == QEvent.Type.ShortcutOverride and event.key() in _STRIP_KEYS:
            event.accept()  # the strip's own keys win over the workspace's (Enter = note, ...)
            return True
        elif watched is self.list and kind == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_viewer()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # --- viewer and removal ---------------------------------------------------------------
    def open_viewer(self, row: int | None = None) -> Any:
        """Open the viewer on the selected photo (window-modal); the strip refreshes on changes."""
        from inspector.ui.photos.viewer import PhotoViewer

        ids = self.photo_ids()
        row = self.list.currentRow() if row is None else row
        if not ids or row < 0:
            return None
        viewer = PhotoViewer(self.store, ids, row, self)
        viewer.photosChanged.connect(self._imported)
        viewer.finished.connect(lambda _code: viewer.deleteLater())
        viewer.open()
        return viewer

    def remove_current(self, ask: bool = True) -> bool:
        """Delete key: remove the selected photo after confirmation (audited by the store)."""
        from inspector.ui.errors import show_error

        row = self.list.currentRow()
        if row < 0 or self.read_only:
            return False
        photo = self.store.get_photo(self.photo_ids()[row])
        question = self.tr("Remove %1 from this item?\n\nThe removal is recorded in the audit log.")
        if ask and not confirm(
            self, self.tr("Remove photo"), question.replace("%1", photo.original_name), self.tr("Remove photo")
        ):
            return False
        try:
            self.store.remove_photo(photo.id)
        except Exception as exc:  # noqa: BLE001 - shown; the photo stays
            show_error(self, exc, context=self.tr("The photo was not removed."))
            return False
        self._imported()
        return True

    def bulk_attach(self) -> Any:
        """Open "attach photos taken with a phone" for this inspection."""
        from inspector.ui.photos.bulk_attach import BulkAttachDialog

        dialog = BulkAttachDialog(self.store, self.inspection_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.photosChanged.connect(self._imported)
        dialog.finished.connect(lambda _code: dialog.deleteLater() if not dialog.is_running() else None)
        dialog.open()
        return dialog

    def show_unassigned(self) -> Any:
        from inspector.ui.photos.unassigned import UnassignedDialog

        dialog = UnassignedDialog(self.store, self.inspection_id, self.read_only, self)
        dialog.photosChanged.connect(self._imported)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        return dialog
