"""Qt set-up shared by the app, the screenshots command and the tests: font and translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector.paths import ASSETS_DIR, UI_FONT_PATH

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
I18N_DIR = ASSETS_DIR / "i18n"

_translators: list[QTranslator] = []


def install_font(app: QApplication) -> str:
    """Load the bundled CJK font and make it the app font, so Chinese renders with no system font."""
    font_id = QFontDatabase.addApplicationFont(str(UI_FONT_PATH))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)
        return families[0]
    return app.font().family()


def install_language(language: str = DEFAULT_LANGUAGE) -> str:
    """Switch the UI language ("zh_CN" or "en"). Source strings are English; zh_CN is a translation."""
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language != "en":
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / f"inspector_{language}.qm")):
            app.installTranslator(translator)
            _translators.append(translator)
        qt_translator = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt_translator.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            _translators.append(qt_translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    return language


# A calm, bank-like look: white surfaces, one blue accent, generous spacing, readable at 1366×768.
STYLE_SHEET = """
QMainWindow, QDialog { background: #f5f7fa; }
QWidget#home { background: #f5f7fa; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; color: #1f2d3d; padding: 2px 0; }
QLabel#emptyHeadline { font-size: 16pt; font-weight: 600; color: #1f2d3d; }
QLabel#emptyBody { font-size: 11pt; color: #52606d; }
QLabel#hint { color: #6b7785; }
QToolBar#mainToolbar { background: #ffffff; border: none; border-bottom: 1px solid #dde3ea; padding: 4px 10px; spacing: 4px; }
QToolBar#mainToolbar QToolButton { padding: 5px 12px; border-radius: 4px; color: #1f2d3d; }
QToolBar#mainToolbar QToolButton:hover { background: #e8f0fb; }
QToolBar#mainToolbar QToolButton:disabled { color: #9aa5b1; }
QMenuBar { background: #ffffff; }
QListWidget, QTableView { background: #ffffff; border: 1px solid #dde3ea; border-radius: 4px; }
QListWidget::item { padding: 6px 8px; }
QListWidget::item:selected, QTableView::item:selected { background: #d6e6fa; color: #0b2540; }
QTableView { alternate-background-color: #f8fafc; gridline-color: #eef1f5; }
QTableView::item { padding: 0 6px; }
QHeaderView::section { background: #eef2f7; color: #334155; border: none; border-bottom: 1px solid #dde3ea;
                       padding: 6px 8px; font-weight: 600; }
QPushButton { padding: 5px 14px; border: 1px solid #c5ced8; border-radius: 4px; background: #ffffff; min-height: 20px; }
QPushButton:hover { background: #f0f5fc; }
QPushButton:disabled { color: #9aa5b1; background: #f3f5f7; }
QPushButton#primaryButton { background: #1d5fbf; border-color: #1d5fbf; color: #ffffff; font-weight: 600; }
QPushButton#primaryButton:hover { background: #174e9e; }
QPushButton#primaryButton:disabled { background: #a9bfe3; border-color: #a9bfe3; color: #eef2f8; }
QLineEdit { padding: 3px 6px; border: 1px solid #c5ced8; border-radius: 3px; background: #ffffff; min-height: 20px; }
QComboBox, QDateEdit { min-height: 22px; }
QListWidget, QTableView { outline: 0; }
QLineEdit:focus { border-color: #1d5fbf; }
QStatusBar { background: #ffffff; border-top: 1px solid #dde3ea; color: #52606d; }
QStatusBar QLabel { color: #52606d; padding: 0 8px; }
QSplitter::handle { background: transparent; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same look on every desktop and offscreen), plus the house style sheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
