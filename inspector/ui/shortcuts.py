"""Every keyboard shortcut in one table, so menus, widgets and the cheat sheet (F1 / ?) agree.

Other screens add theirs with `register()` at import time; `key(action_id)` gives the sequence
to put on a QAction, and the cheat sheet lists everything registered, grouped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    action_id: str
    keys: tuple[str, ...]  # portable QKeySequence strings; the first is shown in menus
    description: str  # English source, translated in CONTEXT when shown
    group: str  # English source, translated in CONTEXT when shown


_REGISTRY: dict[str, Shortcut] = {}


def register(action_id: str, keys: str | tuple[str, ...], description: str, group: str) -> Shortcut:
    """Add (or replace) a shortcut; mark description and group with QT_TRANSLATE_NOOP("Shortcuts", …)."""
    shortcut = Shortcut(action_id, (keys,) if isinstance(keys, str) else tuple(keys), description, group)
    _REGISTRY[action_id] = shortcut
    return shortcut


def all_shortcuts() -> list[Shortcut]:
    return list(_REGISTRY.values())


def key(action_id: str) -> QKeySequence:
    """The first key sequence of a registered shortcut."""
    return QKeySequence(_REGISTRY[action_id].keys[0])


def keys(action_id: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in _REGISTRY[action_id].keys]


def apply(action: QAction, action_id: str) -> QAction:
    """Give `action` its shortcuts from the table (the menu then shows the first one)."""
    action.setShortcuts(keys(action_id))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def join_keys(sequences) -> str:
    """Keys as "F1 / ?"; Return and Enter both read 回车 in Chinese, so each text is shown once."""
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences]
    return " / ".join(dict.fromkeys(t for t in texts if t))


def describe(shortcut: Shortcut) -> tuple[str, str, str]:
    """(keys as the user sees them, description, group), translated."""
    shown = join_keys(QKeySequence(k) for k in shortcut.keys)
    return (
        shown,
        QCoreApplication.translate(CONTEXT, shortcut.description),
        QCoreApplication.translate(CONTEXT, shortcut.group),
    )


# The app shell's shortcuts. The checklist workspace registers its own group.
_GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "General")
_LIST = QT_TRANSLATE_NOOP("Shortcuts", "Inspections list")
register("new_inspection", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Start a new inspection"), _GENERAL)
register("settings", "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings (language, your name)"), _GENERAL)
register("help", ("F1", "?"), QT_TRANSLATE_NOOP("Shortcuts", "Show this list of shortcuts"), _GENERAL)
register("quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit Inspector"), _GENERAL)
register("find", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search inspections"), _LIST)
register("refresh", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Refresh the list"), _LIST)
register("open", ("Return", "Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Open the selected inspection"), _LIST)
register("add_branch", "Ctrl+Shift+B", QT_TRANSLATE_NOOP("Shortcuts", "Add a branch"), _LIST)
register(
    "close_inspection", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the inspection, back to the list"), _GENERAL
)
register("clear_filters", "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Shortcuts", "Clear all filters"), _LIST)


class CheatSheet(QDialog):
    """Every registered shortcut, grouped, in a plain table the user can scan."""

    def __init__(self, parent: QWidget | None = None, extra: list[tuple[str, list[QAction]]] | None = None):
        """`extra`: more groups as (translated title, actions), e.g. the open workspace's commands."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(560, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr("Everything in Inspector can be done from the keyboard. Press F1 or ? to see this list again.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        rows: list[tuple[str, str, str]] = []
        for group in dict.fromkeys(s.group for s in all_shortcuts()):
            members = [describe(s) for s in all_shortcuts() if s.group == group]
            rows.append(("", "", QCoreApplication.translate(CONTEXT, group)))
            rows.extend(members)
        for title, actions in extra or []:
            rows.append(("", "", title))
            for action in actions:
                keys_shown = join_keys(action.shortcuts())
                if keys_shown:
                    rows.append((keys_shown, action.text().replace("&", ""), title))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        for row, (shown, description, group) in enumerate(rows):
            if not shown:  # a group heading spanning both columns
                item = QTableWidgetItem(group)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.table.setItem(row, 0, item)
                self.table.setSpan(row, 0, 1, 2)
                continue
            key_item = QTableWidgetItem(shown)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            key_item.setForeground(QColor("#1d5fbf"))
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().hide()
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def toolbar_text(menu_text: str) -> str:
    """A toolbar button reads "新建检查", not "新建检查(&N)…": mnemonics and ellipses belong to menus."""
    return re.sub(r"\(&\w\)|&|…", "", menu_text).strip()
