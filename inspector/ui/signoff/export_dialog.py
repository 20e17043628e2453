"""Export a report: choose language and key, build it in the background, preview it, save it.

The PDF is built (and signed, for a signed inspection) on a worker thread from a snapshot read
here on the UI thread; the preview shows exactly the bytes that Save writes. At head office an
imported inspection offers first the signed report it arrived with, byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.publish import PublishError, SignedReport, make_report, write_atomic
from inspector.signing.pades import list_identities
from inspector.sync.received_report import read_received_report
from inspector.ui import errors
from inspector.ui.dialog_layout import say
from inspector.ui.workers import Job, start_job
from inspector.ui.workspace.session import language

LAST_FOLDER_KEY = "ui.export_folder"
ZOOM_STEP = 1.25


class ExportCancelled(Exception):
    """Raised from the progress callback to stop building the report."""


def suggested_name(snapshot: Any) -> str:
    branch, ins = snapshot.branch, snapshot.inspection
    return f"{branch.code}_{branch.name}_{ins.started_at[:10]}_{ins.id[:8]}.pdf".replace("/", "-")


def _report_job(snapshot: Any, keys_dir: Path, options: dict[str, Any]):
    """A worker function: no database, no widgets; only the snapshot and the keys folder."""

    def work(progress, cancelled) -> SignedReport:
        def report_progress(done: int, total: int) -> None:
            if cancelled():
                raise ExportCancelled()
            progress(done, total)

        return make_report(snapshot, keys_dir, progress=report_progress, **options)

    return work


class ExportDialog(QDialog):
    """Options, background build with progress and cancel, QtPdf preview, atomic save."""

    reportReady = Signal(object)  # the SignedReport, once loaded into the preview
    buildFailed = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        store: Any,
        keys_dir: Path,
        inspection_id: str,
        parent: QWidget | None = None,
        autostart: bool | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.store = store
        self.keys_dir = Path(keys_dir)
        self.inspection_id = inspection_id
        self.snapshot = store.snapshot(inspection_id)
        self.report: SignedReport | None = None
        self.job: Job | None = None
        self._buffer: QBuffer | None = None
        self.signed_inspection = self.snapshot.inspection.status == "signed"
        self.received = store.received_report(inspection_id)
        self._build_options()
        self._build_preview()
        self._build_bottom()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.options_box)
        layout.addLayout(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_box, 1)
        layout.addLayout(self.bottom_row)
        self.resize(1100, 720)
        self._set_building(False)
        if autostart if autostart is not None else (not self.signed_inspection or self.received is not None):
            self.build()

    # --- layout ---------------------------------------------------------------------------------
    def _build_options(self) -> None:
        self.options_box = QFrame(self)
        self.options_box.setObjectName("optionsBox")
        row = QHBoxLayout(self.options_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language() == "zh" else 1)
        self.captions = QCheckBox(self.tr("Captions on photos"), self)
        self.captions.setToolTip(self.tr("Write the capture time onto each photo as well as under it"))
        self.key = QComboBox(self)
        self.key.setObjectName("reportKey")
        self.key.setMinimumWidth(220)
        signers = {s.name for s in self.snapshot.signatures}
        for ident in list_identities(self.keys_dir):
            self.key.addItem(f"{ident.name} · {ident.fingerprint[:8].upper()}", ident.fingerprint)
            if ident.name in signers:  # the key of somebody who signed is the likely choice
                self.key.setCurrentIndex(self.key.count() - 1)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("reportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Key passphrase"))
        self.passphrase.setMinimumWidth(160)
        self.passphrase.returnPressed.connect(self.build)
        self.as_received = QCheckBox(self.tr("The signed report as received"), self)
        self.as_received.setObjectName("reportAsReceived")
        self.as_received.setToolTip(
            self.tr("The report exactly as the branch signed it, from the bundle it came in; untick to build a new one")
        )
        self.as_received.setChecked(self.received is not None)
        self.as_received.setVisible(self.received is not None)
        self.as_received.toggled.connect(self._received_toggled)
        self.build_button = QPushButton(self.tr("Build preview"), self)
        self.build_button.setObjectName("primaryButton")
        self.build_button.clicked.connect(self.build)
        row.addWidget(self.as_received)
        self.language_label = QLabel(self.tr("Language"), self)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addSpacing(8)
        row.addWidget(self.captions)
        row.addSpacing(8)
        self.key_label = QLabel(self.tr("Sign with"), self)
        row.addWidget(self.key_label)
        row.addWidget(self.key)
        row.addWidget(self.passphrase)
        row.addStretch(1)
        row.addWidget(self.build_button)
        self._can_sign = self.signed_inspection and self.key.count() > 0
        self._show_build_options()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QHBoxLayout()
        self.progress_row.addWidget(self.progress, 1)
        self.progress_row.addWidget(self.cancel_button)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        if not self.signed_inspection:
            self._say(
                self.tr("This inspection is not signed yet: the report is a draft without a digital signature."), "warn"
            )
        elif self.received is not None:
            self._say_received()
        elif not self._can_sign:
            self._say(
                self.tr(
                    "No signing key in %1: the report will not be digitally signed. "
                    "Create or import one in File → Signing keys…."
                ).replace("%1", str(self.keys_dir)),
                "warn",
            )
        else:
            self._say(
                self.tr(
                    "Enter the passphrase of your key and build the preview. The saved report is digitally signed."
                ),
                "info",
            )

    def _show_build_options(self) -> None:
        """Language, captions and key belong to a newly built report, not to the one received."""
        building = not self.as_received.isChecked()
        for widget in (self.language_label, self.language, self.captions):
            widget.setVisible(building)
        for widget in (self.key_label, self.key, self.passphrase):
            widget.setVisible(building and self._can_sign)
        self.build_button.setVisible(building)

    def _received_toggled(self, checked: bool) -> None:
        self._show_build_options()
        self.report = None
        self.document.close()
        self._set_building(False)
        if checked:
            self.build()
        else:
            self._say(self.tr("Build a new report from the data: choose its language, then Build preview."), "info")

    def _say_received(self) -> None:
        assert self.received is not None
        self._say(
            self.tr("This is the report exactly as %1 signed it, received on %2. Save a copy to pass it on.")
            .replace("%1", self.received.signer)
            .replace("%2", self.received.recorded_at[:10]),
            "ok",
        )

    def _build_preview(self) -> None:
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.page_button = QPushButton(self.tr("Whole page"), self)
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(36)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_pages())
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.prev_button)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_button)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.fit_button)
        tools.addWidget(self.page_button)
        self.preview_box = QFrame(self)
        self.preview_box.setObjectName("previewBox")
        box = QVBoxLayout(self.preview_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(tools)
        box.addWidget(self.view, 1)

    def _build_bottom(self) -> None:
        self.save_button = QPushButton(self.tr("Save report…"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.ask_save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.bottom_row = QHBoxLayout()
        self.bottom_row.addStretch(1)
        self.bottom_row.addWidget(close)
        self.bottom_row.addWidget(self.save_button)

    # --- building ---------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        chosen = self.key.currentData() if self.key.count() else None
        return {
            "lang": self.language.currentData(),
            "captions": self.captions.isChecked(),
            "key": chosen if self.signed_inspection else None,
            "passphrase": self.passphrase.text() or None,
        }

    def build(self) -> Job | None:
        """Start building the report on a worker thread; the preview follows when it is done.
        The report as received needs no building: it is shown at once (None is returned)."""
        if self.job is not None:
            return None
        if self.received is not None and self.as_received.isChecked():
            self._show_received()
            return None
        self.report = None
        self.document.close()
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.job = Job(_report_job(self.snapshot, self.keys_dir, self.options()))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._built)
        self.job.signals.failed.connect(self._failed)
        self._set_building(True)
        self._say(self.tr("Building the report…"), "info")
        return start_job(self.job)

    def _show_received(self) -> None:
        assert self.received is not None
        try:
            pdf = read_received_report(self.store.path.parent, self.received)
        except (OSError, ValueError) as exc:
            self._say(self.tr("The signed report received cannot be shown: %1").replace("%1", str(exc)), "error")
            return
        self._built(SignedReport(pdf, self.received.signer, ""))
        self._say_received()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._say(self.tr("Cancelling…"), "info")

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 steps").replace("%1", str(done)).replace("%2", str(total)))

    def _built(self, report: SignedReport) -> None:
        self.job = None
        self.report = report
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(report.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._set_building(False)
        self.go_to_page(0)
        if report.signed_by:
            self._say(
                self.tr("Digitally signed by %1. Check the pages, then save.").replace("%1", report.signed_by), "ok"
            )
        elif report.unsigned_reason:
            self._say(
                self.tr(
                    "Not digitally signed: %1. You can still save it, or enter the passphrase and build again."
                ).replace("%1", report.unsigned_reason),
                "warn",
            )
        else:
            self._say(
                self.tr(
                    "Draft report ready (%n page(s)). It is not digitally signed until the inspection is signed.",
                    "",
                    self.document.pageCount(),
                ),
                "warn",
            )
        self.reportReady.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_building(False)
        if isinstance(exc, ExportCancelled):
            self._say(self.tr("Cancelled. Nothing was saved."), "warn")
            self.buildFailed.emit("cancelled")
            return
        text = str(exc) if isinstance(exc, PublishError) else f"{type(exc).__name__}: {exc}"
        self._say(self.tr("The report could not be built: %1").replace("%1", text), "error")
        self.buildFailed.emit(text)

    def _set_building(self, building: bool) -> None:
        self.progress.setVisible(building)
        self.cancel_button.setVisible(building)
        self.options_box.setEnabled(not building)
        ready = self.report is not None and not building
        self.save_button.setEnabled(ready)
        for widget in (
            self.prev_button,
            self.next_button,
            self.zoom_in,
            self.zoom_out,
            self.fit_button,
            self.page_button,
        ):
            widget.setEnabled(ready)
        self._update_pages()

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)

    # --- preview ----------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_pages()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _update_pages(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else -1
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
            if count
            else self.tr("No preview yet")
        )
        self.prev_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    # --- saving -----------------------------------------------------------------------------
    def ask_save(self) -> None:
        folder = self.store.get_setting(LAST_FOLDER_KEY, "") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path(folder) / suggested_name(self.snapshot)),
            self.tr("PDF reports (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the previewed bytes atomically to `path` and record the export."""
        if self.report is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomic(path, self.report.pdf)
        except PublishError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", str(exc)), "error")
            return False
        try:
            self.store.record_export(self.inspection_id, "pdf", str(path))
            self.store.set_setting(LAST_FOLDER_KEY, str(path.parent))
        except Exception as exc:  # noqa: BLE001 - the file is written; say the record failed
            errors.show_error(self, exc, context=self.tr("The report was saved, but the export was not recorded."))
        self._say(self.tr("Saved %1").replace("%1", str(path)), "ok")
        self.saved.emit(str(path))
        return True

    def reject(self) -> None:
        self.cancel()
        super().reject()
