"""Import sync bundles at head office: check each bundle against the trust folder, import it whole.

dialog = BundleImportDialog(store, data_dir, parent)
dialog.add_paths([folder_or_file, ...])
dialog.start()          # a Job; `completed` carries the ImportSummary
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.paths import DataDir
from inspector.sync import BUNDLE_SUFFIX, ImportSummary, SyncError, expand_bundle_paths, import_bundles
from inspector.ui.dialog_layout import say
from inspector.ui.sync.common import DIALOG_STYLE, FolderRow, ProgressRow, remember, store_job
from inspector.ui.workers import Job, start_job

TRUST_KEY = "ui.import_trust_folder"
FOLDER_KEY = "ui.import_folder"


class BundleImportDialog(QDialog):
    """Bundle files, trust folder, progress and cancel, then counts and a line per refused file."""

    completed = Signal(object)  # the ImportSummary, after the dialog has shown it

    def __init__(self, store: Any, data_dir: DataDir, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(self.tr("Import sync bundles"))
        self.store = store
        self.data_dir = data_dir
        self.job: Job | None = None
        self.summary: ImportSummary | None = None
        self.paths: list[Path] = []

        self.files = QListWidget(self)
        self.files.setObjectName("bundleFiles")
        self.files.setAlternatingRowColors(True)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton(self.tr("Add folder…"), self)
        add_folder.clicked.connect(self.choose_folder)
        clear = QPushButton(self.tr("Clear list"), self)
        clear.clicked.connect(self.clear_paths)
        file_buttons = QHBoxLayout()
        for button in (add_files, add_folder, clear):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        self.file_widgets = [add_files, add_folder, clear]

        trust = self.store.get_setting(TRUST_KEY, "") or str(data_dir.root / "trust")
        self.trust = FolderRow(Path(trust), self.tr("Folder of trusted certificates"), self, with_open=True)
        self.trust.setToolTip(
            self.tr("Copy each laptop's certificate (.pem) here; only reports signed by these keys are imported.")
        )
        self.trust.changed.connect(lambda _t: self._update_state())
        form = QFormLayout()
        form.addRow(self.tr("Trusted certificates"), self.trust)

        self.list_title = QLabel(self)
        self.list_title.setObjectName("sectionTitle")
        self.progress = ProgressRow(self)
        self.progress.cancelRequested.connect(self.cancel)
        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.counts = self._build_counts()
        self.refused = QListWidget(self)
        self.refused.setObjectName("refusedList")
        self.refused.setWordWrap(True)
        self.refused.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refused.setVisible(False)

        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        layout.addWidget(self.list_title)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.refused, 1)
        layout.addLayout(buttons)
        self.resize(780, 580)
        self._update_state()

    def _build_counts(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("importCounts")
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        titles = (
            ("imported", self.tr("Imported")),
            ("present", self.tr("Already present")),
            ("refused", self.tr("Refused")),
        )
        for column, (key, title) in enumerate(titles):
            number = QLabel("0", frame)
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("font-size: 20pt; font-weight: 600;")
            caption = QLabel(title, frame)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.count_labels[key] = number
        frame.setVisible(False)
        return frame

    # --- files ------------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> int:
        """Add bundle files (folders are searched for *.inspection.zip); returns how many are new."""
        added = 0
        for path in expand_bundle_paths([Path(p) for p in paths]):
            if path not in self.paths:
                self.paths.append(path)
                item = QListWidgetItem(path.name, self.files)
                item.setToolTip(str(path))
                added += 1
        if paths:
            first = Path(paths[0])
            remember(self.store, FOLDER_KEY, str(first if first.is_dir() else first.parent))
        self._update_state()
        return added

    def clear_paths(self) -> None:
        self.paths.clear()
        self.files.clear()
        self._update_state()

    def _start_folder(self) -> str:
        return self.store.get_setting(FOLDER_KEY, "") or str(Path.home())

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose sync bundles"),
            self._start_folder(),
            self.tr("Sync bundles (*%1);;All files (*)").replace("%1", BUNDLE_SUFFIX),
        )
        if chosen:
            self.add_paths([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of sync bundles"), self._start_folder()
        )
        if chosen:
            if not self.add_paths([Path(chosen)]):
                say(
                    self.message,
                    self.tr("No new sync bundles (*%1) in %2.").replace("%1", BUNDLE_SUFFIX).replace("%2", chosen),
                    "warn",
                )

    def _update_state(self) -> None:
        self.list_title.setText(self.tr("Bundles to import: %n", "", len(self.paths)))
        self.import_button.setEnabled(bool(self.paths) and self.job is None)
        if self.job is not None or self.summary is not None:
            return
        trust = self.trust.path()
        if not self.paths:
            say(
                self.message,
                self.tr("Add the bundle files (%1) brought from the laptops, or a folder holding them.").replace(
                    "%1", BUNDLE_SUFFIX
                ),
                "info",
            )
        elif not trust.is_dir() or not any(trust.iterdir()):
            say(
                self.message,
                self.tr(
                    "The trust folder %1 is missing or empty, so every bundle will be refused. "
                    "Copy each laptop's certificate (.pem from its keys folder) into it first."
                ).replace("%1", str(trust)),
                "warn",
            )
        else:
            say(
                self.message,
                self.tr("Each bundle is checked (signature, hashes, data) and imported whole or not at all."),
                "info",
            )

    # --- running ----------------------------------------------------------------------------
    def start(self) -> Job | None:
        """Check and import the listed bundles on a worker thread."""
        if self.job is not None or not self.paths:
            return None
        trust = self.trust.path().absolute()
        remember(self.store, TRUST_KEY, str(trust))
        paths = list(self.paths)
        photos = Path(self.data_dir.photos)
        trust_dir = trust if trust.is_dir() else None  # as the command: no folder, nothing trusted

        def work(store: Any, progress: Any, cancelled: Any) -> ImportSummary:
            return import_bundles(store, paths, trust_dir, photos, progress, cancelled)

        self.summary = None
        self.refused.clear()
        self.refused.setVisible(False)
        self.counts.setVisible(False)
        self.job = Job(store_job(self.store.path, self.store.actor, work))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self._set_running(True)
        say(self.message, self.tr("Checking and importing the bundles…"), "info")
        return start_job(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress.cancel_button.setEnabled(False)
            say(self.message, self.tr("Cancelling after the current bundle…"), "info")

    def _progress(self, done: int, total: int) -> None:
        self.progress.report(done, total, self.tr("%1 of %2 bundles"))

    def _set_running(self, running: bool) -> None:
        self.progress.start() if running else self.progress.stop()
        for widget in (self.trust, self.import_button, self.close_button, *self.file_widgets):
            widget.setEnabled(not running)

    def _finished(self, summary: ImportSummary) -> None:
        self.job = None
        self.summary = summary
        self._set_running(False)
        self.count_labels["imported"].setText(str(len(summary.imported)))
        self.count_labels["present"].setText(str(len(summary.already_present)))
        self.count_labels["refused"].setText(str(len(summary.refused)))
        self.count_labels["refused"].setStyleSheet(
            "font-size: 20pt; font-weight: 600;" + (" color: #b3261e;" if summary.refused else "")
        )
        self.counts.setVisible(True)
        for _path, reason in summary.refused:
            self.refused.addItem(reason)  # the reason starts with the file name
        self.refused.setVisible(bool(summary.refused))
        if summary.cancelled:
            say(
                self.message,
                self.tr("Cancelled. The bundles imported so far stay imported; run the import again for the rest."),
                "warn",
            )
        elif summary.refused:
            say(
                self.message,
                self.tr(
                    "%n bundle(s) refused; nothing of those was imported. The reason for each is listed below.",
                    "",
                    len(summary.refused),
                ),
                "error",
            )
        else:
            say(self.message, self.tr("Done: every bundle is imported or was already present."), "ok")
        if summary.closings:
            say(self.message, self.message.text() + " " + self.tr(
                "%n rectification(s) closed on a laptop since its first bundle are now closed here too.", "",
                len(summary.closings)), self.message.property("kind") or "ok")
        self._update_state()
        self.completed.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_running(False)
        text = str(exc) if isinstance(exc, SyncError) else f"{type(exc).__name__}: {exc}"
        say(self.message, self.tr("The import stopped: %1").replace("%1", text), "error")
        self._update_state()
        self.completed.emit(None)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()
