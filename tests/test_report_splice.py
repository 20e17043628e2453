"""Photos spliced into the PDF from their files (inspector.report.photo_splice) against reportlab's own drawImage."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from inspector.report.photo_splice import (
    HEADER_BYTES,
    JpegInfo,
    PhotoChangedError,
    SpliceError,
    draw_jpeg,
    jpeg_info,
    jpegs_of,
    splice,
)
from tests.photo_samples import cmyk_jpeg, noisy_photo, png, text_named_jpg

PLACES = [(40, 500, 240, 180), (300, 500, 200, 150), (40, 250, 120, 90)]


@pytest.fixture(autouse=True)
def _binary_streams(monkeypatch):
    monkeypatch.setattr(rl_config, "useA85", 0)  # as the report sets it


@pytest.fixture
def jpegs(tmp_path) -> list[Path]:
    """Awkward kinds: a camera-like RGB photo, greyscale, CMYK (inverted by Adobe), progressive."""
    rgb = noisy_photo(tmp_path / "rgb.jpg", (640, 480), seed=1)
    grey = tmp_path / "grey.jpg"
    Image.open(rgb).convert("L").save(grey, "JPEG", quality=85)
    progressive = tmp_path / "progressive.jpg"
    Image.open(rgb).save(progressive, "JPEG", quality=80, progressive=True)
    return [rgb, grey, cmyk_jpeg(tmp_path / "cmyk.jpg", (320, 240)), progressive]


def _info(path: Path) -> JpegInfo:
    info = jpeg_info(path)
    assert info is not None
    return info


def _document(jpegs: list[Path], ours: bool) -> bytes:
    """Three pages: every photo on each (so each is stored once and drawn again), text between."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=1)
    for page in range(3):
        for k, path in enumerate(jpegs):
            x, y, w, h = PLACES[(k + page) % len(PLACES)]
            if ours:
                draw_jpeg(canvas, path, _info(path), x, y + 10 * k, w, h)
            else:
                canvas.drawImage(str(path), x, y + 10 * k, w, h)
        canvas.drawString(40, 40, f"page {page + 1}")
        canvas.showPage()
    canvas.save()
    return splice(out.getvalue(), jpegs_of(canvas)) if ours else out.getvalue()


def test_same_bytes_as_reportlabs_draw_image(jpegs):
    ours = _document(jpegs, ours=True)
    assert ours == _document(jpegs, ours=False)
    for path in jpegs:
        assert ours.count(path.read_bytes()) == 1  # stored once, byte for byte


def test_every_object_is_where_the_table_says(jpegs, tmp_path):
    pdf = _document(jpegs, ours=True)
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    assert len(reader.xref[0]) >= 15  # 4 photos, 3 pages and their streams, fonts, catalogue…
    for number in reader.xref[0]:  # strict: an object not at its offset raises
        assert reader.get_object(IndirectObject(number, 0, reader)) is not None
    photos = [x.get_object() for page in reader.pages for x in page["/Resources"]["/XObject"].values()]
    assert {bytes(photo._data) for photo in photos} == {path.read_bytes() for path in jpegs}
    if shutil.which("pdftoppm"):  # poppler renders each page (it reads the stream lengths and offsets)
        out = tmp_path / "doc.pdf"
        out.write_bytes(pdf)
        done = subprocess.run(["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "page")],
                              capture_output=True, text=True)
        assert done.returncode == 0 and not done.stderr, done.stderr
        assert len(list(tmp_path.glob("page-*.png"))) == 3


def test_a_photo_changed_before_writing_is_refused(jpegs):
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_jpeg(canvas, jpegs[0], _info(jpegs[0]), 0, 0, 100, 75)
    canvas.save()
    with open(jpegs[0], "ab") as f:
        f.write(b"\0")
    with pytest.raises(PhotoChangedError, match="rgb.jpg changed"):
        splice(out.getvalue(), jpegs_of(canvas))
    jpegs[0].unlink()
    with pytest.raises(FileNotFoundError):
        splice(out.getvalue(), jpegs_of(canvas))


def test_a_document_of_another_shape_is_refused(jpegs):
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_jpeg(canvas, jpegs[1], _info(jpegs[1]), 0, 0, 100, 75)
    canvas.save()
    pdf = out.getvalue()
    with pytest.raises(SpliceError, match="cross-reference"):
        splice(pdf[: pdf.rindex(b"startxref")], jpegs_of(canvas))
    marker = jpegs_of(canvas)[0].streamContent.marker
    with pytest.raises(SpliceError, match="exactly once"):
        splice(pdf.replace(marker, b"x" * len(marker)), jpegs_of(canvas))


def test_no_photos_leaves_the_document_alone():
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(10, 10, "text only")
    canvas.save()
    assert splice(out.getvalue(), jpegs_of(canvas)) == out.getvalue()


def test_jpeg_header_read_in_memory_or_past_a_long_header(jpegs, tmp_path):
    assert _info(jpegs[0]) == JpegInfo(640, 480, 3, jpegs[0].stat().st_size)
    assert _info(jpegs[1]).components == 1 and _info(jpegs[2]).components == 4
    # Two large application segments push the frame header past what is read at first.
    data = jpegs[0].read_bytes()
    segment = b"\xff\xef" + (60_002).to_bytes(2, "big") + bytes(60_000)
    long_header = tmp_path / "long-header.jpg"
    long_header.write_bytes(data[:2] + segment * 2 + data[2:])
    assert data.index(b"\xff\xc0") + 2 * len(segment) > HEADER_BYTES
    assert _info(long_header) == JpegInfo(640, 480, 3, long_header.stat().st_size)
    assert Image.open(long_header).size == (640, 480)
    assert jpeg_info(png(tmp_path / "p.png")) is None
    assert jpeg_info(text_named_jpg(tmp_path / "notes.jpg")) is None
    # A file that holds JPEG-like bytes but does not start as a JPEG is not taken for one.
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"\x89PNG\r\n" + data)
    assert jpeg_info(fake) is None
    # A JPEG cut short inside its header is not one either.
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[:100])
    assert jpeg_info(cut) is None
    with pytest.raises(FileNotFoundError):
        jpeg_info(tmp_path / "missing.jpg")
