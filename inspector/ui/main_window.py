"""The main window: branches on the left, inspections on the right, the workspace when one is open.

The store is the only state: changing the language simply rebuilds the window's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector.paths import DataDir
from inspector.store import Store, StoreError
from inspector.ui import errors, shortcuts, workers
from inspector.ui.branches import BranchesPanel
from inspector.ui.inspections_view import InspectionsView
from inspector.ui.new_inspection import NewInspectionDialog
from inspector.ui.qt_setup import install_language
from inspector.ui.settings_dialog import SettingsDialog, stored_language
from inspector.ui.workers import Job, start_job

LAST_INSPECTION_KEY = "ui.last_inspection"
LAST_ITEM_KEY = "ui.last_item"  # written by the workspace; listed here so both sides agree
DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (1000, 640)
DEMO_INSPECTIONS = 6

# Later screens (photos, sign-off, head office) plug in here: each function is called with the
# window after every (re)build, in the current language, and adds its actions to window.menus.
EXTENSIONS: list[Callable[[MainWindow], None]] = []


def register_extension(extend: Callable[[MainWindow], None]) -> None:
    if extend not in EXTENSIONS:
        EXTENSIONS.append(extend)


def built_in_extensions() -> list[Callable[[MainWindow], None]]:
    """The screens beside the list that ship with the app."""
    from inspector.ui.headoffice.wiring import install as head_office
    from inspector.ui.signoff.wiring import install as sign_off
    from inspector.ui.sync.wiring import install as sync

    return [sign_off, head_office, sync]


def load_workspace_class():
    """The checklist workspace widget, or None while it is not part of this build."""
    try:
        from inspector.ui.workspace import WorkspaceWidget
    except ImportError:
        return None
    return WorkspaceWidget


class WorkspacePlaceholder(QWidget):
    """Shown instead of the checklist when the workspace module is missing."""

    closed = Signal()

    def __init__(self, store: Store, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.inspection_id = inspection_id
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(
            self.tr(
                "The checklist for inspection {id} cannot be shown: the workspace is not part of this build."
            ).format(id=inspection_id[:8]),
            self,
        )
        text.setObjectName("emptyBody")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        back = QPushButton(self.tr("Back to the list"), self)
        back.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


def _fill_demo_job(database: Path, actor: str, data_dir: DataDir, count: int) -> Callable[..., list[str]]:
    """A worker function: its own Store (connections are per thread), the demo data, closed again."""

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> list[str]:
        from inspector.demo import fill_demo

        with Store(database, actor=actor) as store:
            return fill_demo(store, data_dir, inspections=count)

    return work


class MainWindow(QMainWindow):
    languageChanged = Signal(str)

    def __init__(self, store: Store, data_dir: DataDir, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.workspace: QWidget | None = None
        self.demo_inspections = DEMO_INSPECTIONS
        self.setObjectName("mainWindow")
        self._fit_to_screen()
        self._build()

    # --- layout -----------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """~1280×720 by default, never larger than the screen (a 1366×768 laptop has a taskbar)."""
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.setMinimumSize(min(MINIMUM_SIZE[0], width), min(MINIMUM_SIZE[1], height))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def _build(self) -> None:
        """(Re)create every widget in the current language; the data all comes from the store."""
        self.setWindowTitle(self.tr("Inspector: branch service inspections"))
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.stack = QStackedWidget(self)
        home = QWidget(self.stack)
        home.setObjectName("home")
        home_layout = QHBoxLayout(home)
        home_layout.setContentsMargins(16, 12, 16, 12)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, home)
        self.branches = BranchesPanel(self.store, self.splitter)
        self.branches.setMinimumWidth(200)
        self.inspections = InspectionsView(self.store, self.splitter)
        self.splitter.addWidget(self.branches)
        self.splitter.addWidget(self.inspections)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1000])
        self.splitter.setHandleWidth(12)
        home_layout.addWidget(self.splitter)
        self.stack.addWidget(home)
        self.setCentralWidget(self.stack)

        self.branches.branchSelected.connect(self.inspections.set_branch)
        self.branches.changed.connect(self.inspections.refresh)
        self.inspections.openRequested.connect(self.open_inspection)
        self.inspections.newRequested.connect(self.new_inspection)
        self.inspections.demoRequested.connect(self.load_demo)
        self.inspections.countChanged.connect(self._show_count)

        status = self.statusBar()
        for label in self.findChildren(QLabel, "dataFolder"):
            status.removeWidget(label)
            label.deleteLater()
        self.folder_label = QLabel(self.tr("Data folder: {path}").format(path=self.data_dir.root), self)
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addPermanentWidget(self.folder_label)
        for extend in [*built_in_extensions(), *EXTENSIONS]:
            extend(self)
        self.refresh()
        self.inspections.table.setFocus()

    def add_action(self, text: str, slot, shortcut_id: str | None = None, name: str = "") -> QAction:
        """A window action (also for the screens that plug in): menu text, toolbar label, shortcut."""
        action = QAction(text, self)
        action.setObjectName(name or (shortcut_id or text))
        action.setIconText(shortcuts.toolbar_text(text))
        if shortcut_id:
            shortcuts.apply(action, shortcut_id)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _make_actions(self) -> None:
        for action in self.actions():
            self.removeAction(action)
        self.new_action = self.add_action(self.tr("&New inspection…"), self.new_inspection, "new_inspection")
        self.demo_action = self.add_action(self.tr("Load &demo data"), self.load_demo, name="load_demo")
        self.settings_action = self.add_action(self.tr("&Settings…"), self.show_settings, "settings")
        self.quit_action = self.add_action(self.tr("&Quit"), self.close, "quit")
        self.refresh_action = self.add_action(self.tr("&Refresh"), self.refresh, "refresh")
        self.find_action = self.add_action(self.tr("&Search inspections"), self._focus_search, "find")
        self.clear_action = self.add_action(
            self.tr("&Clear filters"), lambda: self.inspections.clear_filters(), "clear_filters"
        )
        self.add_branch_action = self.add_action(self.tr("Add &branch…"), lambda: self.branches.add_branch(), "add_branch")
        self.help_action = self.add_action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "help")
        self.about_action = self.add_action(self.tr("&About Inspector"), self.show_about, name="about")
        self.close_action = self.add_action(self.tr("&Close inspection"), self._close_workspace, "close_inspection")
        self.list_actions = [self.refresh_action, self.find_action, self.clear_action, self.add_branch_action]
        self.close_action.setEnabled(False)
        self.close_action.setVisible(False)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (
            self.new_action,
            self.add_branch_action,
            None,
            self.demo_action,
            None,
            self.settings_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.find_action, self.clear_action, None, self.refresh_action):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        # Filled with the workspace's own commands (and their keys) while an inspection is open.
        self.inspection_menu = bar.addMenu(self.tr("&Inspection"))
        self.inspection_menu.menuAction().setVisible(False)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        self.file_menu = file_menu
        self.menus = {"file": file_menu, "view": view_menu, "inspection": self.inspection_menu, "help": help_menu}

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.close_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.add_branch_action)
        toolbar.addSeparator()
        toolbar.addAction(self.demo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.help_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # --- list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.branches.refresh()
            self.inspections.refresh()
        except StoreError as exc:
            errors.show_error(self, exc)

    def _show_count(self, count: int) -> None:
        if self.workspace is None:
            self.statusBar().showMessage(self.tr("{count} inspections shown").format(count=count))

    def _focus_search(self) -> None:
        if self.workspace is None:
            self.inspections.focus_search()

    # --- actions ----------------------------------------------------------------------------
    def new_inspection(self) -> str | None:
        """Ask for branch, type, inspectors and checklist; open the new inspection. Returns its id."""
        if not self.store.list_branches():
            errors.show_message(
                self,
                self.tr("Add a branch first"),
                self.tr("An inspection belongs to a branch. Add the branch you are visiting now."),
            )
            if self.branches.add_branch() is None:
                return None
        dialog = NewInspectionDialog(self.store, self.branches.current_branch_id(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return None
        self.refresh()
        self.open_inspection(dialog.created.id)
        return dialog.created.id

    def load_demo(self) -> list[str]:
        """Fill the store with the demo branches and inspections (deterministic, seed 7).

        It takes seconds (hundreds of findings, photos, a signing key), so it runs on a worker
        thread behind a modal progress dialog: the window keeps painting, and nothing else
        touches the store meanwhile.
        """
        try:
            from inspector.demo import fill_demo
        except ImportError:
            errors.show_message(self, self.tr("Demo data"), self.tr("Demo data is not part of this build."))
            return []
        if self.workspace is not None:
            self.close_inspection()
        del fill_demo  # imported above only to learn whether this build has demo data
        job = Job(_fill_demo_job(self.store.path, self.store.actor, self.data_dir, self.demo_inspections))
        outcome: dict[str, Any] = {}
        job.signals.finished.connect(lambda ids: outcome.update(ids=ids))
        job.signals.failed.connect(lambda exc: outcome.update(error=exc))
        progress = QProgressDialog(self.tr("Loading demo data: branches, inspections and photos…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setCancelButton(None)  # fill_demo cannot stop half-way; it takes a few seconds
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        loop = QEventLoop(self)
        job.signals.finished.connect(loop.quit)
        job.signals.failed.connect(loop.quit)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        start_job(job)
        if not outcome:  # the job's signals are queued to this thread: the loop delivers them
            loop.exec()
        QApplication.restoreOverrideCursor()
        progress.close()
        progress.deleteLater()
        if "error" in outcome:
            errors.show_error(self, outcome["error"], context=self.tr("The demo data could not be loaded."))
            self.refresh()
            return []
        ids = list(outcome.get("ids") or [])
        self.inspections.clear_filters()
        self.refresh()
        self.statusBar().showMessage(self.tr("Demo data loaded: {count} inspections").format(count=len(ids)), 8000)
        return ids

    def show_settings(self) -> None:
        before = stored_language(self.store)
        dialog = SettingsDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_language() != before:
            self.apply_language(dialog.chosen_language())

    def apply_language(self, language: str) -> None:
        """Switch the translator and rebuild the window; an open inspection stays open."""
        install_language(language)
        reopen = self.workspace_inspection_id()
        self._drop_workspace()
        self._build()
        if reopen:
            self.open_inspection(reopen)
        self.languageChanged.emit(language)

    def workspace_actions(self) -> list[QAction]:
        """The open workspace's commands, if it offers them (for the menu and the cheat sheet)."""
        provider = getattr(self.workspace, "actions_for_menu", None)
        return list(provider()) if callable(provider) else []

    def cheat_sheet(self) -> shortcuts.CheatSheet:
        """The shortcut list, with the open workspace's commands as a group of their own."""
        extra = [(self.tr("Checklist"), self.workspace_actions())] if self.workspace_actions() else []
        return shortcuts.CheatSheet(self, extra)

    def show_shortcuts(self) -> None:
        self.cheat_sheet().exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Inspector"),
            self.tr("Inspector: service-quality inspections of bank branches, offline.\n\nData folder: {path}").format(
                path=self.data_dir.root
            ),
        )

    # --- workspace --------------------------------------------------------------------------
    def open_inspection(self, inspection_id: str) -> bool:
        """Show the inspection's checklist (or a placeholder) instead of the list."""
        try:
            inspection = self.store.get_inspection(inspection_id)
            branch = self.store.get_branch(inspection.branch_id)
            self._drop_workspace()
            workspace_class = load_workspace_class() or WorkspacePlaceholder
            widget = workspace_class(self.store, inspection_id, self.stack)
            self.store.set_setting(LAST_INSPECTION_KEY, inspection_id)
        except StoreError as exc:
            errors.show_error(self, exc)
            return False
        widget.setProperty("inspection_id", inspection_id)
        widget.closed.connect(self.close_inspection)
        self.workspace = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.setFocus()
        self.statusBar().clearMessage()
        self._set_workspace_mode(True)
        self.setWindowTitle(self.tr("{branch} - Inspector").format(branch=f"{branch.code} {branch.name}"))
        return True

    def workspace_inspection_id(self) -> str | None:
        return None if self.workspace is None else self.workspace.property("inspection_id")

    def _set_workspace_mode(self, open_: bool) -> None:
        """List-only commands step aside (Ctrl+F means Finish inside the workspace)."""
        for action in self.list_actions:
            action.setEnabled(not open_)
        self.close_action.setEnabled(open_)
        self.close_action.setVisible(open_)
        self.inspection_menu.clear()
        if open_:
            for action in self.workspace_actions():
                self.inspection_menu.addAction(action)
            self.inspection_menu.addSeparator()
            self.inspection_menu.addAction(self.close_action)
        self.inspection_menu.menuAction().setVisible(open_)

    def _close_workspace(self) -> None:
        closer = getattr(self.workspace, "close_workspace", None)
        if callable(closer):
            closer()  # saves what it still holds, then emits closed
        else:
            self.close_inspection()

    def _flush_workspace(self) -> None:
        flush = getattr(self.workspace, "flush", None)
        if callable(flush):
            try:
                flush()
            except StoreError as exc:
                errors.show_error(self, exc)

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self._flush_workspace()
            self.inspection_menu.clear()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def close_inspection(self) -> None:
        """Back to the list; the next start opens the list, not this inspection."""
        self._drop_workspace()
        try:
            self.store.set_setting(LAST_INSPECTION_KEY, "")
        except StoreError as exc:
            errors.show_error(self, exc)
        self._set_workspace_mode(False)
        self.stack.setCurrentIndex(0)
        self.setWindowTitle(self.tr("Inspector: branch service inspections"))
        self.refresh()
        self.inspections.table.setFocus()

    def restore_last_inspection(self) -> bool:
        """Reopen the inspection that was open when the app last closed, if it still exists."""
        inspection_id = self.store.get_setting(LAST_INSPECTION_KEY, "") or ""
        if not inspection_id:
            return False
        try:
            self.store.get_inspection(inspection_id)
        except StoreError:  # deleted since: start on the list
            return False
        return self.open_inspection(inspection_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # Every change is already stored; the workspace may still hold a note being typed and the
        # current item. The open inspection stays recorded, so the next start comes back to it.
        self._flush_workspace()
        workers.cancel_running()  # e.g. photo previews after an import: made when next shown
        event.accept()

