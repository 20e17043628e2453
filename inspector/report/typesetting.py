"""Fonts, labels and paragraph styles of the PDF report (reportlab, no Qt).

The bundled CJK font (DroidSansFallbackFull) has no Latin glyphs at all, so text is
split into runs: Latin, digits and common symbols are set in Bitstream Vera (shipped
with reportlab), everything else in the CJK font. Both are embedded as subsets. Bold
text is the same fonts outlined in their own colour (the CJK font has no bold, and a
bold Latin font made digits heavier than the Chinese around them). Text is set by
TextBlock, a small line breaker of our own: reportlab's CJK Paragraph wrapping took
most of the export time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from inspector.paths import FONT_PATH

FONT_CJK = "InspectorCJK"
FONT_LATIN = "InspectorLatin"
_VERA_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")

ACCENT = colors.HexColor("#1F3A5F")  # headings, score
RULE = colors.HexColor("#C9D1DB")  # table rules
HEAD_BG = colors.HexColor("#EEF2F6")  # table header rows
MUTED = colors.HexColor("#5B6573")  # captions, meta lines
FAIL = colors.HexColor("#B3261E")  # failed items, the critical banner
BOLD_OUTLINE = 1 / 30  # bold text is outlined this wide, per point of font size

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "文明优质服务检查报告", "branch": "网点", "address": "地址", "date": "检查时间",
        "type": "检查方式", "inspectors": "检查人员", "template": "检查清单", "status": "状态",
        "score": "得分", "grade": "等级", "failed_critical": "不合格：关键项未通过",
        "doc_id": "文档编号", "data_hash": "数据摘要 (SHA-256)", "summary": "分项汇总",
        "area": "检查项目", "checked": "已查/总数", "failed": "不合格项", "unchecked": "未查",
        "lost": "扣分", "total": "合计", "chart": "各项扣分", "findings": "检查发现",
        "unchecked_n": "未检查 {n} 项", "clean_areas": "无问题记录的检查项目",
        "result": "结果", "deduction": "扣分", "occurrences": "次数", "staff": "涉及员工",
        "repeat": "重复发生", "yes": "是", "note": "备注", "critical": "关键项", "options": "选项",
        "waits": "等候时长", "counts": "排队/开窗", "minutes": "{m} 分钟", "threshold": "阈值",
        "photo_taken": "拍摄 {t}", "file_time": "（文件时间）", "photo_imported": "导入 {t}",
        "photo_missing": "照片文件缺失：{name}", "loose_photos": "未关联检查项的照片",
        "rectification": "整改要求", "item": "检查项", "owner": "整改责任人", "deadline": "整改期限",
        "rect_status": "状态", "open": "整改中", "closed": "已完成 {t}", "no_rect": "无整改事项。",
        "signatures": "签字确认", "name": "姓名", "signed_at": "签字时间", "no_signatures": "尚未签字。",
        "page": "第 {x} 页 / 共 {y} 页", "points": "{p} 分", "cap": "上限 {c}",
        "corrects": "本报告更正 {id}",
        "type.onsite": "明查", "type.mystery": "暗访", "type.remote": "非现场（调阅监控）", "type.self": "自查",
        "status.draft": "草稿", "status.finished": "已完成，待签字", "status.signed": "已签字",
        "res.pass": "合格", "res.fail": "不合格", "res.na": "不适用", "res.unchecked": "未检查",
        "role.inspector": "检查人", "role.branch_head": "网点负责人",
    },
    "en": {
        "title": "Service Quality Inspection Report", "branch": "Branch", "address": "Address",
        "date": "Inspected", "type": "Inspection type", "inspectors": "Inspectors", "template": "Checklist",
        "status": "Status", "score": "Score", "grade": "Grade", "failed_critical": "FAILED: critical item",
        "doc_id": "Document id", "data_hash": "Data hash (SHA-256)", "summary": "Summary by area",
        "area": "Area", "checked": "Checked/total", "failed": "Failed", "unchecked": "Not checked",
        "lost": "Points lost", "total": "Total", "chart": "Points lost per area", "findings": "Findings",
        "unchecked_n": "{n} items not checked", "clean_areas": "Areas without findings",
        "result": "Result", "deduction": "Points lost", "occurrences": "Occurrences", "staff": "Staff",
        "repeat": "Repeat", "yes": "yes", "note": "Note", "critical": "Critical", "options": "Options",
        "waits": "Waits", "counts": "Waiting/windows", "minutes": "{m} min", "threshold": "limit",
        "photo_taken": "Taken {t}", "file_time": " (file time)", "photo_imported": "imported {t}",
        "photo_missing": "Photo file missing: {name}", "loose_photos": "Photos not linked to an item",
        "rectification": "Rectification", "item": "Item", "owner": "Owner", "deadline": "Deadline",
        "rect_status": "Status", "open": "Open", "closed": "Closed {t}", "no_rect": "No rectification needed.",
        "signatures": "Signatures", "name": "Name", "signed_at": "Signed", "no_signatures": "Not signed yet.",
        "page": "Page {x} of {y}", "points": "{p} points", "cap": "cap {c}",
        "corrects": "This report corrects {id}",
        "type.onsite": "Onsite", "type.mystery": "Mystery shopper", "type.remote": "Remote (CCTV) review",
        "type.self": "Self-check",
        "status.draft": "Draft", "status.finished": "Finished, awaiting signatures", "status.signed": "Signed",
        "res.pass": "Pass", "res.fail": "Fail", "res.na": "N/A", "res.unchecked": "Not checked",
        "role.inspector": "Inspector", "role.branch_head": "Branch head",
    },
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the CJK and Latin fonts with reportlab (once per process)."""
    if not FONT_PATH.is_file():
        raise FileNotFoundError(f"The report font {FONT_PATH} is missing; reinstall Inspector's assets.")
    pdfmetrics.registerFont(TTFont(FONT_CJK, str(FONT_PATH)))
    pdfmetrics.registerFont(TTFont(FONT_LATIN, os.path.join(_VERA_DIR, "Vera.ttf")))


@lru_cache(maxsize=1)
def _latin_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT_LATIN).face.charToGlyph)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(script runs, break tokens) as regular expressions over the Latin font's characters.

    A run is Latin (with the spaces among it) or CJK (with the spaces after it): the same
    split a character loop makes, but done in C, since every line of the report goes through it.
    """
    latin = "".join(re.escape(chr(c)) for c in sorted(_latin_chars()) if chr(c) not in " \u3000")
    return re.compile(f"([{latin} ]+)|[^{latin} ][^{latin}]*"), re.compile(f"[{latin}]+|.", re.S)


def runs(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_latin, segment) runs; spaces stay with the run they are in."""
    return [(m.lastindex == 1, m.group()) for m in _patterns()[0].finditer(text)]


def text_width(text: str, size: float) -> float:
    """Width in points of a mixed-script string (bold text is as wide: it is outlined, not another font)."""
    return sum(pdfmetrics.stringWidth(seg, FONT_LATIN if is_latin else FONT_CJK, size) for is_latin, seg in runs(text))


# Each document numbers the glyphs of its font subsets as text arrives, so encoded runs are
# cached per document (weakly: the cache goes with the document).
_encoded: WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[str, str]]]] = WeakKeyDictionary()


def _encode(doc: Any, font_name: str, seg: str) -> list[tuple[str, str]]:
    """[(subset font name, escaped bytes)] of one run, as reportlab documents for its TrueType fonts."""
    cache = _encoded.get(doc)
    if cache is None:
        cache = _encoded[doc] = {}
    key = (font_name, seg)
    parts = cache.get(key)
    if parts is None:
        font = pdfmetrics.getFont(font_name)
        parts = cache[key] = [(font.getSubsetInternalName(subset, doc), escapePDF(chunk))
                              for subset, chunk in font.splitString(seg, doc)]
    return parts


class _Code:
    """Ready-made PDF text operators for Canvas.drawText (which only asks for getCode)."""

    def __init__(self, code: str) -> None:
        self.code = code

    def getCode(self) -> str:  # noqa: N802 - reportlab's name
        return self.code


def text_code(canv: Canvas, lines: list[tuple[float, float, str]], size: float,
              bold: colors.Color | None = None) -> _Code:
    """One BT…ET block setting each (x, y, text) line in our two fonts.

    Cheaper than a reportlab text object per line: no width bookkeeping per run, one
    font switch only where the subset changes. ``bold`` (the text colour) outlines the
    glyphs in it as well: Chinese and Latin get the same weight, and no bold font is embedded.
    """
    doc = canv._doc
    size_tf = f" {fp_str(size)} Tf"
    out = ["BT"]
    if bold is not None:
        out = ["q", fp_str(*bold.rgb()), "RG", fp_str(size * BOLD_OUTLINE), "w BT 2 Tr"]
    current = None
    for x, y, text in lines:
        out.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for is_latin, seg in runs(text):
            for subset, chunk in _encode(doc, FONT_LATIN if is_latin else FONT_CJK, seg):
                if subset != current:
                    out.append(subset + size_tf)
                    current = subset
                out.append(f"({chunk}) Tj")
    out.append("ET Q" if bold is not None else "ET")
    return _Code(" ".join(out))


def draw_text(canv: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
    """Draw a mixed-script string on a canvas; align is left, right or centre about x."""
    if align == "right":
        x -= text_width(text, size)
    elif align == "centre":
        x -= text_width(text, size) / 2
    canv.drawText(text_code(canv, [(x, y, text)], size))


_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)%’”")
_widths: dict[float, dict[str, float]] = {}  # font size → character → width


def _width_fn(size: float) -> Callable[[str], float]:
    """Width of a break token: a Latin word or one character (widths of characters are kept)."""
    latin = _latin_chars()
    table = _widths.setdefault(size, {})

    def width(token: str) -> float:
        if len(token) > 1:  # a Latin word: one font, one call
            return pdfmetrics.stringWidth(token, FONT_LATIN, size)
        w = table.get(token)
        if w is None:
            w = table[token] = pdfmetrics.stringWidth(token, FONT_LATIN if ord(token) in latin else FONT_CJK, size)
        return w

    return width


def break_lines(text: str, size: float, width: float) -> list[str]:
    """Greedy line breaking of mixed Chinese/Latin text to ``width`` points."""
    w = _width_fn(size)
    tokens_of = _patterns()[1].findall
    lines: list[str] = []
    for para in (text or "").split("\n"):
        if text_width(para, size) <= width:  # most lines fit whole: a few C calls instead of a loop
            lines.append(para.rstrip())
            continue
        current, used = "", 0.0
        for token in tokens_of(para):
            tw = w(token)
            if used + tw <= width or not current or (token[0] in _NO_LINE_START and len(token) == 1):
                if tw > width and not current:  # a word longer than the line: cut it by character
                    for ch in token:
                        cw = w(ch)
                        if used + cw > width and current:
                            lines.append(current)
                            current, used = "", 0.0
                        current += ch
                        used += cw
                    continue
                current += token
                used += tw
                continue
            lines.append(current.rstrip())
            current, used = ("", 0.0) if token == " " else (token, tw)
        lines.append(current.rstrip())
    return lines


def _first_baseline(style: ParagraphStyle) -> float:
    """Distance from the top of a line box to its baseline."""
    return (style.leading - style.fontSize) / 2 + style.fontSize * 0.86


def draw_lines(canv: Canvas, lines: list[str], style: ParagraphStyle, width: float, top: float,
               left: float = 0.0) -> None:
    """Set lines in ``style`` from ``top`` down, aligned within ``width`` from ``left``.

    Sets its own fill colour and leaves it so (no saveState: there are hundreds of these).
    """
    canv.setFillColor(style.textColor)
    y = top - _first_baseline(style)
    placed = []
    for line in lines:
        if style.alignment == TA_LEFT:
            x = left
        else:
            x = width - text_width(line, style.fontSize)
            x = left + (x / 2 if style.alignment == TA_CENTER else x)
        placed.append((x, y, line))
        y -= style.leading
    if placed:
        bold = style.textColor if getattr(style, "bold", False) else None
        canv.drawText(text_code(canv, placed, style.fontSize, bold))


def make_styles(lang: str) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles; Chinese wraps between any two characters."""
    wrap = "CJK" if lang == "zh" else None
    base = ParagraphStyle("body", fontName=FONT_LATIN, fontSize=9.5, leading=14, wordWrap=wrap,
                          textColor=colors.HexColor("#1B1F24"))

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": style("title", bold=True, fontSize=22, leading=30, textColor=ACCENT),
        "subtitle": style("subtitle", fontSize=12, leading=18, textColor=MUTED),
        "h1": style("h1", bold=True, fontSize=15, leading=20, textColor=ACCENT,
                    spaceBefore=6, spaceAfter=8, keepWithNext=1),
        "h2": style("h2", bold=True, fontSize=11.5, leading=16, textColor=ACCENT,
                    spaceBefore=10, spaceAfter=2, keepWithNext=1),
        "item": style("item", bold=True, fontSize=10, leading=14),
        "meta": style("meta", fontSize=8.5, leading=12, textColor=MUTED),
        "cell": style("cell", fontSize=9, leading=12.5),
        "cell_r": style("cell_r", fontSize=9, leading=12.5, alignment=2),
        "head": style("head", bold=True, fontSize=8.5, leading=12, textColor=ACCENT),
        "head_r": style("head_r", bold=True, fontSize=8.5, leading=12, textColor=ACCENT, alignment=2),
        "key": style("key", fontSize=9.5, leading=14, textColor=MUTED),
        "caption": style("caption", fontSize=7.5, leading=10, textColor=MUTED, alignment=TA_LEFT),
        "score": style("score", bold=True, fontSize=44, leading=50, textColor=ACCENT,
                       alignment=TA_CENTER),
        "grade": style("grade", fontSize=13, leading=18, alignment=TA_CENTER),
        "banner": style("banner", bold=True, fontSize=11, leading=15, textColor=colors.white,
                        alignment=TA_CENTER),
        "small": style("small", fontSize=7.5, leading=10.5, textColor=MUTED, wordWrap="CJK"),
    }


def fmt_time(value: str | None) -> str:
    """'2024-05-06T09:30:12+08:00' → '2024-05-06 09:30'."""
    if not value:
        return "-"
    return value[:16].replace("T", " ")


def fmt_points(value: float) -> str:
    """4.0 → '4', 2.5 → '2.5'."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
