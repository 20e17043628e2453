"""Starting the desktop app: Qt set-up, the data folder, one instance per folder, the store, the window.

python main.py [--data-dir DIR] [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.paths import DataDir, resolve_data_dir
from inspector.store import Store, StoreError
from inspector.ui import errors
from inspector.ui.qt_setup import DEFAULT_LANGUAGE, LANGUAGES, apply_style, install_font, install_language
from inspector.ui.single_instance import InstanceLock

APP_NAME = "Inspector"
ORGANISATION = "Inspector"


def parse_app_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--lang", choices=LANGUAGES)
    known, _rest = parser.parse_known_args(args)
    return known


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Inspector's name, font and look (reused if one exists already)."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 %) as the system asks, instead of rounding to 1× or 2×.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "inspector", *(argv or [])])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    install_font(app)
    apply_style(app)
    return app


@dataclass
class Opened:
    """The result of opening the data folder: a store, or a translated message saying why not."""

    store: Store | None
    error: str | None = None
    details: str = ""


def open_store(data_dir: DataDir) -> Opened:
    """Open (or create) the database and load the built-in templates; never raises StoreError."""
    from inspector.templates import TemplateError, builtin_templates
    from inspector.ui.settings_dialog import apply_actor

    try:
        store = Store(data_dir.database)
    except StoreError as exc:
        return Opened(None, errors.store_error_text(exc), str(exc))
    try:
        for template in builtin_templates():
            store.store_template(template)
        apply_actor(store)
    except StoreError as exc:
        store.close()
        return Opened(None, errors.store_error_text(exc), str(exc))
    except TemplateError as exc:
        store.close()
        message = QCoreApplication.translate(
            "App", "A checklist shipped with Inspector is invalid; reinstall Inspector."
        )
        return Opened(None, message, "\n".join(exc.errors))
    return Opened(store)


def already_open_message(data_dir: DataDir) -> str:
    return QCoreApplication.translate(
        "App",
        "Inspector is already open on this data folder:\n{path}\n\n"
        "Switch to the open window. To work on other data, start Inspector with --data-dir.",
    ).replace("{path}", str(data_dir.root))


def _fail(message: str, details: str = "") -> int:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "Inspector cannot start"),
        message,
        QMessageBox.StandardButton.Ok,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("App", "OK"))
    if details:
        box.setDetailedText(details)
    errors.run_message_box(box)
    print(f"error: {message}", file=sys.stderr)
    return 2


def run_app(args: list[str]) -> int:
    """Start the app; returns the exit code (non-zero if the data folder cannot be used)."""
    options = parse_app_args(args)
    app = create_application()
    # The message for a bad database must be readable before we can read the stored language.
    install_language(options.lang or DEFAULT_LANGUAGE)
    data_dir = resolve_data_dir(options.data_dir)

    lock = InstanceLock(data_dir.root)
    try:
        acquired = lock.acquire()
    except OSError as exc:
        return _fail(errors.error_text(exc)[1], str(exc))
    if not acquired:
        return _fail(already_open_message(data_dir))

    opened = open_store(data_dir)
    if opened.store is None:
        lock.release()
        return _fail(opened.error or "", opened.details)
    store = opened.store

    from inspector.ui.main_window import MainWindow
    from inspector.ui.settings_dialog import stored_language

    if not options.lang:
        install_language(stored_language(store))
    window = MainWindow(store, data_dir)
    window.show()
    window.restore_last_inspection()
    try:
        return app.exec()
    finally:
        store.close()
        lock.release()
