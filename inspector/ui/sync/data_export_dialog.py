"""Export inspections and findings for analysts: one Excel workbook, or two CSV files in a folder.

dialog = DataExportDialog(store, parent)
dialog.set_target("xlsx", path); dialog.start()      # a Job; `completed` carries the outcome
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspector.headoffice.analytics_export import write_csv, write_xlsx
from inspector.ui.dialog_layout import say
from inspector.ui.sync.common import DIALOG_STYLE, ProgressRow, open_folder, remember, store_job
from inspector.ui.workers import Job, start_job

PATH_KEY = "ui.analytics_export_folder"


class DataExportDialog(QDialog):
    """Format, target path, then the export on a worker thread."""

    completed = Signal(object)  # ("xlsx", (inspections, findings)) or ("csv", (path, path)); None on failure

    def __init__(self, store: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dataExportDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(self.tr("Export data for analysts"))
        self.store = store
        self.job: Job | None = None
        self.result: Any = None
        self.folder = Path(self.store.get_setting(PATH_KEY, "") or Path.home())

        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx): sheets 'inspections' and 'findings'"), self)
        self.csv = QRadioButton(self.tr("CSV files (UTF-8): inspections.csv and findings.csv in a folder"), self)
        self.xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.csv)
        self.xlsx.toggled.connect(self._format_changed)
        self.target = QLineEdit(self)
        self.target.setObjectName("exportTarget")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.target_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.xlsx)
        form.addRow("", self.csv)
        form.addRow(self.target_label, target_row)

        self.progress = ProgressRow(self)
        self.progress.cancel_button.setVisible(False)  # a single quick write: nothing to cancel half-way
        self.message = QLabel(self)
        self.message.setObjectName("dataExportMessage")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("primaryButton")
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.clicked.connect(lambda: open_folder(self._folder_of_target()))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.inputs = [self.xlsx, self.csv, self.target, browse, self.export_button, close]
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(680, 300)
        self._format_changed()
        say(
            self.message,
            self.tr("Every inspection and finding in this database, one row each, for Excel or statistics software."),
            "info",
        )

    def fmt(self) -> str:
        return "xlsx" if self.xlsx.isChecked() else "csv"

    def set_target(self, fmt: str, path: Path) -> None:
        (self.xlsx if fmt == "xlsx" else self.csv).setChecked(True)
        self.target.setText(str(path))

    def _format_changed(self, *_: object) -> None:
        if self.fmt() == "xlsx":
            self.target_label.setText(self.tr("Workbook"))
            self.target.setText(str(self.folder / "inspections.xlsx"))
        else:
            self.target_label.setText(self.tr("Folder"))
            self.target.setText(str(self.folder / "inspector-data"))

    def _folder_of_target(self) -> Path:
        path = Path(self.target.text().strip()).expanduser()
        return path if self.fmt() == "csv" else path.parent

    def choose(self) -> None:
        if self.fmt() == "xlsx":
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the workbook"), self.target.text(), self.tr("Excel workbooks (*.xlsx)")
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), str(self.folder))
        if chosen:
            self.target.setText(chosen)

    def start(self) -> Job | None:
        """Write the file(s) on a worker thread; the paths are checked here first."""
        if self.job is not None:
            return None
        fmt = self.fmt()
        out = Path(self.target.text().strip()).expanduser().absolute()
        if not self.target.text().strip():
            say(self.message, self.tr("Choose where to save the export first."), "error")
            return None
        if fmt == "xlsx":
            if out.is_dir():
                say(
                    self.message,
                    self.tr("%1 is a folder; give a file name such as %2.")
                    .replace("%1", str(out))
                    .replace("%2", str(out / "inspections.xlsx")),
                    "error",
                )
                return None
            if out.suffix.lower() != ".xlsx":
                out = out.with_name(out.name + ".xlsx")
        elif out.exists() and not out.is_dir():
            say(
                self.message,
                self.tr("%1 is a file; for CSV choose a folder (two files are written into it).").replace(
                    "%1", str(out)
                ),
                "error",
            )
            return None
        remember(self.store, PATH_KEY, str(out.parent if fmt == "xlsx" else out))
        self.target.setText(str(out))  # shows the .xlsx that is added

        def work(store: Any, _progress: Any, _cancelled: Any) -> tuple[str, Any, Path]:
            if fmt == "xlsx":
                return fmt, write_xlsx(store, out), out
            return fmt, write_csv(store, out), out

        self.job = Job(store_job(self.store.path, self.store.actor, work))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.progress.start()
        for widget in self.inputs:
            widget.setEnabled(False)
        say(self.message, self.tr("Exporting…"), "info")
        return start_job(self.job)

    def _done(self) -> None:
        self.job = None
        self.progress.stop()
        for widget in self.inputs:
            widget.setEnabled(True)

    def _finished(self, outcome: tuple[str, Any, Path]) -> None:
        self._done()
        fmt, value, out = outcome
        self.result = outcome
        if fmt == "xlsx":
            inspections, findings = value
            say(
                self.message,
                self.tr("Saved %1: %2 inspections and %3 findings.")
                .replace("%1", str(out))
                .replace("%2", str(inspections))
                .replace("%3", str(findings)),
                "ok",
            )
        else:
            say(
                self.message,
                self.tr("Saved %1 and %2.").replace("%1", str(value[0])).replace("%2", str(value[1])),
                "ok",
            )
        self.completed.emit((fmt, value))

    def _failed(self, exc: BaseException) -> None:
        self._done()
        where = getattr(exc, "filename", None) or self.target.text()
        reason = getattr(exc, "strerror", None) or str(exc)
        say(
            self.message,
            self.tr("Nothing was saved: cannot write %1 (%2). Choose another place.")
            .replace("%1", str(where))
            .replace("%2", str(reason)),
            "error",
        )
        self.completed.emit(None)
