"""Sign-off: rectifications agreed with the branch head, signatures, the lock, exports, snapshots."""

from __future__ import annotations

import json
from typing import Any

from inspector.model import SIGNER_ROLES, InspectionSnapshot, Rectification, Signature
from inspector.store.base import StoreBase, where_clause
from inspector.store.connection import StoreError


class SignoffMixin(StoreBase):
    # --- rectifications -------------------------------------------------------------------
    def set_rectification(self, inspection_id: str, item_id: str, owner: str, deadline: str) -> Rectification:
        """Agree who fixes a failed item and by when (ISO date)."""
        inspection = self.get_inspection(inspection_id)  # type: ignore[attr-defined]
        self._refuse_if_signed(inspection)  # type: ignore[attr-defined]
        if not owner.strip() or len(deadline) < 10:
            raise StoreError("invalid", "A rectification needs an owner and a deadline date.", self.path)
        rect = Rectification(inspection_id, item_id, owner.strip(), deadline[:10])
        with self.edit():
            self.db["rectifications"].upsert(rect.__dict__, pk=("inspection_id", "item_id"))
            self._audit("rectification.set", "rectification", item_id, rect.__dict__, inspection_id)
        return rect

    def close_rectification(self, inspection_id: str, item_id: str, note: str) -> Rectification:
        """Mark a rectification done; allowed after signing, since fixing comes after the visit."""
        rect = self._rectification(inspection_id, item_id)
        if rect.status == "closed":
            raise StoreError("invalid", "This rectification is already closed.", self.path)
        now = self.clock()
        with self.edit():
            self.conn.execute(
                "UPDATE rectifications SET status = 'closed', closed_at = ?, closing_note = ?"
                " WHERE inspection_id = ? AND item_id = ?",
                (now, note, inspection_id, item_id),
            )
            self._audit("rectification.close", "rectification", item_id, {"note": note}, inspection_id)
        return self._rectification(inspection_id, item_id)

    def _rectification(self, inspection_id: str, item_id: str) -> Rectification:
        rows = self.query(
            "SELECT * FROM rectifications WHERE inspection_id = ? AND item_id = ?", (inspection_id, item_id)
        )
        return Rectification(**self._require(rows[0] if rows else None, "Rectification", item_id))

    def list_rectifications(self, inspection_id: str | None = None, status: str | None = None) -> list[Rectification]:
        where, params = where_clause([("inspection_id = ?", inspection_id), ("status = ?", status)])
        rows = self.query(f"SELECT * FROM rectifications WHERE {where} ORDER BY deadline, item_id", params)
        return [Rectification(**row) for row in rows]

    # --- signatures -----------------------------------------------------------------------
    def add_signature(self, signature: Signature) -> bool:
        """Store one signature of a finished inspection. True when this locked the inspection.

        When both the inspector and the branch head have signed, the inspection becomes
        'signed' in the same transaction, and the database refuses any later change.
        """
        if signature.role not in SIGNER_ROLES:
            raise StoreError("invalid", f"Unknown signer role {signature.role!r}.", self.path)
        if not signature.name.strip():
            raise StoreError("invalid", "A signature needs the signer's name.", self.path)
        inspection = self.get_inspection(signature.inspection_id)  # type: ignore[attr-defined]
        self._refuse_if_signed(inspection)  # type: ignore[attr-defined]
        if inspection.status != "finished":
            raise StoreError("invalid", "Finish the inspection before it is signed.", self.path)
        row = {**signature.__dict__, "strokes": json.dumps(signature.strokes), "signed_at": signature.signed_at or self.clock()}
        with self.edit():
            self.db["signatures"].upsert(row, pk=("inspection_id", "role"))
            self._audit("signature.add", "signature", signature.role,
                        {"name": signature.name, "title": signature.title, "signed_at": row["signed_at"]},
                        signature.inspection_id)
            roles = {r for (r,) in self.conn.execute(
                "SELECT role FROM signatures WHERE inspection_id = ?", (signature.inspection_id,))}
            locked = roles >= set(SIGNER_ROLES)
            if locked:
                self.conn.execute(
                    "UPDATE inspections SET status = 'signed', updated_at = ? WHERE id = ?",
                    (self.clock(), signature.inspection_id),
                )
                self._audit("inspection.sign", "inspection", signature.inspection_id, {}, signature.inspection_id)
        return locked

    def list_signatures(self, inspection_id: str) -> list[Signature]:
        rows = self.query("SELECT * FROM signatures WHERE inspection_id = ? ORDER BY signed_at", (inspection_id,))
        return [Signature(**{**row, "strokes": json.loads(row["strokes"])}) for row in rows]

    # --- exports --------------------------------------------------------------------------
    def record_export(self, inspection_id: str, kind: str, path: str) -> None:
        """Remember that a report or bundle left this machine (allowed after signing)."""
        with self.edit():
            self.db["exports"].insert(
                {"inspection_id": inspection_id, "kind": kind, "path": path,
                 "exported_at": self.clock(), "exported_by": self.actor}
            )
            self._audit("inspection.export", "export", kind, {"path": path}, inspection_id)

    def list_exports(self, inspection_id: str) -> list[dict[str, Any]]:
        return self.query("SELECT kind, path, exported_at, exported_by FROM exports WHERE inspection_id = ? ORDER BY id",
                          (inspection_id,))

    # --- snapshot -------------------------------------------------------------------------
    def snapshot(self, inspection_id: str) -> InspectionSnapshot:
        """Everything about one inspection, read in one consistent transaction."""
        with self.reading():
            inspection = self.get_inspection(inspection_id)  # type: ignore[attr-defined]
            return InspectionSnapshot(
                inspection=inspection,
                branch=self.get_branch(inspection.branch_id),  # type: ignore[attr-defined]
                template=self.template_of(inspection),  # type: ignore[attr-defined]
                findings=self.get_findings(inspection_id),  # type: ignore[attr-defined]
                photos=self.list_photos(inspection_id),  # type: ignore[attr-defined]
                timings=self.list_timings(inspection_id),  # type: ignore[attr-defined]
                signatures=self.list_signatures(inspection_id),
                rectifications=self.list_rectifications(inspection_id),
                photos_dir=str(self.path.parent / "photos"),
            )
