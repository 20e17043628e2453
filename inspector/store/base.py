"""What every part of the store shares: the connection, the clock, transactions and the audit trail."""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from inspector.audit import GENESIS, AuditEntry, ChainCheck, canonical_json, entry_hash, verify_chain
from inspector.store.connection import StoreError, open_connection, transaction, translate_sqlite_error


def local_now() -> str:
    """Now, as ISO 8601 with the local UTC offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers; any name will do
        return "unknown"


def where_clause(conditions: list[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """SQL for the conditions ("column = ?", value) whose value is given; empty ones are left out.

        where_clause([("status = ?", "open"), ("branch_id = ?", None)])  # ("status = ?", ["open"])
    """
    used = [(clause, value) for clause, value in conditions if value]
    return " AND ".join(clause for clause, _ in used) or "1 = 1", [value for _, value in used]


class StoreBase:
    """Owns the connection. Every edit runs inside `self.edit()` and writes an audit entry."""

    def __init__(self, path: Path, *, actor: str | None = None, clock: Callable[[], str] = local_now):
        self.path = Path(path)
        self.actor = actor or default_actor()
        self.clock = clock
        self._template_cache: dict[tuple[str, int], dict[str, Any]] = {}
        self.conn = open_connection(self.path)
        # No sqlite-utils plugins: none may change our connection, and looking for them
        # scans every installed package (~25 ms on the first open in each process).
        self.db = sqlite_utils.Database(self.conn, execute_plugins=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def edit(self) -> Iterator[sqlite3.Connection]:
        """One user edit: all its rows and its audit entries commit together or not at all."""
        with transaction(self.conn, self.path) as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads that span several tables."""
        try:
            self.conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None
        try:
            yield self.conn
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None

    def _audit(
        self,
        action: str,
        entity: str,
        entity_key: str,
        details: dict[str, Any],
        inspection_id: str | None = None,
    ) -> None:
        """Append one link to the hash chain. Call inside `edit()`."""
        last = self.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = self.clock()
        body = canonical_json(details)
        digest = entry_hash(prev, seq, at, self.actor, action, inspection_id, entity, entity_key, body)
        self.conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, inspection_id, entity, entity_key, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, self.actor, action, inspection_id, entity, entity_key, body, prev, digest),
        )

    def audit_entries(self, inspection_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_log"
        params: tuple = ()
        if inspection_id:
            sql += " WHERE inspection_id = ?"
            params = (inspection_id,)
        return [AuditEntry(**row) for row in self.query(sql + " ORDER BY seq", params)]

    def verify_audit_chain(self) -> ChainCheck:
        """Recompute every hash of the audit log; report the first entry that does not match."""
        return verify_chain(self.audit_entries())

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """UI state such as the last open inspection: not an edit of the record, so not audited."""
        with self.edit():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def _require(self, row: Any, what: str, key: str) -> Any:
        if row is None:
            raise StoreError("not_found", f"{what} {key} does not exist in {self.path}.", self.path)
        return row
