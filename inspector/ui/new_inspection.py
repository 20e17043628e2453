"""The new-inspection dialog: branch, type, inspectors, template version. The start time is now."""

from __future__ import annotations

import re

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from inspector.model import INSPECTION_TYPES, Inspection
from inspector.store import Store, StoreError
from inspector.ui import errors
from inspector.ui.dialog_layout import accept_cancel_buttons, form_dialog_layout
from inspector.ui.inspections_view import type_label

INSPECTOR_NAME_KEY = "inspector.name"
_SEPARATORS = re.compile(r"[,，、;；]+")


def split_names(text: str) -> list[str]:
    """Split "张伟、赵敏" or "Zhang Wei, Zhao Min" into a list of names."""
    return [name.strip() for name in _SEPARATORS.split(text) if name.strip()]


class NewInspectionDialog(QDialog):
    """Creates the inspection when accepted (`created` holds it); the store records the start time."""

    def __init__(self, store: Store, branch_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.created: Inspection | None = None
        self.setWindowTitle(self.tr("New inspection"))
        layout, form = form_dialog_layout(self, 500)

        self.branch = QComboBox(self)
        self.branch.setObjectName("branch")
        for branch in store.list_branches():
            self.branch.addItem(f"{branch.code}  {branch.name}", branch.id)
        if branch_id:
            self.branch.setCurrentIndex(max(0, self.branch.findData(branch_id)))
        form.addRow(self.tr("Branch"), self.branch)

        self.type = QComboBox(self)
        self.type.setObjectName("type")
        for code in INSPECTION_TYPES:
            self.type.addItem(type_label(code), code)
        form.addRow(self.tr("Type"), self.type)

        self.inspectors = QLineEdit(self)
        self.inspectors.setObjectName("inspectors")
        self.inspectors.setPlaceholderText(self.tr("Names separated by commas, e.g. 张伟、赵敏"))
        self.inspectors.setText(store.get_setting(INSPECTOR_NAME_KEY, "") or "")
        self.inspectors.textChanged.connect(self._validate)
        form.addRow(self.tr("Inspectors"), self.inspectors)

        self.template = QComboBox(self)
        self.template.setObjectName("template")
        for template_id, version, title in store.template_versions():
            self.template.addItem(
                self.tr("{title} (version {version})").format(title=title, version=version), (template_id, version)
            )
        form.addRow(self.tr("Checklist"), self.template)

        started = QLabel(QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm"), self)
        started.setToolTip(self.tr("The start time is recorded when you press Start."))
        form.addRow(self.tr("Start time"), started)
        layout.addLayout(form)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons, self.start_button = accept_cancel_buttons(self, self.tr("Start"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self._validate()
        # Focus where typing starts: the names if none are remembered yet.
        (self.branch if self.inspectors.text() else self.inspectors).setFocus()

    def _problem(self) -> str:
        if self.branch.count() == 0:
            return self.tr("Add a branch first: there is nothing to inspect yet.")
        if self.template.count() == 0:
            return self.tr("No checklist is installed. Reinstall Inspector or load a template.")
        if not split_names(self.inspectors.text()):
            return self.tr("Enter at least one inspector's name.")
        return ""

    def _validate(self, *_: object) -> None:
        problem = self._problem()
        self.hint.setText(problem or self.tr("Every answer is saved at once; you can close the app at any time."))
        self.start_button.setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            return
        template_id, version = self.template.currentData()
        try:
            self.created = self.store.create_inspection(
                self.branch.currentData(),
                self.type.currentData(),
                split_names(self.inspectors.text()),
                template_id,
                version,
            )
        except StoreError as exc:
            errors.show_error(self, exc)
            return
        super().accept()
