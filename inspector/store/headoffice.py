"""Head office: complaint deductions, follow-up visits, rectification evidence, and the dashboard's aggregates.

The dashboard must appear within 200 ms with 10,000 inspections, so everything here is an SQL
aggregate over cached figures (the score columns and the area_losses table, both written by every
rescore); findings are read only for the latest two inspections per branch.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from inspector.model import INSPECTION_TYPES, Inspection
from inspector.store.catalog import Catalog
from inspector.store.connection import StoreError
from inspector.store.database import Database, where_clause
from inspector.store.inspections import Inspections

COUNTED_STATUSES = ("finished", "signed")
# A correction counts on the day of the visit it corrects (create_correction stamps it "now").
_START = "coalesce(o.started_at, i.started_at)"
_FROM = "inspections i JOIN branches b ON b.id = i.branch_id LEFT JOIN inspections o ON o.id = i.corrects"
_QUARTER_SQL = f"(CAST(substr({_START}, 6, 2) AS INTEGER) + 2) / 3"


@dataclass(frozen=True)
class Complaint:
    id: str
    branch_id: str
    received_at: str  # ISO date
    points: float  # deducted from the quarterly score (003:169)
    note: str
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class Scope:
    """Which inspections the dashboard counts. Dates compare the local calendar date of the start."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    region: str = ""
    type: str = ""  # "" = every type
    statuses: tuple[str, ...] = COUNTED_STATUSES
    exclude_self: bool = False


@dataclass(frozen=True)
class RectificationRow:
    inspection_id: str
    item_id: str
    owner: str
    deadline: str
    status: str
    closed_at: str | None
    closing_note: str
    branch_id: str
    branch_code: str
    branch_name: str
    inspection_type: str
    inspection_started_at: str
    template_id: str
    template_version: int
    evidence_photos: int
    follow_ups: int


class HeadOffice:
    """Head office: complaints, rectification tracking and follow-ups, the dashboard's aggregates."""

    def __init__(self, db: Database, catalog: Catalog, inspections: Inspections) -> None:
        self._db = db
        self._catalog = catalog
        self._inspections = inspections

    # --- complaints -------------------------------------------------------------------------
    def add_complaint(self, branch_id: str, received_at: str, points: float, note: str = "") -> Complaint:
        """Record a customer complaint deduction for a branch; the quarterly score subtracts it."""
        self._catalog.get_branch(branch_id)
        if len(received_at) < 10 or not isinstance(points, (int, float)) or points < 0:
            raise StoreError("invalid", "A complaint needs the date it was received and points of 0 or more.", self._db.path)
        complaint = Complaint(str(uuid.uuid4()), branch_id, received_at[:10], float(points), note.strip(),
                              self._db.actor, self._db.clock())
        with self._db.edit():
            self._db.insert("complaints", complaint.__dict__)
            self._db.audit("complaint.add", "complaint", complaint.id, complaint.__dict__)
        return complaint

    def delete_complaint(self, complaint_id: str) -> None:
        """Remove a complaint recorded by mistake; the audit log keeps what it was."""
        rows = self._db.query("SELECT * FROM complaints WHERE id = ?", (complaint_id,))
        before = self._db.require(rows[0] if rows else None, "Complaint", complaint_id)
        with self._db.edit():
            self._db.execute("DELETE FROM complaints WHERE id = ?", (complaint_id,))
            self._db.audit("complaint.delete", "complaint", complaint_id, before)

    def list_complaints(self, branch_id: str | None = None, since: str | None = None,
                        until: str | None = None) -> list[Complaint]:
        where, params = where_clause([("branch_id = ?", branch_id), ("received_at >= ?", since and since[:10]),
                                      ("received_at <= ?", until and until[:10])])
        rows = self._db.query(f"SELECT * FROM complaints WHERE {where} ORDER BY received_at, id", params)
        return [Complaint(**row) for row in rows]

    # --- rectifications: evidence and follow-ups -------------------------------------------
    def close_rectification_with_evidence(
        self, inspection_id: str, item_id: str, note: str, photo: Any | None = None
    ) -> None:
        """Close a rectification (allowed after signing) with a note and optionally a photo.

        `photo` is a photos.ImportedPhoto. A signed inspection takes no new photos, so the evidence
        lives in its own table, written in the same transaction as the closing.
        """
        rows = self._db.query("SELECT status FROM rectifications WHERE inspection_id = ? AND item_id = ?",
                          (inspection_id, item_id))
        status = self._db.require(rows[0] if rows else None, "Rectification", item_id)["status"]
        if status == "closed":
            raise StoreError("invalid", "This rectification is already closed.", self._db.path)
        if not note.strip() and photo is None:
            raise StoreError("invalid", "Say how the item was fixed, or attach a photo, before closing it.", self._db.path)
        now = self._db.clock()
        with self._db.edit():
            self._db.execute(
                "UPDATE rectifications SET status = 'closed', closed_at = ?, closing_note = ?"
                " WHERE inspection_id = ? AND item_id = ?",
                (now, note.strip(), inspection_id, item_id),
            )
            details: dict[str, Any] = {"note": note.strip()}
            if photo is not None:
                self._db.execute(
                    "INSERT INTO rectification_evidence (inspection_id, item_id, photo_sha256, photo_path, note,"
                    " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (inspection_id, item_id, photo.sha256, photo.display_path, note.strip(), now, self._db.actor),
                )
                details["photo_sha256"] = photo.sha256
            self._db.audit("rectification.close", "rectification", item_id, details, inspection_id)

    def merge_rectification_closings(self, inspection_id: str, rectifications: list[dict[str, Any]],
                                     source: str) -> list[str]:
        """Take over closings made elsewhere (a laptop, after its bundle was first sent) for
        rectifications still open here; the item ids closed. A closing made here is never undone."""
        closed = [r for r in rectifications if r.get("status") == "closed"]
        if not closed:
            return []
        taken: list[str] = []
        with self._db.edit():
            for rect in closed:
                changed = self._db.execute(
                    "UPDATE rectifications SET status = 'closed', closed_at = ?, closing_note = ?"
                    " WHERE inspection_id = ? AND item_id = ? AND status = 'open'",
                    (rect.get("closed_at") or self._db.clock(), str(rect.get("closing_note") or ""), inspection_id,
                     rect["item_id"]),
                ).rowcount
                if changed:
                    taken.append(rect["item_id"])
                    self._db.audit("rectification.close", "rectification", rect["item_id"],
                                {"note": rect.get("closing_note") or "", "closed_at": rect.get("closed_at"),
                                 "from": source}, inspection_id)
        return taken

    def rectification_evidence(self, inspection_id: str, item_id: str) -> list[dict[str, Any]]:
        return self._db.query(
            "SELECT photo_sha256, photo_path, note, added_at, added_by FROM rectification_evidence"
            " WHERE inspection_id = ? AND item_id = ? ORDER BY id", (inspection_id, item_id))

    def start_follow_up(self, original_inspection_id: str, item_id: str, type: str = "onsite",
                        inspectors: list[str] | None = None) -> Inspection:
        """A new draft inspection of the same branch, linked to the finding it follows up."""
        original = self._inspections.get_inspection(original_inspection_id)
        follow_up = self._inspections.create_inspection(
            original.branch_id, type, inspectors if inspectors is not None else original.inspectors)
        # create_inspection commits on its own; the link is a second, small transaction.
        with self._db.edit():
            self._db.execute(
                "INSERT INTO follow_ups (original_inspection_id, item_id, follow_up_inspection_id, created_at,"
                " created_by) VALUES (?, ?, ?, ?, ?)",
                (original_inspection_id, item_id, follow_up.id, self._db.clock(), self._db.actor),
            )
            self._db.audit("follow_up.start", "follow_up", item_id,
                        {"original": original_inspection_id, "follow_up": follow_up.id}, follow_up.id)
        return follow_up

    def follow_ups_of(self, original_inspection_id: str, item_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM follow_ups WHERE original_inspection_id = ?"
        params: list[Any] = [original_inspection_id]
        if item_id:
            sql += " AND item_id = ?"
            params.append(item_id)
        return self._db.query(sql + " ORDER BY created_at", params)

    def list_rectification_rows(self, status: str | None = None, branch_id: str | None = None) -> list[RectificationRow]:
        """Every rectification with its branch, inspection, evidence and follow-up counts; soonest deadline first."""
        where, params = where_clause([("r.status = ?", status), ("i.branch_id = ?", branch_id)])
        rows = self._db.execute(
            "SELECT r.inspection_id, r.item_id, r.owner, r.deadline, r.status, r.closed_at, r.closing_note,"
            " i.branch_id, b.code, b.name, i.type, i.started_at, i.template_id, i.template_version,"
            " (SELECT count(*) FROM rectification_evidence e WHERE e.inspection_id = r.inspection_id"
            "   AND e.item_id = r.item_id AND e.photo_sha256 IS NOT NULL),"
            " (SELECT count(*) FROM follow_ups u WHERE u.original_inspection_id = r.inspection_id"
            "   AND u.item_id = r.item_id)"
            " FROM rectifications r JOIN inspections i ON i.id = r.inspection_id JOIN branches b ON b.id = i.branch_id"
            f" WHERE {where} ORDER BY r.status DESC, r.deadline, b.code, r.item_id",
            params,
        ).fetchall()
        return [RectificationRow(*row) for row in rows]

    # --- dashboard aggregates ----------------------------------------------------------------
    def _scope_sql(self, scope: Scope, *, dated: bool = True, typed: bool = True) -> tuple[str, list[Any]]:
        """WHERE clause over `inspections i JOIN branches b` for the counted inspections."""
        marks = ", ".join("?" * len(scope.statuses))
        where = [f"i.status IN ({marks})", "i.score IS NOT NULL",
                 # A signed record that has a counted correction is replaced by it.
                 # (computed once, not per row: NOT IN over an uncorrelated subquery; the index keeps
                 # it to the few corrections, where the planner would otherwise read the whole table)
                 f"i.id NOT IN (SELECT c.corrects FROM inspections c INDEXED BY inspections_corrects"
                 f" WHERE c.corrects IS NOT NULL"
                 f" AND c.status IN ({marks}))"]
        params: list[Any] = [*scope.statuses, *scope.statuses]
        if scope.region:
            where.append("b.region = ?")
            params.append(scope.region)
        if typed and scope.type:
            if scope.type not in INSPECTION_TYPES:
                raise StoreError("invalid", f"Unknown inspection type {scope.type!r}.", self._db.path)
            where.append("i.type = ?")
            params.append(scope.type)
        elif scope.exclude_self:
            where.append("i.type != 'self'")
        if dated and scope.since:
            where.append(f"substr({_START}, 1, 10) >= ?")
            params.append(scope.since[:10])
        if dated and scope.until:
            where.append(f"substr({_START}, 1, 10) <= ?")
            params.append(scope.until[:10])
        return " AND ".join(where), params

    def dashboard_periods(self) -> list[tuple[int, int]]:
        """(year, quarter) pairs that have inspections, newest first."""
        rows = self._db.execute(
            f"SELECT DISTINCT CAST(substr({_START}, 1, 4) AS INTEGER), {_QUARTER_SQL} FROM {_FROM}"
            " ORDER BY 1 DESC, 2 DESC").fetchall()
        return [(y, q) for y, q in rows]

    def regions(self) -> list[str]:
        return [r for (r,) in self._db.execute(
            "SELECT DISTINCT region FROM branches WHERE region != '' ORDER BY region").fetchall()]

    def branch_directory(self, region: str = "") -> list[tuple[str, str, str, str]]:
        """(id, code, name, region) of the branches, by code."""
        sql, params = "SELECT id, code, name, region FROM branches", []
        if region:
            sql, params = sql + " WHERE region = ?", [region]
        return [tuple(row) for row in self._db.execute(sql + " ORDER BY code", params).fetchall()]

    def method_means_by_quarter(self, scope: Scope) -> list[dict[str, Any]]:
        """Mean cached score and count per branch, year, quarter and inspection type (for 003:169)."""
        where, params = self._scope_sql(scope, typed=False)
        return self._db.query(
            f"SELECT i.branch_id, CAST(substr({_START}, 1, 4) AS INTEGER) AS year, {_QUARTER_SQL} AS quarter,"
            " i.type, avg(i.score) AS mean, count(*) AS n"
            f" FROM {_FROM} WHERE {where}"
            " GROUP BY i.branch_id, year, quarter, i.type", params)

    def complaint_points_by_quarter(self, since: str, until: str, region: str = "") -> list[dict[str, Any]]:
        sql = ("SELECT c.branch_id, CAST(substr(c.received_at, 1, 4) AS INTEGER) AS year,"
               " (CAST(substr(c.received_at, 6, 2) AS INTEGER) + 2) / 3 AS quarter, sum(c.points) AS points,"
               " count(*) AS n FROM complaints c JOIN branches b ON b.id = c.branch_id"
               " WHERE c.received_at >= ? AND c.received_at <= ?")
        params: list[Any] = [since[:10], until[:10]]
        if region:
            sql += " AND b.region = ?"
            params.append(region)
        return self._db.query(sql + " GROUP BY c.branch_id, year, quarter", params)

    def area_losses_by_branch(self, scope: Scope) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
        """Points lost per area, per branch, summed over the scope's inspections, and each branch's count.

        Sums the per-area losses every rescore caches (table area_losses, computed by scoring/deductions.py).
        """
        where, params = self._scope_sql(scope)
        # One pass over the scope: the counts are the rows with no area.
        rows = self._db.execute(
            f"WITH s AS MATERIALIZED (SELECT i.id, i.branch_id FROM {_FROM} WHERE {where})"
            " SELECT branch_id, NULL, count(*) FROM s GROUP BY branch_id"
            " UNION ALL SELECT s.branch_id, a.area_id, sum(a.points_lost) FROM s"
            " JOIN area_losses a ON a.inspection_id = s.id GROUP BY s.branch_id, a.area_id", params).fetchall()
        counts = {b: int(n) for b, area_id, n in rows if area_id is None}
        losses: dict[str, dict[str, float]] = {b: {} for b in counts}
        for branch_id, area_id, lost in rows:
            if area_id is not None:
                losses[branch_id][area_id] = float(lost)
        return losses, counts

    def latest_two_per_branch(self, scope: Scope) -> dict[str, list[dict[str, Any]]]:
        """Each branch's latest counted inspection up to the scope's end, and the one before it.

        Rows {id, type, started_at, score, grade}, newest first by the date an inspection counts on.
        The latest may start before the scope's start (callers check); its predecessor may be older.
        Each branch's history is walked backwards on an index and the walk stops after two rows, so
        the cost does not grow with years of history. A correction counts on its original's date,
        not on its own, so the (few) corrections are read apart and merged in.
        """
        where, params = self._scope_sql(Scope(None, None, scope.region, scope.type, scope.statuses,
                                              scope.exclude_self), dated=False)
        # started_at < the next day  <=>  its date part <= until (ISO strings sort by date).
        next_day = (date.fromisoformat(scope.until[:10]) + timedelta(days=1)).isoformat() if scope.until else ""
        walk = self._db.execute(
            "SELECT x.branch_id, x.id, x.type, x.started_at, x.score, x.grade"
            " FROM branches br JOIN inspections x ON x.id IN ("
            f"  SELECT i.id FROM {_FROM} WHERE i.branch_id = br.id AND i.corrects IS NULL"
            + (" AND i.started_at < ?" if next_day else "") + f" AND {where}"
            "  ORDER BY i.started_at DESC, i.id DESC LIMIT 2)",
            [*([next_day] if next_day else []), *params]).fetchall()
        dated = f" AND substr({_START}, 1, 10) <= ?" if scope.until else ""
        corrections = self._db.execute(
            f"SELECT i.branch_id, i.id, i.type, {_START}, i.score, i.grade"
            f" FROM inspections i INDEXED BY inspections_corrects {_FROM.removeprefix('inspections i ')}"
            f" WHERE i.corrects IS NOT NULL AND {where}{dated}",
            [*params, *([scope.until[:10]] if scope.until else [])]).fetchall()
        out: dict[str, list[dict[str, Any]]] = {}
        for branch_id, *row in walk + corrections:
            out.setdefault(branch_id, []).append(dict(zip(("id", "type", "started_at", "score", "grade"), row, strict=True)))
        for rows in out.values():
            rows.sort(key=lambda r: (r["started_at"], r["id"]), reverse=True)
            del rows[2:]
        return out

    def failed_findings_of(self, inspection_ids: list[str]) -> dict[str, list[tuple[str, str, bool, int]]]:
        """(item_id, 'fail', repeat, occurrences) of the failed findings of a few inspections."""
        out: dict[str, list[tuple[str, str, bool, int]]] = {i: [] for i in inspection_ids}
        for start in range(0, len(inspection_ids), 500):
            chunk = inspection_ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for iid, item_id, repeat, occurrences in self._db.execute(
                f"SELECT inspection_id, item_id, repeat, occurrences FROM findings"
                f" WHERE result = 'fail' AND inspection_id IN ({marks}) ORDER BY inspection_id, rowid", chunk):
                out[iid].append((item_id, "fail", bool(repeat), occurrences))
        return out

    def template_labels(self) -> dict[str, dict[str, dict[str, str]]]:
        """Area and item names of the newest version of each template: {"areas"|"items": {id: {zh, en}}}."""
        labels: dict[str, dict[str, dict[str, str]]] = {"areas": {}, "items": {}}
        for (body,) in self._db.execute("SELECT body FROM templates ORDER BY template_id, version"):
            template = json.loads(body)
            labels["areas"].update({a["id"]: a["name"] for a in template["areas"]})
            labels["items"].update({i["id"]: i["text"] for i in template["items"]})
        return labels
