"""The report's horizontal bar chart of points lost per area (reportlab.graphics)."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from .report_text import ACCENT, FONT_CJK, FONT_LATIN, MUTED, RULE, fmt_points, runs, text_width

BAR_H = 11
ROW_H = 19
LABEL_SIZE = 8.5


def _label(drawing: Drawing, x_right: float, y: float, text: str, size: float, color=colors.black) -> None:
    """A right-aligned mixed-script label (one String per script run)."""
    x = x_right - text_width(text, size)
    for is_latin, seg in runs(text):
        font = FONT_LATIN if is_latin else FONT_CJK
        drawing.add(String(x, y, seg, fontName=font, fontSize=size, fillColor=color))
        x += text_width(seg, size)


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


def points_lost_chart(rows: list[tuple[str, float]], width: float) -> Drawing:
    """Bars of points lost, one row per (area name, points); zero rows show an empty track."""
    label_w = min(width * 0.38, max((text_width(name, LABEL_SIZE) for name, _ in rows), default=40) + 8)
    plot_x = label_w + 6
    plot_w = width - plot_x - 30  # room for the value after the longest bar
    top_pad, axis_h = 6, 18
    height = top_pad + ROW_H * len(rows) + axis_h
    axis_max, step = _nice_max(max((points for _, points in rows), default=0))
    d = Drawing(width, height, initialFontName=FONT_LATIN)  # else Helvetica is referenced, unembedded
    base_y = axis_h
    # vertical grid lines and tick values
    tick = 0.0
    while tick <= axis_max + 1e-9:
        x = plot_x + plot_w * tick / axis_max
        d.add(Line(x, base_y, x, height - top_pad, strokeColor=RULE, strokeWidth=0.5))
        d.add(String(x, base_y - 11, fmt_points(tick), fontName=FONT_LATIN, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
        tick += step
    for index, (name, points) in enumerate(rows):
        y = height - top_pad - ROW_H * (index + 1) + (ROW_H - BAR_H) / 2
        _label(d, label_w, y + 2.5, _fit(name, LABEL_SIZE, label_w - 4), LABEL_SIZE)
        bar_w = plot_w * points / axis_max if axis_max else 0
        if bar_w > 0:
            d.add(Rect(plot_x, y, bar_w, BAR_H, fillColor=ACCENT, strokeColor=None))
        d.add(String(plot_x + bar_w + 4, y + 2.5, fmt_points(points), fontName=FONT_LATIN, fontSize=8,
                     fillColor=ACCENT if points else MUTED))
    d.add(Line(plot_x, base_y, plot_x, height - top_pad, strokeColor=MUTED, strokeWidth=0.8))
    return d
