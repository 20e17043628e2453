"""Child process for the crash suite: makes real Store edits until it is killed.

    python tests/stress/crash_child.py DB RUN SEED

Prints ``READY`` once the store is open, then after each edit *returns* (so after
its COMMIT) one line ``COMMITTED <n> <kind> <fields...>`` and flushes. The parent
kills it with SIGKILL at a random moment and checks that every reported edit is in
the database. The database must already hold a template and a branch.
"""

from __future__ import annotations

import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from inspector.model import Signature, Timing
from inspector.store import Store

ITEMS = ("dress.uniform", "dress.badge", "queue.order", "queue.wait", "queue.windows")
# One inspection gets this many edits, then it is finished, signed by both sides and locked.
EDITS_PER_INSPECTION = (6, 14)
TINY_PNG = bytes.fromhex("89504e470d0a1a0a")  # only the signature; the store keeps the bytes as given


@dataclass
class FakeImportedPhoto:
    """The fields Store.add_photo reads from photos.ImportedPhoto, without importing Pillow."""

    sha256: str
    original_path: str
    display_path: str
    thumb_path: str
    original_name: str
    taken_at: str
    taken_at_source: str
    width: int = 4000
    height: int = 3000
    gps_lat: float | None = None
    gps_lon: float | None = None


def emit(n: int, kind: str, *fields: str) -> None:
    sys.stdout.write(" ".join(["COMMITTED", str(n), kind, *fields]) + "\n")
    sys.stdout.flush()


def fake_photo(marker: str) -> FakeImportedPhoto:
    sha = hashlib.sha256(marker.encode()).hexdigest()
    return FakeImportedPhoto(
        sha256=sha,
        original_path=f"originals/{sha[:2]}/{sha}.jpg",
        display_path=f"display/{sha}.jpg",
        thumb_path=f"thumbs/{sha}.jpg",
        original_name=f"{marker}.jpg",
        taken_at="2024-05-06T09:00:00+08:00",
        taken_at_source="exif",
    )


def one_edit(store: Store, rng: random.Random, inspection_id: str, n: int, marker: str) -> None:
    """One random edit of a draft inspection, reported once it has returned."""
    roll = rng.random()
    item = rng.choice(ITEMS)
    if roll < 0.4:
        result = rng.choice(("pass", "fail", "na"))
        store.set_finding(inspection_id, item, result=result, note=marker, staff=f"A{rng.randrange(100):03d}")
        emit(n, "finding", inspection_id, item, marker)
    elif roll < 0.6:
        photo = fake_photo(marker)
        store.add_photo(inspection_id, photo, item_id=item)
        emit(n, "photo", inspection_id, photo.sha256)
    elif roll < 0.8:
        store.add_timing(
            Timing(None, inspection_id, "queue.wait", "wait", "", seconds=rng.uniform(0, 1800), label=marker)
        )
        emit(n, "timing", inspection_id, marker)
    else:
        store.set_rectification(inspection_id, item, owner=marker, deadline="2025-01-31")
        emit(n, "rectification", inspection_id, item, marker)


def sign_off(store: Store, inspection_id: str, n: int, run: str) -> int:
    """finish → inspector signs → branch head signs (this locks the record)."""
    store.finish_inspection(inspection_id)
    n += 1
    emit(n, "finish", inspection_id)
    for role in ("inspector", "branch_head"):
        locked = store.add_signature(
            Signature(inspection_id, role, f"{run}-{role}", "", "", [[(0.0, 0.0), (1.0, 1.0)]], TINY_PNG)
        )
        n += 1
        emit(n, "signature", inspection_id, role)
    if locked:
        emit(n, "locked", inspection_id)
    return n


def main(argv: list[str]) -> int:
    db, run, seed = Path(argv[0]), argv[1], int(argv[2])
    rng = random.Random(seed)
    store = Store(db, actor=f"crash-{run}")
    branch = store.list_branches()[0]
    print("READY", flush=True)
    n = 0
    while True:
        inspection = store.create_inspection(branch.id, "onsite", [f"crash {run}"])
        n += 1
        emit(n, "inspection", inspection.id)
        for _ in range(rng.randint(*EDITS_PER_INSPECTION)):
            n += 1
            one_edit(store, rng, inspection.id, n, f"r{run}n{n}")
        n = sign_off(store, inspection.id, n, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
