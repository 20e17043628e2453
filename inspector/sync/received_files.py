"""Files of an imported bundle, stored before its transaction: photo originals and the signed report.

    paths = store_originals(zip_file, data, photos_dir)
    sha256, relative_path = store_received_report(pdf_bytes, data_root)

Photos follow photos/importer.py's layout (originals/<xx>/<sha256>.<ext>, display/<sha256>.jpg,
thumbs/<sha256>.jpg), so the viewer and the report find imported photos where they find
local ones; their display copies and thumbnails are derived data, made later
(photos/derived.py). The report is kept byte for byte as received/<sha256>.pdf. Every file is
named by its content and fsync'ed: one left behind by a refused import is harmless. No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

from inspector.paths import RECEIVED_FOLDER
from inspector.photos.background_writer import write_atomic
from inspector.photos.decode import EXTENSIONS, open_image


def photo_paths(sha: str, ext: str) -> tuple[str, str, str]:
    """(original, display, thumb) relative paths of a photo, as photos.import_photo names them."""
    return f"originals/{sha[:2]}/{sha}.{ext}", f"display/{sha}.jpg", f"thumbs/{sha}.jpg"


def _keep(target: Path, data: bytes) -> None:
    """Write ``data`` durably unless the file is already there whole (named by its content, the
    same size means the same bytes; a shorter one is an earlier write cut short by a power loss)."""
    if not (target.is_file() and target.stat().st_size == len(data)):
        write_atomic(target, data, durable=True)


def store_originals(zf: zipfile.ZipFile, data: dict[str, Any], photos_dir: Path) -> dict[str, tuple[str, str, str]]:
    """Write each photo original of a checked bundle (open as ``zf``) byte for byte (fsync'ed);
    sha256 → paths.

    Runs before the database transaction: a file left behind by a refused import is harmless,
    being named by its content. Only the image header is read (format and pixel count, as for
    a local import); raises PhotoError for a file that is not a supported picture.
    """
    paths: dict[str, tuple[str, str, str]] = {}
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
        _keep(Path(photos_dir) / paths[sha][0], raw)
    return paths


def store_received_report(pdf: bytes, data_root: Path) -> tuple[str, str]:
    """Keep a bundle's signed report exactly as received; (sha256, path relative to ``data_root``)."""
    sha = hashlib.sha256(pdf).hexdigest()
    relative = f"{RECEIVED_FOLDER}/{sha}.pdf"
    _keep(Path(data_root) / relative, pdf)
    return sha, relative
