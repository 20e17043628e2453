"""Photo import speed against a bare Pillow loop, measured in the same run.

    python -m bench.bench_photos          # 50 photos of 12 MP
    python -m bench.bench_photos --quick  # 8 photos

Ours: ``import_many`` into a fresh folder (read once, SHA-256, keep the
original, EXIF, draft decode, display copy + thumbnail, atomic writes).

Baseline: for each file ``Image.open`` + ``draft`` + ``thumbnail(2048)`` + save
+ ``thumbnail(256)`` + save, JPEG q85. Two variants are measured:

* ``same_scale`` (the headline ratio): draft asks for the same DCT scale our
  import uses (1/2 for 4000 x 3000), so both loops decode the same pixels and the
  ratio is the cost of everything else we do.
* ``box_2048``: draft((2048, 2048)) as the issue words it; for 4000 x 3000 Pillow
  then decodes at full size, so this baseline is slower.

``ours`` and ``same_scale`` are timed ``rounds`` times, interleaved, and the fastest
round is kept (the machine is shared; the minimum is the least disturbed
measurement). ``box_2048`` is timed once.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from functools import partial
from pathlib import Path

from PIL import Image

from inspector.photos.decode import DISPLAY_LONG_SIDE, DRAFT_MIN_LONG_SIDE, THUMB_LONG_SIDE
from inspector.photos.importer import import_many
from tests.photo_samples import make_exif, noisy_photo, noisy_scene

SIZE = (4000, 3000)
TARGET = 1.3


def make_photos(folder: Path, count: int) -> list[Path]:
    scene = noisy_scene(SIZE)
    paths = []
    for i in range(count):
        exif = make_exif(
            f"2024:05:06 09:{i % 60:02d}:00", "+08:00", orientation=6 if i % 5 == 0 else 1, gps=(31.23, 121.47)
        )
        paths.append(noisy_photo(folder / f"IMG_{i:04d}.jpg", SIZE, seed=i, exif=exif, scene=scene))
    return paths


def _same_scale_request(size: tuple[int, int]) -> tuple[int, int]:
    long_side = max(size)
    for scale in (8, 4, 2):
        if -(-long_side // scale) >= DRAFT_MIN_LONG_SIDE:
            return size[0] // scale, size[1] // scale
    return size


def bare_pillow(paths: list[Path], out: Path, same_scale: bool) -> None:
    out.mkdir(parents=True)
    for n, path in enumerate(paths):
        with Image.open(path) as im:
            request = _same_scale_request(im.size) if same_scale else (DISPLAY_LONG_SIDE, DISPLAY_LONG_SIDE)
            im.draft("RGB", request)
            im.thumbnail((DISPLAY_LONG_SIDE, DISPLAY_LONG_SIDE))
            im.save(out / f"{n}_display.jpg", quality=85)
            im.thumbnail((THUMB_LONG_SIDE, THUMB_LONG_SIDE))
            im.save(out / f"{n}_thumb.jpg", quality=85)


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of all threads of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _ours(paths: list[Path], out: Path, failures: list[int]) -> None:
    failures.append(len(import_many(paths, out).failed))


def run(quick: bool) -> dict:
    count = 8 if quick else 50
    rounds = 2 if quick else 3
    work = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    try:
        src = work / "camera"
        src.mkdir()
        t0 = time.perf_counter()
        paths = make_photos(src, count)
        make_s = time.perf_counter() - t0
        sizes = [p.stat().st_size for p in paths]
        times: dict[str, list[tuple[float, float]]] = {"ours": [], "same_scale": [], "box_2048": []}
        failures: list[int] = []
        for r in range(rounds):
            base_dir, ours_dir, box_dir = work / f"base{r}", work / f"ours{r}", work / f"box{r}"
            times["same_scale"].append(_timed(partial(bare_pillow, paths, base_dir, True)))
            times["ours"].append(_timed(partial(_ours, paths, ours_dir, failures)))
            if r == 0:  # informative only, and the slowest: one round is enough
                times["box_2048"].append(_timed(partial(bare_pillow, paths, box_dir, False)))
            for d in (base_dir, ours_dir, box_dir):
                shutil.rmtree(d, ignore_errors=True)
        fastest = {k: min(v) for k, v in times.items()}  # by wall time
        best = {k: v[0] for k, v in fastest.items()}
        ratio = best["ours"] / best["same_scale"]
        return {
            "name": "photo_import",
            "ratio": round(ratio, 3),
            "target": TARGET,
            "baseline": "bare Pillow loop: open + draft (same DCT scale) + thumbnail(2048) + save + "
            "thumbnail(256) + save, same files, same run",
            "detail": {
                "photos": count,
                "size": f"{SIZE[0]}x{SIZE[1]}",
                "mean_file_mb": round(sum(sizes) / len(sizes) / 1e6, 2),
                "rounds": rounds,
                "ours_s": round(best["ours"], 3),
                "baseline_same_scale_s": round(best["same_scale"], 3),
                "baseline_box_2048_s": round(best["box_2048"], 3),
                "ratio_vs_box_2048": round(best["ours"] / best["box_2048"], 3),
                # CPU of all threads: the extra work, whatever else the machine was doing
                "cpu_ratio_vs_same_scale": round(fastest["ours"][1] / fastest["same_scale"][1], 3),
                "ours_ms_per_photo": round(1000 * best["ours"] / count, 1),
                "all_rounds_wall_s": {k: [round(x[0], 3) for x in v] for k, v in times.items()},
                "import_failures": sum(failures),
                "make_files_s": round(make_s, 1),
                "within_target": ratio <= TARGET,
            },
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="8 photos instead of 50")
    args = parser.parse_args()
    print(json.dumps(run(args.quick), indent=2))


if __name__ == "__main__":
    main()
