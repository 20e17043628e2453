"""Photo import: keep the original byte for byte, make a display copy and a thumbnail.

Layout under ``photos_dir`` (all paths returned are relative, posix)::

    originals/ab/<sha256>.<ext>   the file as it came, never rewritten
    display/<sha256>.jpg          long side <= 2048 px, EXIF orientation applied
    thumbs/<sha256>.jpg           long side <= 256 px

Display copies of big JPEGs come from a draft (DCT-scaled) decode: 1/2, 1/4 or
1/8 scale while the long side stays >= 1536 px, so a 4000 x 3000 photo decodes
straight to 2000 x 1500 and never at full size.

``taken_at``: EXIF DateTimeOriginal (else DateTimeDigitized) with its
OffsetTime when present ("2024-05-06T09:30:00+08:00"), naive when the camera
wrote no offset; implausible dates (0000:00:00, before 1990, in the future) fall
back to the file's modification time, with this computer's offset, and
``taken_at_source`` says "file".

Example::

    summary = import_many([Path("IMG_0001.jpg")], Path("/data/photos"))
    for name, err in summary.failed:
        print(name, err.code, err)
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PIL import Image

from inspector.photos import exif as photo_exif
from inspector.photos.background_writer import OriginalWriter, write_atomic
from inspector.photos.decode import (
    DISPLAY_LONG_SIDE,
    EXTENSIONS,
    THUMB_LONG_SIDE,
    PhotoError,
    decode_copies,
    jpeg_bytes,
    open_image,
)
from inspector.photos.render import draw_annotations, render_caption_copy

__all__ = [
    "DISPLAY_LONG_SIDE",
    "THUMB_LONG_SIDE",
    "ImportSummary",
    "ImportedPhoto",
    "PhotoError",
    "draw_annotations",
    "import_many",
    "import_photo",
    "render_caption_copy",
]


# No phone photo comes near this; it stops a video renamed .jpg from filling memory.
MAX_FILE_BYTES = 256_000_000


@dataclass
class ImportedPhoto:
    sha256: str
    original_path: str
    display_path: str
    thumb_path: str
    original_name: str
    width: int  # full-size pixels, after EXIF orientation
    height: int
    taken_at: str  # ISO 8601; with offset when known
    taken_at_source: str  # "exif" or "file"
    gps_lat: float | None = None
    gps_lon: float | None = None
    duplicate: bool = False  # the original was already stored


@dataclass
class ImportSummary:
    imported: list[ImportedPhoto] = field(default_factory=list)
    failed: list[tuple[str, PhotoError]] = field(default_factory=list)
    cancelled: bool = False


def _read_source(src: Path) -> tuple[bytes, os.stat_result]:
    name = src.name or str(src)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; no effect on regular files
        fd = os.open(src, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
                raise PhotoError("unreadable", f"{name}: not a regular file ({src}). Choose the photo file itself.")
            if st.st_size > MAX_FILE_BYTES:
                raise PhotoError(
                    "too_large",
                    f"{name}: the file is {st.st_size // 1_000_000} MB; photos over "
                    f"{MAX_FILE_BYTES // 1_000_000} MB are refused. Is it really a photo?",
                )
            data = fh.read()
    except FileNotFoundError:
        kind = "a broken link" if src.is_symlink() else "missing"
        raise PhotoError(
            "unreadable", f"{name}: the file is {kind} ({src}). Check the path and copy the photo again."
        ) from None
    except IsADirectoryError:
        raise PhotoError(
            "unreadable", f"{name}: this is a folder, not a photo ({src}). Choose the photo files inside it."
        ) from None
    except PermissionError:
        raise PhotoError(
            "unreadable",
            f"{name}: permission denied ({src}). Copy the photo to a folder you can read, then import it.",
        ) from None
    except OSError as exc:
        raise PhotoError(
            "unreadable", f"{name}: could not be read ({exc.strerror or exc}). Copy the photo again and retry."
        ) from None
    if not data:
        raise PhotoError("empty", f"{name}: the file is empty (0 bytes). Copy the photo from the camera again.")
    return data, st


def _taken_at(exif: Image.Exif | None, st: os.stat_result) -> tuple[str, str]:
    when = photo_exif.capture_time(exif)
    if when is not None:
        return when.isoformat(), "exif"
    # The file time is an absolute instant, so it carries this computer's offset.
    mtime = datetime.fromtimestamp(int(st.st_mtime)).astimezone()
    return mtime.isoformat(), "file"


def import_photo(src: Path, photos_dir: Path) -> ImportedPhoto:
    """Import one photo into ``photos_dir``; raises PhotoError when it cannot.

    Nothing is written unless the photo decodes, and an original already stored
    is never rewritten (same SHA-256 = same bytes).
    """
    writer = OriginalWriter()
    try:
        photo = _import_one(Path(src), Path(photos_dir), writer)
    finally:
        errors = writer.finish()
    for path, exc in errors.items():
        raise _save_error(photo.original_name, path.parent, exc)
    return photo


def _save_error(name: str, folder: Path, exc: BaseException) -> PhotoError:
    reason = getattr(exc, "strerror", None) or exc
    return PhotoError(
        "unreadable",
        f"{name}: could not be saved into {folder} ({reason}). Check free disk space and folder permissions.",
    )


def _import_one(src: Path, photos_dir: Path, writer: OriginalWriter) -> ImportedPhoto:
    name = src.name or str(src)
    data, st = _read_source(src)
    sha = hashlib.sha256(data).hexdigest()
    img = open_image(data, name)
    ext = EXTENSIONS[img.format]
    exif = photo_exif.read_exif(img)
    orient = photo_exif.orientation(exif)
    width, height = img.size
    if orient in (5, 6, 7, 8):
        width, height = height, width

    rel_original = f"originals/{sha[:2]}/{sha}.{ext}"
    rel_display = f"display/{sha}.jpg"
    rel_thumb = f"thumbs/{sha}.jpg"
    original = photos_dir / rel_original
    display_file = photos_dir / rel_display
    thumb_file = photos_dir / rel_thumb
    # A size mismatch means an earlier write was cut short by a power loss: rewrite it.
    duplicate = writer.is_pending(original) or (original.is_file() and original.stat().st_size == len(data))
    taken_at, source = _taken_at(exif, st)
    lat, lon = photo_exif.gps_position(exif)
    photo = ImportedPhoto(
        sha256=sha,
        original_path=rel_original,
        display_path=rel_display,
        thumb_path=rel_thumb,
        original_name=name,
        width=width,
        height=height,
        taken_at=taken_at,
        taken_at_source=source,
        gps_lat=lat,
        gps_lon=lon,
        duplicate=duplicate,
    )

    try:
        if duplicate and display_file.is_file() and thumb_file.is_file():
            return photo  # nothing to decode or write
        display, thumb = decode_copies(img, name, orient)
        display_bytes, thumb_bytes = jpeg_bytes(display), jpeg_bytes(thumb)
        if not duplicate:
            # written (with fsync) in the background; import_photo/import_many wait for it
            writer.write(original, data)
        write_atomic(display_file, display_bytes)
        write_atomic(thumb_file, thumb_bytes)
    except OSError as exc:
        raise _save_error(name, photos_dir, exc) from None
    finally:
        img.close()
    return photo


def import_many(
    paths: Iterable[Path | str],
    photos_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import each path; one bad file never stops the others.

    ``progress(done, total)`` is called after every file; ``cancelled()`` is
    checked before each one and stops the batch (files already imported stay).
    """
    paths = [Path(p) for p in paths]
    photos_dir = Path(photos_dir)
    summary = ImportSummary()
    total = len(paths)
    writer = OriginalWriter()
    sources: dict[int, str] = {}  # id(ImportedPhoto) -> the path it came from
    try:
        for done, path in enumerate(paths, start=1):
            if cancelled is not None and cancelled():
                summary.cancelled = True
                break
            try:
                photo = _import_one(path, photos_dir, writer)
                summary.imported.append(photo)
                sources[id(photo)] = str(path)
            except PhotoError as exc:
                summary.failed.append((str(path), exc))
            except Exception as exc:  # noqa: BLE001 - a decoder bug must not lose the rest of the batch
                message = f"{path.name}: could not be imported ({type(exc).__name__}: {exc}). Try saving it as JPEG."
                summary.failed.append((str(path), PhotoError("unreadable", message)))
            if progress is not None:
                progress(done, total)
    finally:
        errors = writer.finish()
    if errors:  # an original that never reached the disk: its photo failed after all
        lost = {path.relative_to(photos_dir).as_posix(): exc for path, exc in errors.items()}
        for photo in [p for p in summary.imported if p.original_path in lost]:
            summary.imported.remove(photo)
            err = _save_error(photo.original_name, photos_dir, lost[photo.original_path])
            summary.failed.append((sources[id(photo)], err))
    return summary
