"""The PDF report of one inspection (reportlab), built from a read-only snapshot. No Qt.

    pdf = build_report(store.snapshot(inspection_id), "zh")
    Path("report.pdf").write_bytes(pdf)

Display JPEGs are embedded byte for byte (DCTDecode, no re-encoding); only photos with
annotations, or all photos when captions are burned in, are redrawn into temporary copies.
Only each JPEG's header is read while the pages are laid out; its bytes are spliced in
from the file as the finished document is written (report_splice), and decoded pixels
of at most one photo are in memory at any time.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from inspector.model import InspectionSnapshot, Photo
from inspector.paths import UI_FONT_PATH
from inspector.photos.derived import copy_path
from inspector.report.digest import DIGEST_KEYWORD, inspection_digest
from inspector.report.photo_splice import JpegInfo, draw_jpeg, jpeg_info, jpegs_of, splice
from inspector.report.sections import ReportContext, cover, findings, rectifications, signatures, summary
from inspector.report.typesetting import FONT_LATIN, LABELS, MUTED, RULE, draw_text, fmt_time, register_fonts
from inspector.scoring.deductions import score_inspection

try:  # photos/importer.py draws annotation layers and caption strips; without it photos go in plain
    from inspector.photos.importer import draw_annotations, render_caption_copy
except ImportError:  # pragma: no cover - photos/importer.py is part of the app
    draw_annotations = render_caption_copy = None  # type: ignore[assignment]

# ASCII85 would inflate every image stream by a quarter and hide the JPEG bytes;
# binary streams are fine for a file written as bytes.
rl_config.useA85 = 0

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

Progress = Callable[[int, int], None]




def count_pages(pdf: bytes) -> int:
    """Pages of a PDF, also after a signature's incremental update (which rewrites a page)."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "page x of y".

    Photos placed with draw_jpeg are spliced in from their files as the document is written.
    """

    def __init__(self, out: Any, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(out, *args, **kwargs)
        self._out = out
        self._held: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        self._held = []
        self._out.write(splice(self.getpdfdata(), jpegs_of(self)))


def _decorate(canv: Canvas, page: int, total: int, *, header: str, date: str, doc_id: str, page_fmt: str) -> None:
    width, height = A4
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    if page > 1:  # the cover carries the same facts in large type
        y = height - MARGIN_TOP + 8 * mm
        draw_text(canv, MARGIN_X, y, header, 8)
        draw_text(canv, width - MARGIN_X, y, date, 8, align="right")
        canv.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
    y = MARGIN_BOTTOM - 9 * mm
    canv.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
    draw_text(canv, MARGIN_X, y, doc_id, 7)
    draw_text(canv, width - MARGIN_X, y, page_fmt.format(x=page, y=total), 8, align="right")
    canv.restoreState()


class _PhotoImage(Flowable):
    """An embedded photo fitted into a box (aspect kept); reports progress when it is drawn.

    reportlab's Image does the same with more machinery; this is the whole of what the
    report needs: the size, then the file placed as it is (a JPEG's bytes go in unchanged,
    spliced in from the file when the document is written).
    """

    def __init__(self, path: Path, pixels: tuple[int, int], jpeg: JpegInfo | None, width: float, height: float,
                 tick: Callable[[], None]) -> None:
        super().__init__()
        factor = min(width / pixels[0], height / pixels[1])
        self.path, self.jpeg, self._tick = path, jpeg, tick
        self.width, self.height = pixels[0] * factor, pixels[1] * factor

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab's name
        """Place the photo at (x, y) directly: placing it saves and restores the state itself."""
        x = self._hAlignAdjust(x, _sW)
        if self.jpeg is not None:
            draw_jpeg(canvas, self.path, self.jpeg, x, y, self.width, self.height)
        else:  # not a JPEG: reportlab converts it
            canvas.drawImage(str(self.path), x, y, self.width, self.height, mask="auto")
        self._tick()

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)


def _image_info(path: Path) -> tuple[tuple[int, int], JpegInfo | None] | None:
    """(pixel size, JPEG header or None for another kind of image); None when missing or unreadable."""
    try:
        jpeg = jpeg_info(path)
        if jpeg is not None:
            pixels = jpeg.width, jpeg.height
        else:
            with PILImage.open(path) as img:
                pixels = img.size
    except (OSError, PILImage.UnidentifiedImageError):
        return None
    return (pixels, jpeg) if pixels[0] > 0 and pixels[1] > 0 else None


class _Photos:
    """Turns a Photo into flowables; redraws annotated or captioned copies into a temp folder."""

    def __init__(self, ctx: ReportContext, tmp: Path, burn_in: bool, tick: Callable[[], None]) -> None:
        self.ctx, self.tmp, self.burn_in, self.tick = ctx, tmp, burn_in, tick
        self.photos_dir = Path(ctx.snapshot.photos_dir)

    def _source(self, photo: Photo, display: Path) -> Path:
        needs_layer = bool(photo.annotations) and draw_annotations is not None
        needs_caption = self.burn_in and render_caption_copy is not None
        if not (needs_layer or needs_caption):
            return display
        source = display
        if needs_layer:
            try:
                with PILImage.open(display) as img:
                    drawn = draw_annotations(img.convert("RGB"), photo.annotations, UI_FONT_PATH)
                source = self.tmp / f"{photo.id}-a.jpg"
                drawn.save(source, "JPEG", quality=88)
                del drawn
            except ValueError:
                source = display  # a damaged annotation layer: show the evidence itself
        if needs_caption:
            branch = self.ctx.snapshot.branch
            caption = f"{branch.name} {branch.code} · {fmt_time(photo.taken_at or photo.imported_at)}"
            target = self.tmp / f"{photo.id}-c.jpg"
            target.write_bytes(render_caption_copy(source, caption, UI_FONT_PATH))
            source = target
        return source

    def __call__(self, photo: Photo, width: float, height: float) -> list[Flowable]:
        t = self.ctx.t
        display = copy_path(self.photos_dir, photo, "display")  # made now if missing (an import)
        info = _image_info(display)
        if info is None:  # missing, or not an image any more: say so instead of failing the report
            self.tick()
            return [self.ctx.p(t("photo_missing", name=photo.original_name), "caption")]
        taken = t("photo_taken", t=fmt_time(photo.taken_at)) + (t("file_time") if photo.taken_at_source == "file" else "")
        caption = f"{photo.original_name}\n{taken} · {t('photo_imported', t=fmt_time(photo.imported_at))}"
        source = self._source(photo, display)
        copy_info = _image_info(source) if source != display else None
        if copy_info is not None:  # an annotated or captioned copy may be taller than the photo
            info = copy_info
        else:  # no copy, or it cannot be read back: the evidence itself
            source = display
        image = _PhotoImage(source, *info, width, height, lambda: self.tick())
        return [image, self.ctx.p(caption, "caption")]


def build_report(
    snapshot: InspectionSnapshot,
    lang: str = "zh",
    *,
    burn_in_captions: bool = False,
    progress: Progress | None = None,
) -> bytearray:
    """The unsigned PDF report of one inspection, in Chinese ("zh") or English ("en").

    A bytearray, since the photos are read straight into it (see report_splice).
    ``progress(done, total)`` is called as photos are placed; it may raise to cancel.
    """
    if lang not in LABELS:
        raise ValueError(f"Unknown report language {lang!r}; use one of {', '.join(LABELS)}.")
    register_fonts()
    ins = snapshot.inspection
    score = score_inspection(snapshot.template, snapshot.findings, ins.type)
    digest = inspection_digest(snapshot)
    width = A4[0] - 2 * MARGIN_X
    ctx = ReportContext(snapshot, lang, score, width)
    total = len(snapshot.photos) + 2
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, total - 1), total)

    if progress:
        progress(0, total)
    branch = snapshot.branch
    decorate = partial(
        _decorate, header=f"{branch.name}  {branch.code}", date=fmt_time(ins.started_at)[:10],
        doc_id=f"{ctx.t('doc_id')}: {ins.id}", page_fmt=LABELS[lang]["page"],
    )
    with tempfile.TemporaryDirectory(prefix="inspector-report-") as tmp:
        photo_cell = _Photos(ctx, Path(tmp), burn_in_captions, lambda: None)
        story: list[Flowable] = cover(ctx, digest) + [PageBreak()] + summary(ctx)
        story += [PageBreak()] + findings(ctx, photo_cell) + rectifications(ctx) + signatures(ctx)
        photo_cell.tick = tick
        tick()
        out = _Sink()
        doc = SimpleDocTemplate(
            out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=f"{ctx.t('title')} {branch.name} {fmt_time(ins.started_at)[:10]}",
            author=", ".join(ins.inspectors), subject=ins.id, creator="Inspector", pageCompression=1,
            keywords=f"{DIGEST_KEYWORD}{digest}",  # so head office finds it without parsing the pages
            initialFontName=FONT_LATIN,
        )
        doc.build(story, canvasmaker=partial(_NumberedCanvas, decorate=decorate))
    if progress:
        progress(total, total)
    return out.pdf


class _Sink:
    """Where the canvas writes the finished document (once); keeps it as written, without a copy."""

    def __init__(self) -> None:
        self.pdf = bytearray()

    def write(self, data: bytearray) -> int:
        self.pdf = data
        return len(data)
