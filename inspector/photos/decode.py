"""Decoding for photo import: open safely, one (draft) decode, display copy and thumbnail.

Each failure becomes a PhotoError with its own code and a message for a person.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from inspector.photos import exif as photo_exif

try:  # HEIC/HEIF support is optional at run time; without it those files are "unsupported".
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover - installed in the project venv
    HEIF_AVAILABLE = False

DISPLAY_LONG_SIDE = 2048
THUMB_LONG_SIDE = 256
JPEG_QUALITY = 85
# JPEG draft decoding (1/2, 1/4, 1/8 scale) is used only while the decoded long side
# stays at least this big, so the display copy keeps enough detail to read a sign.
DRAFT_MIN_LONG_SIDE = 1536
# Pillow's default (~89 MP). Phones take 12-50 MP; anything past this is refused
# rather than decoded, whatever Image.MAX_IMAGE_PIXELS is set to elsewhere.
MAX_PIXELS = 89_478_485

# format reported by Pillow -> extension of the stored original
EXTENSIONS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic"}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


class PhotoError(Exception):
    """A photo that cannot be imported; ``code`` is for programs, the message for people.

    Codes: empty, not_image, truncated, too_large, unreadable, unsupported.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self):  # keep code + message when sent across processes
        return (PhotoError, (self.code, self.message))


def open_image(data: bytes, name: str) -> Image.Image:
    """Open from memory, reading only the header; checks format and pixel count."""
    try:
        # Pillow only *warns* between 1x and 2x its pixel limit; make that an error too.
        # (catch_warnings is process-wide; imports run one at a time, so that is fine.)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large(name, None) from None
    except UnidentifiedImageError:
        if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
            if not HEIF_AVAILABLE:
                raise PhotoError(
                    "unsupported", f"{name}: HEIC photos need the pillow-heif package, which is not installed."
                ) from None
            # a HEIF header that libheif cannot parse: the file was cut short or damaged
            raise _truncated(name, ValueError("HEIF structure is incomplete")) from None
        raise PhotoError(
            "not_image",
            f"{name}: not a picture this program can read (JPEG, PNG, WebP or HEIC). Check that it really is a photo.",
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        # header recognised but damaged (e.g. cut off inside the header)
        raise _truncated(name, exc) from None
    if img.format not in EXTENSIONS:
        raise PhotoError(
            "unsupported",
            f"{name}: {img.format} images are not supported. Save it as JPEG or PNG and import that file.",
        )
    if img.width * img.height > MAX_PIXELS:
        raise _too_large(name, img.size)
    return img


def _too_large(name: str, size: tuple[int, int] | None) -> PhotoError:
    dims = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return PhotoError(
        "too_large",
        f"{name}: the image is too large{dims}; the limit is {MAX_PIXELS // 1_000_000} megapixels. "
        "Resize it before importing.",
    )


def _truncated(name: str, exc: BaseException) -> PhotoError:
    return PhotoError(
        "truncated",
        f"{name}: the image data is incomplete or damaged ({exc}). Copy the photo from the camera again.",
    )


def _draft_size(img: Image.Image) -> tuple[int, int] | None:
    """Size to ask JPEG draft for: the largest DCT reduction keeping DRAFT_MIN_LONG_SIDE."""
    long_side = max(img.size)
    for scale in (8, 4, 2):
        if -(-long_side // scale) >= DRAFT_MIN_LONG_SIDE:
            return img.width // scale, img.height // scale
    return None


def _to_rgb(img: Image.Image) -> Image.Image:
    """8-bit RGB for JPEG output; transparency goes onto white, 16-bit is scaled down."""
    if img.mode == "RGB":
        return img
    if img.mode.startswith("I;16") or img.mode == "I":
        # convert("L") would clip 16-bit values at 255 (an all-white picture)
        img = img.convert("I").point(lambda v: v * (1 / 257)).convert("L")
    if (img.mode == "P" and "transparency" in img.info) or img.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        rgba = img.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        canvas.alpha_composite(rgba)
        return canvas.convert("RGB")
    return img.convert("RGB")


def decode_copies(img: Image.Image, name: str, orient: int) -> tuple[Image.Image, Image.Image]:
    """(display, thumbnail) from one decode of ``img``, both oriented upright."""
    if img.format in ("JPEG", "MPO"):
        size = _draft_size(img)
        if size:
            img.draft("RGB", size)
    try:
        img.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _truncated(name, exc) from None
    display = _to_rgb(img)  # may be img itself; it is not used after this
    display.thumbnail((DISPLAY_LONG_SIDE, DISPLAY_LONG_SIDE))
    method = photo_exif.TRANSPOSE_FOR_ORIENTATION.get(orient)
    if method is not None:
        display = display.transpose(method)
    return display, _shrunk(display, THUMB_LONG_SIDE)


def _shrunk(img: Image.Image, long_side: int) -> Image.Image:
    """A new image fitting ``long_side`` (same filter as Image.thumbnail, without the copy)."""
    scale = long_side / max(img.size)
    if scale >= 1:
        return img
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    return img.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)


def jpeg_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY)
    return buf.getvalue()
