"""One way to tell the user that something went wrong: a translated message naming the file.

Domain errors carry an English message and a machine `code`; the headline and advice shown here
are translated by code, and the original English text goes into the box's details for support.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.store import StoreError

CONTEXT = "Errors"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def store_error_text(exc: StoreError) -> str:
    """A translated explanation of a StoreError: what happened, to which file, what to do next."""
    path = str(exc.path) if exc.path else ""
    messages = {
        "corrupt": QCoreApplication.translate(
            "Errors",
            "The database file\n{path}\nis damaged or is not an Inspector database.\n\n"
            "Restore it from a backup, or start Inspector with another data folder (--data-dir). "
            "The file was left exactly as it was.",
        ),
        "read_only": QCoreApplication.translate(
            "Errors",
            "The database file\n{path}\ncannot be written (it is read-only).\n\n"
            "Make the file and its folder writable, or copy them to a writable folder, then start again. "
            "The file was not changed.",
        ),
        "too_new": QCoreApplication.translate(
            "Errors",
            "The database file\n{path}\nwas written by a newer version of Inspector.\n\n"
            "Install the newer version to open it. The file was not changed.",
        ),
        "busy": QCoreApplication.translate(
            "Errors", "Another program is writing to\n{path}\n\nWait a moment and try again."
        ),
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk holding\n{path}\nis full. Nothing of this change was saved.\n\nFree some space and try again.",
        ),
        "locked_record": QCoreApplication.translate(
            "Errors", "This inspection is signed and can no longer change.\n\nStart a correction to record changes."
        ),
        "duplicate": QCoreApplication.translate(
            "Errors", "This entry already exists.\n\nChoose another code or edit the existing entry."
        ),
        "not_found": QCoreApplication.translate(
            "Errors", "The record you asked for no longer exists in\n{path}\n\nRefresh the list and try again."
        ),
        "invalid": QCoreApplication.translate(
            "Errors", "The change was refused because some of the data is not valid."
        ),
    }
    text = messages.get(exc.code, QCoreApplication.translate("Errors", "The database\n{path}\nreported an error."))
    return text.replace("{path}", path)


def error_text(exc: BaseException) -> tuple[str, str, str]:
    """(title, translated message, English details) for any exception shown to the user."""
    if isinstance(exc, StoreError):
        return QCoreApplication.translate("Errors", "Inspector"), store_error_text(exc), str(exc)
    if isinstance(exc, OSError):
        where = exc.filename or ""
        return (
            QCoreApplication.translate("Errors", "Inspector"),
            QCoreApplication.translate("Errors", "A file could not be read or written:\n{path}").replace(
                "{path}", str(where)
            ),
            str(exc),
        )
    return (
        QCoreApplication.translate("Errors", "Inspector"),
        QCoreApplication.translate("Errors", "Something went wrong. Your data up to the last change is saved."),
        f"{type(exc).__name__}: {exc}",
    )


def _exec_box(box: QMessageBox) -> None:
    box.exec()


# Tests replace this to record the box instead of blocking on it.
run_message_box: Callable[[QMessageBox], None] = _exec_box


def show_error(parent: QWidget | None, exc: BaseException, *, context: str = "") -> QMessageBox:
    """Show `exc` as a clear, translated message box; `context` says what the user was doing."""
    title, message, details = error_text(exc)
    if context:
        message = f"{context}\n\n{message}"
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Errors", "OK"))
    box.setDetailedText(details)
    box.setObjectName("errorBox")
    run_message_box(box)
    return box


def show_message(
    parent: QWidget | None, title: str, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A plain informational box that goes through the same (test-replaceable) runner."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Errors", "OK"))
    run_message_box(box)
    return box
