"""Background jobs: slow work (photo import, PDF export, bundle import) off the UI thread.

    job = Job(lambda progress, cancelled: import_many(paths, folder, progress, cancelled))
    job.signals.progress.connect(bar.setValue)     # (done, total)
    job.signals.finished.connect(show_summary)     # the function's return value
    job.signals.failed.connect(show_error)         # the exception
    start_job(job)
    ...
    job.cancel()                                   # the function sees cancelled() == True

The function runs on a QThreadPool thread and must not touch widgets; it reports through
`progress(done, total)` and checks `cancelled()` between steps. SQLite connections are
per thread, so a job that writes opens its own Store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One cancellable piece of work with progress, run by the global thread pool."""

    def __init__(self, function: JobFunction):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until its signals have fired
        self.function = function
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.function(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - every failure goes to the UI as a message
            self.done.set()
            self.signals.failed.emit(exc)
            return
        self.done.set()
        self.signals.finished.emit(result)


_running: set[Job] = set()


def start_job(job: Job) -> Job:
    """Run the job on the global pool, keeping it alive until it reports back."""
    _running.add(job)
    job.signals.finished.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _error: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job


def cancel_running() -> None:
    """Ask every running job to stop (the app is closing: nothing should keep it waiting)."""
    for job in list(_running):
        job.cancel()
