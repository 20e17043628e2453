"""Bulk attach: photos copied from a phone after the visit, matched to items by capture time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from inspector.model import Photo
from inspector.photos.importer import PhotoError, import_many
from inspector.photos.time_matching import match_by_time
from inspector.store import Store


@dataclass
class AttachSummary:
    matched: list[Photo] = field(default_factory=list)  # attached to the item answered at capture time
    unmatched: list[Photo] = field(default_factory=list)  # kept with the inspection, to be placed by hand
    already_attached: list[Photo] = field(default_factory=list)
    failed: list[tuple[str, PhotoError]] = field(default_factory=list)
    cancelled: bool = False


def attach_photos(
    store: Store,
    inspection_id: str,
    paths: Iterable[Path],
    photos_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AttachSummary:
    """Import the files and attach each to the item being answered when it was taken."""
    store.get_inspection(inspection_id)  # fail early, before copying any file
    imported = import_many(list(paths), photos_dir, progress=progress, cancelled=cancelled)
    events = [(datetime.fromisoformat(at), item_id) for at, item_id in store.answer_events(inspection_id)]
    times = {photo.sha256: datetime.fromisoformat(photo.taken_at) for photo in imported.imported}
    matches = match_by_time(times, events)
    summary = AttachSummary(failed=list(imported.failed), cancelled=imported.cancelled)
    for photo in imported.imported:
        record, created = store.add_photo(inspection_id, photo, matches.get(photo.sha256))
        if not created:
            summary.already_attached.append(record)
        elif record.item_id:
            summary.matched.append(record)
        else:
            summary.unmatched.append(record)
    return summary
