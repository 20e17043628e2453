"""Photos of imported bundles: originals stored at once, display copies and thumbnails later.

    paths = store_originals(bundle_path, data, photos_dir)     # before the transaction
    problems = make_derived_copies(photos_dir, jobs)            # after it, possibly in workers

The layout is photos.py's (originals/<xx>/<sha256>.<ext>, display/<sha256>.jpg,
thumbs/<sha256>.jpg), so the viewer and the report find imported photos where they find
local ones. Decoding a photo is the dear part of an import and its copies are derived data,
so it happens after the bundles' transactions; :func:`make_missing_copies` repairs any
copy that is missing (an interrupted import, a deleted cache) on demand. No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

from . import photo_exif
from .photo_decode import EXTENSIONS, decode_copies, jpeg_bytes, open_image
from .photo_files import write_atomic

# (sha256, original, display, thumb), paths relative to the photos folder
CopyJob = tuple[str, str, str, str]


def photo_paths(sha: str, ext: str) -> tuple[str, str, str]:
    """(original, display, thumb) relative paths of a photo, as photos.import_photo names them."""
    return f"originals/{sha[:2]}/{sha}.{ext}", f"display/{sha}.jpg", f"thumbs/{sha}.jpg"


def store_originals(path: Path, data: dict[str, Any], photos_dir: Path) -> dict[str, tuple[str, str, str]]:
    """Write each photo original of a checked bundle byte for byte (fsync'ed); sha256 → paths.

    Runs before the database transaction: a file left behind by a refused import is harmless,
    being named by its content. Only the image header is read (format and pixel count, as for
    a local import); raises PhotoError for a file that is not a supported picture.
    """
    paths: dict[str, tuple[str, str, str]] = {}
    if not data["photos"]:
        return paths
    with zipfile.ZipFile(path) as zf:
        for photo in data["photos"]:
            sha = photo["sha256"]
            if sha in paths:
                continue
            raw = zf.read(photo["member"])
            if hashlib.sha256(raw).hexdigest() != sha:  # the manifest check makes this unreachable unless the file changed
                raise ValueError(f"photo {photo['member']} changed while it was imported")
            img = open_image(raw, photo.get("original_name") or photo["member"])
            ext = EXTENSIONS[img.format]
            img.close()
            paths[sha] = photo_paths(sha, ext)
            original = Path(photos_dir) / paths[sha][0]
            # A size mismatch means an earlier write was cut short by a power loss: rewrite it.
            if not (original.is_file() and original.stat().st_size == len(raw)):
                write_atomic(original, raw, durable=True)
    return paths


def make_copy(photos_dir: Path, job: CopyJob) -> str | None:
    """Make the display copy and thumbnail of one stored original; None, or why it failed."""
    sha, original, display, thumb = job
    photos_dir = Path(photos_dir)
    try:
        raw = (photos_dir / original).read_bytes()
        img = open_image(raw, original)
        try:
            orient = photo_exif.orientation(photo_exif.read_exif(img))
            display_img, thumb_img = decode_copies(img, original, orient)
            write_atomic(photos_dir / display, jpeg_bytes(display_img))
            write_atomic(photos_dir / thumb, jpeg_bytes(thumb_img))
        finally:
            img.close()
    except Exception as exc:  # noqa: BLE001 - one undecodable photo must not stop the others
        return f"photo {sha[:12]} ({original}): no display copy could be made ({exc})"
    return None


def needs_copy(photos_dir: Path, job: CopyJob) -> bool:
    _, original, display, thumb = job
    photos_dir = Path(photos_dir)
    return (photos_dir / original).is_file() and not ((photos_dir / display).is_file() and (photos_dir / thumb).is_file())


def make_derived_copies(photos_dir: Path, jobs: list[CopyJob], pool: Any = None) -> list[str]:
    """Make the missing display copies and thumbnails of ``jobs`` (in ``pool``, an Executor,
    when given); the problems, one line each. A photo that cannot be decoded keeps its
    original, which is the evidence; only its preview is missing."""
    todo = [job for job in dict.fromkeys(jobs) if needs_copy(photos_dir, job)]
    if pool is not None and len(todo) > 1:
        results = list(pool.map(make_copy, [photos_dir] * len(todo), todo, chunksize=8))
    else:
        results = [make_copy(photos_dir, job) for job in todo]
    return [r for r in results if r]


def make_missing_copies(store: Any, photos_dir: Path) -> list[str]:
    """Repair every photo of the database whose display copy or thumbnail is missing."""
    return make_derived_copies(Path(photos_dir), store.photo_file_paths())
