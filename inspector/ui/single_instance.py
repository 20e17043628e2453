"""One running Inspector per data folder: a QLockFile next to the database.

Two windows editing the same inspection would make undo lie, so a second copy on the same
folder is refused. A lock left by a crashed copy is recognised (dead process) and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "inspector.lock"


class InstanceLock:
    """Hold the data folder's lock for the life of the app."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_NAME
        self._lock: QLockFile | None = None

    def acquire(self) -> bool:
        """True if this process now owns the folder; False if another running copy does.

        Raises PermissionError when the folder cannot be written at all.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.path))
        lock.setStaleLockTime(0)  # never expire by age: Inspector may stay open all day
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.PermissionError:
                # A read-only folder is not "another copy is running": say what it is.
                raise PermissionError(13, "cannot create the lock file in the data folder", str(self.path))
            return False
        self._lock = lock
        return True

    def owner_pid(self) -> int | None:
        """The process id recorded in the lock file, if it can be read."""
        info = QLockFile(str(self.path)).getLockInfo()  # PySide6: (pid, host, app), or False
        return info[0] if isinstance(info, tuple) and info[0] > 0 else None

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()
