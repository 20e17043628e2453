"""Branches, the staff badges remembered per branch, and checklist template versions."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from inspector.audit import canonical_json
from inspector.model import Branch
from inspector.store.base import StoreBase
from inspector.store.connection import StoreError

_BRANCH_FIELDS = ("code", "name", "address", "head", "region")


class CatalogMixin(StoreBase):
    # --- branches -------------------------------------------------------------------------
    def add_branch(self, code: str, name: str, address: str = "", head: str = "", region: str = "") -> Branch:
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise StoreError("invalid", "A branch needs a code and a name.", self.path)
        if self.conn.execute("SELECT 1 FROM branches WHERE code = ?", (code,)).fetchone():
            raise StoreError("duplicate", f"A branch with code {code} already exists.", self.path)
        now = self.clock()
        branch = Branch(str(uuid.uuid4()), code, name, address, head, region)
        with self.edit():
            self.db["branches"].insert({**branch.__dict__, "created_at": now, "updated_at": now})
            self._audit("branch.add", "branch", branch.id, branch.__dict__)
        return branch

    def update_branch(self, branch_id: str, **changes: str) -> Branch:
        unknown = set(changes) - set(_BRANCH_FIELDS)
        if unknown:
            raise StoreError("invalid", f"Unknown branch fields: {', '.join(sorted(unknown))}", self.path)
        before = self.get_branch(branch_id)
        with self.edit():
            self.db["branches"].update(branch_id, {**changes, "updated_at": self.clock()})
            self._audit("branch.update", "branch", branch_id, {"before": before.__dict__, "changes": changes})
        return self.get_branch(branch_id)

    def get_branch(self, branch_id: str) -> Branch:
        row = self.conn.execute(
            "SELECT id, code, name, address, head, region FROM branches WHERE id = ?", (branch_id,)
        ).fetchone()
        return Branch(*self._require(row, "Branch", branch_id))

    def list_branches(self) -> list[Branch]:
        rows = self.conn.execute("SELECT id, code, name, address, head, region FROM branches ORDER BY code").fetchall()
        return [Branch(*row) for row in rows]

    # --- staff badges ---------------------------------------------------------------------
    def remember_staff(self, branch_id: str, badge: str, name: str = "") -> None:
        """Called inside an edit: keeps badge numbers so the next visit can pick them."""
        self.conn.execute(
            "INSERT INTO staff (branch_id, badge, name, last_used_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(branch_id, badge) DO UPDATE SET last_used_at = excluded.last_used_at,"
            " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE staff.name END",
            (branch_id, badge, name, self.clock()),
        )

    def known_staff(self, branch_id: str) -> list[tuple[str, str]]:
        """(badge, name) of the branch's staff, most recently used first."""
        rows = self.conn.execute(
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
        row = self.conn.execute(
            "SELECT sha256 FROM templates WHERE template_id = ? AND version = ?", key
        ).fetchone()
        if row:
            return False
        with self.edit():
            self.db["templates"].insert(
                {"template_id": key[0], "version": key[1], "body": body, "sha256": digest, "loaded_at": self.clock()}
            )
            self._audit("template.load", "template", f"{key[0]}@{key[1]}", {"sha256": digest})
        return True

    def get_template(self, template_id: str, version: int) -> dict[str, Any]:
        """A stored template version (shared: do not modify). Versions never change, so they are cached."""
        cache = self._template_cache
        key = (template_id, version)
        if key not in cache:
            row = self.conn.execute(
                "SELECT body FROM templates WHERE template_id = ? AND version = ?", key
            ).fetchone()
            cache[key] = json.loads(self._require(row, "Template", f"{template_id} version {version}")[0])
        return cache[key]

    def latest_template(self, template_id: str | None = None) -> dict[str, Any]:
        sql = "SELECT body FROM templates"
        params: tuple = ()
        if template_id:
            sql += " WHERE template_id = ?"
            params = (template_id,)
        row = self.conn.execute(sql + " ORDER BY version DESC, loaded_at DESC LIMIT 1", params).fetchone()
        return json.loads(self._require(row, "Template", template_id or "(any)")[0])

    def template_versions(self) -> list[tuple[str, int, str]]:
        """(template id, version, title in Chinese) of every stored template, newest first."""
        rows = self.conn.execute("SELECT template_id, version, body FROM templates ORDER BY template_id, version DESC").fetchall()
        return [(tid, version, json.loads(body)["title"]["zh"]) for tid, version, body in rows]
