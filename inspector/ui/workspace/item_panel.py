"""The current item: its text, the answer buttons, occurrences, staff, repeat, note, hint and photos.

The panel only shows and asks; every request goes out as a signal and the workspace turns it
into an undoable command. `show_item` never emits requests (it loads with `_loading` set).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.ui.workspace.photo_strip import PhotoStrip
from inspector.ui.workspace.session import WorkspaceSession, pick
from inspector.ui.workspace.style import result_button_qss

NOTE_IDLE_MS = 600


class ItemPanel(QWidget):
    resultRequested = Signal(str)
    occurrencesRequested = Signal(int)
    staffRequested = Signal(str)
    repeatRequested = Signal(bool)
    selectedRequested = Signal(list)
    noteCommitted = Signal(str, str, int)  # item id, note, edit token (one undo step per edit)
    editorLeft = Signal()  # Esc in the note, Enter in the staff box: keys go back to the checklist

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self.session = session
        self.item_id = ""
        self._loading = False
        self._note_token = 0
        self._note_dirty = False

        self.header = QLabel(self)
        self.header.setObjectName("itemHeader")
        self.header.setStyleSheet("color: #546e7a; font-size: 12px;")
        self.text = QLabel(self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 17px; font-weight: 600; color: #212121;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule = QLabel(self)
        self.rule.setObjectName("itemRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #455a64;")

        self.result_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for result, label in (
            ("pass", self.tr("Pass  [P]")),
            ("fail", self.tr("Fail  [F]")),
            ("na", self.tr("N/A  [N]")),
            ("unchecked", self.tr("Clear  [U]")),
        ):
            button = QPushButton(label, self)
            button.setObjectName("resultButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the workspace
            button.setStyleSheet(result_button_qss(result))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, r=result: self._request_result(r))
            buttons.addWidget(button, 1 if result != "unchecked" else 0)
            self.result_buttons[result] = button

        self.options_box = QWidget(self)
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.option_checks: list[QCheckBox] = []
        self.readings = QLabel(self)
        self.readings.setObjectName("itemReadings")
        self.readings.setWordWrap(True)
        self.readings.setStyleSheet("color: #37474f; background: #eef3f7; border-radius: 4px; padding: 6px;")

        self.occurrences = QSpinBox(self)
        self.occurrences.setRange(1, 99)
        self.occurrences.setKeyboardTracking(False)
        self.occurrences.setMinimumWidth(70)
        self.occurrences.valueChanged.connect(self._occurrences_changed)
        self.staff = QComboBox(self)
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.setMinimumWidth(150)
        self.staff.lineEdit().setPlaceholderText(self.tr("badge no."))
        self.staff.lineEdit().editingFinished.connect(self._staff_edited)
        self.staff.activated.connect(lambda _i: self._staff_edited())
        self.staff.lineEdit().returnPressed.connect(self.editorLeft)
        self.staff.installEventFilter(self)  # the combo, not its line edit, gets ShortcutOverride
        self.occurrences.installEventFilter(self)
        self.repeat = QCheckBox(
            self.tr("Repeat finding (charged ×%1)").replace(
                "%1", f"{session.template['scoring'].get('repeat_multiplier', 1):g}"
            ),
            self,
        )
        self.repeat.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.repeat.toggled.connect(self._repeat_toggled)

        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.addWidget(QLabel(self.tr("Occurrences [+/−]"), self), 0, 0)
        fields.addWidget(self.occurrences, 1, 0)
        fields.addWidget(QLabel(self.tr("Staff [S]"), self), 0, 1)
        fields.addWidget(self.staff, 1, 1)
        fields.addWidget(self.repeat, 1, 2)
        fields.setColumnStretch(3, 1)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEditor")
        self.note.setPlaceholderText(self.tr("Note: what you saw (E or Enter to write, Esc to leave)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.note.setMaximumHeight(110)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_IDLE_MS)
        self.note_timer.timeout.connect(self.commit_note)

        self.hint = QLabel(self)
        self.hint.setObjectName("itemHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #fff8e1; border-left: 4px solid #ffb300; padding: 6px; color: #5d4037;")
        self.hint.hide()

        self.photos = PhotoStrip(session.store, self)
        self.photos.accept_drops_on(self)  # files dropped anywhere on the item go to its photos

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e0e0e0;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        layout.addWidget(self.rule)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.options_box)
        layout.addWidget(self.readings)
        layout.addWidget(line)
        layout.addLayout(fields)
        layout.addWidget(QLabel(self.tr("Note [E]"), self))
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Photos"), self))
        layout.addWidget(self.photos)
        layout.addStretch(1)
        session.findingChanged.connect(self._finding_changed)
        session.timingsChanged.connect(lambda: self._show_readings(self.session.item_by_id.get(self.item_id)))

    # --- showing --------------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        if self.item_id and item_id != self.item_id:
            self.commit_note()
        self.item_id = item_id
        item = self.session.item_by_id[item_id]
        area = self.session.area_by_id.get(item["area"], {})
        number = self.session.index_of[item_id] + 1
        total = len(self.session.items)
        self.header.setText(f"{pick(area.get('name', ''))}  ·  {number} / {total}  ·  {item_id}")
        critical = self.tr("  ★ critical: a failure fails the inspection") if item.get("critical") else ""
        self.text.setText(pick(item["text"]))
        self.rule.setText(self._rule_text(item) + critical)
        self.hint.setText(self.tr("Hint: %1").replace("%1", pick(item.get("hint", ""))))
        self._build_options(item)
        self._show_readings(item)
        self._load_known_staff()
        self._load_finding()
        self.photos.set_item(self.session.inspection_id, item_id)

    def toggle_hint(self) -> None:
        self.hint.setVisible(not self.hint.isVisible())

    def set_read_only(self, read_only: bool) -> None:
        for widget in (*self.result_buttons.values(), self.occurrences, self.staff, self.repeat, *self.option_checks):
            widget.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self.photos.set_read_only(read_only)
        self.note.setPlaceholderText(
            "" if read_only else self.tr("Note: what you saw (E or Enter to write, Esc to leave)")
        )

    def _rule_text(self, item: dict[str, Any]) -> str:
        parts = [self.tr("−%1 per occurrence").replace("%1", f"{item['deduction']:g}")]
        if item.get("per_person"):
            parts[0] = self.tr("−%1 per person and occurrence").replace("%1", f"{item['deduction']:g}")
        if item.get("head_extra"):
            parts.append(self.tr("+%1 for the person in charge").replace("%1", f"{item['head_extra']:g}"))
        if item.get("cap") is not None:
            parts.append(self.tr("at most −%1").replace("%1", f"{item['cap']:g}"))
        return "  ·  ".join(parts)

    def _build_options(self, item: dict[str, Any]) -> None:
        for check in self.option_checks:
            check.deleteLater()
        self.option_checks = []
        options = item.get("options") or [] if item.get("kind") == "multi" else []
        for option in options:
            check = QCheckBox(pick(option["text"]), self.options_box)
            check.setProperty("option_id", option["id"])
            check.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            check.toggled.connect(self._options_toggled)
            check.setEnabled(not self.session.read_only)
            self.options_layout.addWidget(check)
            self.option_checks.append(check)
        self.options_box.setVisible(bool(options))

    def _show_readings(self, item: dict[str, Any] | None) -> None:
        if item is None or item.get("kind") not in ("timer", "count"):
            self.readings.hide()
            return
        timings = self.session.timings_of(item["id"])
        if item.get("kind") == "timer":
            threshold = item.get("threshold_minutes") or self.session.template.get("settings", {}).get(
                "max_wait_minutes", 15
            )
            over = sum(1 for t in timings if t.seconds is not None and t.seconds > threshold * 60)
            text = self.tr("%1 waits timed, %2 over %3 min. Start a stopwatch with W (queue tools, right).")
            text = text.replace("%1", str(len(timings))).replace("%2", str(over)).replace("%3", f"{threshold:g}")
        else:
            last = timings[-1] if timings else None
            text = (
                self.tr("%1 counts recorded (limit %2 waiting per open window).")
                .replace("%1", str(len(timings)))
                .replace("%2", f"{item['max_waiting_per_window']:g}")
            )
            if last is not None:
                text += " " + self.tr("Last: %1 waiting, %2 windows open.").replace("%1", str(last.waiting)).replace(
                    "%2", str(last.windows_open or 0)
                )
        self.readings.setText(text)
        self.readings.show()

    def _load_known_staff(self) -> None:
        self._loading = True
        self.staff.clear()
        for badge, name in self.session.store.known_staff(self.session.inspection.branch_id):
            self.staff.addItem(f"{badge}" + (f"  {name}" if name else ""), badge)
        self._loading = False

    def _load_finding(self) -> None:
        finding = self.session.finding(self.item_id)
        self._loading = True
        for result, button in self.result_buttons.items():
            button.setChecked(result == finding.result and result != "unchecked")
        self.occurrences.setValue(max(1, finding.occurrences))
        self.staff.setEditText(finding.staff)
        self.repeat.setChecked(finding.repeat)
        for check in self.option_checks:
            check.setChecked(check.property("option_id") in finding.selected)
        if not self.note.hasFocus() or self.note.toPlainText() != finding.note:
            if self.note.toPlainText() != finding.note:
                self.note.setPlainText(finding.note)
            self._note_dirty = False
        self._loading = False

    def _finding_changed(self, item_id: str) -> None:
        if item_id == self.item_id:
            self._load_finding()

    # --- requests -------------------------------------------------------------------------
    def _request_result(self, result: str) -> None:
        self._load_finding()  # the button's own toggle is undone; the stored result decides
        if not self.session.read_only:
            self.resultRequested.emit(result)

    def _occurrences_changed(self, value: int) -> None:
        if not self._loading:
            self.occurrencesRequested.emit(value)

    def _staff_edited(self) -> None:
        if self._loading:
            return
        text = self.staff.currentText().strip()
        data = self.staff.currentData()
        badge = data if data and self.staff.itemText(self.staff.currentIndex()) == text else text
        if badge != self.session.finding(self.item_id).staff:
            self.staffRequested.emit(badge)

    def _repeat_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.repeatRequested.emit(checked)

    def _options_toggled(self) -> None:
        if not self._loading:
            self.selectedRequested.emit([c.property("option_id") for c in self.option_checks if c.isChecked()])

    def _note_typed(self) -> None:
        if self._loading or self.note.isReadOnly():
            return
        self._note_dirty = True
        self.note_timer.start()

    def commit_note(self) -> None:
        """Save the note now (idle timeout, focus out, item change); merges within one edit."""
        self.note_timer.stop()
        if not self._note_dirty or not self.item_id:
            return
        self._note_dirty = False
        text = self.note.toPlainText()
        if text != self.session.finding(self.item_id).note:
            self.noteCommitted.emit(self.item_id, text, self._note_token)

    def start_note_edit(self) -> None:
        self._note_token += 1
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        is_enter = event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if is_enter and watched in (self.staff, self.occurrences):
            # Enter finishes the field (not "write a note"): keep the key, then go back to the checklist.
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if watched is self.occurrences:
                self.occurrences.interpretText()
                self.editorLeft.emit()
                return True
            return False
        if watched is self.note:
            if event.type() == QEvent.Type.FocusOut:
                self.commit_note()
                self._note_token += 1  # the next typing is a new edit: a new undo step
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.commit_note()
                self.editorLeft.emit()
                return True
        return super().eventFilter(watched, event)
