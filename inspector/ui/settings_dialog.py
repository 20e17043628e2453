"""Settings: the UI language (applied live) and the inspector's name (the audit log's actor)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from inspector.store import Store, StoreError, default_actor
from inspector.ui import errors
from inspector.ui.dialog_layout import accept_cancel_buttons, form_dialog_layout
from inspector.ui.new_inspection import INSPECTOR_NAME_KEY
from inspector.ui.qt_setup import DEFAULT_LANGUAGE, LANGUAGES

LANGUAGE_KEY = "ui.language"
# Each language is named in itself, so a user who picked the wrong one can still find theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


def stored_language(store: Store) -> str:
    language = store.get_setting(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def apply_actor(store: Store) -> None:
    """Audit entries name the inspector set here, rather than the computer's login."""
    name = (store.get_setting(INSPECTOR_NAME_KEY, "") or "").strip()
    store.actor = name or default_actor()


class SettingsDialog(QDialog):
    """Saves to the store's settings when accepted; the main window then re-applies the language."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        layout, form = form_dialog_layout(self, 480)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language(store))))
        form.addRow(self.tr("Language"), self.language)
        language_hint = QLabel(self.tr("Applied at once; open dialogs keep their language until closed."), self)
        language_hint.setObjectName("hint")
        language_hint.setWordWrap(True)
        form.addRow("", language_hint)

        self.name = QLineEdit(self)
        self.name.setObjectName("inspectorName")
        self.name.setPlaceholderText(self.tr("e.g. 张伟"))
        self.name.setText(store.get_setting(INSPECTOR_NAME_KEY, "") or "")
        form.addRow(self.tr("Your name"), self.name)
        name_hint = QLabel(
            self.tr(
                "Recorded as the author of every change in the audit log, "
                "and proposed as inspector for new inspections."
            ),
            self,
        )
        name_hint.setObjectName("hint")
        name_hint.setWordWrap(True)
        form.addRow("", name_hint)
        layout.addLayout(form)

        buttons, _save = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        try:
            self.store.set_setting(LANGUAGE_KEY, self.chosen_language())
            self.store.set_setting(INSPECTOR_NAME_KEY, self.name.text().strip())
        except StoreError as exc:
            errors.show_error(self, exc)
            return
        apply_actor(self.store)
        super().accept()
