"""Queue-wait tools: a stopwatch per observed customer and a counter of people waiting and windows open.

Each reading is time-stamped and stored (store.add_timing) through an undoable command, and the
readings decide the template's timer / count item (scoring.timer_outcome / count_outcome).
Running stopwatches are kept in the store's settings as they start and stop, so a customer
still waiting when the app is closed (or the laptop's battery dies) is still timed after it
starts again, from the wall-clock time the stopwatch started.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.model import Timing
from inspector.ui.workspace.commands import AddTimingCommand
from inspector.ui.workspace.session import WorkspaceSession, pick


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def running_key(inspection_id: str) -> str:
    """The setting that holds an inspection's running stopwatches."""
    return f"queue.running.{inspection_id}"


@dataclass
class Stopwatch:
    """One observed customer: started when the ticket is taken, stopped when called."""

    label: str
    started_at: str
    started: float  # time.monotonic() at the start: wall-clock changes must not bend the reading


class QueueTools(QWidget):
    def __init__(self, session: WorkspaceSession, push: Callable[[QUndoCommand], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queueTools")
        self.session = session
        self.push = push
        self.running: list[Stopwatch] = self._restore_running()
        self._customers = len(self.running)

        self.timer_item = QComboBox(self)
        self.timer_item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timer_item.setMinimumContentsLength(10)
        self.timer_item.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for item in session.timer_items():
            self.timer_item.addItem(pick(item["text"]), item["id"])
        self.start_button = QPushButton(self.tr("Start stopwatch  [W]"), self)
        self.start_button.setObjectName("startStopwatch")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(lambda: self.start_stopwatch())
        self.watch_list = QWidget(self)
        self.watch_layout = QVBoxLayout(self.watch_list)
        self.watch_layout.setContentsMargins(0, 0, 0, 0)
        self.watch_layout.setSpacing(2)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._update_watches)

        waits = QGroupBox(self.tr("Waiting time"), self)
        waits_layout = QVBoxLayout(waits)
        waits_layout.setSpacing(4)
        waits_layout.addWidget(self.timer_item)  # which item the waits decide
        waits_layout.addWidget(self.start_button)
        waits_layout.addWidget(self.watch_list)

        self.count_item = QComboBox(self)
        self.count_item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_item.setMinimumContentsLength(10)
        self.count_item.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for item in session.count_items():
            self.count_item.addItem(pick(item["text"]), item["id"])
        self.waiting = QSpinBox(self)
        self.waiting.setRange(0, 999)
        self.windows = QSpinBox(self)
        self.windows.setRange(0, 99)
        self.record_button = QPushButton(self.tr("Record count"), self)
        self.record_button.setObjectName("recordCount")
        self.record_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.record_button.clicked.connect(lambda: self.record_count(self.waiting.value(), self.windows.value()))
        counts = QGroupBox(self.tr("Queue count"), self)
        grid = QGridLayout(counts)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.count_item, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Waiting"), self), 1, 0)
        grid.addWidget(self.waiting, 1, 1)
        grid.addWidget(QLabel(self.tr("Windows"), self), 1, 2)
        grid.addWidget(self.windows, 1, 3)
        grid.addWidget(self.record_button, 2, 0, 1, 4)

        self.log = QListWidget(self)
        self.log.setObjectName("readingsLog")
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log.setFixedHeight(74)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(waits)
        layout.addWidget(counts)
        layout.addWidget(QLabel(self.tr("Readings"), self))
        layout.addWidget(self.log)
        waits.setEnabled(self.timer_item.count() > 0)
        counts.setEnabled(self.count_item.count() > 0)
        session.timingsChanged.connect(self._refresh_log)
        self._refresh_log()
        if self.running:  # left running when the app last closed
            self._rebuild_watches()
            self.tick.start()

    # --- stopwatches ----------------------------------------------------------------------
    def start_stopwatch(self, label: str = "") -> Stopwatch | None:
        """Start timing one customer (W). Returns None when the checklist has no waiting-time item."""
        if self.timer_item.count() == 0 or self.session.read_only:
            return None
        self._customers += 1
        watch = Stopwatch(
            label or self.tr("Customer %1").replace("%1", str(self._customers)), now_iso(), time.monotonic()
        )
        self.running.append(watch)
        self._keep_running()
        self._rebuild_watches()
        self.tick.start()
        return watch

    def stop_stopwatch(self, watch: Stopwatch | None = None) -> None:
        """Stop a stopwatch (the oldest when none is given) and record its reading."""
        if not self.running:
            return
        watch = watch or self.running[0]
        seconds = round(time.monotonic() - watch.started, 1)
        self.running.remove(watch)
        self._keep_running()
        self._rebuild_watches()
        if not self.running:
            self.tick.stop()
        self.record_wait(seconds, started_at=watch.started_at, stopped_at=now_iso(), label=watch.label)

    def _keep_running(self) -> None:
        """Write the running stopwatches to the store (a failure to do so never stops the timing)."""
        value = json.dumps([{"label": w.label, "started_at": w.started_at} for w in self.running], ensure_ascii=False)
        try:
            self.session.store.set_setting(running_key(self.session.inspection_id), value)
        except Exception:  # noqa: BLE001 - e.g. a full disk: the reading itself is still taken
            pass

    def _restore_running(self) -> list[Stopwatch]:
        """Stopwatches left running when the app last closed, still counting from their start."""
        try:
            kept = json.loads(self.session.store.get_setting(running_key(self.session.inspection_id), "[]") or "[]")
            now = datetime.now().astimezone()
            watches = []
            for entry in kept:
                elapsed = max(0.0, (now - datetime.fromisoformat(entry["started_at"])).total_seconds())
                watches.append(Stopwatch(str(entry["label"]), entry["started_at"], time.monotonic() - elapsed))
            return watches
        except (ValueError, TypeError, KeyError):  # a damaged setting: start with none rather than fail
            return []

    def record_wait(
        self,
        seconds: float,
        item_id: str | None = None,
        started_at: str | None = None,
        stopped_at: str | None = None,
        label: str = "",
    ) -> None:
        """Store one waiting time and let all waits decide the timer item (one undo step)."""
        item_id = item_id or self.timer_item.currentData()
        if not item_id:
            return
        timing = Timing(
            None,
            self.session.inspection_id,
            item_id,
            "wait",
            now_iso(),
            started_at,
            stopped_at,
            float(seconds),
            label=label,
        )
        self.push(AddTimingCommand(self.session, timing, self.tr("Waiting time %1").replace("%1", _mmss(seconds))))

    def record_count(self, waiting: int, windows_open: int, item_id: str | None = None) -> None:
        """Store one count of people waiting and windows open (one undo step)."""
        item_id = item_id or self.count_item.currentData()
        if not item_id or self.session.read_only:
            return
        timing = Timing(
            None,
            self.session.inspection_id,
            item_id,
            "count",
            now_iso(),
            waiting=int(waiting),
            windows_open=int(windows_open),
        )
        self.push(
            AddTimingCommand(
                self.session,
                timing,
                self.tr("Queue count %1 / %2").replace("%1", str(waiting)).replace("%2", str(windows_open)),
            )
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.start_button, self.record_button, self.waiting, self.windows):
            widget.setEnabled(not read_only)

    # --- showing --------------------------------------------------------------------------
    def _rebuild_watches(self) -> None:
        while self.watch_layout.count():
            widget = self.watch_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for watch in self.running:
            row = QWidget(self.watch_list)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(row)
            label.setProperty("watch_label", True)
            stop = QPushButton(self.tr("Called"), row)
            stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            stop.clicked.connect(lambda _c=False, w=watch: self.stop_stopwatch(w))
            row_layout.addWidget(label, 1)
            row_layout.addWidget(stop)
            self.watch_layout.addWidget(row)
        self._update_watches()

    def _update_watches(self) -> None:
        now = time.monotonic()
        for i, watch in enumerate(self.running):
            row = self.watch_layout.itemAt(i).widget()
            label = row.findChild(QLabel)
            label.setText(f"{watch.label}   {_mmss(now - watch.started)}")

    def _refresh_log(self) -> None:
        self.log.clear()
        for timing in reversed(self.session.timings[-20:]):
            at = (timing.recorded_at or "")[11:16]
            if timing.kind == "wait":
                text = (
                    self.tr("%1  wait %2  %3")
                    .replace("%1", at)
                    .replace("%2", _mmss(timing.seconds or 0))
                    .replace("%3", timing.label)
                )
            else:
                text = (
                    self.tr("%1  %2 waiting, %3 windows")
                    .replace("%1", at)
                    .replace("%2", str(timing.waiting))
                    .replace("%3", str(timing.windows_open or 0))
                )
            self.log.addItem(text)


def _mmss(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
