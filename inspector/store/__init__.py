"""The local SQLite store: the only part of Inspector that speaks SQL. Never imports Qt.

    store = Store(data_dir / "inspector.db")
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(inspection.id, "dress.uniform", result="fail", staff="A012")
"""

from __future__ import annotations

from inspector.store.catalog import CatalogMixin
from inspector.store.connection import StoreError
from inspector.store.evidence import EvidenceMixin
from inspector.store.headoffice import HeadOfficeMixin
from inspector.store.imports import ImportsMixin
from inspector.store.inspections import InspectionRow, InspectionsMixin
from inspector.store.schema import SCHEMA_VERSION
from inspector.store.signoff import SignoffMixin

__all__ = ["SCHEMA_VERSION", "InspectionRow", "Store", "StoreError"]


class Store(CatalogMixin, InspectionsMixin, EvidenceMixin, SignoffMixin, ImportsMixin, HeadOfficeMixin):
    """One database file. Each public method that changes data is one audited transaction."""
