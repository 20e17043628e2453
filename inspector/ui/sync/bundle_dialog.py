"""Write sync bundles: every signed inspection not yet bundled, signed and zipped in the background.

dialog = BundleDialog(store, data_dir, parent)
dialog.write()          # a Job; `completed` carries the BundleSummary
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.paths import DataDir
from inspector.signing.pades import list_identities
from inspector.sync import BundleSummary, SyncError, bundle_all_unsynced, bundle_signer, unsynced_ids
from inspector.ui.dialog_layout import say
from inspector.ui.sync.common import DIALOG_STYLE, FolderRow, ProgressRow, open_folder, remember, store_job
from inspector.ui.workers import Job, start_job

OUTBOX_KEY = "ui.outbox_folder"


def _is_demo_key(identity: Any) -> bool:
    from inspector.demo import DEMO_ORGANISATION

    return identity.organisation == DEMO_ORGANISATION


class BundleDialog(QDialog):
    """Outbox folder, key and passphrase, the unsynced inspections, then "Write bundles"."""

    completed = Signal(object)  # the BundleSummary, after the dialog has shown it

    def __init__(self, store: Any, data_dir: DataDir, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(self.tr("Write sync bundles"))
        self.store = store
        self.data_dir = data_dir
        self.job: Job | None = None
        self.summary: BundleSummary | None = None
        self.identities = list_identities(data_dir.keys)

        outbox = self.store.get_setting(OUTBOX_KEY, "") or str(data_dir.outbox)
        self.outbox = FolderRow(Path(outbox), self.tr("Folder for the bundles"), self, with_open=True)
        self.key = QComboBox(self)
        self.key.setObjectName("bundleKey")
        for ident in self.identities:
            self.key.addItem(f"{ident.name} · {ident.fingerprint[:8].upper()}", ident.fingerprint)
        self.key.currentIndexChanged.connect(self._key_changed)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("bundlePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("Outbox folder"), self.outbox)
        form.addRow(self.tr("Sign reports with"), self.key)
        form.addRow(self.tr("Key passphrase"), self.passphrase)
        form.addRow(self.tr("Report language"), self.language)

        self.list_title = QLabel(self)
        self.list_title.setObjectName("sectionTitle")
        self.pending = QListWidget(self)
        self.pending.setObjectName("unsyncedList")
        self.pending.setAlternatingRowColors(True)
        self.pending_empty = QLabel(self.tr("None: every signed inspection already has a bundle."), self)
        self.pending_empty.setObjectName("emptyBody")
        self.pending_empty.setVisible(False)
        self.progress = ProgressRow(self)
        self.progress.cancelRequested.connect(self.cancel)
        self.message = QLabel(self)
        self.message.setObjectName("bundleMessage")
        self.message.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("bundleResults")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVisible(False)

        self.write_button = QPushButton(self.tr("Write bundles"), self)
        self.write_button.setObjectName("primaryButton")
        self.write_button.clicked.connect(self.write)
        self.open_button = QPushButton(self.tr("Open outbox"), self)
        self.open_button.clicked.connect(lambda: open_folder(self.outbox.path()))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.write_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.list_title)
        layout.addWidget(self.pending, 2)
        layout.addWidget(self.pending_empty)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self._key_changed()
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def _identity(self) -> Any:
        index = self.key.currentIndex()
        return self.identities[index] if 0 <= index < len(self.identities) else None

    def _key_changed(self, *_: object) -> None:
        identity = self._identity()
        demo = identity is not None and _is_demo_key(identity)
        self.passphrase.setPlaceholderText(
            self.tr("Not needed for the demo key") if demo else self.tr("The passphrase of this key")
        )

    def refresh(self) -> None:
        """List the signed inspections that have no bundle yet."""
        self.pending.clear()
        ids = unsynced_ids(self.store)
        for inspection_id in ids:
            inspection = self.store.get_inspection(inspection_id)
            branch = self.store.get_branch(inspection.branch_id)
            self.pending.addItem(
                f"{inspection.started_at[:10]}   {branch.code}  {branch.name}   ·   {inspection_id[:8]}"
            )
        self.list_title.setText(self.tr("Signed inspections without a bundle: %n", "", len(ids)))
        self.pending.setVisible(bool(ids))
        self.pending_empty.setVisible(not ids)
        can_write = bool(ids) and bool(self.identities) and self.job is None
        self.write_button.setEnabled(can_write)
        if self.summary is not None:
            return  # the outcome of the last run stays on screen
        if not self.identities:
            say(
                self.message,
                self.tr(
                    "There is no signing key in %1, so the reports cannot be signed. Create or "
                    "import one in File → Signing keys…."
                ).replace("%1", str(self.data_dir.keys)),
                "warn",
            )
        elif not ids:
            say(self.message, self.tr("Nothing to do: every signed inspection already has a bundle."), "ok")
        else:
            say(
                self.message,
                self.tr(
                    "Each inspection becomes one file: the signed PDF report, the data and the "
                    "original photos. Take the files to head office."
                ),
                "info",
            )

    # --- running ----------------------------------------------------------------------------
    def write(self) -> Job | None:
        """Sign and bundle every unsynced inspection on a worker thread."""
        if self.job is not None:
            return None
        identity = self._identity()
        out = self.outbox.path().absolute()
        try:
            signer = bundle_signer(
                self.data_dir.keys,
                self.passphrase.text() or None,
                identity.fingerprint if identity else None,
                self.language.currentData(),
            )
        except SyncError as exc:
            say(self.message, str(exc), "error")
            return None
        remember(self.store, OUTBOX_KEY, str(out))
        self.summary = None
        self.results.clear()
        self.results.setVisible(False)

        def work(store: Any, progress: Any, cancelled: Any) -> BundleSummary:
            return bundle_all_unsynced(store, out, signer, progress, cancelled)

        self.job = Job(store_job(self.store.path, self.store.actor, work))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self._set_running(True)
        say(self.message, self.tr("Signing the reports and writing the bundles…"), "info")
        return start_job(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress.cancel_button.setEnabled(False)
            say(self.message, self.tr("Cancelling after the current inspection…"), "info")

    def _progress(self, done: int, total: int) -> None:
        self.progress.report(done, total, self.tr("%1 of %2 inspections"))

    def _set_running(self, running: bool) -> None:
        self.progress.start() if running else self.progress.stop()
        for widget in (self.outbox, self.key, self.passphrase, self.language, self.write_button, self.close_button):
            widget.setEnabled(not running)

    def _finished(self, summary: BundleSummary) -> None:
        self.job = None
        self.summary = summary
        self._set_running(False)
        folder = self.outbox.path().absolute()
        for path in summary.written:
            self.results.addItem(self.tr("✓ Written  %1").replace("%1", Path(path).name))
        for inspection_id, reason in summary.failed:
            self.results.addItem(self.tr("✗ Failed  %1: %2").replace("%1", inspection_id[:8]).replace("%2", reason))
        self.results.setVisible(self.results.count() > 0)
        text = self.tr("%n bundle(s) written to %1.", "", len(summary.written)).replace("%1", str(folder))
        if summary.failed:
            text += " " + self.tr(
                "%n inspection(s) could not be bundled; see the reasons below.", "", len(summary.failed)
            )
        if summary.cancelled:
            text += " " + self.tr("Cancelled: the rest stay in the list for next time.")
        say(self.message, text, "error" if summary.failed else "warn" if summary.cancelled else "ok")
        self.refresh()
        self.completed.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_running(False)
        text = str(exc) if isinstance(exc, SyncError) else f"{type(exc).__name__}: {exc}"
        say(self.message, self.tr("The bundles could not be written: %1").replace("%1", text), "error")
        self.refresh()
        self.completed.emit(None)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return  # wait for the job to stop; the dialog closes itself only when idle
        super().reject()
