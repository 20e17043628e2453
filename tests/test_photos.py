"""Photo import, EXIF, dedup, bad input, annotations, captions and time matching."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from inspector.photos import exif as photo_exif
from inspector.photos.importer import (
    DISPLAY_LONG_SIDE,
    THUMB_LONG_SIDE,
    ImportedPhoto,
    PhotoError,
    draw_annotations,
    import_many,
    import_photo,
    render_caption_copy,
)
from inspector.photos.time_matching import match_by_time
from tests import photo_samples as samples

FONT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "wqy-microhei.ttc"


def tree_snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime (ns), to prove nothing was touched."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def photos_dir(tmp_path: Path) -> Path:
    return tmp_path / "photos"


@pytest.fixture
def src(tmp_path: Path) -> Path:
    d = tmp_path / "camera"
    d.mkdir()
    return d


# --- good photos -------------------------------------------------------------


def test_jpeg_exif_time_gps_and_orientation(src: Path, photos_dir: Path) -> None:
    exif = samples.make_exif("2024:05:06 09:30:00", "+08:00", orientation=6, gps=(31.2366, -121.4775))
    path = samples.jpeg_with_exif(src / "IMG_0001.JPG", (80, 40), exif)

    photo = import_photo(path, photos_dir)

    assert photo.taken_at == "2024-05-06T09:30:00+08:00"
    assert photo.taken_at_source == "exif"
    assert photo.gps_lat == pytest.approx(31.2366, abs=1e-5)
    assert photo.gps_lon == pytest.approx(-121.4775, abs=1e-5)
    # orientation 6 = the camera was turned; the upright picture is 40 x 80
    assert (photo.width, photo.height) == (40, 80)
    with Image.open(photos_dir / photo.display_path) as disp:
        assert disp.size == (40, 80)
        assert disp.format == "JPEG" and disp.mode == "RGB"
        # the red top-left marker of the sensor image ends up top-right once rotated
        r, g, b = disp.getpixel((disp.width - 3, 3))
        assert r > 200 and g < 60 and b < 60
        assert disp.getexif().get(photo_exif.TAG_ORIENTATION, 1) == 1  # never rotated twice
    with Image.open(photos_dir / photo.thumb_path) as thumb:
        assert thumb.size == (40, 80)
    assert photo.original_name == "IMG_0001.JPG"
    assert photo.original_path == f"originals/{photo.sha256[:2]}/{photo.sha256}.jpg"
    assert photo.display_path == f"display/{photo.sha256}.jpg"
    assert photo.thumb_path == f"thumbs/{photo.sha256}.jpg"
    assert photo.duplicate is False


def test_original_kept_byte_for_byte(src: Path, photos_dir: Path) -> None:
    path = samples.jpeg_with_exif(src / "a.jpg", exif=samples.make_exif(orientation=8))
    photo = import_photo(path, photos_dir)
    stored = (photos_dir / photo.original_path).read_bytes()
    assert stored == path.read_bytes()
    assert photo.sha256 == hashlib.sha256(stored).hexdigest()
    # no temp files left behind by the atomic writes
    assert not [p for p in photos_dir.rglob(".tmp-*")]


def test_large_jpeg_uses_draft_and_fits_display_box(src: Path, photos_dir: Path) -> None:
    path = samples.jpeg_with_exif(src / "big.jpg", (4000, 3000))
    photo = import_photo(path, photos_dir)
    assert (photo.width, photo.height) == (4000, 3000)
    with Image.open(photos_dir / photo.display_path) as disp:
        # decoded at 1/2 scale (2000 x 1500): within the 2048 box and not blurred further
        assert disp.size == (2000, 1500)
    with Image.open(photos_dir / photo.thumb_path) as thumb:
        assert max(thumb.size) == THUMB_LONG_SIDE


def test_png_larger_than_display_box_is_downscaled(src: Path, photos_dir: Path) -> None:
    path = samples.png(src / "wide.png", (3000, 1000))
    photo = import_photo(path, photos_dir)
    with Image.open(photos_dir / photo.display_path) as disp:
        assert disp.size == (DISPLAY_LONG_SIDE, 683)
    assert photo.original_path.endswith(".png")


@pytest.mark.parametrize(
    ("maker", "ext"),
    [(samples.png, "png"), (samples.webp, "webp"), (samples.heic, "heic")],
)
def test_png_webp_heic_import(src: Path, photos_dir: Path, maker, ext: str) -> None:
    path = maker(src / f"photo.{ext}")
    photo = import_photo(path, photos_dir)
    assert photo.original_path.endswith(f".{ext}")
    assert (photos_dir / photo.original_path).read_bytes() == path.read_bytes()
    with Image.open(photos_dir / photo.display_path) as disp:
        assert disp.size == (64, 48)
        r, g, b = disp.getpixel((3, 3))
        assert r > 180 and g < 80 and b < 80  # the red marker survived the conversion


def test_heic_exif_time_is_read(src: Path, photos_dir: Path) -> None:
    exif = samples.make_exif("2023:11:02 14:05:09", "-05:00")
    photo = import_photo(samples.heic(src / "x.heic", exif=exif), photos_dir)
    assert photo.taken_at == "2023-11-02T14:05:09-05:00"
    assert photo.taken_at_source == "exif"


def test_exif_without_offset_gives_naive_local_time(src: Path, photos_dir: Path) -> None:
    exif = samples.make_exif("2024:01:31 23:59:58", offset=None)
    photo = import_photo(samples.jpeg_with_exif(src / "n.jpg", exif=exif), photos_dir)
    assert photo.taken_at == "2024-01-31T23:59:58"


def test_duplicate_is_stored_once_and_not_rewritten(src: Path, photos_dir: Path, tmp_path: Path) -> None:
    first = samples.jpeg_with_exif(src / "one.jpg")
    copy = tmp_path / "copy-of-one.jpg"
    copy.write_bytes(first.read_bytes())

    a = import_photo(first, photos_dir)
    before = tree_snapshot(photos_dir)
    b = import_photo(copy, photos_dir)

    assert a.duplicate is False and b.duplicate is True
    assert a.sha256 == b.sha256 and a.original_path == b.original_path
    assert b.original_name == "copy-of-one.jpg"
    assert len(list((photos_dir / "originals").rglob("*.jpg"))) == 1
    assert tree_snapshot(photos_dir) == before


def test_duplicate_remakes_missing_display_copy(src: Path, photos_dir: Path) -> None:
    path = samples.jpeg_with_exif(src / "one.jpg")
    photo = import_photo(path, photos_dir)
    (photos_dir / photo.display_path).unlink()
    again = import_photo(path, photos_dir)
    assert again.duplicate is True
    assert (photos_dir / photo.display_path).is_file()


# --- bad input -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("maker", "code"),
    [
        (lambda d: samples.truncated_jpeg(d / "cut.jpg"), "truncated"),
        (lambda d: samples.truncated_png(d / "cut.png"), "truncated"),
        (lambda d: samples.cut_short(samples.heic(d / "cut.heic", (200, 150)), 0.3), "truncated"),
        (lambda d: samples.zero_bytes(d / "empty.jpg"), "empty"),
        (lambda d: samples.text_named_jpg(d / "notes.jpg"), "not_image"),
        (lambda d: samples.png_claiming_size(d / "bomb.png", 20000, 20000), "too_large"),
        # between 1x and 2x Pillow's limit Pillow only warns; we still refuse
        (lambda d: samples.png_claiming_size(d / "big.png", 10000, 10000), "too_large"),
        (lambda d: samples.sparse_huge_file(d / "video.jpg"), "too_large"),  # refused before reading
        (lambda d: samples.gif(d / "anim.gif"), "unsupported"),
        # we run as root, so chmod 000 would still be readable: use a folder and a dead link
        (lambda d: (d / "folder.jpg").mkdir() or d / "folder.jpg", "unreadable"),
        (lambda d: samples.broken_symlink(d / "gone.jpg"), "unreadable"),
        (lambda d: d / "missing.jpg", "unreadable"),
        (lambda d: os.mkfifo(d / "pipe.jpg") or d / "pipe.jpg", "unreadable"),  # must not hang
    ],
)
def test_bad_input_gets_its_own_code(src: Path, photos_dir: Path, maker, code: str) -> None:
    path = maker(src)
    with pytest.raises(PhotoError) as info:
        import_photo(path, photos_dir)
    assert info.value.code == code
    assert path.name in str(info.value)  # the message names the file
    assert not photos_dir.exists() or not any(p.is_file() for p in photos_dir.rglob("*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_permission_denied_is_unreadable(src: Path, photos_dir: Path) -> None:
    path = samples.jpeg_with_exif(src / "locked.jpg")
    path.chmod(0)
    try:
        with pytest.raises(PhotoError) as info:
            import_photo(path, photos_dir)
        assert info.value.code == "unreadable"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    "maker",
    [samples.cmyk_jpeg, samples.png_16bit, samples.palette_png_transparent],
    ids=["cmyk", "png16", "palette-alpha"],
)
def test_awkward_modes_import_as_rgb(src: Path, photos_dir: Path, maker) -> None:
    path = maker(src / f"awkward.{'jpg' if maker is samples.cmyk_jpeg else 'png'}")
    photo = import_photo(path, photos_dir)
    with Image.open(photos_dir / photo.display_path) as disp:
        assert disp.mode == "RGB" and disp.size == (64, 48)
        left, right = disp.getpixel((2, 24)), disp.getpixel((61, 24))
        corner = disp.getpixel((2, 2))
    if maker is samples.palette_png_transparent:
        assert min(left) > 240  # transparent half lands on white, not black
        assert right[2] > 200 and right[0] < 60  # opaque half stays blue
    elif maker is samples.png_16bit:
        # the 0..65535 gradient maps onto 0..255, not clipped to white
        assert left[0] < 20 and right[0] > 235
        assert 90 < disp.getpixel((32, 24))[0] < 170
    else:
        assert corner[0] > 180 and corner[1] < 80 and corner[2] < 80  # red marker after CMYK -> RGB


def test_nonsense_exif_date_falls_back_to_file_time(src: Path, photos_dir: Path) -> None:
    for n, date in enumerate(
        ["0000:00:00 00:00:00", "1900:01:01 00:00:00", "2200:01:01 00:00:00", "    :  :     :  :  "]
    ):
        path = samples.jpeg_with_exif(src / f"d{n}.jpg", exif=samples.make_exif(date), seed=n)
        stamp = datetime(2024, 3, 4, 5, 6, 7).timestamp()
        os.utime(path, (stamp, stamp))
        photo = import_photo(path, photos_dir)
        assert photo.taken_at_source == "file", date
        parsed = datetime.fromisoformat(photo.taken_at)
        assert parsed.tzinfo is not None  # a file time is an instant: it carries the offset
        assert parsed.timestamp() == stamp


def test_batch_reports_each_failure_and_imports_the_rest(src: Path, photos_dir: Path) -> None:
    # something already stored must be untouched by a batch full of bad files
    import_photo(samples.jpeg_with_exif(src / "earlier.jpg", seed=99), photos_dir)
    before = tree_snapshot(photos_dir)

    bad = {
        samples.truncated_jpeg(src / "cut.jpg"): "truncated",
        samples.zero_bytes(src / "empty.jpg"): "empty",
        samples.text_named_jpg(src / "notes.jpg"): "not_image",
        samples.png_claiming_size(src / "bomb.png", 20000, 20000): "too_large",
        samples.broken_symlink(src / "gone.jpg"): "unreadable",
    }
    good = [
        samples.cmyk_jpeg(src / "cmyk.jpg"),
        samples.png_16bit(src / "deep.png"),
        samples.palette_png_transparent(src / "pal.png"),
        samples.jpeg_with_exif(src / "nonsense.jpg", exif=samples.make_exif("0000:00:00 00:00:00"), seed=5),
        samples.webp(src / "w.webp"),
    ]
    order = [*bad][:3] + good[:3] + [*bad][3:] + good[3:]
    calls: list[tuple[int, int]] = []

    summary = import_many(order, photos_dir, progress=lambda d, t: calls.append((d, t)))

    assert {Path(p).name: e.code for p, e in summary.failed} == {p.name: c for p, c in bad.items()}
    assert sorted(p.original_name for p in summary.imported) == sorted(p.name for p in good)
    assert all(isinstance(e.message, str) and e.message for _, e in summary.failed)
    assert calls == [(i, len(order)) for i in range(1, len(order) + 1)]
    assert summary.cancelled is False
    after = tree_snapshot(photos_dir)
    assert {k: v for k, v in after.items() if k in before} == before
    assert len(after) == len(before) + 3 * len(good)


def test_original_that_cannot_be_written_fails_only_that_photo(src: Path, photos_dir: Path) -> None:
    blocked = samples.jpeg_with_exif(src / "blocked.jpg", seed=1)
    fine = samples.jpeg_with_exif(src / "fine.jpg", seed=2)
    sha = hashlib.sha256(blocked.read_bytes()).hexdigest()
    assert sha[:2] != hashlib.sha256(fine.read_bytes()).hexdigest()[:2]
    # a plain file where the originals/ab/ folder must go: the write fails (even for root)
    (photos_dir / "originals").mkdir(parents=True)
    (photos_dir / "originals" / sha[:2]).write_text("in the way")

    summary = import_many([blocked, fine], photos_dir)

    assert [p.original_name for p in summary.imported] == ["fine.jpg"]
    assert [(path, e.code) for path, e in summary.failed] == [(str(blocked), "unreadable")]
    assert "blocked.jpg" in summary.failed[0][1].message
    with pytest.raises(PhotoError) as info:
        import_photo(blocked, photos_dir)
    assert info.value.code == "unreadable"


def test_import_many_stops_when_cancelled(src: Path, photos_dir: Path) -> None:
    paths = [samples.jpeg_with_exif(src / f"p{i}.jpg", seed=i) for i in range(4)]
    done: list[int] = []
    summary = import_many(paths, photos_dir, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert summary.cancelled is True
    assert [p.original_name for p in summary.imported] == ["p0.jpg", "p1.jpg"]
    assert len(list((photos_dir / "originals").rglob("*.jpg"))) == 2


# --- EXIF parsing details -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("2024:05:06 09:30:00", "+08:00", datetime(2024, 5, 6, 9, 30, tzinfo=timezone(timedelta(hours=8)))),
        ("2024:05:06 09:30:00", "-0530", datetime(2024, 5, 6, 9, 30, tzinfo=timezone(-timedelta(hours=5, minutes=30)))),
        ("2024:05:06 09:30:00\x00", "junk", datetime(2024, 5, 6, 9, 30)),
        (b"2024:02:29 00:00:01", None, datetime(2024, 2, 29, 0, 0, 1)),
        ("2023:02:29 00:00:01", None, None),
        ("0000:00:00 00:00:00", "+08:00", None),
        ("1900:01:01 00:00:00", None, None),
        ("2200:01:01 00:00:00", None, None),
        ("", None, None),
        (None, None, None),
    ],
)
def test_parse_exif_datetime(text, offset, expected) -> None:
    assert photo_exif.parse_exif_datetime(text, offset) == expected


# --- annotations and captions ----------------------------------------------------


def test_annotations_draw_on_a_copy_only(src: Path, photos_dir: Path) -> None:
    photo = import_photo(samples.png(src / "p.png", (200, 100)), photos_dir)
    display_file = photos_dir / photo.display_path
    on_disk = display_file.read_bytes()
    with Image.open(display_file) as img:
        img.load()
        pristine = img.copy()
        annotated = draw_annotations(
            img,
            [
                {"kind": "arrow", "x1": 0.05, "y1": 0.9, "x2": 0.45, "y2": 0.5, "color": "#00ff00"},
                {"kind": "circle", "cx": 0.75, "cy": 0.25, "r": 0.1, "color": "#0000ff"},
                {"kind": "text", "x": 0.3, "y": 0.05, "text": "地面湿滑 wet floor"},
            ],
        )
        assert img.tobytes() == pristine.tobytes()  # the input image is unchanged
    assert display_file.read_bytes() == on_disk
    assert annotated.size == (200, 100)
    changed = ImageChops.difference(annotated, pristine).convert("L").point(lambda v: 255 if v else 0)
    diff = changed.histogram()[255]
    assert diff > 200
    assert annotated.getpixel((90, 50)) == (0, 255, 0)  # the arrow tip area is green
    # circle outline passes through (cx + r*w, cy*h) = (170, 25)
    assert any(annotated.getpixel((x, 25))[2] > 200 and annotated.getpixel((x, 25))[0] < 60 for x in range(166, 174))


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "star"},
        {"kind": "arrow", "x1": 0.1},
        {"kind": "circle", "cx": 0.5, "cy": 0.5, "r": 0.1, "color": "nope"},
    ],
)
def test_bad_annotation_names_the_problem(bad: dict) -> None:
    with pytest.raises(ValueError, match="annotation 0"):
        draw_annotations(Image.new("RGB", (10, 10)), [bad])


def test_caption_copy_adds_strip_below_photo(src: Path, photos_dir: Path) -> None:
    photo = import_photo(samples.png(src / "p.png", (400, 300)), photos_dir)
    display_file = photos_dir / photo.display_path
    on_disk = display_file.read_bytes()

    data = render_caption_copy(display_file, "2024-05-06 09:30 +08:00 · 中国银行上海分行营业部", FONT)

    assert display_file.read_bytes() == on_disk
    with Image.open(io.BytesIO(data)) as out:
        assert out.format == "JPEG" and out.width == 400 and out.height > 300
        strip = out.crop((0, 300, 400, out.height)).convert("L")
        lo, hi = strip.getextrema()
        assert lo < 60 and hi > 200  # white text on a dark strip
        assert out.getpixel((300, 100)) == pytest.approx((40, 120, 200), abs=12)  # photo above intact


def test_long_caption_wraps_instead_of_running_off(src: Path, photos_dir: Path) -> None:
    photo = import_photo(samples.png(src / "p.png", (200, 150)), photos_dir)
    short = render_caption_copy(photos_dir / photo.display_path, "短", FONT)
    long = render_caption_copy(photos_dir / photo.display_path, "很长的标题" * 20, FONT)
    with Image.open(io.BytesIO(short)) as a, Image.open(io.BytesIO(long)) as b:
        assert b.height > a.height and b.width == a.width == 200


# --- matching by time ---------------------------------------------------------------

T0 = datetime(2024, 5, 6, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def test_match_latest_event_within_window() -> None:
    events = [(T0, "A1"), (T0 + timedelta(minutes=5), "A2"), (T0 + timedelta(minutes=30), "B1")]
    photos = {
        "before-any": T0 - timedelta(seconds=1),
        "at-A1": T0,
        "during-A2": T0 + timedelta(minutes=6),
        "edge": T0 + timedelta(minutes=15),  # exactly 10 min after A2: still A2
        "too-late": T0 + timedelta(minutes=15, seconds=1),
        "after-B1": T0 + timedelta(minutes=31),
    }
    assert match_by_time(photos, events) == {
        "before-any": None,
        "at-A1": "A1",
        "during-A2": "A2",
        "edge": "A2",
        "too-late": None,
        "after-B1": "B1",
    }


def test_match_unsorted_events_ties_and_custom_window() -> None:
    events = [(T0 + timedelta(minutes=2), "C"), (T0, "A"), (T0, "B")]
    photos = {"p": T0 + timedelta(minutes=1), "q": T0 + timedelta(minutes=4)}
    assert match_by_time(photos, events, window=timedelta(minutes=1)) == {"p": "B", "q": None}
    assert match_by_time({}, events) == {}
    assert match_by_time(photos, []) == {"p": None, "q": None}


def test_match_mixes_naive_local_and_aware_times() -> None:
    shanghai = timezone(timedelta(hours=8))
    # events stored in UTC; the phone wrote local wall-clock time without an offset
    events = [(datetime(2024, 5, 6, 1, 0, tzinfo=UTC), "A1")]
    photos = {"naive": datetime(2024, 5, 6, 9, 3), "aware": datetime(2024, 5, 6, 9, 3, tzinfo=shanghai)}
    assert match_by_time(photos, events, local_tz=shanghai) == {"naive": "A1", "aware": "A1"}
    # the same naive time read in another zone is hours away: unmatched
    assert match_by_time(photos, events, local_tz=UTC)["naive"] is None


def test_imported_photo_fields_are_plain_data() -> None:
    # the store persists these as-is; keep them JSON-friendly
    fields = ImportedPhoto.__dataclass_fields__
    assert list(fields) == [
        "sha256",
        "original_path",
        "display_path",
        "thumb_path",
        "original_name",
        "width",
        "height",
        "taken_at",
        "taken_at_source",
        "gps_lat",
        "gps_lon",
        "duplicate",
    ]
