"""Sign-off: rectifications agreed with the branch head, signatures, the lock, exports, snapshots."""

from __future__ import annotations

import json
from typing import Any

from inspector.model import (
    SIGNER_ROLES,
    InspectionSnapshot,
    Rectification,
    RectificationStatus,
    Signature,
    SignerRole,
)
from inspector.store.catalog import Catalog
from inspector.store.connection import StoreError
from inspector.store.database import Database, where_clause
from inspector.store.evidence import Evidence
from inspector.store.inspections import Inspections


def _rectification_from_row(row: dict[str, Any]) -> Rectification:
    return Rectification(**{**row, "status": RectificationStatus(row["status"])})


class Signoff:
    """Rectifications agreed with the branch head, signatures and the lock, exports, snapshots."""

    def __init__(self, db: Database, catalog: Catalog, inspections: Inspections, evidence: Evidence) -> None:
        self._db = db
        self._catalog = catalog
        self._inspections = inspections
        self._evidence = evidence

    # --- rectifications -------------------------------------------------------------------
    def set_rectification(self, inspection_id: str, item_id: str, owner: str, deadline: str) -> Rectification:
        """Agree who fixes a failed item and by when (ISO date)."""
        inspection = self._inspections.get_inspection(inspection_id)
        self._inspections.refuse_if_signed(inspection)
        if not owner.strip() or len(deadline) < 10:
            raise StoreError("invalid", "A rectification needs an owner and a deadline date.", self._db.path)
        rect = Rectification(inspection_id, item_id, owner.strip(), deadline[:10])
        with self._db.edit():
            self._db.upsert("rectifications", rect.__dict__, pk=("inspection_id", "item_id"))
            self._db.audit("rectification.set", "rectification", item_id, rect.__dict__, inspection_id)
        return rect

    def close_rectification(self, inspection_id: str, item_id: str, note: str) -> Rectification:
        """Mark a rectification done; allowed after signing, since fixing comes after the visit."""
        rect = self._rectification(inspection_id, item_id)
        if rect.status == "closed":
            raise StoreError("invalid", "This rectification is already closed.", self._db.path)
        now = self._db.clock()
        with self._db.edit():
            self._db.execute(
                "UPDATE rectifications SET status = 'closed', closed_at = ?, closing_note = ?"
                " WHERE inspection_id = ? AND item_id = ?",
                (now, note, inspection_id, item_id),
            )
            self._db.audit("rectification.close", "rectification", item_id, {"note": note}, inspection_id)
        return self._rectification(inspection_id, item_id)

    def _rectification(self, inspection_id: str, item_id: str) -> Rectification:
        rows = self._db.query(
            "SELECT * FROM rectifications WHERE inspection_id = ? AND item_id = ?", (inspection_id, item_id)
        )
        return _rectification_from_row(self._db.require(rows[0] if rows else None, "Rectification", item_id))

    def list_rectifications(self, inspection_id: str | None = None, status: str | None = None) -> list[Rectification]:
        where, params = where_clause([("inspection_id = ?", inspection_id), ("status = ?", status)])
        rows = self._db.query(f"SELECT * FROM rectifications WHERE {where} ORDER BY deadline, item_id", params)
        return [_rectification_from_row(row) for row in rows]

    # --- signatures -----------------------------------------------------------------------
    def add_signature(self, signature: Signature) -> bool:
        """Store one signature of a finished inspection. True when this locked the inspection.

        When both the inspector and the branch head have signed, the inspection becomes
        'signed' in the same transaction, and the database refuses any later change.
        """
        if signature.role not in SIGNER_ROLES:
            raise StoreError("invalid", f"Unknown signer role {signature.role!r}.", self._db.path)
        if not signature.name.strip():
            raise StoreError("invalid", "A signature needs the signer's name.", self._db.path)
        inspection = self._inspections.get_inspection(signature.inspection_id)
        self._inspections.refuse_if_signed(inspection)
        if inspection.status != "finished":
            raise StoreError("invalid", "Finish the inspection before it is signed.", self._db.path)
        row = {**signature.__dict__, "strokes": json.dumps(signature.strokes), "signed_at": signature.signed_at or self._db.clock()}
        with self._db.edit():
            self._db.upsert("signatures", row, pk=("inspection_id", "role"))
            self._db.audit("signature.add", "signature", signature.role,
                        {"name": signature.name, "title": signature.title, "signed_at": row["signed_at"]},
                        signature.inspection_id)
            roles = {r for (r,) in self._db.execute(
                "SELECT role FROM signatures WHERE inspection_id = ?", (signature.inspection_id,))}
            locked = roles >= set(SIGNER_ROLES)
            if locked:
                self._db.execute(
                    "UPDATE inspections SET status = 'signed', updated_at = ? WHERE id = ?",
                    (self._db.clock(), signature.inspection_id),
                )
                self._db.audit("inspection.sign", "inspection", signature.inspection_id, {}, signature.inspection_id)
        return locked

    def list_signatures(self, inspection_id: str) -> list[Signature]:
        rows = self._db.query("SELECT * FROM signatures WHERE inspection_id = ? ORDER BY signed_at", (inspection_id,))
        return [Signature(**{**row, "role": SignerRole(row["role"]), "strokes": json.loads(row["strokes"])})
                for row in rows]

    # --- exports --------------------------------------------------------------------------
    def record_export(self, inspection_id: str, kind: str, path: str) -> None:
        """Remember that a report or bundle left this machine (allowed after signing)."""
        with self._db.edit():
            self._db.insert("exports",
                {"inspection_id": inspection_id, "kind": kind, "path": path,
                 "exported_at": self._db.clock(), "exported_by": self._db.actor}
            )
            self._db.audit("inspection.export", "export", kind, {"path": path}, inspection_id)

    def unsynced_inspection_ids(self) -> list[str]:
        """Signed inspections of this machine that head office has not had in their current state,
        oldest first: never bundled, or a rectification closed since the last bundle."""
        rows = self._db.query(
            "SELECT i.id FROM inspections i WHERE i.status = 'signed'"
            " AND i.id NOT IN (SELECT inspection_id FROM received_reports)"  # imported here, not ours to send
            " AND (NOT EXISTS (SELECT 1 FROM exports e WHERE e.inspection_id = i.id AND e.kind = 'bundle')"
            "  OR EXISTS (SELECT 1 FROM rectifications r WHERE r.inspection_id = i.id AND r.status = 'closed'"
            "   AND r.closed_at >= (SELECT max(e.exported_at) FROM exports e"  # to the second: when in doubt, send again
            "                      WHERE e.inspection_id = i.id AND e.kind = 'bundle')))"
            " ORDER BY i.started_at, i.id"
        )
        return [str(row["id"]) for row in rows]

    def list_exports(self, inspection_id: str) -> list[dict[str, Any]]:
        return self._db.query("SELECT kind, path, exported_at, exported_by FROM exports WHERE inspection_id = ? ORDER BY id",
                          (inspection_id,))

    # --- snapshot -------------------------------------------------------------------------
    def snapshot(self, inspection_id: str) -> InspectionSnapshot:
        """Everything about one inspection, read in one consistent transaction."""
        with self._db.reading():
            inspection = self._inspections.get_inspection(inspection_id)
            return InspectionSnapshot(
                inspection=inspection,
                branch=self._catalog.get_branch(inspection.branch_id),
                template=self._inspections.template_of(inspection),
                findings=self._inspections.get_findings(inspection_id),
                photos=self._evidence.list_photos(inspection_id),
                timings=self._evidence.list_timings(inspection_id),
                signatures=self.list_signatures(inspection_id),
                rectifications=self.list_rectifications(inspection_id),
                photos_dir=str(self._db.path.parent / "photos"),
            )
