"""Pieces the sync dialogs share: a folder row, a progress row, a coloured message, store jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from inspector.store import Store

CONTEXT = "SyncDialogs"


# The house style sheet gives the primary button no disabled look; a greyed one must not invite a click.
DIALOG_STYLE = "QPushButton#primaryButton:disabled { background: #a9bfe3; border-color: #a9bfe3; color: #eef2f8; }"


def store_job(database: Path, actor: str, work: Callable[..., Any]) -> Callable[..., Any]:
    """A worker function with its own Store: SQLite connections belong to one thread."""

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        with Store(database, actor=actor) as store:
            return work(store, progress, cancelled)

    return run


def remember(store: Any, key: str, value: str) -> None:
    """Keep a folder choice for next time; a failure to do so never blocks the work."""
    try:
        store.set_setting(key, value)
    except Exception:  # noqa: BLE001 - a convenience only
        pass


def open_folder(folder: Path) -> bool:
    """Show `folder` in the file manager, creating it first so there is something to open."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class FolderRow(QWidget):
    """A folder path with "Choose…" (and optionally "Open") buttons."""

    changed = Signal(str)

    def __init__(self, folder: Path, title: str, parent: QWidget | None = None, *, with_open: bool = False):
        super().__init__(parent)
        self.title = title
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.edit = QLineEdit(str(folder), self)
        self.edit.textChanged.connect(self.changed)
        self.choose_button = QPushButton(QCoreApplication.translate("SyncDialogs", "Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.open_button: QPushButton | None = None
        if with_open:
            self.open_button = QPushButton(QCoreApplication.translate("SyncDialogs", "Open folder"), self)
            self.open_button.setToolTip(
                QCoreApplication.translate("SyncDialogs", "Show this folder in the file manager")
            )
            self.open_button.clicked.connect(lambda: open_folder(self.path()))
            row.addWidget(self.open_button)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()

    def set_path(self, folder: Path) -> None:
        self.edit.setText(str(folder))

    def choose(self) -> None:
        start = self.path() if self.path().is_dir() else Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.title, str(start))
        if chosen:
            self.set_path(Path(chosen))


class ProgressRow(QWidget):
    """A progress bar with a Cancel button, shown only while a job runs."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("SyncDialogs", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def report(self, done: int, total: int, unit: str) -> None:
        """`unit` is a translated "%1 of %2 …" pattern."""
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.bar.setFormat(unit.replace("%1", str(done)).replace("%2", str(total)))

    def stop(self) -> None:
        self.setVisible(False)
