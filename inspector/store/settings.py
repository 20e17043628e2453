"""Settings kept in the database: UI state such as the last open inspection (not audited)."""

from __future__ import annotations

from inspector.store.database import Database


class Settings:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        """Not an edit of the record, so not audited; still one transaction."""
        with self._db.edit():
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
