"""Puts sign-off into the main window: menu and toolbar actions, and the finish → sign → export flow.

register_extension(install)   # main_window runs install(window) after every (re)build
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from inspector.ui import errors, shortcuts
from inspector.ui.signoff.export_dialog import ExportDialog
from inspector.ui.signoff.keys_dialog import KeysDialog
from inspector.ui.signoff.sign_dialog import SignDialog
from inspector.ui.signoff.verify_dialog import VerifyDialog

TRUST_DIR_KEY = "ui.trust_dir"
shortcuts.register(
    "export_report",
    "Ctrl+E",
    QT_TRANSLATE_NOOP("Shortcuts", "Export the inspection's report"),
    QT_TRANSLATE_NOOP("Shortcuts", "General"),
)


def _ask_review(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


# Tests replace this to answer without a blocking box.
ask_review: Callable[[QWidget, str, str, str, str], bool] = _ask_review


class SignoffController(QObject):
    """Owns the sign-off actions of one build of the window and keeps them enabled sensibly."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("signoffController")
        self.window = window
        self.store = window.store
        self.keys_dir = window.data_dir.keys
        self.dialogs: list[QWidget] = []  # open dialogs, kept alive while they are shown
        self.review_action = self.window.add_action(
            self.tr("&Review and sign…"), self.review_current, name="actReviewSign"
        )
        self.export_action = self.window.add_action(
            self.tr("&Export report…"), self.export_current, name="actExportReport"
        )
        shortcuts.apply(self.export_action, "export_report")
        self.correction_action = self.window.add_action(
            self.tr("Start &correction"), self.correct_current, name="actCorrection"
        )
        self.keys_action = self.window.add_action(self.tr("Signing &keys…"), self.show_keys, name="actSigningKeys")
        self.verify_action = self.window.add_action(
            self.tr("&Verify a report…"), self.show_verify, name="actVerifyReport"
        )
        self.inspection_actions = [self.review_action, self.export_action, self.correction_action]

        file_menu = window.menus["file"]
        file_menu.insertAction(window.settings_action, self.keys_action)
        file_menu.insertAction(window.settings_action, self.verify_action)
        file_menu.insertSeparator(window.settings_action)
        window.menus["inspection"].aboutToShow.connect(self._fill_inspection_menu)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.insertAction(window.demo_action, self.review_action)
            toolbar.insertAction(window.demo_action, self.export_action)
            toolbar.insertSeparator(window.demo_action)
        window.stack.currentChanged.connect(self._stack_changed)
        window.inspections.table.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        window.inspections.countChanged.connect(lambda _n: self.update_actions())
        self._stack_changed()

    # --- state --------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        """The open inspection, else the one selected in the list."""
        return self.window.workspace_inspection_id() or self.window.inspections.current_id()

    def _status(self, inspection_id: str | None) -> str | None:
        if not inspection_id:
            return None
        try:
            return self.store.get_inspection(inspection_id).status
        except Exception:  # noqa: BLE001 - deleted meanwhile: nothing to act on
            return None

    def update_actions(self) -> None:
        status = self._status(self.current_id())
        self.review_action.setEnabled(status in ("finished", "signed"))
        self.review_action.setStatusTip(
            self.tr("Finish the inspection first, then review it with the branch head and sign.")
            if status == "draft"
            else self.tr("Review the failures with the branch head, agree rectifications, sign.")
        )
        self.review_action.setToolTip(self.review_action.statusTip())
        self.export_action.setEnabled(status is not None)
        self.correction_action.setEnabled(status == "signed")
        self.correction_action.setStatusTip(self.tr("A new draft linked to this signed inspection"))

    def _stack_changed(self, *_: object) -> None:
        # main_window rebuilds the Inspection menu after switching pages; look once it has.
        QTimer.singleShot(0, self._after_switch)
        workspace = self.window.workspace
        finished = getattr(workspace, "finished", None)
        if workspace is not None and finished is not None and not workspace.property("signoffHooked"):
            workspace.setProperty("signoffHooked", True)
            finished.connect(self.offer_review)

    def _after_switch(self) -> None:
        try:
            self.window.menus["inspection"].menuAction().setVisible(True)
        except RuntimeError:  # the window was rebuilt meanwhile
            return
        self.update_actions()

    def _fill_inspection_menu(self) -> None:
        menu = self.window.menus["inspection"]
        if self.review_action not in menu.actions():
            if menu.actions():
                menu.addSeparator()
            menu.addActions(self.inspection_actions)
        self.update_actions()

    # --- flow ---------------------------------------------------------------------------------
    def offer_review(self, inspection_id: str) -> SignDialog | None:
        """Right after Finish: the natural next step is the review and signatures."""
        self.update_actions()
        if ask_review(
            self.window,
            self.tr("Inspection finished"),
            self.tr(
                "Next, read the findings with the branch head, agree who fixes each failure and by "
                "when, and sign together."
            ),
            self.tr("Review and sign now"),
            self.tr("Later"),
        ):
            return self.open_sign(inspection_id)
        return None

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)

    def review_current(self) -> SignDialog | None:
        inspection_id = self.current_id()
        if not inspection_id:
            return None
        if self._status(inspection_id) == "draft":
            errors.show_message(
                self.window,
                self.tr("Review and sign"),
                self.tr("This inspection is still a draft. Finish it first (Ctrl+F in the checklist)."),
            )
            return None
        return self.open_sign(inspection_id)

    def open_sign(self, inspection_id: str) -> SignDialog | None:
        try:
            dialog = SignDialog(self.store, inspection_id, self.window)
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self.window, exc)
            return None
        dialog.locked.connect(self._locked)
        dialog.exportRequested.connect(self._export_from_sign)
        dialog.correctionCreated.connect(self._open_correction)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _locked(self, inspection_id: str) -> None:
        self.window.refresh()
        if self.window.workspace_inspection_id() == inspection_id:
            self.window.open_inspection(inspection_id)  # shown again, read-only with its banner
        self.window.statusBar().showMessage(self.tr("Signed and locked. Export the report next (Ctrl+E)."), 10000)
        self.update_actions()

    def _export_from_sign(self, inspection_id: str) -> None:
        sender = self.sender()
        if isinstance(sender, SignDialog):
            sender.accept()
        self.open_export(inspection_id)

    def _open_correction(self, correction_id: str) -> None:
        self.window.refresh()
        self.window.open_inspection(correction_id)
        self.window.statusBar().showMessage(
            self.tr("Correction started: a new draft linked to the signed inspection."), 10000
        )

    def correct_current(self) -> str | None:
        inspection_id = self.current_id()
        if self._status(inspection_id) != "signed":
            return None
        try:
            correction = self.store.create_correction(inspection_id)
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self.window, exc, context=self.tr("The correction could not be started."))
            return None
        self._open_correction(correction.id)
        return correction.id

    def export_current(self) -> ExportDialog | None:
        inspection_id = self.current_id()
        return self.open_export(inspection_id) if inspection_id else None

    def open_export(self, inspection_id: str) -> ExportDialog | None:
        flush = getattr(self.window.workspace, "flush", None)
        if callable(flush):
            flush()  # a note still being typed belongs in the report
        try:
            dialog = ExportDialog(self.store, self.keys_dir, inspection_id, self.window)
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self.window, exc)
            return None
        self._keep(dialog)
        dialog.open()
        return dialog

    def show_keys(self) -> KeysDialog:
        from inspector.ui.new_inspection import INSPECTOR_NAME_KEY

        dialog = KeysDialog(self.keys_dir, self.store.get_setting(INSPECTOR_NAME_KEY, "") or "", self.window)
        self._keep(dialog)
        dialog.open()
        return dialog

    def show_verify(self) -> VerifyDialog:
        from pathlib import Path

        trust = self.store.get_setting(TRUST_DIR_KEY, "") or ""
        dialog = VerifyDialog(Path(trust) if trust else None, self.window)
        dialog.finished.connect(lambda _r: self._remember_trust(dialog.trust_path.text().strip()))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _remember_trust(self, folder: str) -> None:
        try:
            self.store.set_setting(TRUST_DIR_KEY, folder)
        except Exception:  # noqa: BLE001 - a convenience only
            pass


def install(window: Any) -> SignoffController:
    """Add sign-off to a freshly (re)built main window."""
    old = getattr(window, "signoff", None)
    if old is not None:
        old.deleteLater()
    window.signoff = SignoffController(window)
    return window.signoff
