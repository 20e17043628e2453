"""Helpers shared by the Qt tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from inspector.ui.workspace import WorkspaceWidget


def open_workspace(qtbot, store, inspection_id: str) -> WorkspaceWidget:
    widget = WorkspaceWidget(store, inspection_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_checklist()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.item_list)
    return widget
