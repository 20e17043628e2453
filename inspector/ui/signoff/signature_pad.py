"""A pad to draw a signature with the mouse, a pen or a finger.

The signature is kept as strokes of (x, y) points normalised to 0..1 (so it can be redrawn at
any size) and exported as a transparent PNG for the report.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

Stroke = list[tuple[float, float]]
INK = QColor(20, 30, 90)
PNG_SIZE = QSize(480, 160)  # the size the report places it at, 3:1
MIN_POINTS = 3  # a tap is not a signature


def strokes_to_image(strokes: list[Stroke], size: QSize = PNG_SIZE, width: float = 4.0) -> QImage:
    """Paint strokes (0..1 coordinates) on a transparent image of `size`."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_strokes(painter, strokes, QRectF(0, 0, size.width(), size.height()), width)
    painter.end()
    return image


def strokes_to_png(strokes: list[Stroke], size: QSize = PNG_SIZE) -> bytes:
    """The strokes as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    strokes_to_image(strokes, size).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _paint_strokes(painter: QPainter, strokes: list[Stroke], rect: QRectF, width: float) -> None:
    pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in strokes:
        if not stroke:
            continue
        points = [QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height()) for x, y in stroke]
        if len(points) == 1:
            painter.drawPoint(points[0])
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)


class SignatureCanvas(QWidget):
    """The drawing surface. Mouse, tablet pen and touch all add points to the current stroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setMinimumSize(300, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.read_only = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 130)

    # --- input ------------------------------------------------------------------------------
    def _point(self, pos: QPointF) -> tuple[float, float]:
        w, h = max(1, self.width()), max(1, self.height())
        return (min(1.0, max(0.0, pos.x() / w)), min(1.0, max(0.0, pos.y() / h)))

    def _begin(self, pos: QPointF) -> None:
        if self.read_only:
            return
        self._drawing = True
        self.strokes.append([self._point(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self.strokes:
            point = self._point(pos)
            if point != self.strokes[-1][-1]:
                self.strokes[-1].append(point)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        # Test drivers and some touch screens send moves without a button state; a stroke has begun.
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt API
        # Accepting the tablet event stops Qt from synthesising a duplicate mouse event.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- drawing ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#ffffff") if not self.read_only else QColor("#f8fafc"))
        painter.setPen(QPen(QColor("#c5ced8"), 1))
        painter.drawRoundedRect(rect, 4, 4)
        # The line to sign on, as on paper.
        baseline = rect.top() + rect.height() * 0.78
        painter.setPen(QPen(QColor("#dde3ea"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left() + 16, baseline), QPointF(rect.right() - 16, baseline))
        _paint_strokes(painter, self.strokes, QRectF(self.rect()), 2.6)
        painter.end()


class SignaturePad(QWidget):
    """Canvas plus a hint and a Clear button. `strokes()` and `png()` give the signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.canvas = SignatureCanvas(self)
        self.hint = QLabel(self.tr("Sign here with the mouse, a pen or a finger"), self)
        self.hint.setObjectName("hint")
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.clicked.connect(self.clear)
        self.canvas.changed.connect(self.changed)
        self.canvas.changed.connect(self._update_buttons)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self._update_buttons()

    def strokes(self) -> list[Stroke]:
        """The drawn strokes, coordinates 0..1 of the pad (rounded: 4 decimals are plenty)."""
        return [[(round(x, 4), round(y, 4)) for x, y in stroke] for stroke in self.canvas.strokes]

    def is_empty(self) -> bool:
        """True while nothing that looks like a signature is drawn (a few dots are not one)."""
        return sum(len(stroke) for stroke in self.canvas.strokes) < MIN_POINTS

    def png(self) -> bytes:
        """The signature as a transparent PNG (480×160)."""
        return strokes_to_png(self.canvas.strokes)

    def clear(self) -> None:
        self.canvas.strokes.clear()
        self.canvas.update()
        self._update_buttons()
        self.changed.emit()

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self.canvas.strokes = [list(map(tuple, stroke)) for stroke in strokes]
        self.canvas.update()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.canvas.read_only = read_only
        self.canvas.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.hint.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)
        self.canvas.update()

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(bool(self.canvas.strokes))
