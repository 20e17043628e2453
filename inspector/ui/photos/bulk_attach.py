"""Attach photos taken with a phone: import them, match each to the item answered when it was taken.

The same logic as `python main.py attach ID FILES...` (inspector/photos/bulk_attach.py), run on a worker
thread with its own Store (one SQLite connection per thread). Afterwards every photo is listed
with the item it was matched to; the supervisor confirms or picks another item, and each
change is stored at once. Photos with no match stay with the inspection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.photos.bulk_attach import AttachSummary, attach_photos
from inspector.store import Store
from inspector.ui.errors import show_error
from inspector.ui.photos.import_dialog import expand_paths, file_dialog_filter
from inspector.ui.photos.messages import photo_error_text
from inspector.ui.photos.placement import PhotoPlacement
from inspector.ui.workers import Job, start_job


def _attach_in_thread(store_path: Path, actor: str, clock: Any, inspection_id: str, paths: list[Path]):
    def run(progress, cancelled) -> AttachSummary:
        own = Store(store_path, actor=actor, clock=clock)  # this thread's own connection
        try:
            return attach_photos(own, inspection_id, paths, store_path.parent / "photos", progress, cancelled)
        finally:
            own.close()

    return run


class BulkAttachDialog(QDialog):
    """Pick phone photos (files or a folder), attach them by capture time, then confirm or move each."""

    attached = Signal(object)  # AttachSummary, once the photos are stored
    photosChanged = Signal()

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkAttachDialog")
        self.setWindowTitle(self.tr("Attach photos taken with a phone"))
        self.store = store
        self.inspection_id = inspection_id
        self.job: Job | None = None
        self.summary: AttachSummary | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 220)  # grows to show the photos once they are attached

    # --- pages ----------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Copy the photos from the phone to this computer, then choose them here. Each photo is attached "
                "to the item you were answering when it was taken (within 10 minutes); you can correct every "
                "match afterwards. Photos that match no item stay with the inspection."
            ),
            page,
        )
        intro.setWordWrap(True)
        files = QPushButton(self.tr("Choose photos…"), page)
        files.clicked.connect(self.choose_files)
        folder = QPushButton(self.tr("Choose a folder…"), page)
        folder.clicked.connect(self.choose_folder)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(files)
        row.addWidget(folder)
        row.addStretch(1)
        row.addWidget(cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        self.status = QLabel(page)
        self.bar = QProgressBar(page)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setObjectName("attachResult")
        self.result_label.setWordWrap(True)
        self.table = PhotoPlacement(self.store, self.inspection_id, page)
        self.table.photoMoved.connect(lambda *_: self.photosChanged.emit())
        self.failures = QListWidget(page)
        self.failures.setObjectName("attachFailures")
        self.failures.setMaximumHeight(110)
        self.failures_label = QLabel(self.tr("These files could not be imported:"), page)
        done = QPushButton(self.tr("Done"), page)
        done.setDefault(True)
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.failures_label)
        layout.addWidget(self.failures)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # --- running --------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos taken with a phone"), "", file_dialog_filter())
        if paths:
            self.start(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the phone's photos"))
        if folder:
            self.start([folder])

    def start(self, paths: list[Path | str]) -> None:
        """Import and attach ``paths`` (files or folders) in the background."""
        files = expand_paths(paths)
        self.pages.setCurrentIndex(1)
        self.status.setText(self.tr("Importing %1 photos…").replace("%1", str(len(files))))
        self.bar.setRange(0, max(1, len(files)))
        self.bar.setValue(0)
        run = _attach_in_thread(Path(self.store.path), self.store.actor, self.store.clock, self.inspection_id, files)
        self.job = Job(run)
        self.job.signals.progress.connect(lambda done, _total: self.bar.setValue(done))
        self.job.signals.finished.connect(self._attached)
        self.job.signals.failed.connect(self._failed)
        start_job(self.job)

    def is_running(self) -> bool:
        return self.job is not None and not self.job.done.is_set()

    def reject(self) -> None:
        self.cancel()  # closing while importing stops after the current photo
        super().reject()

    def cancel(self) -> None:
        if self.is_running():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling after the current photo…"))

    def _failed(self, exc: BaseException) -> None:
        self.pages.setCurrentIndex(0)
        show_error(self, exc, context=self.tr("The photos could not be attached."))

    def _attached(self, summary: AttachSummary) -> None:
        self.summary = summary
        photos = [self.store.get_photo(p.id) for p in summary.matched + summary.unmatched + summary.already_attached]
        self.table.set_photos(photos)
        text = self.tr("%1 photos matched to an item, %2 kept with the inspection (no item answered then).")
        text = text.replace("%1", str(len(summary.matched))).replace("%2", str(len(summary.unmatched)))
        if summary.already_attached:
            text += " " + self.tr("%1 were already attached.").replace("%1", str(len(summary.already_attached)))
        if summary.cancelled:
            text += " " + self.tr("Cancelled: the remaining files were not imported.")
        text += "\n" + self.tr("Check each match; choose another item where it is wrong. Changes are saved at once.")
        self.result_label.setText(text)
        self.failures.clear()
        for path, err in summary.failed:
            self.failures.addItem(photo_error_text(err.code, path))
            self.failures.item(self.failures.count() - 1).setToolTip(str(err))
        self.failures.setVisible(bool(summary.failed))
        self.failures_label.setVisible(bool(summary.failed))
        self.pages.setCurrentIndex(2)
        self.resize(max(self.width(), 1000), max(self.height(), 640))
        self.attached.emit(summary)
        self.photosChanged.emit()
