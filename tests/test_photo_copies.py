"""Display copies and thumbnails as a cache (photo_copies): made on demand, in a batch, or not at all."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from inspector.photos.derived import copy_path, job_of, make_derived_copies
from inspector.photos.importer import import_photo
from tests.photo_samples import jpeg_with_exif, make_exif


def _imported(tmp_path: Path, count: int) -> tuple[Path, list]:
    photos_dir = tmp_path / "photos"
    photos = []
    for index in range(count):
        src = jpeg_with_exif(tmp_path / f"IMG_{index}.jpg", (640, 480), make_exif("2024:05:06 09:00:00", "+08:00"),
                             seed=index)
        photo = import_photo(src, photos_dir)
        (photos_dir / photo.display_path).unlink()  # as an import from a bundle leaves them
        (photos_dir / photo.thumb_path).unlink()
        photos.append(photo)
    return photos_dir, photos


def test_copy_path_makes_a_missing_copy_on_demand(tmp_path):
    photos_dir, (photo,) = _imported(tmp_path, 1)
    thumb = copy_path(photos_dir, photo, "thumb")
    with Image.open(thumb) as img:
        assert img.format == "JPEG" and max(img.size) <= 256
    display = copy_path(photos_dir, photo, "display")
    with Image.open(display) as img:
        assert img.size == (640, 480)
    before = display.stat().st_mtime_ns
    assert copy_path(photos_dir, photo, "display").stat().st_mtime_ns == before  # made once, then reused


def test_a_batch_reports_progress_and_stops_when_cancelled(tmp_path):
    photos_dir, photos = _imported(tmp_path, 3)
    seen: list[tuple[int, int]] = []
    problems = make_derived_copies(photos_dir, [job_of(p) for p in photos], progress=lambda d, t: seen.append((d, t)),
                                   cancelled=lambda: len(seen) >= 1)
    assert problems == [] and seen[-1] == (1, 3)  # one made, then cancelled
    made = [p for p in photos if (photos_dir / p.display_path).is_file()]
    assert len(made) == 1
    assert make_derived_copies(photos_dir, [job_of(p) for p in photos]) == []
    assert all((photos_dir / p.thumb_path).is_file() for p in photos)


def test_an_undecodable_original_gives_a_line_and_keeps_the_original(tmp_path):
    photos_dir, (good, bad) = _imported(tmp_path, 2)
    original = photos_dir / bad.original_path
    original.write_bytes(original.read_bytes()[:200])  # damaged on disk after the import
    problems = make_derived_copies(photos_dir, [job_of(bad), job_of(good)])
    assert len(problems) == 1 and bad.sha256[:12] in problems[0] and "no display copy" in problems[0]
    assert original.is_file() and (photos_dir / good.display_path).is_file()
    # A viewer asking for it gets the path (its usual placeholder shows), not an exception.
    assert not copy_path(photos_dir, bad, "display").exists()
