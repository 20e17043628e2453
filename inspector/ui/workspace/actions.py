"""The workspace's keyboard commands as QActions, so menus and the cheat sheet can list them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .widget import WorkspaceWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceWidget", text)


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

    add("actPass", _tr("Pass"), ["P"], lambda: ws.set_result("pass"), edits=True)
    add("actFail", _tr("Fail"), ["F"], lambda: ws.set_result("fail"), edits=True)
    add("actNa", _tr("Not applicable"), ["N"], lambda: ws.set_result("na"), edits=True)
    add("actClear", _tr("Clear to unchecked"), ["U", "Backspace"], lambda: ws.set_result("unchecked"), edits=True)
    add("actNext", _tr("Next item"), ["J", "Down"], ws.next_item)
    add("actPrevious", _tr("Previous item"), ["K", "Up"], ws.previous_item)
    add("actNextUnchecked", _tr("Next unchecked item"), ["G", "Ctrl+J"], ws.next_unchecked)
    add("actMore", _tr("One more occurrence"), ["+", "=", "Shift+="], lambda: ws.change_occurrences(1), edits=True)
    add("actLess", _tr("One occurrence less"), ["-"], lambda: ws.change_occurrences(-1), edits=True)
    add("actRepeat", _tr("Repeat finding on/off"), ["R"], ws.toggle_repeat, edits=True)
    add("actStaff", _tr("Staff member concerned"), ["S"], _focus_staff(ws), edits=True)
    add("actNote", _tr("Write a note"), ["E", "Return", "Enter"], ws.item_panel.start_note_edit, edits=True)
    add("actHint", _tr("Show or hide the hint"), ["H"], ws.item_panel.toggle_hint)
    add(
        "actStopwatch",
        _tr("Start a stopwatch (ticket taken)"),
        ["W"],
        lambda: ws.queue_tools.start_stopwatch(),
        edits=True,
    )
    add(
        "actStopStopwatch",
        _tr("Stop the oldest stopwatch (customer called)"),
        ["Shift+W"],
        lambda: ws.queue_tools.stop_stopwatch(),
        edits=True,
    )
    undo = add("actUndo", _tr("Undo"), ["Ctrl+Z"], ws._undo, edits=True)
    redo = add("actRedo", _tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], ws._redo, edits=True)
    undo.setEnabled(False)
    redo.setEnabled(False)
    ws.undo_stack.canUndoChanged.connect(lambda can: undo.setEnabled(can and not ws.read_only))
    ws.undo_stack.canRedoChanged.connect(lambda can: redo.setEnabled(can and not ws.read_only))
    add("actFinish", _tr("Finish the inspection…"), ["Ctrl+F"], ws.request_finish, edits=True)
    add(
        "actSidePanel",
        _tr("Show or hide the score and queue panel"),
        ["F9"],
        lambda: ws.side.setVisible(not ws.side.isVisible()),
    )
    add("actChecklist", _tr("Back to the checklist"), ["Esc"], ws.focus_checklist)
    for number in range(1, 10):
        action = add(
            f"actArea{number}",
            _tr("Go to area %1").replace("%1", str(number)),
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
