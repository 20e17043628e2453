"""The workspace's keyboard commands as QActions, so menus and the cheat sheet can list them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from inspector.ui.workspace.widget import WorkspaceWidget


def build_actions(ws: WorkspaceWidget) -> list[QAction]:
    """Create the actions on the widget (shortcut context: the workspace and its children)."""
    actions: list[QAction] = []

    def add(name: str, text: str, keys: list[str], slot: Callable[[], None], edits: bool = False) -> QAction:
        action = QAction(text, ws)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setProperty("edits", edits)
        action.triggered.connect(lambda _checked=False: slot())
        ws.addAction(action)
        actions.append(action)
        return action

    add("actPass", QCoreApplication.translate("WorkspaceWidget", "Pass"), ["P"], lambda: ws.set_result("pass"), edits=True)
    add("actFail", QCoreApplication.translate("WorkspaceWidget", "Fail"), ["F"], lambda: ws.set_result("fail"), edits=True)
    add("actNa", QCoreApplication.translate("WorkspaceWidget", "Not applicable"), ["N"], lambda: ws.set_result("na"), edits=True)
    add("actClear", QCoreApplication.translate("WorkspaceWidget", "Clear to unchecked"), ["U", "Backspace"], lambda: ws.set_result("unchecked"), edits=True)
    add("actNext", QCoreApplication.translate("WorkspaceWidget", "Next item"), ["J", "Down"], ws.next_item)
    add("actPrevious", QCoreApplication.translate("WorkspaceWidget", "Previous item"), ["K", "Up"], ws.previous_item)
    add("actNextUnchecked", QCoreApplication.translate("WorkspaceWidget", "Next unchecked item"), ["G", "Ctrl+J"], ws.next_unchecked)
    add("actMore", QCoreApplication.translate("WorkspaceWidget", "One more occurrence"), ["+", "=", "Shift+="], lambda: ws.change_occurrences(1), edits=True)
    add("actLess", QCoreApplication.translate("WorkspaceWidget", "One occurrence less"), ["-"], lambda: ws.change_occurrences(-1), edits=True)
    add("actRepeat", QCoreApplication.translate("WorkspaceWidget", "Repeat finding on/off"), ["R"], ws.toggle_repeat, edits=True)
    add("actStaff", QCoreApplication.translate("WorkspaceWidget", "Staff member concerned"), ["S"], _focus_staff(ws), edits=True)
    add("actNote", QCoreApplication.translate("WorkspaceWidget", "Write a note"), ["E", "Return", "Enter"], ws.item_panel.start_note_edit, edits=True)
    add("actHint", QCoreApplication.translate("WorkspaceWidget", "Show or hide the hint"), ["H"], ws.item_panel.toggle_hint)
    add(
        "actStopwatch",
        QCoreApplication.translate("WorkspaceWidget", "Start a stopwatch (ticket taken)"),
        ["W"],
        lambda: ws.queue_tools.start_stopwatch(),
        edits=True,
    )
    add(
        "actStopStopwatch",
        QCoreApplication.translate("WorkspaceWidget", "Stop the oldest stopwatch (customer called)"),
        ["Shift+W"],
        lambda: ws.queue_tools.stop_stopwatch(),
        edits=True,
    )
    undo = add("actUndo", QCoreApplication.translate("WorkspaceWidget", "Undo"), ["Ctrl+Z"], ws._undo, edits=True)
    redo = add("actRedo", QCoreApplication.translate("WorkspaceWidget", "Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], ws._redo, edits=True)
    undo.setEnabled(False)
    redo.setEnabled(False)
    ws.undo_stack.canUndoChanged.connect(lambda can: undo.setEnabled(can and not ws.read_only))
    ws.undo_stack.canRedoChanged.connect(lambda can: redo.setEnabled(can and not ws.read_only))
    add("actFinish", QCoreApplication.translate("WorkspaceWidget", "Finish the inspection…"), ["Ctrl+F"], ws.request_finish, edits=True)
    add(
        "actSidePanel",
        QCoreApplication.translate("WorkspaceWidget", "Show or hide the score and queue panel"),
        ["F9"],
        lambda: ws.side.setVisible(not ws.side.isVisible()),
    )
    add("actChecklist", QCoreApplication.translate("WorkspaceWidget", "Back to the checklist"), ["Esc"], ws.focus_checklist)
    for number in range(1, 10):
        action = add(
            f"actArea{number}",
            QCoreApplication.translate("WorkspaceWidget", "Go to area %1").replace("%1", str(number)),
            [f"Ctrl+{number}"],
            lambda n=number: ws.jump_to_area(n),
        )
        action.setEnabled(number <= len(ws.session.areas))
    return actions


def _focus_staff(ws: WorkspaceWidget) -> Callable[[], None]:
    def focus() -> None:
        ws.item_panel.staff.setFocus(Qt.FocusReason.ShortcutFocusReason)
        ws.item_panel.staff.lineEdit().selectAll()

    return focus
