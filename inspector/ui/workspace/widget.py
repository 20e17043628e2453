"""WorkspaceWidget: the checklist screen of one inspection, answered from the keyboard.

Layout (1366×768): areas left, item list + current item centre, score and queue tools right.
Every change is one QUndoCommand that calls the store at once; there is nothing to save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from inspector.ui.workspace.area_nav import AreaNav
from inspector.ui.workspace.commands import NoteCommand, SetFindingCommand
from inspector.ui.workspace.finish_dialog import FinishDialog
from inspector.ui.workspace.item_list import ITEM_ID_ROLE, ItemList
from inspector.ui.workspace.item_panel import ItemPanel
from inspector.ui.workspace.queue_tools import QueueTools
from inspector.ui.workspace.score_panel import ScorePanel
from inspector.ui.workspace.session import WorkspaceSession

LAST_INSPECTION = "ui.last_inspection"
LAST_ITEM = "ui.last_item"
REMEMBER_MS = 250  # holding J writes the last item once, not on every key repeat


class WorkspaceWidget(QWidget):
    """The checklist workspace. Embed it; list `actions_for_menu()` in menus and the cheat sheet."""

    closed = Signal()
    scoreChanged = Signal(float, str)  # score, grade
    currentItemChanged = Signal(str)
    finished = Signal(str)  # inspection id, after store.finish_inspection

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.store = store
        self.session = WorkspaceSession(store, inspection_id, self)
        self.undo_stack = QUndoStack(self)
        self.current_item = ""
        self.current_area = ""
        self.auto_advance = True

        self.banner = QLabel(self)
        self.banner.setObjectName("workspaceBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.area_nav = AreaNav(self.session, self)
        self.item_list = ItemList(self.session, self)
        self.item_panel = ItemPanel(self.session, self)
        self.score_panel = ScorePanel(self.session, self)
        self.queue_tools = QueueTools(self.session, self._push, self)

        self.side = QWidget(self)
        self.side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 6, 6)
        side_layout.addWidget(self.score_panel, 1)
        side_layout.addWidget(self.queue_tools, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.area_nav, self.item_list, self.item_panel, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setCollapsible(2, False)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([180, 330, 556, 300])
        self.splitter.setCollapsible(3, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._remember = QTimer(self)
        self._remember.setSingleShot(True)
        self._remember.setInterval(REMEMBER_MS)
        self._remember.timeout.connect(self._remember_item)
        self._actions: list[QAction] = []
        self._make_actions()
        # Ctrl+V pastes a photo onto the current item from anywhere in the workspace
        self.addAction(self.item_panel.photos.paste_action)
        self._actions.append(self.item_panel.photos.paste_action)
        self.area_nav.areaChosen.connect(self._area_chosen)
        self.item_list.clicked.connect(lambda index: self.go_to(index.data(ITEM_ID_ROLE)))
        self.item_panel.resultRequested.connect(self.set_result)
        self.item_panel.occurrencesRequested.connect(
            lambda n: self._change({"occurrences": n}, self.tr("Occurrences %1").replace("%1", str(n)))
        )
        self.item_panel.staffRequested.connect(
            lambda s: self._change({"staff": s}, self.tr("Staff %1").replace("%1", s))
        )
        self.item_panel.repeatRequested.connect(lambda r: self._change({"repeat": r}, self.tr("Repeat finding")))
        self.item_panel.selectedRequested.connect(self._options_chosen)
        self.item_panel.noteCommitted.connect(self._note_committed)
        self.item_panel.editorLeft.connect(self.focus_checklist)
        self.session.scoreUpdated.connect(self._emit_score)
        self._apply_status()
        self.go_to(self._first_item())

    # --- public API ---------------------------------------------------------------------------
    @property
    def inspection_id(self) -> str:
        return self.session.inspection_id

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def actions_for_menu(self) -> list[QAction]:
        """Every workspace command with its shortcut, for menus and the cheat sheet."""
        return list(self._actions)

    def go_to(self, item_id: str | None) -> None:
        """Show an item (and its area); remembered so reopening comes back here."""
        if not item_id or item_id not in self.session.item_by_id:
            return
        self.item_panel.commit_note()
        area_id = self.session.item_by_id[item_id]["area"]
        if area_id != self.current_area:
            self.current_area = area_id
            self.area_nav.select_area(area_id)
            self.item_list.set_area(area_id)
        self.item_list.show_item(item_id)
        if item_id != self.current_item:
            self.current_item = item_id
            self.item_panel.show_item(item_id)
            self._remember.start()  # stored a moment later (and on close), off the answer's path
            self.currentItemChanged.emit(item_id)

    def set_result(self, result: str) -> None:
        labels = {
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
            "na": self.tr("Not applicable"),
            "unchecked": self.tr("Clear"),
        }
        item_id = self.current_item
        self._change({"result": result}, labels[result])
        if self.auto_advance and result in ("pass", "na") and not self.read_only:
            self._step(1, from_item=item_id)

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def next_unchecked(self) -> None:
        """The next unchecked item after the current one, wrapping round to the start."""
        items = self.session.items
        start = self.session.index_of.get(self.current_item, -1)
        for offset in range(1, len(items) + 1):
            item = items[(start + offset) % len(items)]
            if self.session.result(item["id"]) == "unchecked":
                self.go_to(item["id"])
                return

    def change_occurrences(self, delta: int) -> None:
        value = max(1, self.session.finding(self.current_item).occurrences + delta)
        if value != self.session.finding(self.current_item).occurrences:
            self._change({"occurrences": value}, self.tr("Occurrences %1").replace("%1", str(value)))

    def toggle_repeat(self) -> None:
        self._change({"repeat": not self.session.finding(self.current_item).repeat}, self.tr("Repeat finding"))

    def jump_to_area(self, number: int) -> None:
        if 1 <= number <= len(self.session.areas):
            self._area_chosen(self.session.areas[number - 1]["id"])

    def request_finish(self) -> FinishDialog:
        """Open the finish summary (window-modal, not blocking) and return it."""
        self.item_panel.commit_note()
        dialog = FinishDialog(self.session, self)
        dialog.goToItem.connect(self.go_to)
        dialog.accepted.connect(self._finished)
        dialog.open()
        return dialog

    def focus_checklist(self) -> None:
        self.item_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_workspace(self) -> None:
        """Save a pending note and the current item, and tell the shell the workspace is done."""
        self.flush()
        self.closed.emit()

    def flush(self) -> None:
        """Write what is still waiting on a timer (the note being typed, the current item)."""
        self.item_panel.commit_note()
        if self._remember.isActive():
            self._remember.stop()
            self._remember_item()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.flush()
        self.closed.emit()
        super().closeEvent(event)

    # --- internals ------------------------------------------------------------------------
    def _remember_item(self) -> None:
        if self.current_item:
            if self.store.get_setting(LAST_INSPECTION) != self.inspection_id:
                self.store.set_setting(LAST_INSPECTION, self.inspection_id)
            self.store.set_setting(LAST_ITEM, self.current_item)

    def _first_item(self) -> str | None:
        items = self.session.items
        if not items:
            return None
        if self.store.get_setting(LAST_INSPECTION) == self.inspection_id:
            last = self.store.get_setting(LAST_ITEM)
            if last in self.session.item_by_id:
                return last
        for item in items:
            if self.session.result(item["id"]) == "unchecked":
                return item["id"]
        return items[0]["id"]

    def _step(self, delta: int, from_item: str | None = None) -> None:
        items = self.session.items
        index = self.session.index_of.get(from_item or self.current_item, 0) + delta
        if 0 <= index < len(items):
            self.go_to(items[index]["id"])

    def _area_chosen(self, area_id: str) -> None:
        items = self.session.items_of_area(area_id)
        if not items:
            return
        target = next((i["id"] for i in items if self.session.result(i["id"]) == "unchecked"), items[0]["id"])
        self.go_to(target)

    def _change(self, changes: dict[str, Any], text: str) -> None:
        if self.read_only or not self.current_item:
            return
        if self.session.values(self.current_item, changes.keys()) == changes:
            return  # nothing would change: no empty undo step
        self._push(SetFindingCommand(self.session, self.current_item, changes, text, self._follow))

    def _options_chosen(self, selected: list[str]) -> None:
        # Each selected option is one occurrence of a failure (template format, kind multi).
        changes: dict[str, Any] = {"selected": selected}
        if selected and self.session.result(self.current_item) != "fail":
            changes["result"] = "fail"
        self._change(changes, self.tr("Options"))

    def _note_committed(self, item_id: str, note: str, token: int) -> None:
        if not self.read_only:
            self._push(NoteCommand(self.session, item_id, note, token, self.tr("Note"), self._follow))

    def _push(self, command: Any) -> None:
        self.undo_stack.push(command)

    def _follow(self, item_id: str) -> None:
        # Undo and redo bring the changed item back into view, so the change is seen.
        if item_id != self.current_item:
            self.go_to(item_id)

    def _undo(self) -> None:
        self.item_panel.commit_note()  # a pending note becomes its own step first
        self.undo_stack.undo()

    def _redo(self) -> None:
        self.item_panel.commit_note()
        self.undo_stack.redo()

    def _emit_score(self) -> None:
        self.scoreChanged.emit(float(self.session.score.score), self.session.score.grade)

    def _finished(self) -> None:
        self._apply_status()
        self.finished.emit(self.inspection_id)

    def _apply_status(self) -> None:
        status = self.session.inspection.status
        read_only = status == "signed"
        if read_only:
            self.banner.setText(
                self.tr(
                    "This inspection is signed and can no longer change. "
                    "To correct it, start a correction from the inspection list."
                )
            )
            self.banner.setStyleSheet("background: #fff3e0; color: #e65100; padding: 8px; font-weight: 600;")
        elif status == "finished":
            self.banner.setText(self.tr("This inspection is finished. Changes are still saved until it is signed."))
            self.banner.setStyleSheet("background: #e3f2fd; color: #0d47a1; padding: 8px;")
        self.banner.setVisible(status in ("signed", "finished"))
        self.item_panel.set_read_only(read_only)
        self.queue_tools.set_read_only(read_only)
        for action in self._actions:
            if action.property("edits"):
                action.setEnabled(not read_only)

    def _make_actions(self) -> None:
        from inspector.ui.workspace.actions import build_actions

        self._actions = build_actions(self)
