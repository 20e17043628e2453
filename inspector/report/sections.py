"""The sections of the PDF report as reportlab flowables: cover, summary, findings, rectification, signatures."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from inspector.model import Finding, InspectionSnapshot, Photo
from inspector.report.chart import points_lost_chart
from inspector.report.flowables import BarBlock, Grid, Keep, PhotoRow, TextBlock
from inspector.report.typesetting import (
    ACCENT,
    FAIL,
    FONT_LATIN,
    LABELS,
    RULE,
    fmt_points,
    fmt_time,
    make_styles,
)
from inspector.scoring.deductions import ScoreResult

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
