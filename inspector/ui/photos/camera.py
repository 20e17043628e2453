"""Taking a photo with the laptop's camera (Qt Multimedia), or saying why that is not possible.

Qt Multimedia is imported only when asked: on a machine without its system libraries (or
without any camera) the rest of the app works and the camera button explains itself.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CONTEXT = "Camera"


def _multimedia() -> Any | None:
    try:
        from PySide6 import QtMultimedia
    except (ImportError, OSError):  # e.g. libpulse missing: no camera support on this machine
        return None
    return QtMultimedia


def camera_status() -> tuple[bool, str]:
    """(usable, explanation): whether a camera can be used, and why not when it cannot."""
    mm = _multimedia()
    if mm is None:
        return False, QCoreApplication.translate(
            "Camera", "No camera found on this computer (camera support could not be loaded)."
        )
    if not mm.QMediaDevices.videoInputs():
        return False, QCoreApplication.translate("Camera", "No camera found on this computer.")
    return True, QCoreApplication.translate("Camera", "Take a photo with this computer's camera.")


def configure_camera_button(button: QAbstractButton) -> bool:
    """Enable the button only when a camera exists; its tooltip says why not otherwise."""
    usable, why = camera_status()
    button.setEnabled(usable)
    button.setToolTip(why)
    button.setAccessibleDescription(why)
    return usable


class CameraDialog(QDialog):
    """Live preview and a Capture button; emits ``captured(path)`` with a temporary JPEG."""

    captured = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.setWindowTitle(self.tr("Take a photo"))
        mm = _multimedia()
        if mm is None or not mm.QMediaDevices.videoInputs():
            raise RuntimeError("no camera")  # callers check camera_status() first
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.session = mm.QMediaCaptureSession(self)
        self.camera = mm.QCamera(mm.QMediaDevices.defaultVideoInput(), self)
        self.capture = mm.QImageCapture(self)
        self.capture.setFileFormat(mm.QImageCapture.FileFormat.JPEG)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.preview = QVideoWidget(self)
        self.session.setVideoOutput(self.preview)
        self.status = QLabel(self.tr("Point the camera at the finding, then press Capture."), self)
        self.capture_button = QPushButton(self.tr("Capture"), self)
        self.capture_button.setDefault(True)
        self.capture_button.clicked.connect(self.take)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.capture_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        self.capture.imageSaved.connect(self._saved)
        self.capture.errorOccurred.connect(self._error)
        self.camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        self.resize(720, 540)
        self.camera.start()

    def take(self) -> None:
        fd, name = tempfile.mkstemp(prefix="inspector-camera-", suffix=".jpg")
        os.close(fd)
        Path(name).unlink(missing_ok=True)  # a unique name; QImageCapture writes the file itself
        self.capture_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.capture.captureToFile(name)

    def _saved(self, _id: int, path: str) -> None:
        self.camera.stop()
        self.captured.emit(path)
        self.accept()

    def _error(self, _id: int, _error: Any, text: str) -> None:
        self.capture_button.setEnabled(True)
        self.status.setText(self.tr("The photo could not be taken: %1").replace("%1", text))

    def reject(self) -> None:
        self.camera.stop()
        super().reject()
