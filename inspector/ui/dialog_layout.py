"""The house layout of a dialog: margins, a right-aligned form, accept/cancel buttons, and the
coloured message banner (say)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout


def form_dialog_layout(dialog: QDialog, min_width: int) -> tuple[QVBoxLayout, QFormLayout]:
    """The dialog's outer layout and a form whose labels align right beside their fields."""
    dialog.setMinimumWidth(min_width)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 18, 20, 16)
    layout.setSpacing(12)
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(10)
    return layout, form


def accept_cancel_buttons(dialog: QDialog, accept_text: str, cancel_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Accept (the default button, so Enter accepts) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    accept = buttons.button(QDialogButtonBox.StandardButton.Ok)
    accept.setText(accept_text)
    accept.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


BANNER_COLOURS = {
    "ok": ("#e8f5e9", "#1b5e20"),
    "warn": ("#fff3e0", "#8a4b00"),
    "error": ("#fdecea", "#b3261e"),
    "info": ("#e3f2fd", "#0d47a1"),
}


def say(label: QLabel, text: str, kind: str) -> None:
    """Show `text` in `label` as an info / ok / warn / error banner."""
    background, colour = BANNER_COLOURS[kind]
    label.setText(text)
    label.setProperty("kind", kind)
    label.setVisible(bool(text))
    label.setStyleSheet(f"background: {background}; color: {colour}; padding: 8px; border-radius: 4px;")
