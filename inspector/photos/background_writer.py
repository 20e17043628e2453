"""Crash-safe file writes for the photo store.

A file appears under its final name only once it is complete (temp file in the
same folder + os.replace), so a crash never leaves half a photo behind.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from inspector.atomic import TEMP_PREFIX, write_atomic  # noqa: F401 - re-exported for the photo modules


class OriginalWriter:
    """Writes originals durably on one background thread: temp file, fsync, rename.

    The import loop hands over bytes that already decoded fine and moves on; the
    fsync wait (which can be long on a busy disk) overlaps the next photo's
    decoding instead of stalling it. ``finish()`` waits for everything and reports
    which files could not be written. At most ``backlog`` files wait in memory.
    """

    def __init__(self, backlog: int = 4) -> None:
        self._queue: queue.Queue[tuple[Path, bytes] | None] = queue.Queue(maxsize=backlog)
        self._pending: set[Path] = set()
        self._errors: dict[Path, BaseException] = {}
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            path, data = job
            try:
                write_atomic(path, data, durable=True)
            except BaseException as exc:  # noqa: BLE001 - reported by finish()
                self._errors[path] = exc

    def write(self, path: Path, data: bytes) -> None:
        """Queue ``data`` for ``path`` (blocks only while the backlog is full)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="photo-originals", daemon=True)
            self._thread.start()
        self._pending.add(path)
        self._queue.put((path, data))

    def is_pending(self, path: Path) -> bool:
        """True once ``path`` was queued in this batch (it may not be on disk yet)."""
        return path in self._pending

    def finish(self) -> dict[Path, BaseException]:
        """Wait until every queued file is on disk; the ones that failed, with why."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        return dict(self._errors)
