"""Opening the database file safely: refuse what we cannot use before writing a byte."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from inspector.store.schema import SCHEMA_VERSION, migrate


class StoreError(Exception):
    """A problem with the database a person can act on. `code` is stable for programs."""

    def __init__(self, code: str, message: str, path: Path | None = None):
        self.code = code
        self.path = path
        super().__init__(message)


_DISK_FULL_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC",
                     "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_SHMMAP")


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn SQLite's terse errors into a StoreError that says what to do."""
    text = str(exc)
    lowered = text.lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _DISK_FULL_ERRORS:
        # Writes that fail at the OS level: almost always a full disk (or a file-size limit).
        return StoreError("disk_full", f"{path}: the database could not be written (the disk is full or the file "
                          "cannot grow); nothing was saved of this change. Free some space and try again.", path)
    if name == "SQLITE_CANTOPEN" and not os.access(path.parent, os.W_OK):
        return StoreError("read_only", f"{path}: the data folder is read-only, so the database cannot be created "
                          "or opened. Choose a writable folder with --data-dir.", path)
    if "signed" in lowered or "append-only" in lowered or "must sign" in lowered:
        return StoreError("locked_record", text, path)
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError("read_only", f"{path}: the database cannot be written (read-only). Copy it to a writable folder or fix its permissions.", path)
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StoreError("disk_full", f"{path}: the disk is full; nothing was saved of this change. Free some space and try again.", path)
    if "locked" in lowered or "busy" in lowered:
        return StoreError("busy", f"{path}: another program is writing to the database; try again in a moment.", path)
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return StoreError("corrupt", f"{path}: the file is damaged or is not an Inspector database ({text}). Restore it from a backup; the file was left as it was.", path)
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError("invalid", f"{path}: the change was refused: {text}", path)
    return StoreError("database", f"{path}: database error: {text}", path)


def _is_marked_read_only(path: Path) -> bool:
    # Root ignores permission bits, so os.access() says "writable"; the user's intent is in the mode.
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def open_connection(path: Path) -> sqlite3.Connection:
    """Open (or create) the database, check it, then switch on WAL and migrate it."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed and _is_marked_read_only(path):
        raise StoreError("read_only", f"{path}: the database file is read-only. Copy it to a writable folder or make it writable, then start again.", path)
    if not existed:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("read_only", f"{path.parent}: cannot create the data folder ({exc.strerror}).", path) from None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from None
    try:
        # Read-only checks first: a damaged or newer file must stay byte for byte as it was.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if version > SCHEMA_VERSION:
            raise StoreError(
                "too_new",
                f"{path}: this database was written by a newer version of Inspector (schema {version}, this app knows {SCHEMA_VERSION}). Update Inspector to open it; the file was not changed.",
                path,
            )
        if existed and version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError("corrupt", f"{path}: this is an SQLite file, but not an Inspector database. Choose another data folder; the file was not changed.", path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a commit survives power loss, not only a crash
        migrate(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate_sqlite_error(exc, path) from None
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; any error rolls the whole edit back and is explained."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise translate_sqlite_error(exc, path) from None
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
