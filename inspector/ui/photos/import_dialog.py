"""Importing photos into an inspection without freezing the window.

The files are decoded and copied on a worker thread (photos.import_many); the rows are then
added on the UI thread, one per turn of the event loop (each add_photo is a few ms), so the
window keeps answering. A dialog shows progress and Cancel for more than one file, and a
summary naming every file that failed and why.

    dialog = ImportDialog(store, inspection_id, item_id, paths, parent)
    dialog.finishedImport.connect(refresh)      # ImportOutcome
    dialog.start()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.model import Photo
from inspector.photos.importer import ImportSummary, PhotoError, import_many
from inspector.ui.errors import error_text
from inspector.ui.photos.messages import photo_error_text
from inspector.ui.workers import Job, start_job

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


def file_dialog_filter() -> str:
    """The file dialog's filter: the formats photos/importer.py imports."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ImportDialog", "Photos (%1);;All files (*)").replace(
        "%1", " ".join(f"*{s} *{s.upper()}" for s in PHOTO_SUFFIXES)
    )


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; a folder becomes the photos directly inside it (by name, sorted)."""
    result: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            result.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES and p.is_file()))
        else:
            result.append(path)
    return result


@dataclass
class ImportOutcome:
    added: list[Photo] = field(default_factory=list)
    already: list[Photo] = field(default_factory=list)  # the same picture was already in this inspection
    failed: list[tuple[str, PhotoError]] = field(default_factory=list)
    cancelled: bool = False
    error: BaseException | None = None  # the store refused (signed) or the job itself failed
    total: int = 0


class ImportDialog(QDialog):
    """Progress + Cancel while importing, then the summary; stays hidden for one clean file."""

    finishedImport = Signal(object)  # ImportOutcome

    def __init__(
        self,
        store: Any,
        inspection_id: str,
        item_id: str | None,
        paths: Iterable[Path | str],
        parent: QWidget | None = None,
        temporary: Iterable[Path] = (),
    ):
        super().__init__(parent)
        self.setObjectName("photoImportDialog")
        self.setWindowTitle(self.tr("Import photos"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.store = store
        self.inspection_id = inspection_id
        self.item_id = item_id or None
        self.paths = [Path(p) for p in paths]
        self.temporary = [Path(p) for p in temporary]  # pasted or camera files, deleted afterwards
        self.photos_dir = Path(store.path).parent / "photos"
        self.outcome = ImportOutcome(total=len(self.paths))
        self.job: Job | None = None
        self._pending: list = []

        self.status = QLabel(self.tr("Preparing…"), self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(1, len(self.paths)))
        self.bar.setValue(0)
        self.failures = QListWidget(self)
        self.failures.setObjectName("importFailures")
        self.failures.setWordWrap(True)
        self.failures.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.failures.setStyleSheet("QListWidget { background: #fff; } QListWidget::item { padding: 4px; }")
        self.failures.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.failures, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 160)

    # --- running --------------------------------------------------------------------------
    def start(self) -> None:
        """Start the background import; the dialog shows itself when there is more than one file."""
        self._show_progress(0, len(self.paths))
        paths, folder = list(self.paths), self.photos_dir
        self.job = Job(lambda progress, cancelled: import_many(paths, folder, progress, cancelled))
        self.job.signals.progress.connect(self._show_progress)
        self.job.signals.finished.connect(self._imported)
        self.job.signals.failed.connect(self._job_failed)
        start_job(self.job)
        if len(self.paths) > 1:
            self.open()

    def cancel(self) -> None:
        """Stop after the file being imported; what is done stays."""
        if self.job is not None and not self.job.done.is_set():
            self.job.cancel()
            self.status.setText(self.tr("Cancelling after the current photo…"))
            self.cancel_button.setEnabled(False)
        elif self._pending:
            self._pending.clear()
            self.outcome.cancelled = True
        else:
            self.reject()

    def is_running(self) -> bool:
        return self.job is not None and (not self.job.done.is_set() or bool(self._pending))

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)
        if not self.outcome.cancelled and self.cancel_button.isEnabled():
            self.status.setText(
                self.tr("Importing photos: %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
            )

    def _imported(self, summary: ImportSummary) -> None:
        self.outcome.failed = list(summary.failed)
        self.outcome.cancelled = summary.cancelled
        self._pending = list(summary.imported)
        self.status.setText(self.tr("Saving…"))
        QTimer.singleShot(0, self._store_next)

    def _store_next(self) -> None:
        # One row per event-loop turn: the window never waits for the whole batch.
        if not self._pending:
            self._done()
            return
        imported = self._pending.pop(0)
        try:
            photo, created = self.store.add_photo(self.inspection_id, imported, self.item_id)
        except Exception as exc:  # noqa: BLE001 - e.g. signed meanwhile; files on disk are harmless
            self.outcome.error = exc
            self._pending.clear()
            self._done()
            return
        (self.outcome.added if created else self.outcome.already).append(photo)
        QTimer.singleShot(0, self._store_next)

    def _job_failed(self, exc: BaseException) -> None:
        self.outcome.error = exc
        self._done()

    def _done(self) -> None:
        for path in self.temporary:
            path.unlink(missing_ok=True)
        self._show_summary()
        self.finishedImport.emit(self.outcome)
        if self.outcome.failed or self.outcome.error or self.outcome.cancelled:
            if not self.isVisible():
                self.open()
        elif self.isVisible():
            self.accept()

    # --- summary --------------------------------------------------------------------------
    def summary_lines(self) -> list[str]:
        """One translated line per failed file: the file name and what is wrong with it."""
        return [photo_error_text(err.code, path) for path, err in self.outcome.failed]

    def _show_summary(self) -> None:
        o = self.outcome
        parts = [self.tr("%1 of %2 photos added.").replace("%1", str(len(o.added))).replace("%2", str(o.total))]
        if o.already:
            parts.append(self.tr("%1 already attached to this inspection.").replace("%1", str(len(o.already))))
        if o.cancelled:
            parts.append(self.tr("Import cancelled; the photos added so far are kept."))
        if o.failed:
            parts.append(
                self.tr("%1 files could not be imported (nothing already stored was changed):").replace(
                    "%1", str(len(o.failed))
                )
            )
        if o.error is not None:
            parts.append(error_text(o.error)[1])
        self.status.setText("\n".join(parts))
        self.bar.hide()
        self.failures.clear()
        for line, (_path, err) in zip(self.summary_lines(), o.failed, strict=True):
            self.failures.addItem(line)
            self.failures.item(self.failures.count() - 1).setToolTip(str(err))  # the English detail, for support
        self.failures.setVisible(bool(o.failed))
        if o.failed:
            self.resize(max(self.width(), 640), 200 + 34 * min(len(o.failed), 10))
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
