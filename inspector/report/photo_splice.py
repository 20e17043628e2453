"""Photos go into the report straight from their JPEG files, not through reportlab's memory.

reportlab's drawImage reads a JPEG into memory and then copies its bytes five or six times
while it formats the file (stream, object, whole document). For a report of 40 photos that
is most of the export. Here each photo becomes an image XObject whose stream is a short
marker; reportlab formats the (small) document as usual, and ``splice`` then puts each
file's bytes where its marker is and moves the cross-reference offsets by the difference.
The result is byte for byte what drawImage would have written (tests compare the two).

    info = jpeg_info(path)                                # None: not a JPEG
    draw_jpeg(canvas, path, info, x, y, width, height)   # instead of canvas.drawImage
    pdf = splice(canvas_pdf_bytes, jpegs_of(canvas))
"""

from __future__ import annotations

import io
import os
import re
import secrets
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from reportlab.lib.utils import _digester
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.pdfgen.canvas import Canvas

HEADER_BYTES = 8192  # a JPEG's frame header is within this unless EXIF or a thumbnail come first


class JpegInfo(NamedTuple):
    width: int
    height: int
    components: int  # 1 grey, 3 RGB, 4 CMYK
    size: int  # bytes in the file


def jpeg_info(path: Path) -> JpegInfo | None:
    """The JPEG's pixel size and colour components from its header; None if it is not a JPEG.

    Reads the start of the file once and parses it in memory (readJPEGInfo reads a byte at a time).
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        head = f.read(HEADER_BYTES)
        if not head.startswith(b"\xff\xd8"):  # no start-of-image marker: a PNG or anything else
            return None
        try:
            try:
                width, height, components = readJPEGInfo(io.BytesIO(head))[:3]
            except Exception:  # noqa: BLE001 - the header runs past HEADER_BYTES: read on in the file
                if len(head) < HEADER_BYTES:
                    raise
                f.seek(0)
                width, height, components = readJPEGInfo(f)[:3]
        except Exception:  # noqa: BLE001 - readJPEGInfo raises bare errors for a damaged JPEG
            return None
    return JpegInfo(width, height, components, size)


class SpliceError(RuntimeError):
    """The document did not have the shape splice expects (reportlab changed how it writes files)."""


class PhotoChangedError(OSError):
    """A photo's file is not the size it was when the page was laid out."""


class _Hole(pdfdoc.PDFObject):
    """Stands for a file's bytes while reportlab formats the stream: its length, then a marker."""

    def __init__(self, size: int, marker: bytes) -> None:
        self.size, self.marker = size, marker

    def __len__(self) -> int:  # the stream's /Length
        return self.size

    def format(self, document: object) -> bytes:
        return self.marker


class FileJpeg(pdfdoc.PDFImageXObject):
    """A JPEG image XObject whose bytes stay in its file until ``splice``."""

    def __init__(self, name: str, path: Path, info: JpegInfo, marker: bytes) -> None:
        # PDFImageXObject.__init__ would read the file; set what its loadImageFromJPEG sets instead.
        self.name, self.path, self.mask = name, path, None
        self.width, self.height = info.width, info.height
        self.bitsPerComponent = 8
        self.colorSpace = {1: "DeviceGray", 3: "DeviceRGB"}.get(info.components, "DeviceCMYK")
        if self.colorSpace == "DeviceCMYK":
            self._dotrans = 1  # Adobe CMYK JPEGs are stored inverted (as loadImageFromJPEG assumes)
        self._filters = ("DCTDecode",)
        self.streamContent = _Hole(info.size, marker)


def _jpegs(canv: Canvas) -> list[FileJpeg]:
    jpegs = getattr(canv, "_inspector_jpegs", None)
    if jpegs is None:
        jpegs = canv._inspector_jpegs = []
    return jpegs


def _token(canv: Canvas) -> bytes:
    """A random token per document, so no text or compressed stream can hold a photo's marker by chance."""
    token = getattr(canv, "_inspector_token", None)
    if token is None:
        token = canv._inspector_token = secrets.token_hex(12).encode()
    return token


def jpegs_of(canv: Canvas) -> list[FileJpeg]:
    """The photos placed on this canvas by draw_jpeg, in order."""
    return list(_jpegs(canv))


def draw_jpeg(canv: Canvas, path: Path, info: JpegInfo, x: float, y: float, width: float, height: float) -> None:
    """Place a JPEG (``info`` from jpeg_info) in the box, as drawImage does."""
    doc = canv._doc
    name = _digester(f"{path}None".encode())  # drawImage's name for a file drawn without a mask
    ref_name = doc.getXObjectName(name)
    if ref_name not in doc.idToObject:
        marker = b"\0inspector-jpeg-%s-%d\0" % (_token(canv), len(_jpegs(canv)))
        image = FileJpeg(name, path, info, marker)
        doc.Reference(image, ref_name)
        doc.addForm(name, image)
        _jpegs(canv).append(image)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{ref_name} Do")
    canv.restoreState()
    canv._formsinuse.append(name)  # so the page lists it among its resources


_TAIL = re.compile(rb"startxref\n(\d+)\n%%EOF\n?\Z")
_XREF_HEAD = re.compile(rb"xref\n0 (\d+)\n")
_ENTRY = 20  # "0000012345 00000 n \n"


def _read_into(image: FileJpeg, view: memoryview) -> None:
    """Read the photo's file into ``view`` (exactly its size, checked against the size laid out)."""
    changed = PhotoChangedError(f"The photo {image.path.name} changed while the report was being made; export again.")
    with open(image.path, "rb", buffering=0) as f:
        if os.fstat(f.fileno()).st_size != len(view):
            raise changed
        filled = 0
        while filled < len(view):
            got = f.readinto(view[filled:])
            if not got:
                raise changed
            filled += got


def splice(pdf: bytes, images: list[FileJpeg]) -> bytearray:
    """The document with each image's file in place of its marker and its offsets moved to match.

    The result is a bytearray the photos are read straight into: building it as bytes
    would allocate and copy the whole file once more.
    """
    if not images:
        return bytearray(pdf)
    tail = _TAIL.search(pdf)
    head = _XREF_HEAD.match(pdf, int(tail.group(1))) if tail else None
    if head is None:
        raise SpliceError("The report's cross-reference table is not where reportlab puts it.")
    xref_at, count = int(tail.group(1)), int(head.group(1))
    table_at = head.end()
    table_end = table_at + count * _ENTRY
    # Where each marker is, in file order, and by how much the file grows there.
    holes = []
    for image in images:
        marker = image.streamContent.marker
        at = pdf.find(marker)
        if at < 0 or at > xref_at or pdf.find(marker, at + 1) >= 0:
            raise SpliceError("A photo's place in the report was not found exactly once.")
        holes.append((at, image, image.streamContent.size - len(marker)))
    holes.sort(key=lambda hole: hole[0])
    places = [at for at, _, _ in holes]
    grown = list(accumulate(grow for _, _, grow in holes))

    def moved(offset: int) -> int:
        before = bisect_left(places, offset)  # holes that start before this offset
        return offset + (grown[before - 1] if before else 0)

    entries = []
    for k in range(count):
        entry = pdf[table_at + k * _ENTRY : table_at + (k + 1) * _ENTRY]
        if entry[17:18] == b"n":
            entry = b"%010d" % moved(int(entry[:10])) + entry[10:]
        entries.append(entry)
    pieces: list[bytes | FileJpeg] = []
    start = 0
    for at, image, _ in holes:
        pieces += [pdf[start:at], image]
        start = at + len(image.streamContent.marker)
    pieces += [pdf[start:table_at], b"".join(entries), pdf[table_end:tail.start()],
               b"startxref\n%d\n%%%%EOF\n" % moved(xref_at)]
    sizes = [piece.streamContent.size if isinstance(piece, FileJpeg) else len(piece) for piece in pieces]
    out = bytearray(sum(sizes))
    with memoryview(out) as view:
        at = 0
        for piece, size in zip(pieces, sizes, strict=True):
            if isinstance(piece, FileJpeg):
                _read_into(piece, view[at : at + size])
            else:
                view[at : at + size] = piece
            at += size
    return out
