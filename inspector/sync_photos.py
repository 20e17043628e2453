"""Photos of imported bundles: the originals, stored before each bundle's transaction.

    paths = store_originals(bundle_path, data, photos_dir)

The layout is photos.py's (originals/<xx>/<sha256>.<ext>, display/<sha256>.jpg,
thumbs/<sha256>.jpg), so the viewer and the report find imported photos where they find
local ones. The display copies and thumbnails are derived data, made later (photo_copies.py).
No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

from .photo_decode import EXTENSIONS, open_image
from .photo_files import write_atomic


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
