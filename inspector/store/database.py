"""The one connection every repository of a store shares: transactions, the clock, the audit trail.

    db = SqliteDatabase(data_dir / "inspector.db")
    with db.edit():                                   # one audited transaction
        db.insert("branches", row)
        db.audit("branch.add", "branch", row["id"], row)

`Database` is the seam for a second backend: the repositories (catalog, inspections, evidence,
sign-off, imports, head office) hold the rules and the queries and talk only to this interface,
so a PostgreSQL head office is a second implementation of it (placeholders, upserts and the few
SQLite-only statements behind these methods), not a copy of every query.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, Protocol

import sqlite_utils

from inspector.audit import GENESIS, AuditEntry, canonical_json, entry_hash
from inspector.store.connection import StoreError, open_connection, transaction, translate_sqlite_error

Params = Sequence[Any]


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


class Cursor(Protocol):
    """What a repository reads from a statement it ran."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...

    def fetchall(self) -> list[Any]: ...


class Database(Protocol):
    """The interface the repositories are written against. Placeholders are ``?``."""

    path: Path
    actor: str
    clock: Callable[[], str]

    def close(self) -> None: ...

    def edit(self) -> AbstractContextManager[None]: ...

    def reading(self) -> AbstractContextManager[None]: ...

    def relaxed_durability(self) -> AbstractContextManager[None]: ...

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]: ...

    def insert(self, table: str, row: dict[str, Any]) -> int: ...

    def upsert(self, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None: ...

    def update(self, table: str, key: str, changes: dict[str, Any]) -> None: ...

    def audit(self, action: str, entity: str, entity_key: str, details: dict[str, Any],
              inspection_id: str | None = None) -> None: ...

    def audit_entries(self, inspection_id: str | None = None) -> list[AuditEntry]: ...

    def integrity_ok(self) -> bool: ...

    def fail(self, code: str, message: str) -> NoReturn: ...

    def require(self, row: Any, what: str, key: str) -> Any: ...


class SqliteDatabase:
    """One SQLite file (sqlite-utils over sqlite3). Every edit runs inside `edit()` and is audited."""

    def __init__(self, path: Path, *, actor: str | None = None, clock: Callable[[], str] = local_now):
        self.path = Path(path)
        self.actor = actor or default_actor()
        self.clock = clock
        self.conn = open_connection(self.path)
        # No sqlite-utils plugins: none may change our connection, and looking for them
        # scans every installed package (~25 ms on the first open in each process).
        self._tables = sqlite_utils.Database(self.conn, execute_plugins=False)

    def close(self) -> None:
        self.conn.close()

    # --- transactions -------------------------------------------------------------------
    @contextmanager
    def edit(self) -> Iterator[None]:
        """One user edit: all its rows and its audit entries commit together or not at all."""
        with transaction(self.conn, self.path):
            yield

    @contextmanager
    def reading(self) -> Iterator[None]:
        """A consistent snapshot for reads that span several tables."""
        try:
            self.conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None
        try:
            yield
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    @contextmanager
    def relaxed_durability(self) -> Iterator[None]:
        """Commits inside the block do not wait for the disk; the caller ends it with a synced commit.

        SQLite's WAL is append-only, so the next fully synced commit makes every earlier one durable."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")

    # --- statements ---------------------------------------------------------------------
    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        try:
            return list(self._tables.query(sql, params))
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from None

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row; its rowid (the key of a table with an integer primary key)."""
        return int(self._tables.table(table).insert(row).last_rowid or 0)

    def upsert(self, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None:
        self._tables.table(table).upsert(row, pk=pk)

    def update(self, table: str, key: str, changes: dict[str, Any]) -> None:
        self._tables.table(table).update(key, changes)

    # --- the audit trail ----------------------------------------------------------------
    def audit(self, action: str, entity: str, entity_key: str, details: dict[str, Any],
              inspection_id: str | None = None) -> None:
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
        params: tuple[str, ...] = ()
        if inspection_id:
            sql += " WHERE inspection_id = ?"
            params = (inspection_id,)
        return [AuditEntry(**row) for row in self.query(sql + " ORDER BY seq", params)]

    # --- checks -------------------------------------------------------------------------
    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def fail(self, code: str, message: str) -> NoReturn:
        """Refuse an operation with a message a person can act on."""
        raise StoreError(code, message, self.path)

    def require(self, row: Any, what: str, key: str) -> Any:
        """``row``, or a not_found StoreError naming what is missing."""
        if row is None:
            self.fail("not_found", f"{what} {key} does not exist in {self.path}.")
        return row
