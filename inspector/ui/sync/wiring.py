"""Puts sync into the main window: File → write bundles, import bundles, export data, export history.

main_window.built_in_extensions() runs install(window) after every (re)build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from inspector.photos.derived import make_missing_copies
from inspector.ui import errors
from inspector.ui.sync.bundle_dialog import BundleDialog
from inspector.ui.sync.common import store_job
from inspector.ui.sync.data_export_dialog import DataExportDialog
from inspector.ui.sync.exports_panel import ExportsDialog, last_bundle_text
from inspector.ui.sync.import_dialog import BundleImportDialog
from inspector.ui.workers import Job, start_job

# One preview job at a time for the whole app (the window is rebuilt on a language switch).
_previews: list[Job] = []


class SyncController(QObject):
    """Owns the sync actions of one build of the window and the dialogs they open."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("syncController")
        self.window = window
        self.dialogs: list[QDialog] = []
        self.bundle_action = self.window.add_action(
            self.tr("Write sync &bundles…"), self.show_bundle, name="actWriteBundles"
        )
        self.import_action = self.window.add_action(
            self.tr("&Import bundles…"), self.show_import, name="actImportBundles"
        )
        self.data_action = self.window.add_action(
            self.tr("Export data for &analysts…"), self.show_data_export, name="actExportData"
        )
        self.history_action = self.window.add_action(
            self.tr("Export &history of the selected inspection…"), self.show_history, name="actExportHistory"
        )
        file_menu = window.menus["file"]
        for action in (self.bundle_action, self.import_action, self.data_action, self.history_action):
            file_menu.insertAction(window.settings_action, action)
        file_menu.insertSeparator(window.settings_action)
        window.inspections.table.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        window.inspections.countChanged.connect(lambda _n: self.update_actions())
        self.update_actions()

    def current_id(self) -> str | None:
        return self.window.workspace_inspection_id() or self.window.inspections.current_id()

    def update_actions(self) -> None:
        inspection_id = self.current_id()
        self.history_action.setEnabled(inspection_id is not None)
        tip = ""
        if inspection_id:
            try:
                tip = last_bundle_text(self.window.store, inspection_id) or self.tr("No sync bundle written yet")
            except Exception:  # noqa: BLE001 - deleted meanwhile: nothing to describe
                tip = ""
        self.history_action.setStatusTip(tip)

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        completed = getattr(dialog, "completed", None)
        if completed is not None:
            completed.connect(lambda _s: self._changed())
        dialog.open()
        return dialog

    def _changed(self) -> None:
        try:
            self.window.refresh()
        except RuntimeError:  # the window was rebuilt meanwhile
            pass

    def _open(self, make: Callable[[], QDialog]) -> QDialog | None:
        try:
            return self._keep(make())
        except Exception as exc:  # noqa: BLE001 - a broken store or folder is shown, not raised
            errors.show_error(self.window, exc)
            return None

    def show_bundle(self) -> BundleDialog | None:
        return self._open(lambda: BundleDialog(self.window.store, self.window.data_dir, self.window))

    def show_import(self) -> BundleImportDialog | None:
        dialog = self._open(lambda: BundleImportDialog(self.window.store, self.window.data_dir, self.window))
        if dialog is not None:
            dialog.completed.connect(self.make_previews)
        return dialog

    def make_previews(self, summary: Any = None) -> Job | None:
        """After an import, make the new photos' display copies and thumbnails in the background
        (an import stores only the originals); viewers make any still missing when shown."""
        if summary is not None and not getattr(summary, "imported", None):
            return None
        if _previews:
            return None
        photos = Path(self.window.data_dir.photos)
        job = Job(store_job(self.window.store.path, self.window.store.actor,
                            lambda store, progress, cancelled: make_missing_copies(store, photos, progress, cancelled)))
        _previews.append(job)
        job.signals.progress.connect(self._preview_progress)
        job.signals.finished.connect(self._previews_done)
        job.signals.failed.connect(self._previews_done)
        job.signals.finished.connect(lambda _r: _previews.remove(job))
        job.signals.failed.connect(lambda _e: _previews.remove(job))
        return start_job(job)

    def _preview_progress(self, done: int, total: int) -> None:
        if total:
            self.window.statusBar().showMessage(
                self.tr("Making photo previews of the imported inspections: %1 of %2").replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _previews_done(self, result: Any) -> None:
        problems = result if isinstance(result, list) else []
        if isinstance(result, BaseException):
            text = self.tr("Photo previews could not be made (%1); they are made when a photo is shown.").replace(
                "%1", str(result))
        elif problems:
            text = self.tr("%n photo(s) could not be decoded for a preview; their originals are kept.", "",
                           len(problems))
        else:
            text = self.tr("Photo previews are ready.")
        self.window.statusBar().showMessage(text, 8000)

    def show_data_export(self) -> DataExportDialog | None:
        return self._open(lambda: DataExportDialog(self.window.store, self.window))

    def show_history(self) -> ExportsDialog | None:
        inspection_id = self.current_id()
        if not inspection_id:
            return None
        return self._open(lambda: ExportsDialog(self.window.store, inspection_id, self.window))


def install(window: Any) -> SyncController:
    """Add sync to a freshly (re)built main window."""
    old = getattr(window, "sync", None)
    if old is not None:
        old.deleteLater()
    window.sync = SyncController(window)
    return window.sync
