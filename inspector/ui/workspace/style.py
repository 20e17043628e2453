"""Colours and small drawing helpers shared by the workspace widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

RESULT_COLORS = {
    "pass": QColor("#2e7d32"),
    "fail": QColor("#c62828"),
    "na": QColor("#8a8a8a"),
    "unchecked": QColor("#b0b8c0"),
}
RESULT_TINTS = {
    "pass": QColor("#e8f5e9"),
    "fail": QColor("#ffebee"),
    "na": QColor("#f0f0f0"),
    "unchecked": QColor(0, 0, 0, 0),
}

_icon_cache: dict[str, QIcon] = {}


def result_icon(result: str) -> QIcon:
    """A filled dot (answered) or a ring (unchecked) in the result's colour."""
    icon = _icon_cache.get(result)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = RESULT_COLORS.get(result, RESULT_COLORS["unchecked"])
        if result == "unchecked":
            pen = painter.pen()
            pen.setColor(color)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawEllipse(2, 2, 10, 10)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        icon = _icon_cache[result] = QIcon(pixmap)
    return icon


RESULT_BUTTON_QSS = """
QPushButton#resultButton {{
    min-height: 46px; font-size: 15px; font-weight: 600; border-radius: 6px;
    border: 2px solid {color}; color: {color}; background: white; padding: 4px 10px;
}}
QPushButton#resultButton:checked {{ background: {color}; color: white; }}
QPushButton#resultButton:disabled {{ border-color: #d0d0d0; color: #a0a0a0; }}
QPushButton#resultButton:checked:disabled {{ background: {color}; color: #f5f5f5; border-color: {color}; }}
"""


def result_button_qss(result: str) -> str:
    # "Clear" is an action, not a state: a readable slate rather than the pale unchecked ring.
    color = "#546e7a" if result == "unchecked" else RESULT_COLORS[result].name()
    return RESULT_BUTTON_QSS.format(color=color)
