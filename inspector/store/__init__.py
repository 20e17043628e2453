"""The local store: the only part of Inspector that speaks SQL. Never imports Qt.

    store = Store(data_dir / "inspector.db")
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(inspection.id, "dress.uniform", result="fail", staff="A012")

`Store` is a facade over small repositories that share one `Database` (connection, transaction,
clock, audit trail): `catalog` (branches, staff, templates), `inspections` (and findings, scores),
`evidence` (photos, timings), `signoff` (rectifications, signatures, exports, snapshots),
`imports` (bundles at head office), `headoffice` (complaints, rectification tracking, dashboard
aggregates) and `settings`. The repositories hold the rules and the queries and are written
against the `Database` interface, so a second backend is a second `Database`, not a second store.
Each public method that changes data is one audited transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import Any

from inspector import scoring
from inspector.audit import AuditEntry, ChainCheck, verify_chain
from inspector.model import (
    Branch,
    Finding,
    Inspection,
    InspectionSnapshot,
    Photo,
    ReceivedReport,
    Rectification,
    Signature,
    Timing,
)
from inspector.store.catalog import Catalog
from inspector.store.connection import StoreError
from inspector.store.database import Database, SqliteDatabase, default_actor, local_now
from inspector.store.evidence import Evidence
from inspector.store.headoffice import Complaint, HeadOffice, RectificationRow, Scope
from inspector.store.imports import Imports
from inspector.store.inspections import InspectionRow, Inspections
from inspector.store.schema import SCHEMA_VERSION
from inspector.store.settings import Settings
from inspector.store.signoff import Signoff

__all__ = [
    "SCHEMA_VERSION", "Complaint", "Database", "InspectionRow", "RectificationRow", "Scope", "Store", "StoreError",
    "default_actor",
]


class Store:
    """One inspection database. The methods below are the repositories' (see them for the rules)."""

    def __init__(self, path: Path, *, actor: str | None = None, clock: Callable[[], str] = local_now):
        self.database: Database = SqliteDatabase(path, actor=actor, clock=clock)
        self.catalog = Catalog(self.database)
        self.inspections = Inspections(self.database, self.catalog)
        self.evidence = Evidence(self.database, self.inspections)
        self.signoff = Signoff(self.database, self.catalog, self.inspections, self.evidence)
        self.settings = Settings(self.database)
        self.imports = Imports(self.database, self.inspections, self.settings)
        self.headoffice = HeadOffice(self.database, self.catalog, self.inspections)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def actor(self) -> str:
        """Who the audit log names for the edits that follow (the inspector's name, once set)."""
        return self.database.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self.database.actor = name

    @property
    def clock(self) -> Callable[[], str]:
        return self.database.clock

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def reading(self) -> AbstractContextManager[None]:
        """A consistent snapshot for reads that span several calls."""
        return self.database.reading()

    # --- the audit trail and checks ----------------------------------------------------------
    def audit_entries(self, inspection_id: str | None = None) -> list[AuditEntry]:
        return self.database.audit_entries(inspection_id)

    def verify_audit_chain(self) -> ChainCheck:
        """Recompute every hash of the audit log; report the first entry that does not match."""
        return verify_chain(self.audit_entries())

    def integrity_ok(self) -> bool:
        return self.database.integrity_ok()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.settings.set(key, value)

    # --- catalog -----------------------------------------------------------------------------------
    def add_branch(self, code: str, name: str, address: str = "", head: str = "", region: str = "") -> Branch:
        return self.catalog.add_branch(code, name, address, head, region)

    def update_branch(self, branch_id: str, **changes: str) -> Branch:
        return self.catalog.update_branch(branch_id, **changes)

    def get_branch(self, branch_id: str) -> Branch:
        return self.catalog.get_branch(branch_id)

    def list_branches(self) -> list[Branch]:
        return self.catalog.list_branches()

    def remember_staff(self, branch_id: str, badge: str, name: str = "") -> None:
        return self.catalog.remember_staff(branch_id, badge, name)

    def known_staff(self, branch_id: str) -> list[tuple[str, str]]:
        return self.catalog.known_staff(branch_id)

    def store_template(self, template: dict[str, Any]) -> bool:
        return self.catalog.store_template(template)

    def get_template(self, template_id: str, version: int) -> dict[str, Any]:
        return self.catalog.get_template(template_id, version)

    def latest_template(self, template_id: str | None = None) -> dict[str, Any]:
        return self.catalog.latest_template(template_id)

    def template_versions(self) -> list[tuple[str, int, str]]:
        return self.catalog.template_versions()

    # --- inspections -------------------------------------------------------------------------------
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
        return self.inspections.create_inspection(branch_id, type, inspectors, template_id, template_version, started_at, corrects)

    def get_inspection(self, inspection_id: str) -> Inspection:
        return self.inspections.get_inspection(inspection_id)

    def has_inspection(self, inspection_id: str | None = None) -> bool:
        return self.inspections.has_inspection(inspection_id)

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
        return self.inspections.list_inspections(branch_id, type, status, grade, since, until, search)

    def template_of(self, inspection: Inspection) -> dict[str, Any]:
        return self.inspections.template_of(inspection)

    def get_findings(self, inspection_id: str) -> list[Finding]:
        return self.inspections.get_findings(inspection_id)

    def set_finding(self, inspection_id: str, item_id: str, **changes: Any) -> Finding:
        return self.inspections.set_finding(inspection_id, item_id, **changes)

    def set_findings(self, inspection_id: str, changes_by_item: dict[str, dict[str, Any]]) -> list[Finding]:
        return self.inspections.set_findings(inspection_id, changes_by_item)

    def write_score_cache(self, inspection_id: str, result: scoring.ScoreResult, updated_at: str | None = None) -> None:
        return self.inspections.write_score_cache(inspection_id, result, updated_at)

    def score_of(self, inspection_id: str) -> scoring.ScoreResult:
        return self.inspections.score_of(inspection_id)

    def refuse_if_signed(self, inspection: Inspection) -> None:
        return self.inspections.refuse_if_signed(inspection)

    def set_inspectors(self, inspection_id: str, inspectors: list[str]) -> None:
        return self.inspections.set_inspectors(inspection_id, inspectors)

    def finish_inspection(self, inspection_id: str) -> Inspection:
        return self.inspections.finish_inspection(inspection_id)

    def reopen_inspection(self, inspection_id: str) -> Inspection:
        return self.inspections.reopen_inspection(inspection_id)

    def delete_inspection(self, inspection_id: str) -> None:
        return self.inspections.delete_inspection(inspection_id)

    def create_correction(self, original_id: str, inspectors: list[str] | None = None) -> Inspection:
        return self.inspections.create_correction(original_id, inspectors)

    # --- evidence ----------------------------------------------------------------------------------
    def add_photo(self, inspection_id: str, imported: Any, item_id: str | None = None) -> tuple[Photo, bool]:
        return self.evidence.add_photo(inspection_id, imported, item_id)

    def get_photo(self, photo_id: str) -> Photo:
        return self.evidence.get_photo(photo_id)

    def list_photos(self, inspection_id: str, item_id: str | None = None) -> list[Photo]:
        return self.evidence.list_photos(inspection_id, item_id)

    def move_photo(self, photo_id: str, item_id: str | None) -> Photo:
        return self.evidence.move_photo(photo_id, item_id)

    def set_annotations(self, photo_id: str, annotations: list[dict[str, Any]]) -> Photo:
        return self.evidence.set_annotations(photo_id, annotations)

    def remove_photo(self, photo_id: str) -> None:
        return self.evidence.remove_photo(photo_id)

    def answer_events(self, inspection_id: str) -> list[tuple[str, str]]:
        return self.evidence.answer_events(inspection_id)

    def add_timing(self, timing: Timing) -> Timing:
        return self.evidence.add_timing(timing)

    def remove_timing(self, timing_id: int) -> None:
        return self.evidence.remove_timing(timing_id)

    def list_timings(self, inspection_id: str) -> list[Timing]:
        return self.evidence.list_timings(inspection_id)

    # --- signoff -----------------------------------------------------------------------------------
    def set_rectification(self, inspection_id: str, item_id: str, owner: str, deadline: str) -> Rectification:
        return self.signoff.set_rectification(inspection_id, item_id, owner, deadline)

    def close_rectification(self, inspection_id: str, item_id: str, note: str) -> Rectification:
        return self.signoff.close_rectification(inspection_id, item_id, note)

    def list_rectifications(self, inspection_id: str | None = None, status: str | None = None) -> list[Rectification]:
        return self.signoff.list_rectifications(inspection_id, status)

    def add_signature(self, signature: Signature) -> bool:
        return self.signoff.add_signature(signature)

    def list_signatures(self, inspection_id: str) -> list[Signature]:
        return self.signoff.list_signatures(inspection_id)

    def record_export(self, inspection_id: str, kind: str, path: str) -> None:
        return self.signoff.record_export(inspection_id, kind, path)

    def unsynced_inspection_ids(self) -> list[str]:
        return self.signoff.unsynced_inspection_ids()

    def list_exports(self, inspection_id: str) -> list[dict[str, Any]]:
        return self.signoff.list_exports(inspection_id)

    def snapshot(self, inspection_id: str) -> InspectionSnapshot:
        return self.signoff.snapshot(inspection_id)

    # --- imports -----------------------------------------------------------------------------------
    def import_inspection(
        self,
        data: dict[str, Any],
        photo_paths: dict[str, tuple[str, str, str]],
        details: dict[str, Any],
        report: tuple[str, str] | None = None,
    ) -> bool:
        return self.imports.import_inspection(data, photo_paths, details, report)

    def received_report(self, inspection_id: str) -> ReceivedReport | None:
        return self.imports.received_report(inspection_id)

    def batch_commits(self) -> AbstractContextManager[None]:
        return self.imports.batch_commits()

    def imported_bundle(self, bundle_sha256: str) -> str | None:
        return self.imports.imported_bundle(bundle_sha256)

    def remember_bundle(self, bundle_sha256: str, inspection_id: str) -> None:
        return self.imports.remember_bundle(bundle_sha256, inspection_id)

    def photo_file_paths(self) -> list[tuple[str, str, str, str]]:
        return self.imports.photo_file_paths()

    # --- headoffice --------------------------------------------------------------------------------
    def add_complaint(self, branch_id: str, received_at: str, points: float, note: str = "") -> Complaint:
        return self.headoffice.add_complaint(branch_id, received_at, points, note)

    def delete_complaint(self, complaint_id: str) -> None:
        return self.headoffice.delete_complaint(complaint_id)

    def list_complaints(self, branch_id: str | None = None, since: str | None = None,
                        until: str | None = None) -> list[Complaint]:
        return self.headoffice.list_complaints(branch_id, since, until)

    def close_rectification_with_evidence(
        self, inspection_id: str, item_id: str, note: str, photo: Any | None = None
    ) -> None:
        return self.headoffice.close_rectification_with_evidence(inspection_id, item_id, note, photo)

    def merge_rectification_closings(self, inspection_id: str, rectifications: list[dict[str, Any]],
                                     source: str) -> list[str]:
        return self.headoffice.merge_rectification_closings(inspection_id, rectifications, source)

    def rectification_evidence(self, inspection_id: str, item_id: str) -> list[dict[str, Any]]:
        return self.headoffice.rectification_evidence(inspection_id, item_id)

    def start_follow_up(self, original_inspection_id: str, item_id: str, type: str = "onsite",
                        inspectors: list[str] | None = None) -> Inspection:
        return self.headoffice.start_follow_up(original_inspection_id, item_id, type, inspectors)

    def follow_ups_of(self, original_inspection_id: str, item_id: str | None = None) -> list[dict[str, Any]]:
        return self.headoffice.follow_ups_of(original_inspection_id, item_id)

    def list_rectification_rows(self, status: str | None = None, branch_id: str | None = None) -> list[RectificationRow]:
        return self.headoffice.list_rectification_rows(status, branch_id)

    def dashboard_periods(self) -> list[tuple[int, int]]:
        return self.headoffice.dashboard_periods()

    def regions(self) -> list[str]:
        return self.headoffice.regions()

    def branch_directory(self, region: str = "") -> list[tuple[str, str, str, str]]:
        return self.headoffice.branch_directory(region)

    def method_means_by_quarter(self, scope: Scope) -> list[dict[str, Any]]:
        return self.headoffice.method_means_by_quarter(scope)

    def complaint_points_by_quarter(self, since: str, until: str, region: str = "") -> list[dict[str, Any]]:
        return self.headoffice.complaint_points_by_quarter(since, until, region)

    def area_losses_by_branch(self, scope: Scope) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
        return self.headoffice.area_losses_by_branch(scope)

    def latest_two_per_branch(self, scope: Scope) -> dict[str, list[dict[str, Any]]]:
        return self.headoffice.latest_two_per_branch(scope)

    def failed_findings_of(self, inspection_ids: list[str]) -> dict[str, list[tuple[str, str, bool, int]]]:
        return self.headoffice.failed_findings_of(inspection_ids)

    def template_labels(self) -> dict[str, dict[str, dict[str, str]]]:
        return self.headoffice.template_labels()
