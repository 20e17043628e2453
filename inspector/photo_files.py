"""Crash-safe file writes for the photo store.

A file appears under its final name only once it is complete (temp file in the
same folder + os.replace), so a crash never leaves half a photo behind.
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def _write_temp(path: Path, data: bytes, durable: bool) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_atomic(path: Path, data: bytes, durable: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file + os.replace (fsync first if ``durable``)."""
    tmp = _write_temp(path, data, durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
