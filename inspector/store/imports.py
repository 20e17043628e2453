"""Importing one signed inspection from a sync bundle, whole, in one transaction.

The signed-record triggers refuse children of a signed inspection, so the inspection is
inserted as 'finished', its children after it, and only then set to 'signed' — all in
the same transaction, so nobody ever sees it half-imported.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inspector import scoring
from inspector.audit import canonical_json
from inspector.model import Finding, ReceivedReport
from inspector.store.connection import StoreError
from inspector.store.database import Database
from inspector.store.inspections import Inspections
from inspector.store.settings import Settings

_INSPECTION_COLUMNS = ("id", "type", "template_id", "template_version", "started_at", "ended_at", "corrects",
                       "created_at", "updated_at")


class Imports:
    """Head office: signed inspections from sync bundles, stored whole in one transaction."""

    def __init__(self, db: Database, inspections: Inspections, settings: Settings) -> None:
        self._db = db
        self._inspections = inspections
        self._settings = settings

    def import_inspection(
        self,
        data: dict[str, Any],
        photo_paths: dict[str, tuple[str, str, str]],
        details: dict[str, Any],
        report: tuple[str, str] | None = None,
    ) -> bool:
        """Store a checked bundle's inspection.json. False if the inspection is already here.

        ``photo_paths`` maps sha256 → (original, display, thumb) paths under the photos folder
        (originals written before this call). ``details`` (bundle name, hashes, signer) go into the
        audit entry; its ``bundle_sha256`` is remembered with the inspection, in the same transaction.
        ``report``: (sha256, path under the data folder) of the signed PDF as received, kept with it.
        """
        ins = data["inspection"]
        iid = ins["id"]
        template = data["template"]["body"]
        template_sha = data["template"]["sha256"]  # checked against the body by sync_check.validate_data
        findings = [Finding(**{k: v for k, v in f.items() if k in Finding.__dataclass_fields__}) for f in data["findings"]]
        result = scoring.score_inspection(template, findings, ins["type"])
        with self._db.edit():
            if self._db.execute("SELECT 1 FROM inspections WHERE id = ?", (iid,)).fetchone():
                return False
            if ins["corrects"] and not self._db.execute(
                "SELECT 1 FROM inspections WHERE id = ?", (ins["corrects"],)
            ).fetchone():
                raise StoreError(
                    "needs_original",
                    f"Inspection {iid} corrects inspection {ins['corrects']}, which is not here yet; "
                    "import the bundle of the original inspection first.",
                    self._db.path,
                )
            self._import_template(template, template_sha)
            branch_id = self._import_branch(data["branch"])
            # Named columns only: a newer format-1 bundle may carry optional fields we do not store.
            row = {k: ins[k] for k in _INSPECTION_COLUMNS}
            row.update({"branch_id": branch_id, "status": "finished",
                        "inspectors": json.dumps(ins["inspectors"], ensure_ascii=False),
                        "score": result.score, "grade": result.grade, "passed": int(result.passed)})
            self._db.execute(f"INSERT INTO inspections ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
            self._db.executemany(
                "INSERT INTO findings (inspection_id, item_id, result, occurrences, staff, repeat, note, selected,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(iid, f.item_id, f.result, f.occurrences, f.staff, int(f.repeat), f.note,
                  json.dumps(f.selected, ensure_ascii=False), f.created_at, f.updated_at) for f in findings],
            )
            self._db.executemany(
                "INSERT INTO photos (id, inspection_id, item_id, sha256, original_path, display_path, thumb_path,"
                " original_name, taken_at, taken_at_source, imported_at, width, height, gps_lat, gps_lon, annotations)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p["id"], iid, p["item_id"], p["sha256"], *photo_paths[p["sha256"]], p["original_name"],
                  p["taken_at"], p["taken_at_source"], p["imported_at"], p["width"], p["height"], p["gps_lat"],
                  p["gps_lon"], json.dumps(p["annotations"], ensure_ascii=False)) for p in data["photos"]],
            )
            self._db.executemany(
                "INSERT INTO timings (inspection_id, item_id, kind, recorded_at, started_at, stopped_at, seconds,"
                " waiting, windows_open, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(iid, t["item_id"], t["kind"], t["recorded_at"], t["started_at"], t["stopped_at"], t["seconds"],
                  t["waiting"], t["windows_open"], t["label"]) for t in data["timings"]],
            )
            self._db.executemany(
                "INSERT INTO signatures (inspection_id, role, name, title, signed_at, strokes, image_png)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(iid, s["role"], s["name"], s["title"], s["signed_at"], json.dumps(s["strokes"]),
                  base64.b64decode(s["image_png"])) for s in data["signatures"]],
            )
            self._db.executemany(
                "INSERT INTO rectifications (inspection_id, item_id, owner, deadline, status, closed_at, closing_note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(iid, r["item_id"], r["owner"], r["deadline"], r["status"], r["closed_at"], r["closing_note"])
                 for r in data["rectifications"]],
            )
            self._inspections.write_score_cache(iid, result)    # the dashboard sums these
            # Last, as on the laptop: from here on the triggers keep the record read-only.
            self._db.execute("UPDATE inspections SET status = 'signed' WHERE id = ?", (iid,))
            if details.get("bundle_sha256"):
                self._db.execute("INSERT OR IGNORE INTO imported_bundles (sha256, inspection_id, recorded_at)"
                             " VALUES (?, ?, ?)", (details["bundle_sha256"], iid, self._db.clock()))
            if report is not None:
                self._db.execute("INSERT INTO received_reports (inspection_id, sha256, path, signer, bundle_sha256,"
                             " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                             (iid, *report, details.get("signer", ""), details.get("bundle_sha256", ""), self._db.clock()))
            self._db.audit("inspection.import", "inspection", iid,
                        {**details, "branch_code": data["branch"]["code"], "source_audit": data["audit"],
                         **({"report_sha256": report[0]} if report else {})}, iid)
        return True

    def received_report(self, inspection_id: str) -> ReceivedReport | None:
        """The signed report an imported inspection arrived with, or None (a local inspection)."""
        row = self._db.execute("SELECT inspection_id, sha256, path, signer, bundle_sha256, recorded_at"
                                " FROM received_reports WHERE inspection_id = ?", (inspection_id,)).fetchone()
        return ReceivedReport(*row) if row else None

    @contextmanager
    def batch_commits(self) -> Iterator[None]:
        """Group commit for a batch of imports: each bundle stays one transaction (whole or not
        at all), but their commits do not wait for the disk one by one; when the block ends a last
        fully synced commit makes them all durable at once (SQLite's WAL is append-only, so its
        sync covers every earlier commit). A power cut in between loses the latest bundles whole,
        and importing them again brings them; a crashed program loses nothing."""
        try:
            with self._db.relaxed_durability():
                yield
        finally:
            self._settings.set("sync.last_import_at", self._db.clock())  # the synced commit

    def imported_bundle(self, bundle_sha256: str) -> str | None:
        """The inspection id a bundle file with exactly these bytes brought in, or None."""
        row = self._db.execute("SELECT inspection_id FROM imported_bundles WHERE sha256 = ?",
                                (bundle_sha256,)).fetchone()
        return row[0] if row else None

    def remember_bundle(self, bundle_sha256: str, inspection_id: str) -> None:
        """Record a fully checked bundle whose content was found already stored (not audited:
        it changes nothing but lets the same bytes be recognised next time)."""
        with self._db.edit():
            self._db.execute("INSERT OR IGNORE INTO imported_bundles (sha256, inspection_id, recorded_at)"
                         " VALUES (?, ?, ?)", (bundle_sha256, inspection_id, self._db.clock()))

    def photo_file_paths(self) -> list[tuple[str, str, str, str]]:
        """(sha256, original, display, thumb) of every stored photo, each file set once."""
        rows = self._db.execute(
            "SELECT DISTINCT sha256, original_path, display_path, thumb_path FROM photos ORDER BY sha256").fetchall()
        return [tuple(r) for r in rows]

    def _import_template(self, template: dict[str, Any], sha: str) -> None:
        """Keep the template version the inspection carries; a different body under the same version is refused."""
        key = (template["id"], template["version"])
        row = self._db.execute("SELECT sha256 FROM templates WHERE template_id = ? AND version = ?", key).fetchone()
        if row and row[0] != sha:
            raise StoreError(
                "template_conflict",
                f"Template {key[0]} version {key[1]} in the bundle differs from the one stored here; "
                "one of them was edited without a new version number. Ask whoever maintains the checklist.",
                self._db.path,
            )
        if not row:
            body = canonical_json(template)
            if hashlib.sha256(body.encode("utf-8")).hexdigest() != sha:
                raise StoreError("invalid", f"Template {key[0]} version {key[1]}: its body does not match its SHA-256.",
                                 self._db.path)
            self._db.insert("templates", {"template_id": key[0], "version": key[1], "body": body,
                                         "sha256": sha, "loaded_at": self._db.clock()})
            self._db.audit("template.load", "template", f"{key[0]}@{key[1]}", {"sha256": sha, "from": "bundle"})

    def _import_branch(self, branch: dict[str, Any]) -> str:
        """The local id of the branch with this code, added as it came when head office does not know it."""
        row = self._db.execute("SELECT id FROM branches WHERE code = ?", (branch["code"].strip(),)).fetchone()
        if row:
            return str(row[0])
        taken = self._db.execute("SELECT 1 FROM branches WHERE id = ?", (branch["id"],)).fetchone()
        new = {k: branch[k] for k in ("code", "name", "address", "head", "region")}
        new["id"] = str(uuid.uuid4()) if taken else branch["id"]
        now = self._db.clock()
        self._db.insert("branches", {**new, "created_at": now, "updated_at": now})
        self._db.audit("branch.add", "branch", new["id"], {**new, "from": "bundle"})
        return str(new["id"])
