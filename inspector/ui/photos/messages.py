"""Translated text for photo import failures: one place maps PhotoError codes to sentences."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = "PhotoMessages"


def photo_error_text(code: str, path: str | Path) -> str:
    """One line for the import summary: the file name and what is wrong with it, translated."""
    name = Path(path).name or str(path)
    messages = {
        "empty": QCoreApplication.translate(
            "PhotoMessages", "%1: the file is empty (0 bytes). Copy the photo from the camera again."
        ),
        "not_image": QCoreApplication.translate(
            "PhotoMessages", "%1: this is not a picture Inspector can read. Choose a JPEG, PNG, WebP or HEIC photo."
        ),
        "truncated": QCoreApplication.translate(
            "PhotoMessages", "%1: the file is cut short (an interrupted copy). Copy the photo again."
        ),
        "too_large": QCoreApplication.translate(
            "PhotoMessages", "%1: the picture is too large to import safely. Is it really a photo?"
        ),
        "unreadable": QCoreApplication.translate(
            "PhotoMessages", "%1: the file could not be read or saved. Check that it exists and the disk has space."
        ),
        "unsupported": QCoreApplication.translate(
            "PhotoMessages", "%1: this picture format is not supported. Save it as JPEG and import it again."
        ),
    }
    text = messages.get(code, QCoreApplication.translate("PhotoMessages", "%1: the photo could not be imported."))
    return text.replace("%1", name)


def time_source_text(source: str) -> str:
    """Where a capture time came from, for the viewer and tooltips."""
    if source == "exif":
        return QCoreApplication.translate("PhotoMessages", "from the camera (EXIF)")
    return QCoreApplication.translate("PhotoMessages", "from the file's date (the camera recorded no time)")


FILE_TIME_MARK = "≈"  # shown before a capture time that is only the file's date


def format_time(iso: str | None, seconds: bool = True) -> str:
    """An ISO time as the supervisor reads it: 2024-05-06 09:30:00 (+08:00)."""
    if not iso:
        return QCoreApplication.translate("PhotoMessages", "unknown")
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    text = when.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    offset = when.strftime("%z")
    return f"{text} ({offset[:3]}:{offset[3:]})" if offset else text


def short_time(iso: str | None) -> str:
    """Hour and minute only, for the line under a thumbnail."""
    try:
        return datetime.fromisoformat(iso or "").strftime("%H:%M")
    except ValueError:
        return "--:--"


def confirm(parent: Any, title: str, text: str, yes: str) -> bool:
    """Ask before a destructive step; Yes is spelled out (e.g. "Remove photo"), No is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmBox")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(QCoreApplication.translate("PhotoMessages", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
