"""Branches: the list on the left of the main window and the add / edit dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.model import Branch
from inspector.store import Store, StoreError
from inspector.ui import errors
from inspector.ui.dialog_layout import accept_cancel_buttons, form_dialog_layout

FIELDS = ("name", "code", "address", "head", "region")


class BranchDialog(QDialog):
    """Add a branch (branch=None) or edit one. Saves through the store when accepted."""

    def __init__(self, store: Store, branch: Branch | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.branch = branch
        self.saved: Branch | None = None
        self.setWindowTitle(self.tr("Add branch") if branch is None else self.tr("Edit branch"))
        layout, form = form_dialog_layout(self, 460)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name"),
            "code": self.tr("Code"),
            "address": self.tr("Address"),
            "head": self.tr("Head of branch"),
            "region": self.tr("Region"),
        }
        placeholders = {
            "name": self.tr("e.g. 城东支行"),
            "code": self.tr("e.g. 0101"),
            "address": self.tr("Street and number"),
            "head": self.tr("Who signs for the branch"),
            "region": self.tr("e.g. 城区"),
        }
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholders[name])
            if branch is not None:
                edit.setText(getattr(branch, name))
            edit.textChanged.connect(self._validate)
            self.edits[name] = edit
            form.addRow(labels[name] + (" *" if name in ("name", "code") else ""), edit)
        layout.addLayout(form)
        self.hint = QLabel(self.tr("* required. The code must be unique, e.g. the bank's branch number."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self._validate()
        self.edits["name"].setFocus()

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def _validate(self, *_: object) -> None:
        values = self.values()
        self.save_button.setEnabled(bool(values["name"] and values["code"]))

    def accept(self) -> None:
        values = self.values()
        if not (values["name"] and values["code"]):
            return
        try:
            if self.branch is None:
                self.saved = self.store.add_branch(
                    values["code"], values["name"], values["address"], values["head"], values["region"]
                )
            else:
                self.saved = self.store.update_branch(self.branch.id, **values)
        except StoreError as exc:
            errors.show_error(self, exc)
            return
        super().accept()


class BranchesPanel(QWidget):
    """The "All branches" line plus one line per branch; selecting one filters the inspections list."""

    branchSelected = Signal(object)  # branch id or None for all
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(self.tr("Branches"), self)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("branchList")
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_branch())
        layout.addWidget(self.list, 1)
        self.empty_hint = QLabel(self.tr("No branches yet. Add the branches you inspect, or load demo data."), self)
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addBranch")
        self.add_button.clicked.connect(self.add_branch)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editBranch")
        self.edit_button.clicked.connect(self.edit_branch)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload from the store; keep (or move to) the selected branch."""
        keep = select if select is not None else self.current_branch_id()
        self.list.blockSignals(True)
        self.list.clear()
        everything = QListWidgetItem(self.tr("All branches"))
        everything.setData(Qt.ItemDataRole.UserRole, None)
        self.list.addItem(everything)
        current_row = 0
        branches = self.store.list_branches()
        for branch in branches:
            item = QListWidgetItem(f"{branch.code}  {branch.name}")
            item.setData(Qt.ItemDataRole.UserRole, branch.id)
            item.setToolTip("\n".join(x for x in (branch.address, branch.head, branch.region) if x))
            self.list.addItem(item)
            if branch.id == keep:
                current_row = self.list.count() - 1
        self.list.setCurrentRow(current_row)
        self.list.blockSignals(False)
        self.empty_hint.setVisible(not branches)
        self.edit_button.setEnabled(current_row > 0)

    def current_branch_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self, *_: object) -> None:
        self.edit_button.setEnabled(self.current_branch_id() is not None)
        self.branchSelected.emit(self.current_branch_id())

    def add_branch(self) -> Branch | None:
        dialog = BranchDialog(self.store, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.refresh(select=dialog.saved.id)
        self.changed.emit()
        self.branchSelected.emit(dialog.saved.id)
        return dialog.saved

    def edit_branch(self) -> Branch | None:
        branch_id = self.current_branch_id()
        if branch_id is None:
            return None
        dialog = BranchDialog(self.store, self.store.get_branch(branch_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.refresh(select=branch_id)
        self.changed.emit()
        return dialog.saved
