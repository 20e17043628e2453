"""Display copies and thumbnails: a cache derived from the stored originals.

    path = copy_path(photos_dir, photo, "thumb")      # made now if missing (viewers, report)
    problems = make_derived_copies(photos_dir, jobs)   # many at once, e.g. after an import

A local import makes both copies at once (photos/importer.py). An imported bundle stores only the
originals — decoding a photo costs far more than the rest of the import — and the copies are
made afterwards in the background (the app) or on first view; a lost copy is made again
from the original the same way. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector.photos import exif as photo_exif
from inspector.photos.background_writer import write_atomic
from inspector.photos.decode import decode_copies, jpeg_bytes, open_image

# (sha256, original, display, thumb), paths relative to the photos folder
CopyJob = tuple[str, str, str, str]


def job_of(photo: Any) -> CopyJob:
    return photo.sha256, photo.original_path, photo.display_path, photo.thumb_path


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


def copy_path(photos_dir: Path, photo: Any, kind: str) -> Path:
    """The path of a photo's "display" copy or "thumb"nail, made first when it is missing.

    One stat when the copy is there (viewers and the report call this for every photo shown).
    If it cannot be made (an undecodable original) the path is returned anyway: the caller
    shows its usual placeholder for a picture that does not load.
    """
    path = Path(photos_dir) / (photo.display_path if kind == "display" else photo.thumb_path)
    if not path.is_file() and (Path(photos_dir) / photo.original_path).is_file():
        make_copy(photos_dir, job_of(photo))
    return path


def make_derived_copies(
    photos_dir: Path,
    jobs: list[CopyJob],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """Make the missing display copies and thumbnails of ``jobs``; the problems, one line each.
    A photo that cannot be decoded keeps its original, which is the evidence; only its preview
    is missing."""
    todo = [job for job in dict.fromkeys(jobs) if needs_copy(photos_dir, job)]
    problems = []
    done = 0
    for job in todo:
        if cancelled is not None and cancelled():
            break
        if progress:
            progress(done, len(todo))
        problem = make_copy(photos_dir, job)
        if problem:
            problems.append(problem)
        done += 1
    if progress:
        progress(done, len(todo))
    return problems


def make_missing_copies(
    store: Any,
    photos_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """Make every photo's display copy and thumbnail that is missing (after an import, a lost cache)."""
    return make_derived_copies(Path(photos_dir), store.photo_file_paths(), progress=progress, cancelled=cancelled)
