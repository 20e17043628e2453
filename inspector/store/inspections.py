"""Inspections and their findings. Every finding edit rescores the inspection in the same transaction."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from inspector import scoring
from inspector.model import (
    INSPECTION_TYPES,
    RESULTS,
    Finding,
    FindingResult,
    Inspection,
    InspectionStatus,
    InspectionType,
)
from inspector.store.catalog import Catalog
from inspector.store.connection import StoreError
from inspector.store.database import Database, where_clause

_FINDING_FIELDS = ("result", "occurrences", "staff", "repeat", "note", "selected")


@dataclass(frozen=True)
class InspectionRow:
    """One line of the inspections list: the inspection plus what a list shows about it."""

    inspection: Inspection
    branch_code: str
    branch_name: str
    region: str
    score: float | None
    grade: str | None
    passed: bool | None


def _inspection_from_row(row: dict[str, Any]) -> Inspection:
    return Inspection(
        id=row["id"], branch_id=row["branch_id"], type=InspectionType(row["type"]), inspectors=json.loads(row["inspectors"]),
        template_id=row["template_id"], template_version=row["template_version"], started_at=row["started_at"],
        ended_at=row["ended_at"], status=InspectionStatus(row["status"]), corrects=row["corrects"],
        created_at=row["created_at"], updated_at=row["updated_at"],
    )


def _finding_from_row(row: dict[str, Any]) -> Finding:
    return Finding(
        inspection_id=row["inspection_id"], item_id=row["item_id"], result=FindingResult(row["result"]),
        occurrences=row["occurrences"], staff=row["staff"], repeat=bool(row["repeat"]), note=row["note"],
        selected=json.loads(row["selected"]), created_at=row["created_at"], updated_at=row["updated_at"],
    )


class Inspections:
    """Inspections and their findings; every finding edit rescores in the same transaction."""

    def __init__(self, db: Database, catalog: Catalog) -> None:
        self._db = db
        self._catalog = catalog

    def create_inspection(
        self,
        branch_id: str,
        type: str,
        inspectors: list[str],
        template_id: str | None = None,
        template_version: int | None = None,
        started_at: str | None = None,
        corrects: str | None = None,
    ) -> Inspection:
        if type not in INSPECTION_TYPES:
            raise StoreError("invalid", f"Unknown inspection type {type!r}.", self._db.path)
        kind = InspectionType(type)
        self._catalog.get_branch(branch_id)
        template = (
            self._catalog.get_template(template_id, template_version)
            if template_id and template_version
            else self._catalog.latest_template(template_id)
        )
        now = self._db.clock()
        inspection = Inspection(
            id=str(uuid.uuid4()), branch_id=branch_id, type=kind, inspectors=[i.strip() for i in inspectors if i.strip()],
            template_id=template["id"], template_version=template["version"], started_at=started_at or now,
            corrects=corrects, created_at=now, updated_at=now,
        )
        result = scoring.score_inspection(template, [], type)
        with self._db.edit():
            row = {**inspection.__dict__, "inspectors": json.dumps(inspection.inspectors, ensure_ascii=False)}
            row.update(score=result.score, grade=result.grade, passed=int(result.passed))
            self._db.insert("inspections", row)
            self._db.audit("inspection.create", "inspection", inspection.id, row, inspection.id)
        return inspection

    def get_inspection(self, inspection_id: str) -> Inspection:
        rows = self._db.query("SELECT * FROM inspections WHERE id = ?", (inspection_id,))
        return _inspection_from_row(self._db.require(rows[0] if rows else None, "Inspection", inspection_id))

    def has_inspection(self, inspection_id: str | None = None) -> bool:
        """Whether this inspection (or, with no id, any inspection) is stored."""
        if inspection_id is None:
            row = self._db.execute("SELECT EXISTS (SELECT 1 FROM inspections)").fetchone()
        else:
            row = self._db.execute("SELECT EXISTS (SELECT 1 FROM inspections WHERE id = ?)", (inspection_id,)).fetchone()
        return bool(row[0])

    def list_inspections(
        self,
        branch_id: str | None = None,
        type: str | None = None,
        status: str | None = None,
        grade: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str = "",
    ) -> list[InspectionRow]:
        """Inspections newest first, filtered; `since`/`until` compare ISO dates of the start."""
        where, params = where_clause([
            ("i.branch_id = ?", branch_id), ("i.type = ?", type), ("i.status = ?", status), ("i.grade = ?", grade),
            ("substr(i.started_at, 1, 10) >= ?", since and since[:10]),
            ("substr(i.started_at, 1, 10) <= ?", until and until[:10]),
        ])
        if search.strip():
            where += " AND (b.name LIKE ? OR b.code LIKE ? OR i.inspectors LIKE ? OR i.id LIKE ?)"
            params += [f"%{search.strip()}%"] * 4
        rows = self._db.query(
            "SELECT i.*, b.code AS branch_code, b.name AS branch_name, b.region AS region FROM inspections i"
            f" JOIN branches b ON b.id = i.branch_id WHERE {where} ORDER BY i.started_at DESC",
            params,
        )
        return [
            InspectionRow(
                _inspection_from_row(row), row["branch_code"], row["branch_name"], row["region"],
                row["score"], row["grade"], None if row["passed"] is None else bool(row["passed"]),
            )
            for row in rows
        ]

    def template_of(self, inspection: Inspection) -> dict[str, Any]:
        """The exact template version the inspection started with."""
        return self._catalog.get_template(inspection.template_id, inspection.template_version)

    # --- findings -------------------------------------------------------------------------
    def get_findings(self, inspection_id: str) -> list[Finding]:
        rows = self._db.query("SELECT * FROM findings WHERE inspection_id = ? ORDER BY rowid", (inspection_id,))
        return [_finding_from_row(row) for row in rows]

    def set_finding(self, inspection_id: str, item_id: str, **changes: Any) -> Finding:
        """Create or change one finding (only the fields given) and rescore, in one transaction."""
        return self.set_findings(inspection_id, {item_id: changes})[0]

    def set_findings(self, inspection_id: str, changes_by_item: dict[str, dict[str, Any]]) -> list[Finding]:
        """Several findings changed as one edit: one transaction, one rescore, one audit entry each."""
        for changes in changes_by_item.values():
            self._check_finding_changes(changes)
        inspection = self.get_inspection(inspection_id)
        template = self.template_of(inspection)
        known = {item["id"] for item in template["items"]}
        for item_id in changes_by_item:
            if item_id not in known:
                raise StoreError("invalid", f"Item {item_id} is not in template {template['id']} version {template['version']}.", self._db.path)
        self.refuse_if_signed(inspection)
        now = self._db.clock()
        findings = []
        with self._db.edit():
            for item_id, changes in changes_by_item.items():
                findings.append(self._write_finding(inspection, item_id, changes, now))
            self._rescore(inspection, template)
        return findings

    def _check_finding_changes(self, changes: dict[str, Any]) -> None:
        unknown = set(changes) - set(_FINDING_FIELDS)
        if unknown:
            raise StoreError("invalid", f"Unknown finding fields: {', '.join(sorted(unknown))}", self._db.path)
        if "result" in changes and changes["result"] not in RESULTS:
            raise StoreError("invalid", f"Unknown result {changes['result']!r}.", self._db.path)
        if "occurrences" in changes and (not isinstance(changes["occurrences"], int) or changes["occurrences"] < 1):
            raise StoreError("invalid", "Occurrences must be a whole number of at least 1.", self._db.path)

    def _write_finding(self, inspection: Inspection, item_id: str, changes: dict[str, Any], now: str) -> Finding:
        """Upsert one finding and audit it. Call inside `edit()`."""
        existing = self._db.query(
            "SELECT * FROM findings WHERE inspection_id = ? AND item_id = ?", (inspection.id, item_id)
        )
        finding = _finding_from_row(existing[0]) if existing else Finding(inspection.id, item_id, created_at=now)
        before = {name: getattr(finding, name) for name in changes} if existing else None
        for name, value in changes.items():
            setattr(finding, name, value)
        finding.updated_at = now
        row = {**finding.__dict__, "repeat": int(finding.repeat), "selected": json.dumps(finding.selected, ensure_ascii=False)}
        self._db.upsert("findings", row, pk=("inspection_id", "item_id"))
        if changes.get("staff"):
            self._catalog.remember_staff(inspection.branch_id, changes["staff"])
        self._db.audit("finding.set", "finding", item_id, {"changes": changes, "before": before}, inspection.id)
        return finding

    def _rescore(self, inspection: Inspection, template: dict[str, Any], *, touch: bool = True) -> scoring.ScoreResult:
        """Score the stored findings and write every cached figure. Call inside `edit()`.

        `touch=False` keeps updated_at (an imported record keeps the time it carries)."""
        result = scoring.score_inspection(template, self.get_findings(inspection.id), inspection.type)
        self.write_score_cache(inspection.id, result, self._db.clock() if touch else None)
        return result

    def write_score_cache(self, inspection_id: str, result: scoring.ScoreResult, updated_at: str | None = None) -> None:
        """The one writer of the cached score, grade, passed and per-area losses (the dashboard sums these)."""
        self._db.execute(
            "UPDATE inspections SET score = ?, grade = ?, passed = ?, updated_at = coalesce(?, updated_at)"
            " WHERE id = ?", (result.score, result.grade, int(result.passed), updated_at, inspection_id))
        self._db.execute("DELETE FROM area_losses WHERE inspection_id = ?", (inspection_id,))
        # Only areas that lost points: an absent area lost nothing.
        self._db.executemany(
            "INSERT INTO area_losses (inspection_id, area_id, points_lost) VALUES (?, ?, ?)",
            [(inspection_id, a.area_id, a.points_lost) for a in result.areas.values() if a.points_lost > 0])

    def score_of(self, inspection_id: str) -> scoring.ScoreResult:
        inspection = self.get_inspection(inspection_id)
        return scoring.score_inspection(self.template_of(inspection), self.get_findings(inspection_id), inspection.type)

    # --- lifecycle ------------------------------------------------------------------------
    def refuse_if_signed(self, inspection: Inspection) -> None:
        if inspection.status == "signed":
            raise StoreError(
                "locked_record",
                f"Inspection {inspection.id} is signed and can no longer change. Start a correction instead.",
                self._db.path,
            )

    def set_inspectors(self, inspection_id: str, inspectors: list[str]) -> None:
        inspection = self.get_inspection(inspection_id)
        self.refuse_if_signed(inspection)
        cleaned = [name.strip() for name in inspectors if name.strip()]
        with self._db.edit():
            self._db.update("inspections",
                inspection_id, {"inspectors": json.dumps(cleaned, ensure_ascii=False), "updated_at": self._db.clock()}
            )
            self._db.audit("inspection.inspectors", "inspection", inspection_id,
                        {"before": inspection.inspectors, "after": cleaned}, inspection_id)

    def finish_inspection(self, inspection_id: str) -> Inspection:
        """draft → finished: the end time is recorded; sign-off can start."""
        inspection = self.get_inspection(inspection_id)
        if inspection.status != "draft":
            raise StoreError("invalid", f"Only a draft can be finished; this inspection is {inspection.status}.", self._db.path)
        now = self._db.clock()
        with self._db.edit():
            self._db.update("inspections", inspection_id, {"status": "finished", "ended_at": now, "updated_at": now})
            self._db.audit("inspection.finish", "inspection", inspection_id, {"ended_at": now}, inspection_id)
        return self.get_inspection(inspection_id)

    def reopen_inspection(self, inspection_id: str) -> Inspection:
        """finished → draft, allowed until somebody has signed."""
        inspection = self.get_inspection(inspection_id)
        self.refuse_if_signed(inspection)
        if self._db.execute("SELECT 1 FROM signatures WHERE inspection_id = ?", (inspection_id,)).fetchone():
            raise StoreError("locked_record", "Somebody has already signed this inspection; remove the signature first.", self._db.path)
        with self._db.edit():
            self._db.update("inspections", inspection_id, {"status": "draft", "ended_at": None, "updated_at": self._db.clock()})
            self._db.audit("inspection.reopen", "inspection", inspection_id, {}, inspection_id)
        return self.get_inspection(inspection_id)

    def delete_inspection(self, inspection_id: str) -> None:
        """Remove an unsigned inspection with everything attached (photo files stay on disk)."""
        inspection = self.get_inspection(inspection_id)
        self.refuse_if_signed(inspection)
        with self._db.edit():
            for table in ("findings", "photos", "timings", "signatures", "rectifications", "exports"):
                self._db.execute(f"DELETE FROM {table} WHERE inspection_id = ?", (inspection_id,))
            self._db.execute("DELETE FROM inspections WHERE id = ?", (inspection_id,))
            self._db.audit("inspection.delete", "inspection", inspection_id,
                        {"branch_id": inspection.branch_id, "started_at": inspection.started_at}, inspection_id)

    def create_correction(self, original_id: str, inspectors: list[str] | None = None) -> Inspection:
        """A signed inspection never changes; a correction is a new draft linked to it, findings copied."""
        original = self.get_inspection(original_id)
        if original.status != "signed":
            raise StoreError("invalid", "Only a signed inspection needs a correction; edit this one directly.", self._db.path)
        correction = self.create_inspection(
            original.branch_id, original.type, inspectors or original.inspectors,
            original.template_id, original.template_version, corrects=original.id,
        )
        self.set_findings(correction.id, {
            f.item_id: {"result": f.result, "occurrences": f.occurrences, "staff": f.staff, "repeat": f.repeat,
                        "note": f.note, "selected": f.selected}
            for f in self.get_findings(original_id)
        })
        return correction
