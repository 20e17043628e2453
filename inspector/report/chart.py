"""The report's horizontal bar chart of points lost per area, drawn straight onto the canvas.

A reportlab.graphics Drawing did the same with a String object per script run; drawing
directly is several times cheaper and sets text in the same two fonts as the rest.
"""

from __future__ import annotations

import math

from reportlab.platypus import Flowable

from inspector.report.typesetting import ACCENT, MUTED, RULE, fmt_points, text_code, text_width

BAR_H = 11
ROW_H = 19
LABEL_SIZE = 8.5
TOP_PAD, AXIS_H = 6, 18


def _fit(text: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it fits in ``width``."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _nice_max(value: float) -> tuple[float, float]:
    """(axis maximum, tick step) with 4-5 round ticks."""
    if value <= 0:
        return 5.0, 1.0
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step), step


class PointsLostChart(Flowable):
    """Bars of points lost, one row per (area name, points); zero rows show an empty track."""

    def __init__(self, rows: list[tuple[str, float]], width: float) -> None:
        super().__init__()
        self.rows = rows
        self.width = width
        self.label_w = min(width * 0.38, max((text_width(name, LABEL_SIZE) for name, _ in rows), default=40) + 8)
        self.height = TOP_PAD + ROW_H * len(rows) + AXIS_H

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, height = self.canv, self.height
        plot_x = self.label_w + 6
        plot_w = self.width - plot_x - 30  # room for the value after the longest bar
        axis_max, step = _nice_max(max((points for _, points in self.rows), default=0))
        base_y = AXIS_H
        ticks, tick = [], 0.0
        while tick <= axis_max + 1e-9:
            ticks.append((plot_x + plot_w * tick / axis_max, fmt_points(tick)))
            tick += step
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setStrokeColor(RULE)
        canv.lines([(x, base_y, x, height - TOP_PAD) for x, _ in ticks])
        canv.setFillColor(MUTED)
        canv.drawText(text_code(canv, [(x - text_width(v, 7) / 2, base_y - 11, v) for x, v in ticks], 7))
        labels, values, zeros = [], [], []
        canv.setFillColor(ACCENT)
        for index, (name, points) in enumerate(self.rows):
            y = height - TOP_PAD - ROW_H * (index + 1) + (ROW_H - BAR_H) / 2
            label = _fit(name, LABEL_SIZE, self.label_w - 4)
            labels.append((self.label_w - text_width(label, LABEL_SIZE), y + 2.5, label))
            bar_w = plot_w * points / axis_max if axis_max else 0
            if bar_w > 0:
                canv.rect(plot_x, y, bar_w, BAR_H, stroke=0, fill=1)
            (values if points else zeros).append((plot_x + bar_w + 4, y + 2.5, fmt_points(points)))
        canv.drawText(text_code(canv, values, 8))
        canv.setFillColor(MUTED)
        canv.drawText(text_code(canv, zeros, 8))
        canv.setFillColorRGB(0, 0, 0)
        canv.drawText(text_code(canv, labels, LABEL_SIZE))
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.8)
        canv.line(plot_x, base_y, plot_x, height - TOP_PAD)
        canv.restoreState()


def points_lost_chart(rows: list[tuple[str, float]], width: float) -> PointsLostChart:
    """The chart as a flowable ``width`` points wide."""
    return PointsLostChart(rows, width)
