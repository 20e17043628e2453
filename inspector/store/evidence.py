"""Photos and queue timings attached to an inspection."""

from __future__ import annotations

import json
import uuid
from typing import Any

from inspector.model import Photo, Timing
from inspector.store.connection import StoreError
from inspector.store.database import Database
from inspector.store.inspections import Inspections

_PHOTO_COLUMNS = (
    "id, inspection_id, sha256, original_path, display_path, thumb_path, original_name, taken_at,"
    " taken_at_source, imported_at, item_id, width, height, gps_lat, gps_lon, annotations"
)


def _photo_from_row(row: tuple[Any, ...]) -> Photo:
    *head, annotations = row
    return Photo(*head, annotations=json.loads(annotations))  # type: ignore[misc]  # head is every field before it


class Evidence:
    """Photos and queue timings attached to an inspection."""

    def __init__(self, db: Database, inspections: Inspections) -> None:
        self._db = db
        self._inspections = inspections

    # --- photos ---------------------------------------------------------------------------
    def add_photo(self, inspection_id: str, imported: Any, item_id: str | None = None) -> tuple[Photo, bool]:
        """Record an imported photo (photos.ImportedPhoto). Returns (photo, created).

        The same picture twice in one inspection is stored once: the second call returns
        the first record and created=False.
        """
        inspection = self._inspections.get_inspection(inspection_id)
        self._inspections.refuse_if_signed(inspection)
        existing = self._db.execute(
            f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE inspection_id = ? AND sha256 = ?",
            (inspection_id, imported.sha256),
        ).fetchone()
        if existing:
            return _photo_from_row(existing), False
        photo = Photo(
            id=str(uuid.uuid4()), inspection_id=inspection_id, sha256=imported.sha256,
            original_path=imported.original_path, display_path=imported.display_path, thumb_path=imported.thumb_path,
            original_name=imported.original_name, taken_at=imported.taken_at, taken_at_source=imported.taken_at_source,
            imported_at=self._db.clock(), item_id=item_id, width=imported.width, height=imported.height,
            gps_lat=imported.gps_lat, gps_lon=imported.gps_lon,
        )
        with self._db.edit():
            self._db.insert("photos", {**photo.__dict__, "annotations": "[]"})
            self._db.audit("photo.add", "photo", photo.id,
                        {"sha256": photo.sha256, "item_id": item_id, "name": photo.original_name}, inspection_id)
        return photo, True

    def get_photo(self, photo_id: str) -> Photo:
        row = self._db.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id = ?", (photo_id,)).fetchone()
        return _photo_from_row(self._db.require(row, "Photo", photo_id))

    def list_photos(self, inspection_id: str, item_id: str | None = None) -> list[Photo]:
        """Photos oldest first; item_id="" lists those not yet matched to an item."""
        sql = f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE inspection_id = ?"
        params: list[Any] = [inspection_id]
        if item_id == "":
            sql += " AND item_id IS NULL"
        elif item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        rows = self._db.execute(sql + " ORDER BY coalesce(taken_at, imported_at), rowid", params).fetchall()
        return [_photo_from_row(row) for row in rows]

    def _change_photo(self, photo_id: str, action: str, changes: dict[str, Any], details: dict[str, Any]) -> Photo:
        photo = self.get_photo(photo_id)
        self._inspections.refuse_if_signed(self._inspections.get_inspection(photo.inspection_id))
        with self._db.edit():
            self._db.update("photos", photo_id, changes)
            self._db.audit(action, "photo", photo_id, details, photo.inspection_id)
        return self.get_photo(photo_id)

    def move_photo(self, photo_id: str, item_id: str | None) -> Photo:
        """Attach a photo to another item, or to none (kept with the inspection)."""
        before = self.get_photo(photo_id).item_id
        return self._change_photo(photo_id, "photo.move", {"item_id": item_id}, {"from": before, "to": item_id})

    def set_annotations(self, photo_id: str, annotations: list[dict[str, Any]]) -> Photo:
        """The drawing layer over a photo; the picture itself never changes."""
        body = json.dumps(annotations, ensure_ascii=False)
        return self._change_photo(photo_id, "photo.annotate", {"annotations": body}, {"annotations": annotations})

    def remove_photo(self, photo_id: str) -> None:
        """Remove the record (the original file stays: it may be shared, and the audit log names it)."""
        photo = self.get_photo(photo_id)
        self._inspections.refuse_if_signed(self._inspections.get_inspection(photo.inspection_id))
        with self._db.edit():
            self._db.execute("DELETE FROM photos WHERE id = ?", (photo_id,))
            self._db.audit("photo.remove", "photo", photo_id,
                        {"sha256": photo.sha256, "item_id": photo.item_id, "name": photo.original_name},
                        photo.inspection_id)

    def answer_events(self, inspection_id: str) -> list[tuple[str, str]]:
        """(time, item id) of every answer given, oldest first, from the audit log.

        Bulk attach uses them: a photo belongs to the item being answered when it was taken.
        """
        rows = self._db.execute(
            "SELECT at, entity_key FROM audit_log WHERE inspection_id = ? AND action = 'finding.set' ORDER BY seq",
            (inspection_id,),
        ).fetchall()
        return [(at, item_id) for at, item_id in rows]

    # --- timings --------------------------------------------------------------------------
    def add_timing(self, timing: Timing) -> Timing:
        inspection = self._inspections.get_inspection(timing.inspection_id)
        self._inspections.refuse_if_signed(inspection)
        if timing.kind == "wait" and (timing.seconds is None or timing.seconds < 0):
            raise StoreError("invalid", "A waiting time needs a number of seconds of at least 0.", self._db.path)
        if timing.kind == "count" and (timing.waiting is None or timing.waiting < 0 or (timing.windows_open or 0) < 0):
            raise StoreError("invalid", "A count needs people waiting and windows open, both at least 0.", self._db.path)
        row = {**timing.__dict__, "recorded_at": timing.recorded_at or self._db.clock()}
        row.pop("id")
        with self._db.edit():
            timing_id = self._db.insert("timings", row)
            self._db.audit("timing.add", "timing", str(timing_id), row, timing.inspection_id)
        return Timing(**{**row, "id": timing_id})

    def remove_timing(self, timing_id: int) -> None:
        rows = self._db.query("SELECT * FROM timings WHERE id = ?", (timing_id,))
        row = self._db.require(rows[0] if rows else None, "Timing", str(timing_id))
        self._inspections.refuse_if_signed(self._inspections.get_inspection(row["inspection_id"]))
        with self._db.edit():
            self._db.execute("DELETE FROM timings WHERE id = ?", (timing_id,))
            self._db.audit("timing.remove", "timing", str(timing_id), row, row["inspection_id"])

    def list_timings(self, inspection_id: str) -> list[Timing]:
        rows = self._db.query(
            "SELECT id, inspection_id, item_id, kind, recorded_at, started_at, stopped_at, seconds, waiting,"
            " windows_open, label FROM timings WHERE inspection_id = ? ORDER BY recorded_at, id",
            (inspection_id,),
        )
        return [Timing(**row) for row in rows]

