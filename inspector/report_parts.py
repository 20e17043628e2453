"""The sections of the PDF report as reportlab flowables: cover, summary, findings, rectification, signatures."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from .model import Finding, InspectionSnapshot, Photo
from .report_chart import points_lost_chart
from .report_text import (
    ACCENT,
    FAIL,
    FONT_LATIN,
    HEAD_BG,
    LABELS,
    RULE,
    BarBlock,
    TextBlock,
    fmt_points,
    fmt_time,
    make_styles,
)
from .scoring import ScoreResult

PhotoCell = Callable[[Photo, float, float], list[Flowable]]


@dataclass
class ReportContext:
    """What every section needs: the data, the language, styles and lookups."""

    snapshot: InspectionSnapshot
    lang: str
    score: ScoreResult
    width: float  # usable frame width in points
    styles: dict = field(init=False)
    items: dict[str, dict[str, Any]] = field(init=False)
    findings: dict[str, Any] = field(init=False)
    photos_by_item: dict[str | None, list[Photo]] = field(init=False)

    def __post_init__(self) -> None:
        self.styles = make_styles(self.lang)
        self.items = {item["id"]: item for item in self.snapshot.template["items"]}
        self.findings = {f.item_id: f for f in self.snapshot.findings}
        self.photos_by_item = defaultdict(list)
        for photo in self.snapshot.photos:
            key = photo.item_id if photo.item_id in self.items else None
            self.photos_by_item[key].append(photo)

    def t(self, key: str, **kw: Any) -> str:
        text = LABELS[self.lang].get(key, key)
        return text.format(**kw) if kw else text

    def local(self, value: Any) -> str:
        """The chosen language's text of a {"zh": …, "en": …} field (falls back to Chinese)."""
        if isinstance(value, dict):
            return value.get(self.lang) or value.get("zh") or next(iter(value.values()), "")
        return str(value or "")

    def kv(self, key: str, value: Any) -> str:
        """'label：value' in Chinese, 'Label: value' in English."""
        return f"{self.t(key)}{'：' if self.lang == 'zh' else ': '}{value}"

    def p(self, text: str, style: str = "body") -> TextBlock:
        return TextBlock(str(text), self.styles[style])


def _style(cmds: list) -> TableStyle:
    """A TableStyle whose default cell font is ours (reportlab's is Helvetica, never embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT_LATIN), *cmds])


class Grid(Flowable):
    """Rows of text cells in fixed columns with rules below each row (top-aligned).

    Does what the report asked of reportlab's Table (tinted header row repeated after a
    page break, padding, rules) at a fraction of the cost: Table measured every cell
    several times over.
    """

    def __init__(self, rows: list[list[TextBlock]], widths: list[float], *, header: bool = True,
                 pad_y: float = 4, rule: float = 0.5, rule_above_last: bool = False) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as Table: columns may be a little wider than the frame
        self.rows, self.widths, self.header = rows, widths, header
        self.pad_y, self.rule, self.rule_above_last = pad_y, rule, rule_above_last
        self._heights: list[float] = []

    PAD_X = 6.0

    def _measure(self) -> list[float]:
        if not self._heights:
            self._heights = [max(cell.wrap(w - 2 * self.PAD_X, 0xFFFFFF)[1] for cell, w in zip(row, self.widths, strict=True))
                             + 2 * self.pad_y for row in self.rows]
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
        return [Grid(self.rows[:fit], self.widths, **kw),
                Grid(tail, self.widths, rule_above_last=self.rule_above_last, **kw)]

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


def _style(cmds: list) -> TableStyle:
    """A TableStyle whose default cell font is ours (reportlab's is Helvetica, never embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT_LATIN), *cmds])


def _grid(data: list[list[Any]], widths: list[float], *, header: bool = True, total_row: bool = False) -> Grid:
    """A table with light horizontal rules and a tinted header row."""
    return Grid(data, widths, header=header, rule_above_last=total_row)


def cover(ctx: ReportContext, digest: str) -> list[Flowable]:
    snap, t = ctx.snapshot, ctx.t
    ins, branch, score = snap.inspection, snap.branch, ctx.score
    end = fmt_time(ins.ended_at) if ins.ended_at else ""
    period = fmt_time(ins.started_at) + (f" – {end[11:] if end[:10] == ins.started_at[:10] else end}" if end else "")
    rows = [
        (t("branch"), f"{branch.name}（{branch.code}）" if ctx.lang == "zh" else f"{branch.name} ({branch.code})"),
        (t("address"), branch.address or "-"),
        (t("date"), period),
        (t("type"), t(f"type.{ins.type}")),
        (t("inspectors"), "、".join(ins.inspectors) if ctx.lang == "zh" else ", ".join(ins.inspectors)),
        (t("template"), f"{ctx.local(snap.template.get('title'))}  ({ins.template_id} v{ins.template_version})"),
        (t("status"), t(f"status.{ins.status}")),
    ]
    if ins.corrects:
        rows.append(("", t("corrects", id=ins.corrects)))
    facts = Grid([[ctx.p(k, "key"), ctx.p(v)] for k, v in rows], [32 * mm, ctx.width - 32 * mm], header=False,
                 pad_y=5, rule=0.4)
    grade_label = next((ctx.local(g.get("label")) for g in snap.template["scoring"]["grades"]
                        if g["grade"] == score.grade), "")
    box = [[ctx.p(t("score"), "key")], [ctx.p(fmt_points(score.score), "score")],
           [ctx.p(f"{t('grade')} {score.grade} {grade_label}", "grade")]]
    if not score.passed:
        names = "; ".join(ctx.local(ctx.items[i]["text"]) for i in score.failed_critical if i in ctx.items)
        box.append([ctx.p(t("failed_critical"), "banner")])
        box.append([ctx.p(names, "cell")])
    score_box = Table(box, colWidths=[90 * mm])
    style = [("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1, ACCENT),
             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if not score.passed:
        style.append(("BACKGROUND", (0, 3), (0, 3), FAIL))
    score_box.setStyle(_style(style))
    ident = Table([[ctx.p(t("doc_id"), "small"), ctx.p(ins.id, "small")],
                   [ctx.p(t("data_hash"), "small"), ctx.p(digest, "small")]],
                  colWidths=[32 * mm, ctx.width - 32 * mm])
    ident.setStyle(_style([("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 18 * mm), ctx.p(t("title"), "title"), ctx.p(ctx.local(snap.template.get("title")), "subtitle"),
            Spacer(1, 10 * mm), facts, Spacer(1, 12 * mm), score_box, Spacer(1, 16 * mm), ident]


def summary(ctx: ReportContext) -> list[Flowable]:
    t, s = ctx.t, ctx.score
    head = [ctx.p(t("area"), "head"), ctx.p(t("checked"), "head_r"), ctx.p(t("failed"), "head_r"),
            ctx.p(t("unchecked"), "head_r"), ctx.p(t("lost"), "head_r")]
    data, chart_rows = [head], []
    for area in ctx.snapshot.template["areas"]:
        a = s.areas.get(area["id"])
        if a is None:
            continue
        name = ctx.local(area.get("name"))
        lost = fmt_points(a.points_lost) + (f" ({t('cap', c=fmt_points(area['cap']))})" if area.get("cap") else "")
        data.append([ctx.p(name, "cell"), ctx.p(f"{a.checked_items}/{a.total_items}", "cell_r"),
                     ctx.p(str(a.failed_items), "cell_r"), ctx.p(str(a.total_items - a.checked_items), "cell_r"),
                     ctx.p(lost, "cell_r")])
        chart_rows.append((name, a.points_lost))
    totals = [sum(getattr(a, f) for a in s.areas.values()) for f in ("checked_items", "total_items", "failed_items")]
    data.append([ctx.p(t("total"), "head"), ctx.p(f"{totals[0]}/{totals[1]}", "head_r"),
                 ctx.p(str(totals[2]), "head_r"), ctx.p(str(totals[1] - totals[0]), "head_r"),
                 ctx.p(fmt_points(s.points_lost), "head_r")])
    w = ctx.width
    table = _grid(data, [w * 0.40, w * 0.19, w * 0.12, w * 0.12, w * 0.17], total_row=True)
    return [ctx.p(t("summary"), "h1"), table, Spacer(1, 8 * mm),
            Keep([ctx.p(t("chart"), "h2"), Spacer(1, 2 * mm), points_lost_chart(chart_rows, w)])]


def _detail_lines(ctx: ReportContext, item: dict[str, Any], finding: Any) -> list[str]:
    t = ctx.t
    parts = [ctx.kv("result", t("res." + finding.result))]
    if finding.result == "fail":
        parts.append(ctx.kv("deduction", "−" + fmt_points(ctx.score.item_losses.get(item["id"], 0))))
        parts.append(ctx.kv("occurrences", finding.occurrences))
    if finding.staff:
        parts.append(ctx.kv("staff", finding.staff))
    if finding.repeat:
        parts.append(ctx.kv("repeat", t("yes")))
    lines = ["  ·  ".join(parts)]
    if finding.selected:
        names = {o["id"]: ctx.local(o.get("text")) for o in item.get("options", [])}
        lines.append(ctx.kv("options", "; ".join(names.get(o, o) for o in finding.selected)))
    waits = [x for x in ctx.snapshot.timings if x.item_id == item["id"]]
    if waits and item.get("kind") == "timer":
        limit = item.get("threshold_minutes") or ctx.snapshot.template.get("settings", {}).get("max_wait_minutes", 15)
        mins = ", ".join(fmt_points(round((x.seconds or 0) / 60, 1)) for x in waits if x.kind == "wait")
        lines.append(ctx.kv("waits", f"{mins}  ({t('threshold')} {t('minutes', m=limit)})"))
    elif waits and item.get("kind") == "count":
        lines.append(ctx.kv("counts", ", ".join(f"{x.waiting}/{x.windows_open}" for x in waits if x.kind == "count")))
    return lines


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


def _photo_rows(ctx: ReportContext, photos: list[Photo], photo_cell: PhotoCell) -> list[Flowable]:
    """Photos two per row; each row is its own flowable so pages break between rows."""
    gap = 6 * mm
    cell_w = (ctx.width - gap) / 2
    return [PhotoRow([photo_cell(p, cell_w, cell_w * 0.75) for p in photos[i:i + 2]], cell_w, gap)
            for i in range(0, len(photos), 2)]


def _item_block(ctx: ReportContext, item: dict[str, Any], finding: Any,
                photo_cell: PhotoCell) -> tuple[list[Flowable], list[Flowable]]:
    """(the part to keep together: text and first photo row, the further photo rows)."""
    title = ctx.local(item.get("text"))
    if item.get("critical"):
        title += f"  [{ctx.t('critical')}]"
    st = ctx.styles
    rows = [(title, st["item"])] + [(line, st["meta"]) for line in _detail_lines(ctx, item, finding)]
    if finding.note:
        rows.append((ctx.kv("note", finding.note), st["cell"]))
    block = BarBlock(rows, FAIL if finding.result == "fail" else RULE, ctx.width)
    rows = _photo_rows(ctx, ctx.photos_by_item.get(item["id"], []), photo_cell)
    return [Spacer(1, 3 * mm), block] + rows[:1], rows[1:]


def _clean_areas(ctx: ReportContext, clean: list[tuple[int, dict[str, Any], Any]]) -> list[Flowable]:
    """One compact table for the areas without findings (a heading and a line each said the same)."""
    t = ctx.t
    data = [[ctx.p(t("area"), "head"), ctx.p(t("checked"), "head_r"), ctx.p(t("unchecked"), "head_r")]]
    for number, area, a in clean:
        data.append([ctx.p(f"{number}. {ctx.local(area.get('name'))}", "cell"),
                     ctx.p(f"{a.checked_items}/{a.total_items}", "cell_r"),
                     ctx.p(str(a.total_items - a.checked_items), "cell_r")])
    w = ctx.width
    return [ctx.p(t("clean_areas"), "h2"), _grid(data, [w * 0.62, w * 0.2, w * 0.18])]


def findings(ctx: ReportContext, photo_cell: PhotoCell) -> list[Flowable]:
    t = ctx.t
    out: list[Flowable] = []
    by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in ctx.snapshot.template["items"]:
        by_area[item["area"]].append(item)
    clean: list[tuple[int, dict[str, Any], Any]] = []
    for number, area in enumerate(ctx.snapshot.template["areas"], 1):
        a = ctx.score.areas.get(area["id"])
        if a is None:
            continue
        blocks = []
        for item in by_area[area["id"]]:
            finding = ctx.findings.get(item["id"])
            has_photos = bool(ctx.photos_by_item.get(item["id"]))
            if finding is None and has_photos:
                finding = Finding(ctx.snapshot.inspection.id, item["id"])
            if finding is None or not (finding.result == "fail" or finding.note.strip() or has_photos):
                continue
            blocks.append(_item_block(ctx, item, finding, photo_cell))
        if not blocks:
            clean.append((number, area, a))
            continue
        head = f"{number}. {ctx.local(area.get('name'))} — {t('lost')} {fmt_points(a.points_lost)}"
        meta = t("unchecked_n", n=a.total_items - a.checked_items)
        title = [] if out else [ctx.p(t("findings"), "h1")]  # the page title stays with the first area
        # the area heading stays with its first item; Keep must not nest
        out.append(Keep(title + [ctx.p(head, "h2"), ctx.p(meta, "meta")] + blocks[0][0]))
        out += blocks[0][1]
        for keep, more in blocks[1:]:
            out += [Keep(keep)] + more
        out.append(Spacer(1, 4 * mm))
    if clean:
        table = _clean_areas(ctx, clean)
        out += [Keep([ctx.p(t("findings"), "h1")] + table)] if not out else table
        out.append(Spacer(1, 4 * mm))
    loose = ctx.photos_by_item.get(None, [])
    if loose:
        out += [ctx.p(t("loose_photos"), "h2")] + _photo_rows(ctx, loose, photo_cell)
    return out


def rectifications(ctx: ReportContext) -> list[Flowable]:
    t = ctx.t
    out: list[Flowable] = [ctx.p(t("rectification"), "h1")]
    rects = ctx.snapshot.rectifications
    if not rects:
        return out + [ctx.p(t("no_rect"), "meta")]
    data = [[ctx.p(t(k), "head") for k in ("item", "owner", "deadline", "rect_status")]]
    for r in rects:
        item = ctx.items.get(r.item_id)
        status = t("open") if r.status != "closed" else t("closed", t=fmt_time(r.closed_at)[:10])
        data.append([ctx.p(ctx.local(item.get("text")) if item else r.item_id, "cell"), ctx.p(r.owner, "cell"),
                     ctx.p(r.deadline, "cell"), ctx.p(status, "cell")])
    w = ctx.width
    return out + [_grid(data, [w * 0.50, w * 0.18, w * 0.14, w * 0.18])]


def signatures(ctx: ReportContext) -> list[Flowable]:
    t = ctx.t
    out: list[Flowable] = [Spacer(1, 6 * mm), ctx.p(t("signatures"), "h1")]
    sigs = ctx.snapshot.signatures
    if not sigs:
        return out + [ctx.p(t("no_signatures"), "meta")]
    col_w = ctx.width / max(2, len(sigs))
    cells = []
    for sig in sigs:
        try:
            image: Flowable = Image(io.BytesIO(sig.image_png), col_w - 12 * mm, 20 * mm, kind="proportional",
                                    hAlign="LEFT")
        except Exception:  # a damaged drawing must not stop the report; the typed name is the record
            image = Spacer(1, 20 * mm)
        role = t(f"role.{sig.role}") + (f" · {sig.title}" if sig.title else "")
        card = Table([[image], [ctx.p(sig.name, "item")], [ctx.p(role, "meta")],
                      [ctx.p(ctx.kv("signed_at", fmt_time(sig.signed_at)), "meta")]], colWidths=[col_w - 10 * mm])
        card.setStyle(_style([("LINEBELOW", (0, 0), (0, 0), 0.8, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        cells.append(card)
    table = Table([cells], colWidths=[col_w] * len(sigs), hAlign="LEFT")
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return out + [table]


__all__ = ["ReportContext", "cover", "findings", "rectifications", "signatures", "summary"]
