"""Head office: complaint deductions, follow-up visits, rectification evidence, and the dashboard's aggregates.

The dashboard must appear in well under a second with 10,000 inspections, so everything here is
an SQL aggregate over the cached score columns; findings are read only for the points lost per
area (through a partial index on failed findings) and for the latest two inspections per branch.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from ..model import INSPECTION_TYPES, Inspection
from .base import StoreBase
from .connection import StoreError

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


class HeadOfficeMixin(StoreBase):
    # --- complaints -------------------------------------------------------------------------
    def add_complaint(self, branch_id: str, received_at: str, points: float, note: str = "") -> Complaint:
        """Record a customer complaint deduction for a branch; the quarterly score subtracts it."""
        self.get_branch(branch_id)  # type: ignore[attr-defined]
        if len(received_at) < 10 or not isinstance(points, (int, float)) or points < 0:
            raise StoreError("invalid", "A complaint needs the date it was received and points of 0 or more.", self.path)
        complaint = Complaint(str(uuid.uuid4()), branch_id, received_at[:10], float(points), note.strip(),
                              self.actor, self.clock())
        with self.edit():
            self.db["complaints"].insert(complaint.__dict__)
            self._audit("complaint.add", "complaint", complaint.id, complaint.__dict__)
        return complaint

    def delete_complaint(self, complaint_id: str) -> None:
        """Remove a complaint recorded by mistake; the audit log keeps what it was."""
        rows = self.query("SELECT * FROM complaints WHERE id = ?", (complaint_id,))
        before = self._require(rows[0] if rows else None, "Complaint", complaint_id)
        with self.edit():
            self.conn.execute("DELETE FROM complaints WHERE id = ?", (complaint_id,))
            self._audit("complaint.delete", "complaint", complaint_id, before)

    def list_complaints(self, branch_id: str | None = None, since: str | None = None,
                        until: str | None = None) -> list[Complaint]:
        where, params = ["1 = 1"], []
        for clause, value in (("branch_id = ?", branch_id), ("received_at >= ?", since and since[:10]),
                              ("received_at <= ?", until and until[:10])):
            if value:
                where.append(clause)
                params.append(value)
        rows = self.query(f"SELECT * FROM complaints WHERE {' AND '.join(where)} ORDER BY received_at, id", params)
        return [Complaint(**row) for row in rows]

    # --- rectifications: evidence and follow-ups -------------------------------------------
    def close_rectification_with_evidence(
        self, inspection_id: str, item_id: str, note: str, photo: Any | None = None
    ) -> None:
        """Close a rectification (allowed after signing) with a note and optionally a photo.

        `photo` is a photos.ImportedPhoto. A signed inspection takes no new photos, so the evidence
        lives in its own table, written in the same transaction as the closing.
        """
        rows = self.query("SELECT status FROM rectifications WHERE inspection_id = ? AND item_id = ?",
                          (inspection_id, item_id))
        status = self._require(rows[0] if rows else None, "Rectification", item_id)["status"]
        if status == "closed":
            raise StoreError("invalid", "This rectification is already closed.", self.path)
        if not note.strip() and photo is None:
            raise StoreError("invalid", "Say how the item was fixed, or attach a photo, before closing it.", self.path)
        now = self.clock()
        with self.edit():
            self.conn.execute(
                "UPDATE rectifications SET status = 'closed', closed_at = ?, closing_note = ?"
                " WHERE inspection_id = ? AND item_id = ?",
                (now, note.strip(), inspection_id, item_id),
            )
            details: dict[str, Any] = {"note": note.strip()}
            if photo is not None:
                self.conn.execute(
                    "INSERT INTO rectification_evidence (inspection_id, item_id, photo_sha256, photo_path, note,"
                    " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (inspection_id, item_id, photo.sha256, photo.display_path, note.strip(), now, self.actor),
                )
                details["photo_sha256"] = photo.sha256
            self._audit("rectification.close", "rectification", item_id, details, inspection_id)

    def rectification_evidence(self, inspection_id: str, item_id: str) -> list[dict[str, Any]]:
        return self.query(
            "SELECT photo_sha256, photo_path, note, added_at, added_by FROM rectification_evidence"
            " WHERE inspection_id = ? AND item_id = ? ORDER BY id", (inspection_id, item_id))

    def start_follow_up(self, original_inspection_id: str, item_id: str, type: str = "onsite",
                        inspectors: list[str] | None = None) -> Inspection:
        """A new draft inspection of the same branch, linked to the finding it follows up."""
        original = self.get_inspection(original_inspection_id)  # type: ignore[attr-defined]
        follow_up = self.create_inspection(  # type: ignore[attr-defined]
            original.branch_id, type, inspectors if inspectors is not None else original.inspectors)
        # create_inspection commits on its own; the link is a second, small transaction.
        with self.edit():
            self.conn.execute(
                "INSERT INTO follow_ups (original_inspection_id, item_id, follow_up_inspection_id, created_at,"
                " created_by) VALUES (?, ?, ?, ?, ?)",
                (original_inspection_id, item_id, follow_up.id, self.clock(), self.actor),
            )
            self._audit("follow_up.start", "follow_up", item_id,
                        {"original": original_inspection_id, "follow_up": follow_up.id}, follow_up.id)
        return follow_up

    def follow_ups_of(self, original_inspection_id: str, item_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM follow_ups WHERE original_inspection_id = ?"
        params: list[Any] = [original_inspection_id]
        if item_id:
            sql += " AND item_id = ?"
            params.append(item_id)
        return self.query(sql + " ORDER BY created_at", params)

    def list_rectification_rows(self, status: str | None = None, branch_id: str | None = None) -> list[RectificationRow]:
        """Every rectification with its branch, inspection, evidence and follow-up counts; soonest deadline first."""
        where, params = ["1 = 1"], []
        if status:
            where.append("r.status = ?")
            params.append(status)
        if branch_id:
            where.append("i.branch_id = ?")
            params.append(branch_id)
        rows = self.conn.execute(
            "SELECT r.inspection_id, r.item_id, r.owner, r.deadline, r.status, r.closed_at, r.closing_note,"
            " i.branch_id, b.code, b.name, i.type, i.started_at, i.template_id, i.template_version,"
            " (SELECT count(*) FROM rectification_evidence e WHERE e.inspection_id = r.inspection_id"
            "   AND e.item_id = r.item_id AND e.photo_sha256 IS NOT NULL),"
            " (SELECT count(*) FROM follow_ups u WHERE u.original_inspection_id = r.inspection_id"
            "   AND u.item_id = r.item_id)"
            " FROM rectifications r JOIN inspections i ON i.id = r.inspection_id JOIN branches b ON b.id = i.branch_id"
            f" WHERE {' AND '.join(where)} ORDER BY r.status DESC, r.deadline, b.code, r.item_id",
            params,
        ).fetchall()
        return [RectificationRow(*row) for row in rows]

    # --- dashboard aggregates ----------------------------------------------------------------
    def _scope_sql(self, scope: Scope, *, dated: bool = True, typed: bool = True) -> tuple[str, list[Any]]:
        """WHERE clause over `inspections i JOIN branches b` for the counted inspections."""
        marks = ", ".join("?" * len(scope.statuses))
        where = [f"i.status IN ({marks})", "i.score IS NOT NULL",
                 # A signed record that has a counted correction is replaced by it.
                 # (computed once, not per row: NOT IN over an uncorrelated subquery)
                 f"i.id NOT IN (SELECT c.corrects FROM inspections c WHERE c.corrects IS NOT NULL"
                 f" AND c.status IN ({marks}))"]
        params: list[Any] = [*scope.statuses, *scope.statuses]
        if scope.region:
            where.append("b.region = ?")
            params.append(scope.region)
        if typed and scope.type:
            if scope.type not in INSPECTION_TYPES:
                raise StoreError("invalid", f"Unknown inspection type {scope.type!r}.", self.path)
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
        rows = self.conn.execute(
            f"SELECT DISTINCT CAST(substr({_START}, 1, 4) AS INTEGER), {_QUARTER_SQL} FROM {_FROM}"
            " ORDER BY 1 DESC, 2 DESC").fetchall()
        return [(y, q) for y, q in rows]

    def regions(self) -> list[str]:
        return [r for (r,) in self.conn.execute(
            "SELECT DISTINCT region FROM branches WHERE region != '' ORDER BY region").fetchall()]

    def branch_directory(self, region: str = "") -> list[tuple[str, str, str, str]]:
        """(id, code, name, region) of the branches, by code."""
        sql, params = "SELECT id, code, name, region FROM branches", []
        if region:
            sql, params = sql + " WHERE region = ?", [region]
        return [tuple(row) for row in self.conn.execute(sql + " ORDER BY code", params).fetchall()]

    def latest_per_branch(self, scope: Scope) -> list[dict[str, Any]]:
        """Each branch's most recent counted inspection in scope: its cached score and grade."""
        where, params = self._scope_sql(scope)
        return self.query(
            "SELECT branch_id, id, type, started_at, score, grade FROM ("
            f" SELECT i.branch_id, i.id, i.type, {_START} AS started_at, i.score, i.grade, row_number() OVER"
            f"  (PARTITION BY i.branch_id ORDER BY {_START} DESC, i.id DESC) AS rn"
            f" FROM {_FROM} WHERE {where}) WHERE rn = 1", params)

    def method_means_by_quarter(self, scope: Scope) -> list[dict[str, Any]]:
        """Mean cached score and count per branch, year, quarter and inspection type (for 003:169)."""
        where, params = self._scope_sql(scope, typed=False)
        return self.query(
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
        return self.query(sql + " GROUP BY c.branch_id, year, quarter", params)

    def area_losses_by_branch(self, scope: Scope) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
        """Points lost per area, per branch, summed over the scope's inspections, and each branch's count.

        The loss per failed item follows scoring.item_loss (deduction × occurrences, × the repeat
        multiplier, + the extra for the person in charge, capped per item, then per area), computed in
        SQL over a temporary item→area map of every stored template version.
        """
        self._ensure_item_map()
        where, params = self._scope_sql(scope)
        counts = {b: n for b, n in self.conn.execute(
            f"SELECT i.branch_id, count(*) FROM {_FROM} WHERE {where}"
            " GROUP BY i.branch_id", params).fetchall()}
        rows = self.conn.execute(
            "WITH item_loss AS ("
            " SELECT i.id AS inspection_id, i.branch_id, m.area_id, m.area_cap,"
            "  min(coalesce(m.cap, 1e18), m.deduction"
            "   * (CASE WHEN m.is_multi THEN max(1, json_array_length(f.selected)) * max(1, f.occurrences)"
            "      ELSE max(1, f.occurrences) END)"
            "   * (CASE WHEN f.repeat THEN m.multiplier ELSE 1 END) + m.head_extra) AS loss"
            f" FROM {_FROM}"
            " JOIN findings f ON f.inspection_id = i.id AND f.result = 'fail'"
            " JOIN temp.item_map m ON m.template_id = i.template_id AND m.version = i.template_version"
            "  AND m.item_id = f.item_id AND instr(m.modes, ',' || i.type || ',') > 0"
            f" WHERE {where}),"
            " per_area AS (SELECT branch_id, area_id, min(sum(loss), coalesce(max(area_cap), 1e18)) AS lost"
            "  FROM item_loss GROUP BY inspection_id, area_id)"
            " SELECT branch_id, area_id, sum(lost) FROM per_area GROUP BY branch_id, area_id", params).fetchall()
        losses: dict[str, dict[str, float]] = {b: {} for b in counts}
        for branch_id, area_id, lost in rows:
            losses[branch_id][area_id] = float(lost)
        return losses, counts

    def _ensure_item_map(self) -> None:
        """(Re)build temp.item_map when the stored templates changed. A temp table is this connection's only."""
        # Made inside a read transaction, the table goes with its rollback: check it is still there.
        key = self.conn.execute("SELECT count(*), max(loaded_at) FROM templates").fetchone()
        present = self.conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'item_map'").fetchone()
        if present and getattr(self, "_item_map_key", None) == key:
            return
        self.conn.execute("DROP TABLE IF EXISTS temp.item_map")
        self.conn.execute(
            "CREATE TEMP TABLE item_map (template_id TEXT, version INTEGER, item_id TEXT, area_id TEXT,"
            " deduction REAL, cap REAL, head_extra REAL, is_multi INTEGER, modes TEXT, multiplier REAL,"
            " area_cap REAL, PRIMARY KEY (template_id, version, item_id))")
        rows = []
        for template_id, version, body in self.conn.execute("SELECT template_id, version, body FROM templates"):
            template = json.loads(body)
            area_caps = {a["id"]: a.get("cap") for a in template["areas"]}
            multiplier = float(template["scoring"].get("repeat_multiplier", 1))
            for item in template["items"]:
                rows.append((template_id, version, item["id"], item["area"], float(item["deduction"]), item.get("cap"),
                             float(item.get("head_extra", 0) or 0), int(item.get("kind") == "multi"),
                             "," + ",".join(item["modes"]) + ",", multiplier, area_caps.get(item["area"])))
        self.conn.executemany("INSERT INTO temp.item_map VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._item_map_key = key

    def latest_pairs(self, scope: Scope) -> list[tuple[str, str, str, str | None]]:
        """(branch_id, latest inspection id, its start, the previous inspection id or None) per branch.

        The latest must start inside the scope; its predecessor may be older (consecutive visits).
        """
        where, params = self._scope_sql(Scope(None, scope.until, scope.region, scope.type, scope.statuses,
                                              scope.exclude_self))
        rows = self.conn.execute(
            "SELECT branch_id, id, started_at, prev FROM ("
            f" SELECT i.branch_id, i.id, {_START} AS started_at, lead(i.id) OVER w AS prev, row_number() OVER w AS rn"
            f" FROM {_FROM} WHERE {where}"
            f" WINDOW w AS (PARTITION BY i.branch_id ORDER BY {_START} DESC, i.id DESC)) WHERE rn = 1",
            params).fetchall()
        since = (scope.since or "")[:10]
        return [tuple(r) for r in rows if r[2][:10] >= since]

    def failed_findings_of(self, inspection_ids: list[str]) -> dict[str, list[tuple[str, str, bool, int]]]:
        """(item_id, 'fail', repeat, occurrences) of the failed findings of a few inspections."""
        out: dict[str, list[tuple[str, str, bool, int]]] = {i: [] for i in inspection_ids}
        for start in range(0, len(inspection_ids), 500):
            chunk = inspection_ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for iid, item_id, repeat, occurrences in self.conn.execute(
                f"SELECT inspection_id, item_id, repeat, occurrences FROM findings"
                f" WHERE result = 'fail' AND inspection_id IN ({marks}) ORDER BY inspection_id, rowid", chunk):
                out[iid].append((item_id, "fail", bool(repeat), occurrences))
        return out

    def template_labels(self) -> dict[str, dict[str, dict[str, str]]]:
        """Area and item names of the newest version of each template: {"areas"|"items": {id: {zh, en}}}."""
        labels: dict[str, dict[str, dict[str, str]]] = {"areas": {}, "items": {}}
        for (body,) in self.conn.execute("SELECT body FROM templates ORDER BY template_id, version"):
            template = json.loads(body)
            labels["areas"].update({a["id"]: a["name"] for a in template["areas"]})
            labels["items"].update({i["id"]: i["text"] for i in template["items"]})
        return labels
