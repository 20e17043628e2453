"""Drawing over photos: annotation layers and the report's burned-in caption.

Both work on copies; the stored original and display files are never changed.

Annotation layer (JSON list, coordinates normalised 0..1 to the display image):

    {"kind": "arrow", "x1": .1, "y1": .1, "x2": .5, "y2": .5, "color": "#ff0000"}
    {"kind": "circle", "cx": .5, "cy": .5, "r": .1}     r: fraction of the image WIDTH
    {"kind": "text", "x": .1, "y": .8, "text": "地面湿滑", "size": .05}
                                         x, y: top-left; size: fraction of image height

"color" is optional everywhere (default red), any CSS colour Pillow understands.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageColor, ImageDraw, ImageFont

from inspector.paths import UI_FONT_PATH

DEFAULT_FONT = UI_FONT_PATH  # Latin and CJK in one font
DEFAULT_COLOR = "#ff0000"
DEFAULT_TEXT_SIZE = 0.05
CAPTION_QUALITY = 85

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=32)
def _font(path: str | None, size: int) -> FontType:
    """The TTF at ``path`` (the bundled CJK font if None); loading it is slow, so cached."""
    target = path or str(DEFAULT_FONT)
    try:
        return ImageFont.truetype(target, size)
    except OSError:
        if path is not None:  # an explicit font that cannot be read is a setup error
            raise
        return ImageFont.load_default(size)


def _num(ann: dict[str, Any], key: str, index: int) -> float:
    try:
        value = float(ann[key])
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"annotation {index} ({ann.get('kind')}): '{key}' must be a number") from None
    if not math.isfinite(value):
        raise ValueError(f"annotation {index} ({ann.get('kind')}): '{key}' is not finite")
    return value


def _color(ann: dict[str, Any], index: int) -> tuple[int, ...]:
    spec = ann.get("color") or DEFAULT_COLOR
    try:
        return ImageColor.getrgb(spec)[:3]
    except (ValueError, AttributeError):
        raise ValueError(f"annotation {index}: unknown colour {spec!r}") from None


def _outline_for(rgb: tuple[int, ...]) -> tuple[int, int, int]:
    """A contrasting edge so a mark stays visible on any background."""
    luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return (0, 0, 0) if luma > 140 else (255, 255, 255)


def _arrow(draw: ImageDraw.ImageDraw, p1: tuple[float, float], p2: tuple[float, float], color, lw: int) -> None:
    (x1, y1), (x2, y2) = p1, p2
    length = math.hypot(x2 - x1, y2 - y1)
    head = max(lw * 4.0, 12.0)
    if length < 1:
        return
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    # shaft stops where the head starts so the tip stays sharp
    bx, by = x2 - ux * head * 0.9, y2 - uy * head * 0.9
    draw.line([(x1, y1), (bx, by)], fill=color, width=lw)
    px, py = -uy, ux
    half = head * 0.5
    draw.polygon([(x2, y2), (bx + px * half, by + py * half), (bx - px * half, by - py * half)], fill=color)


def draw_annotations(img: Image.Image, annotations: list[dict[str, Any]], font_path: Path | None = None) -> Image.Image:
    """A copy of ``img`` with the annotation layer drawn on it; ``img`` is untouched.

    Raises ValueError naming the bad annotation (unknown kind, missing number, bad colour).
    """
    out = img.copy() if img.mode in ("RGB", "RGBA") else img.convert("RGB")
    w, h = out.size
    draw = ImageDraw.Draw(out)
    lw = max(2, round(min(w, h) / 200))
    for i, ann in enumerate(annotations):
        if not isinstance(ann, dict):
            raise ValueError(f"annotation {i}: expected an object, got {type(ann).__name__}")
        kind = ann.get("kind")
        color = _color(ann, i)
        if kind == "arrow":
            p1 = (_num(ann, "x1", i) * w, _num(ann, "y1", i) * h)
            p2 = (_num(ann, "x2", i) * w, _num(ann, "y2", i) * h)
            _arrow(draw, p1, p2, color, lw)
        elif kind == "circle":
            cx, cy = _num(ann, "cx", i) * w, _num(ann, "cy", i) * h
            r = abs(_num(ann, "r", i)) * w
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=color, width=lw)
        elif kind == "text":
            text = str(ann.get("text", ""))
            size = float(ann.get("size") or DEFAULT_TEXT_SIZE)
            font = _font(str(font_path) if font_path else None, max(8, round(size * h)))
            pos = (_num(ann, "x", i) * w, _num(ann, "y", i) * h)
            draw.text(pos, text, fill=color, font=font, stroke_width=max(1, lw // 2), stroke_fill=_outline_for(color))
        else:
            raise ValueError(f"annotation {i}: unknown kind {kind!r} (expected arrow, circle or text)")
    return out


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: FontType, max_width: float) -> list[str]:
    """Break lines by character (Chinese has no spaces) so nothing runs off the strip."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        current = ""
        for ch in para:
            if current and draw.textlength(current + ch, font=font) > max_width:
                lines.append(current)
                current = ch
            else:
                current += ch
        lines.append(current)
    return lines


def render_caption_copy(display_path: Path, caption: str, font_path: Path) -> bytes:
    """JPEG bytes of the display copy with ``caption`` in a dark strip added below it.

    The strip is added under the photo (not over it) so no evidence is hidden.
    """
    with Image.open(display_path) as src:
        photo = src.convert("RGB")
    w, h = photo.size
    size = max(12, round(w / 45))
    font = _font(str(font_path), size)
    pad = max(4, size // 2)
    measure = ImageDraw.Draw(photo)
    lines = _wrap(measure, caption, font, w - 2 * pad)
    line_h = round(size * 1.3)
    strip_h = line_h * len(lines) + 2 * pad
    out = Image.new("RGB", (w, h + strip_h), (24, 24, 24))
    out.paste(photo, (0, 0))
    draw = ImageDraw.Draw(out)
    for n, line in enumerate(lines):
        draw.text((pad, h + pad + n * line_h), line, fill=(255, 255, 255), font=font)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=CAPTION_QUALITY)
    return buf.getvalue()
