"""Files of an imported bundle, stored before its transaction: photo originals and the signed report.

    paths = store_originals(bundle_path, data, photos_dir)
    sha256, relative_path = store_received_report(pdf_bytes, data_root)

Photos follow photos.py's layout (originals/<xx>/<sha256>.<ext>, display/<sha256>.jpg,
thumbs/<sha256>.jpg), so the viewer and the report find imported photos where they find
local ones; their display copies and thumbnails are derived data, made later
(photo_copies.py). The report is kept byte for byte as received/<sha256>.pdf. Every file is
named by its content and fsync'ed: one left behind by a refused import is harmless. No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from .paths import RECEIVED_FOLDER
from .photo_decode import EXTENSIONS, open_image
from .photo_files import write_atomic


def photo_paths(sha: str, ext: str) -> tuple[str, str, str]:
    """(original, display, thumb) relative paths of a photo, as photos.import_photo names them."""
    return f"originals/{sha[:2]}/{sha}.{ext}", f"display/{sha}.jpg", f"thumbs/{sha}.jpg"


def store_originals(bundle: Path | BinaryIO, data: dict[str, Any], photos_dir: Path) -> dict[str, tuple[str, str, str]]:
    """Write each photo original of a checked bundle (its file, or its bytes) byte for byte
    (fsync'ed); sha256 → paths.

    Runs before the database transaction: a file left behind by a refused import is harmless,
    being named by its content. Only the image header is read (format and pixel count, as for
    a local import); raises PhotoError for a file that is not a supported picture.
    """
    paths: dict[str, tuple[str, str, str]] = {}
    if not data["photos"]:
        return paths
    with zipfile.ZipFile(bundle) as zf:
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


def store_received_report(pdf: bytes, data_root: Path) -> tuple[str, str]:
    """Keep a bundle's signed report exactly as received; (sha256, path relative to ``data_root``)."""
    sha = hashlib.sha256(pdf).hexdigest()
    relative = f"{RECEIVED_FOLDER}/{sha}.pdf"
    target = Path(data_root) / relative
    if not (target.is_file() and target.stat().st_size == len(pdf)):  # see store_originals
        write_atomic(target, pdf, durable=True)
    return sha, relative
