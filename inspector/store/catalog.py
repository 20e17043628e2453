"""Branches, the staff badges remembered per branch, and checklist template versions."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from inspector.audit import canonical_json
from inspector.model import Branch
from inspector.store.connection import StoreError
from inspector.store.database import Database

_BRANCH_FIELDS = ("code", "name", "address", "head", "region")


class Catalog:
    """Branches, the staff badges remembered per branch, and checklist template versions."""

    def __init__(self, db: Database) -> None:
        self._db = db
        # Template versions never change, so a parsed body is kept for the store's lifetime.
        self._template_cache: dict[tuple[str, int], dict[str, Any]] = {}

    # --- branches -------------------------------------------------------------------------
    def add_branch(self, code: str, name: str, address: str = "", head: str = "", region: str = "") -> Branch:
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise StoreError("invalid", "A branch needs a code and a name.", self._db.path)
        if self._db.execute("SELECT 1 FROM branches WHERE code = ?", (code,)).fetchone():
            raise StoreError("duplicate", f"A branch with code {code} already exists.", self._db.path)
        now = self._db.clock()
        branch = Branch(str(uuid.uuid4()), code, name, address, head, region)
        with self._db.edit():
            self._db.insert("branches", {**branch.__dict__, "created_at": now, "updated_at": now})
            self._db.audit("branch.add", "branch", branch.id, branch.__dict__)
        return branch

    def update_branch(self, branch_id: str, **changes: str) -> Branch:
        unknown = set(changes) - set(_BRANCH_FIELDS)
        if unknown:
            raise StoreError("invalid", f"Unknown branch fields: {', '.join(sorted(unknown))}", self._db.path)
        before = self.get_branch(branch_id)
        with self._db.edit():
            self._db.update("branches", branch_id, {**changes, "updated_at": self._db.clock()})
            self._db.audit("branch.update", "branch", branch_id, {"before": before.__dict__, "changes": changes})
        return self.get_branch(branch_id)

    def get_branch(self, branch_id: str) -> Branch:
        row = self._db.execute(
            "SELECT id, code, name, address, head, region FROM branches WHERE id = ?", (branch_id,)
        ).fetchone()
        return Branch(*self._db.require(row, "Branch", branch_id))

    def list_branches(self) -> list[Branch]:
        rows = self._db.execute("SELECT id, code, name, address, head, region FROM branches ORDER BY code").fetchall()
        return [Branch(*row) for row in rows]

    # --- staff badges ---------------------------------------------------------------------
    def remember_staff(self, branch_id: str, badge: str, name: str = "") -> None:
        """Called inside an edit: keeps badge numbers so the next visit can pick them."""
        self._db.execute(
            "INSERT INTO staff (branch_id, badge, name, last_used_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(branch_id, badge) DO UPDATE SET last_used_at = excluded.last_used_at,"
            " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE staff.name END",
            (branch_id, badge, name, self._db.clock()),
        )

    def known_staff(self, branch_id: str) -> list[tuple[str, str]]:
        """(badge, name) of the branch's staff, most recently used first."""
        rows = self._db.execute(
            "SELECT badge, name FROM staff WHERE branch_id = ? ORDER BY last_used_at DESC, badge", (branch_id,)
        ).fetchall()
        return [(badge, name) for badge, name in rows]

    # --- templates ------------------------------------------------------------------------
    def store_template(self, template: dict[str, Any]) -> bool:
        """Keep a template version exactly as loaded. True if it was new.

        A version already stored is never replaced: old inspections keep their checklist.
        """
        key = (template["id"], template["version"])
        body = canonical_json(template)
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        row = self._db.execute(
            "SELECT sha256 FROM templates WHERE template_id = ? AND version = ?", key
        ).fetchone()
        if row:
            return False
        with self._db.edit():
            self._db.insert("templates",
                {"template_id": key[0], "version": key[1], "body": body, "sha256": digest, "loaded_at": self._db.clock()}
            )
            self._db.audit("template.load", "template", f"{key[0]}@{key[1]}", {"sha256": digest})
        return True

    def get_template(self, template_id: str, version: int) -> dict[str, Any]:
        """A stored template version (shared: do not modify). Versions never change, so they are cached."""
        cache = self._template_cache
        key = (template_id, version)
        if key not in cache:
            row = self._db.execute(
                "SELECT body FROM templates WHERE template_id = ? AND version = ?", key
            ).fetchone()
            body: dict[str, Any] = json.loads(self._db.require(row, "Template", f"{template_id} version {version}")[0])
            cache[key] = body
        return cache[key]

    def latest_template(self, template_id: str | None = None) -> dict[str, Any]:
        sql = "SELECT body FROM templates"
        params: tuple[str, ...] = ()
        if template_id:
            sql += " WHERE template_id = ?"
            params = (template_id,)
        row = self._db.execute(sql + " ORDER BY version DESC, loaded_at DESC LIMIT 1", params).fetchone()
        latest: dict[str, Any] = json.loads(self._db.require(row, "Template", template_id or "(any)")[0])
        return latest

    def template_versions(self) -> list[tuple[str, int, str]]:
        """(template id, version, title in Chinese) of every stored template, newest first."""
        rows = self._db.execute("SELECT template_id, version, body FROM templates ORDER BY template_id, version DESC").fetchall()
        return [(tid, version, json.loads(body)["title"]["zh"]) for tid, version, body in rows]
