"""Puts the head-office screens into the main window: menu actions and pages beside the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget


class Page(QWidget):
    """A full-window page with a title and a way back to the inspections list."""

    def __init__(self, title: str, body: QWidget, back: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        header = QHBoxLayout()
        back_button = QPushButton(QCoreApplication.translate("HeadOfficePages", "← Inspections (Esc)"), self)
        back_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back_button.clicked.connect(back)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        header.addWidget(back_button)
        header.addSpacing(12)
        header.addWidget(heading)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self.body = body


def install(window) -> None:
    """Called by the main window after every (re)build: add the head-office actions."""
    pages: dict[str, Page] = {}

    def back() -> None:
        window.stack.setCurrentIndex(0)
        window.refresh()

    def show(key: str) -> None:
        if window.workspace is not None:
            window.close_inspection()
        page = pages.get(key)
        if page is None:
            page = _make_page(window, key, back)
            pages[key] = page
            window.stack.addWidget(page)
        else:
            page.body.refresh()
        window.stack.setCurrentWidget(page)
        page.body.setFocus()

    dashboard = window.add_action(
        QCoreApplication.translate("HeadOfficePages", "Head-office &dashboard"),
        lambda: show("dashboard"),
        name="show_dashboard",
    )
    dashboard.setShortcut(QKeySequence("Ctrl+Shift+D"))
    rectifications = window.add_action(
        QCoreApplication.translate("HeadOfficePages", "&Rectifications (整改)"),
        lambda: show("rectifications"),
        name="show_rectifications",
    )
    rectifications.setShortcut(QKeySequence("Ctrl+Shift+R"))
    view = window.menus["view"]
    view.addSeparator()
    for action in (dashboard, rectifications):
        view.addAction(action)
    for bar in window.findChildren(QToolBar, "mainToolbar"):
        bar.addSeparator()
        bar.addAction(dashboard)
        bar.addAction(rectifications)
    window.headoffice_show = show


def _make_page(window, key: str, back: Callable[[], None]) -> Page:
    from inspector.ui.headoffice.dashboard import DashboardWidget
    from inspector.ui.headoffice.rectifications import RectificationsWidget

    if key == "dashboard":
        body = DashboardWidget(window.store)
        title = QCoreApplication.translate("HeadOfficePages", "Head-office dashboard")
    else:
        body = RectificationsWidget(window.store)
        body.followUpStarted.connect(window.open_inspection)
        title = QCoreApplication.translate("HeadOfficePages", "Rectifications")
    return Page(title, body, back, window.stack)
