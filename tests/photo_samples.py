"""Makers of real (and awkward) image files for the photo tests and benchmark.

Each function writes one file and returns its path. Pictures are small so the
tests stay fast; what matters is the format quirk each one carries.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, TiffImagePlugin


def _scene(size: tuple[int, int], seed: int = 0) -> Image.Image:
    """A picture with an unmistakable top-left marker, so rotation can be checked."""
    w, h = size
    img = Image.new("RGB", size, (40 + seed % 200, 120, 200))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, w // 4, h // 4], fill=(255, 0, 0))  # red top-left corner
    draw.ellipse([w // 2, h // 2, w - 1, h - 1], fill=(255, 255, 0))
    return img


def make_exif(
    date: str | None = "2024:05:06 09:30:00",
    offset: str | None = "+08:00",
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
) -> Image.Exif:
    """EXIF with DateTimeOriginal/OffsetTimeOriginal, orientation and GPS as asked."""
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    if date is not None:
        sub[0x9003] = date
    if offset is not None:
        sub[0x9011] = offset
    if gps is not None:
        lat, lon = gps

        def dms(value: float) -> tuple[TiffImagePlugin.IFDRational, ...]:
            value = abs(value)
            d = int(value)
            m = int((value - d) * 60)
            s = (value - d - m / 60) * 3600
            return (
                TiffImagePlugin.IFDRational(d, 1),
                TiffImagePlugin.IFDRational(m, 1),
                TiffImagePlugin.IFDRational(round(s * 1000), 1000),
            )

        g = exif.get_ifd(0x8825)
        g[1] = "N" if lat >= 0 else "S"
        g[2] = dms(lat)
        g[3] = "E" if lon >= 0 else "W"
        g[4] = dms(lon)
    return exif


def jpeg_with_exif(path: Path, size: tuple[int, int] = (64, 48), exif: Image.Exif | None = None, seed: int = 0) -> Path:
    _scene(size, seed).save(path, "JPEG", quality=90, exif=exif if exif is not None else Image.Exif())
    return path


def png(path: Path, size: tuple[int, int] = (64, 48), seed: int = 0) -> Path:
    _scene(size, seed).save(path, "PNG")
    return path


def webp(path: Path, size: tuple[int, int] = (64, 48), exif: Image.Exif | None = None) -> Path:
    _scene(size).save(path, "WEBP", quality=80, exif=exif if exif is not None else Image.Exif())
    return path


def heic(path: Path, size: tuple[int, int] = (64, 48), exif: Image.Exif | None = None) -> Path:
    import pillow_heif

    pillow_heif.register_heif_opener()
    _scene(size).save(path, "HEIF", quality=60, exif=exif if exif is not None else Image.Exif())
    return path


def truncated_jpeg(path: Path, size: tuple[int, int] = (256, 192)) -> Path:
    """A real JPEG cut off halfway through its scan data."""
    tmp = path.with_name(path.name + ".full")
    jpeg_with_exif(tmp, size)
    data = tmp.read_bytes()
    tmp.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_png(path: Path, size: tuple[int, int] = (200, 150)) -> Path:
    """A noisy PNG (so the pixel data is most of the file) cut off halfway."""
    noisy_scene(size).save(path, "PNG")
    return cut_short(path)


def cut_short(path: Path, keep: float = 0.5) -> Path:
    """Cut an existing file down to ``keep`` of its bytes (an interrupted copy)."""
    data = path.read_bytes()
    path.write_bytes(data[: max(1, int(len(data) * keep))])
    return path


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def text_named_jpg(path: Path) -> Path:
    path.write_text("These are my notes, not a photo.\n", encoding="utf-8")
    return path


def cmyk_jpeg(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    _scene(size).convert("CMYK").save(path, "JPEG", quality=90)
    return path


def png_16bit(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """16-bit greyscale PNG (Pillow mode I;16), a gradient across the full 0..65535 range."""
    w, h = size
    img = Image.new("I;16", size)
    img.putdata([(x * 65535) // (w - 1) for _y in range(h) for x in range(w)])
    img.save(path, "PNG")
    return path


def palette_png_transparent(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """Palette PNG whose index 0 is fully transparent (left half), index 1 is blue."""
    img = Image.new("P", size, 0)
    img.putpalette([0, 0, 0, 0, 0, 255] + [0, 0, 0] * 254)
    ImageDraw.Draw(img).rectangle([size[0] // 2, 0, size[0], size[1]], fill=1)
    img.save(path, "PNG", transparency=0)
    return path


def png_claiming_size(path: Path, width: int, height: int) -> Path:
    """A tiny, valid-looking PNG whose header declares ``width`` x ``height`` pixels.

    Pillow checks the decompression-bomb limit on the header alone, so this
    costs a few bytes instead of gigabytes.
    """

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def sparse_huge_file(path: Path, size: int = 300_000_000) -> Path:
    """A file that claims hundreds of MB but takes no disk space (sparse)."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def gif(path: Path) -> Path:
    _scene((32, 24)).save(path, "GIF")
    return path


def broken_symlink(path: Path) -> Path:
    """A link to a file that does not exist (an unreadable input even for root)."""
    os.symlink(path.with_name("does-not-exist.jpg"), path)
    return path


def noisy_scene(size: tuple[int, int]) -> Image.Image:
    """Smooth gradients plus sensor-like noise: compresses like a real photo (MBs at 12 MP)."""
    base = Image.linear_gradient("L").resize(size).convert("RGB")
    picture = Image.blend(base, Image.new("RGB", size, (60, 90, 160)), 0.5)
    noise = Image.effect_noise(size, 28).convert("RGB")
    return Image.blend(picture, noise, 0.25)


def noisy_photo(
    path: Path,
    size: tuple[int, int],
    seed: int,
    exif: Image.Exif | None = None,
    scene: Image.Image | None = None,
) -> Path:
    """A camera-like JPEG; ``seed`` moves a marker so every file has different bytes.

    Pass a ``scene`` from noisy_scene() to reuse it when making many files.
    """
    picture = (scene if scene is not None else noisy_scene(size)).copy()
    w, h = picture.size
    x = seed * 53 % (w // 2)
    ImageDraw.Draw(picture).rectangle([x, h // 3, x + w // 5, h // 2], fill=(200, 30 + seed % 200, 30))
    picture.save(path, "JPEG", quality=90, exif=exif if exif is not None else make_exif())
    return path
