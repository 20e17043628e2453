"""Annotations over a photo: arrows, circles and text drawn with QPainter, edited in a dialog.

The layer is the same JSON the report draws with Pillow (inspector/photos/render.py):
coordinates normalised 0..1 to the display image, circle radius a fraction of the WIDTH,
text size a fraction of the HEIGHT, text placed by its top-left corner. It is stored with
store.set_annotations; the photo files are never changed.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.photos.derived import copy_path
from inspector.photos.render import DEFAULT_COLOR, DEFAULT_TEXT_SIZE
from inspector.ui.errors import show_error

Annotation = dict[str, Any]
TOOLS = ("arrow", "circle", "text")


def _color(ann: Annotation) -> QColor:
    color = QColor(str(ann.get("color") or DEFAULT_COLOR))
    return color if color.isValid() else QColor(DEFAULT_COLOR)


def paint_annotations(painter: QPainter, rect: QRectF, annotations: list[Annotation]) -> None:
    """Draw the layer over ``rect`` (where the image is shown), as photo_render draws it on pixels."""
    w, h = rect.width(), rect.height()
    if w <= 0 or h <= 0:
        return
    lw = max(2.0, round(min(w, h) / 200))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for ann in annotations:
        if not isinstance(ann, dict):
            continue
        color = _color(ann)
        try:
            if ann.get("kind") == "arrow":
                p1 = QPointF(rect.x() + float(ann["x1"]) * w, rect.y() + float(ann["y1"]) * h)
                p2 = QPointF(rect.x() + float(ann["x2"]) * w, rect.y() + float(ann["y2"]) * h)
                _paint_arrow(painter, p1, p2, color, lw)
            elif ann.get("kind") == "circle":
                center = QPointF(rect.x() + float(ann["cx"]) * w, rect.y() + float(ann["cy"]) * h)
                r = abs(float(ann["r"])) * w
                painter.setPen(QPen(color, lw))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(center, r, r)
            elif ann.get("kind") == "text":
                _paint_text(painter, rect, ann, color, lw)
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is skipped on screen; the report names it
    painter.restore()


def _paint_arrow(painter: QPainter, p1: QPointF, p2: QPointF, color: QColor, lw: float) -> None:
    length = math.hypot(p2.x() - p1.x(), p2.y() - p1.y())
    if length < 1:
        return
    head = max(lw * 4.0, 12.0)
    ux, uy = (p2.x() - p1.x()) / length, (p2.y() - p1.y()) / length
    base = QPointF(p2.x() - ux * head * 0.9, p2.y() - uy * head * 0.9)
    painter.setPen(QPen(color, lw, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(p1, base)
    half = head * 0.5
    tip = QPainterPath(p2)
    tip.lineTo(base.x() - uy * half, base.y() + ux * half)
    tip.lineTo(base.x() + uy * half, base.y() - ux * half)
    tip.closeSubpath()
    painter.fillPath(tip, color)


def _paint_text(painter: QPainter, rect: QRectF, ann: Annotation, color: QColor, lw: float) -> None:
    size = float(ann.get("size") or DEFAULT_TEXT_SIZE)
    font = QFont(painter.font())
    font.setPixelSize(max(8, round(size * rect.height())))
    path = QPainterPath()
    ascent = QFontMetricsF(font).ascent()  # Pillow anchors text at its top-left
    x = rect.x() + float(ann["x"]) * rect.width()
    y = rect.y() + float(ann["y"]) * rect.height()
    path.addText(QPointF(x, y + ascent), font, str(ann.get("text", "")))
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    outline = QColor(0, 0, 0) if luma > 140 else QColor(255, 255, 255)
    painter.strokePath(path, QPen(outline, max(1.0, lw // 2) * 2))
    painter.fillPath(path, color)


def load_image(path: str, fit: QSize | None = None) -> QImage:
    """Read a stored picture, decoding at ``fit`` size when given (JPEG scales while decoding)."""
    reader = QImageReader(path)
    reader.setAutoTransform(False)  # stored copies are already upright
    if fit is not None and reader.size().isValid():
        size = reader.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() < reader.size().width():
            reader.setScaledSize(size)
    return reader.read()


def annotated_pixmap(image: QImage, annotations: list[Annotation]) -> QPixmap:
    """The image with its annotation layer painted on a copy."""
    pixmap = QPixmap.fromImage(image)
    if annotations and not pixmap.isNull():
        painter = QPainter(pixmap)
        paint_annotations(painter, QRectF(0, 0, pixmap.width(), pixmap.height()), annotations)
        painter.end()
    return pixmap


class PhotoCanvas(QWidget):
    """A photo fitted into the widget with its annotations over it; optionally drawn on."""

    annotationAdded = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.image = QImage()
        self.annotations: list[Annotation] = []
        self.tool = ""  # "" = view only
        self.ask_text = self._ask_text
        self._press: QPointF | None = None
        self._preview: Annotation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def set_photo(self, image: QImage, annotations: list[Annotation]) -> None:
        self.image = image
        self.annotations = list(annotations)
        self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: fitted, centred, aspect kept."""
        if self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2, (self.height() - size.height()) / 2, size.width(), size.height()
        )

    def to_normal(self, pos: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        x = (pos.x() - rect.x()) / rect.width() if rect.width() else 0.0
        y = (pos.y() - rect.y()) / rect.height() if rect.height() else 0.0
        return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#263238"))
        rect = self.image_rect()
        if not rect.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self.image)
            layer = self.annotations + ([self._preview] if self._preview else [])
            paint_annotations(painter, rect, layer)
        painter.end()

    # --- drawing --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.tool and event.button() == Qt.MouseButton.LeftButton and not self.image.isNull():
            self._press = event.position()
            if self.tool == "text":
                self._add_text(event.position())
                self._press = None
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            self._preview = self._shape(self._press, event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        shape = self._shape(self._press, event.position())
        self._press, self._preview = None, None
        if shape is not None:
            self.add_annotation(shape)
        self.update()

    def add_annotation(self, annotation: Annotation) -> None:
        self.annotations.append(annotation)
        self.annotationAdded.emit(annotation)
        self.update()

    def _shape(self, start: QPointF, end: QPointF) -> Annotation | None:
        x1, y1 = self.to_normal(start)
        x2, y2 = self.to_normal(end)
        rect = self.image_rect()
        if math.hypot((x2 - x1) * rect.width(), (y2 - y1) * rect.height()) < 4:
            return None  # a click, not a drag
        if self.tool == "arrow":
            return {"kind": "arrow", "x1": round(x1, 4), "y1": round(y1, 4), "x2": round(x2, 4), "y2": round(y2, 4)}
        # radius as a fraction of the width, measured in pixels so it stays round
        r = math.hypot((x2 - x1) * rect.width(), (y2 - y1) * rect.height()) / rect.width()
        return {"kind": "circle", "cx": round(x1, 4), "cy": round(y1, 4), "r": round(r, 4)}

    def _add_text(self, pos: QPointF) -> None:
        text = self.ask_text()
        if text:
            x, y = self.to_normal(pos)
            self.add_annotation(
                {"kind": "text", "x": round(x, 4), "y": round(y, 4), "text": text, "size": DEFAULT_TEXT_SIZE}
            )

    def _ask_text(self) -> str:
        text, ok = QInputDialog.getText(self, self.tr("Text on the photo"), self.tr("Text:"))
        return text.strip() if ok else ""


class AnnotateDialog(QDialog):
    """Draw arrows, circles and text over one photo; Save stores the layer (store.set_annotations)."""

    def __init__(self, store: Any, photo_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("annotateDialog")
        self.setWindowTitle(self.tr("Mark up the photo"))
        self.store = store
        self.photo = store.get_photo(photo_id)
        photos_dir = store.path.parent / "photos"
        self.canvas = PhotoCanvas(self)
        self.canvas.set_photo(
            load_image(str(copy_path(photos_dir, self.photo, "display")), QSize(1600, 1600)), self.photo.annotations
        )
        self.canvas.annotationAdded.connect(lambda _a: self._update_buttons())

        self.tools = QButtonGroup(self)
        tool_row = QHBoxLayout()
        labels = {"arrow": self.tr("Arrow"), "circle": self.tr("Circle"), "text": self.tr("Text")}
        for tool in TOOLS:
            button = QPushButton(labels[tool], self)
            button.setObjectName(f"tool_{tool}")
            button.setCheckable(True)
            self.tools.addButton(button)
            button.toggled.connect(lambda on, t=tool: on and self.set_tool(t))
            tool_row.addWidget(button)
        self.undo_button = QPushButton(self.tr("Undo last mark"), self)
        self.undo_button.clicked.connect(self.undo_last)
        self.clear_button = QPushButton(self.tr("Remove all marks"), self)
        self.clear_button.clicked.connect(self.clear)
        tool_row.addSpacing(16)
        tool_row.addWidget(self.undo_button)
        tool_row.addWidget(self.clear_button)
        tool_row.addStretch(1)
        help_text = QLabel(
            self.tr(
                "Drag to draw an arrow (from tail to tip) or a circle (from centre outwards); click to place text. "
                "The photo itself is never changed."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #52606d;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save marks"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tool_row)
        layout.addWidget(help_text)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.tools.buttons()[0].setChecked(True)
        self._update_buttons()
        self.resize(1000, 700)

    def set_tool(self, tool: str) -> None:
        self.canvas.tool = tool

    def undo_last(self) -> None:
        if self.canvas.annotations:
            self.canvas.annotations.pop()
            self.canvas.update()
        self._update_buttons()

    def clear(self) -> None:
        self.canvas.annotations.clear()
        self.canvas.update()
        self._update_buttons()

    def save(self) -> bool:
        """Store the layer; on a signed inspection (or any store error) say why and stay open."""
        try:
            self.photo = self.store.set_annotations(self.photo.id, self.canvas.annotations)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing is lost
            show_error(self, exc, context=self.tr("The marks could not be saved."))
            return False
        self.accept()
        return True

    def _update_buttons(self) -> None:
        has = bool(self.canvas.annotations)
        self.undo_button.setEnabled(has)
        self.clear_button.setEnabled(has)
