"""Light flowables for the report: text blocks, finding bars, grids, keep-together groups, photo rows.

They do what the report asked of reportlab's Paragraph, Table and KeepTogether at a fraction
of the cost (those measured every cell several times and deep-copied frames).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from inspector.report.typesetting import ACCENT, HEAD_BG, RULE, break_lines, draw_lines


class TextBlock(Flowable):
    """Mixed-script text set in our two fonts; much faster than a CJK-wrapped Paragraph.

    Uses a ParagraphStyle for size, leading, colour, alignment and spacing. Lines are
    broken once per width (reportlab wraps a flowable several times per layout).
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._lines = lines
        self._for_width = None if lines is None else -1.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._lines is None or (self._for_width != aW and self._for_width != -1.0):
            self._lines = break_lines(self.text, self.style.fontSize, aW)
            self._for_width = aW
        self.width, self.height = aW, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        self.wrap(aW, aH)
        fit = int(aH // self.style.leading)
        if fit < 1 or fit >= len(self._lines):
            return []
        return [
            TextBlock(self.text, self.style, self._lines[:fit]),
            TextBlock(self.text, self.style, self._lines[fit:]),
        ]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab's name
        """Set the text in place without the saveState/translate/restoreState of Flowable.drawOn.

        There are hundreds of these blocks; the text sets its own position and colour.
        """
        x = self._hAlignAdjust(x, _sW)
        draw_lines(canvas, self._lines or [], self.style, self.width, y + self.height, left=x)

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)


class BarBlock(Flowable):
    """Rows of text beside a coloured bar: an item's title, details and note.

    Replaces a one-column Table (same padding: 7 left, 6 right, 1 above and below each
    row); reportlab's Table spent more time measuring than this spends drawing.
    """

    PAD_LEFT, PAD_RIGHT, PAD_Y, BAR = 7.0, 6.0, 1.0, 2.2

    def __init__(
        self,
        rows: list[tuple[str, ParagraphStyle]],
        colour: Any,
        width: float | None = None,
        laid: list[tuple[ParagraphStyle, list[str]]] | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # a ``width`` a little wider than the frame reaches into the margins evenly
        self.rows, self.colour, self.fixed_width = rows, colour, width
        self._laid, self._for_width = laid, None if laid is None else -1.0

    def _row_height(self, style: ParagraphStyle, lines: list[str]) -> float:
        return len(lines) * style.leading + 2 * self.PAD_Y

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        aW = self.fixed_width or aW
        if self._laid is None or (self._for_width not in (aW, -1.0)):
            inner = aW - self.PAD_LEFT - self.PAD_RIGHT
            self._laid = [
                (st, break_lines(text, st.fontSize, inner)) for text, st in self.rows
            ]
            self._for_width = aW
        self.width, self.height = aW, sum(self._row_height(st, lines) for st, lines in self._laid)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Break between lines (a long note may not fit on what is left of a page)."""
        self.wrap(aW, aH)
        used, head = 0.0, []
        for index, (st, lines) in enumerate(self._laid):
            room = int((aH - used - 2 * self.PAD_Y) // st.leading)
            if room >= len(lines):
                head.append((st, lines))
                used += self._row_height(st, lines)
                continue
            tail = self._laid[index + 1 :]
            if room > 0:
                head.append((st, lines[:room]))
                tail = [(st, lines[room:])] + tail
            else:
                tail = [(st, lines)] + tail
            if not head:
                return []
            return [
                BarBlock(self.rows, self.colour, self.fixed_width, head),
                BarBlock(self.rows, self.colour, self.fixed_width, tail),
            ]
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(self.BAR)
        canv.line(0, 0, 0, self.height)
        top = self.height
        for st, lines in self._laid or []:
            draw_lines(canv, lines, st, self.width - self.PAD_LEFT - self.PAD_RIGHT, top - self.PAD_Y, self.PAD_LEFT)
            top -= self._row_height(st, lines)


class Grid(Flowable):
    """Rows of text cells in fixed columns with rules below each row (top-aligned).

    Does what the report asked of reportlab's Table (tinted header row repeated after a
    page break, padding, rules) at a fraction of the cost: Table measured every cell
    several times over.
    """

    def __init__(
        self,
        rows: list[list[TextBlock]],
        widths: list[float],
        *,
        header: bool = True,
        pad_y: float = 4,
        rule: float = 0.5,
        rule_above_last: bool = False,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as Table: columns may be a little wider than the frame
        self.rows, self.widths, self.header = rows, widths, header
        self.pad_y, self.rule, self.rule_above_last = pad_y, rule, rule_above_last
        self._heights: list[float] = []

    PAD_X = 6.0

    def _measure(self) -> list[float]:
        if not self._heights:
            self._heights = [
                max(cell.wrap(w - 2 * self.PAD_X, 0xFFFFFF)[1] for cell, w in zip(row, self.widths, strict=True))
                + 2 * self.pad_y
                for row in self.rows
            ]
        return self._heights

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), sum(self._measure())
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        heights = self._measure()
        used, fit = 0.0, 0
        for h in heights:
            if used + h > aH:
                break
            used, fit = used + h, fit + 1
        first = 1 if self.header else 0
        if fit <= first or fit >= len(self.rows):
            return []
        kw = {"header": self.header, "pad_y": self.pad_y, "rule": self.rule}
        tail = self.rows[:first] + self.rows[fit:]
        return [
            Grid(self.rows[:fit], self.widths, **kw),
            Grid(tail, self.widths, rule_above_last=self.rule_above_last, **kw),
        ]

    def draw(self) -> None:
        canv, heights, width = self.canv, self._measure(), self.width
        if self.header and self.rows:
            canv.setFillColor(HEAD_BG)
            canv.rect(0, self.height - heights[0], width, heights[0], stroke=0, fill=1)
        top = self.height
        rules = []
        for row, h in zip(self.rows, heights, strict=True):
            x = 0.0
            for cell, w in zip(row, self.widths, strict=True):
                cell.drawOn(canv, x + self.PAD_X, top - self.pad_y - cell.height)
                x += w
            top -= h
            rules.append(top)
        canv.setLineWidth(self.rule)
        canv.setStrokeColor(RULE)
        canv.lines([(0, y, width, y) for y in rules])
        canv.setLineWidth(0.8)
        canv.setStrokeColor(ACCENT)
        accents = [rules[0]] if self.header and rules else []
        if self.rule_above_last and len(rules) > 1:
            accents.append(rules[-2])
        canv.lines([(0, y, width, y) for y in accents])


class Keep(Flowable):
    """Flowables kept on one page, or flowing on if they are taller than a page.

    KeepTogether does the same but deep-copies the frame on every measurement, which
    cost more than laying out the items themselves.
    """

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self._placed: list[tuple[Flowable, float, float, float]] = []
        # the frame asks for the spacing before measuring
        self.spaceBefore = content[0].getSpaceBefore() if content else 0
        self.spaceAfter = content[-1].getSpaceAfter() if content else 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._placed, y, after = [], 0.0, None
        for flowable in self.content:
            w, h = flowable.wrapOn(self.canv, aW, 0xFFFFFFF)
            if after is not None:  # the frame merges space after and before the same way
                y += max(after, flowable.getSpaceBefore())
            self._placed.append((flowable, y, w, h))
            y += h
            after = flowable.getSpaceAfter()
        self.width, self.height = aW, y
        return aW, y

    def split(self, aW: float, aH: float) -> list[Flowable]:
        frame = self._doctemplateAttr("frame")
        return list(self.content) if getattr(frame, "_atTop", False) else []  # [] : on to the next page

    def draw(self) -> None:
        for flowable, y, w, h in self._placed:
            flowable.drawOn(self.canv, 0, self.height - y - h, _sW=self.width - w)  # honours hAlign


class PhotoRow(Flowable):
    """Photo cells side by side, each an image over its caption; the row never splits.

    Replaces a one-row Table (3 points above and below, a gap on the right of each cell).
    """

    PAD_Y = 3.0

    def __init__(self, cells: list[list[Flowable]], cell_w: float, gap: float) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # spans the page margins like the tables
        self.cells, self.cell_w, self.gap = cells, cell_w, gap
        self._sizes: list[list[tuple[float, float]]] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._sizes = [[f.wrap(self.cell_w, aH) for f in cell] for cell in self.cells]
        content = max((sum(h for _, h in sizes) for sizes in self._sizes), default=0)
        self.width, self.height = 2 * self.cell_w + self.gap, content + 2 * self.PAD_Y
        return self.width, self.height

    def draw(self) -> None:
        for index, (cell, sizes) in enumerate(zip(self.cells, self._sizes, strict=True)):
            x, y = index * (self.cell_w + self.gap), self.height - self.PAD_Y
            for flowable, (_, h) in zip(cell, sizes, strict=True):
                y -= h
                flowable.drawOn(self.canv, x, y)
