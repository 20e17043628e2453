"""The app shell on a real store: empty state, branches, new inspection, filters, settings, bad starts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from inspector.app import already_open_message, open_store, run_app
from inspector.paths import DataDir
from inspector.ui.main_window import LAST_INSPECTION_KEY, MainWindow
from inspector.ui.qt_setup import install_language
from inspector.ui.single_instance import InstanceLock


@pytest.fixture
def window(qtbot, store, data_dir, boxes):
    install_language("en")
    win = MainWindow(store, data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Close while the store is still open: the workspace saves its state on the way out.
    win.close()
    win._drop_workspace()
    QApplication.sendPostedEvents(None, 0)
    install_language("en")


def drive_modal(qtbot, trigger: Callable[[], object], drive: Callable[[QDialog], None]) -> object:
    """Run `trigger` (which opens a modal dialog) and let `drive` work the dialog with the keyboard."""
    seen: list[QDialog] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet: look again on the next turn of the event loop
            QTimer.singleShot(10, step)
            return
        seen.append(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():  # a failed drive must not leave the test hanging
                dialog.reject()

    QTimer.singleShot(0, step)
    result = trigger()
    assert seen, "no modal dialog opened"
    return result


def type_into_focus(qtbot, window, text: str) -> None:
    """Type where the keyboard focus of `window` is. Chinese arrives as an input method commits it
    (QTest can only press keys of Latin-1 characters); everything else as key presses."""
    target = window.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text.isascii():
        qtbot.keyClicks(target, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def press(qtbot, window, key: Qt.Key) -> None:
    target = window.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def rows(win: MainWindow) -> list[str]:
    model = win.inspections.model
    return [model.rows[r].inspection.id for r in range(model.rowCount())]


def test_window_opens_on_the_empty_state(window, data_dir):
    assert window.inspections.showing_empty_state()
    assert window.inspections.empty_new.isVisible() and window.inspections.empty_demo.isVisible()
    assert "Ctrl+N" in window.inspections.empty_new.text()
    assert str(data_dir.root) in window.folder_label.text()
    # Fits a 1366×768 laptop; the shortcut is shown on the menu action.
    assert window.minimumWidth() <= 1000 and window.minimumHeight() <= 640
    assert window.width() <= 1366 and window.height() <= 768
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_add_branch_with_the_keyboard(qtbot, window, store):
    def fill(dialog: QDialog) -> None:
        type_into_focus(qtbot, dialog, "城东支行")  # name has the focus first
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_into_focus(qtbot, dialog, "0101")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_into_focus(qtbot, dialog, "人民路 18 号")
        press(qtbot, dialog, Qt.Key.Key_Tab)
        type_into_focus(qtbot, dialog, "王建国")
        press(qtbot, dialog, Qt.Key.Key_Return)

    drive_modal(qtbot, window.add_branch_action.trigger, fill)
    [branch] = store.list_branches()
    assert (branch.name, branch.code, branch.address, branch.head) == ("城东支行", "0101", "人民路 18 号", "王建国")
    assert window.branches.current_branch_id() == branch.id
    assert "0101  城东支行" in [window.branches.list.item(i).text() for i in range(window.branches.list.count())]


def test_duplicate_branch_code_is_explained_and_dialog_stays(qtbot, window, store, boxes):
    store.add_branch("0101", "城东支行")

    def fill(dialog: QDialog) -> None:
        dialog.edits["name"].setText("另一个")
        dialog.edits["code"].setText("0101")
        dialog.accept()
        assert dialog.isVisible()  # refused: the user can fix the code

    drive_modal(qtbot, window.add_branch_action.trigger, fill)
    assert len(store.list_branches()) == 1
    assert boxes and "already exists" in boxes[-1].text()


def test_new_inspection_dialog_creates_and_lists_it(qtbot, window, store):
    store.add_branch("0101", "城东支行")
    window.refresh()

    def fill(dialog: QDialog) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no inspector yet
        dialog.inspectors.setFocus()
        type_into_focus(qtbot, dialog, "张伟、赵敏")
        dialog.type.setCurrentIndex(dialog.type.findData("mystery"))
        press(qtbot, dialog, Qt.Key.Key_Return)

    drive_modal(qtbot, window.new_action.trigger, fill)
    [row] = store.list_inspections()
    new_id = row.inspection.id
    inspection = store.get_inspection(new_id)
    assert inspection.type == "mystery" and inspection.inspectors == ["张伟", "赵敏"]
    assert inspection.started_at  # recorded by the store at creation
    assert window.workspace_inspection_id() == new_id
    assert store.get_setting(LAST_INSPECTION_KEY) == new_id
    window.close_inspection()
    assert rows(window) == [new_id]
    assert not window.inspections.showing_empty_state()


def _three_inspections(store) -> dict[str, str]:
    east = store.add_branch("0101", "城东支行")
    west = store.add_branch("0202", "城西支行")
    ids = {
        "onsite": store.create_inspection(east.id, "onsite", ["张伟"], started_at="2026-01-05T09:00:00+08:00").id,
        "mystery": store.create_inspection(west.id, "mystery", ["赵敏"], started_at="2026-02-05T09:00:00+08:00").id,
        "self": store.create_inspection(west.id, "self", ["孙丽"], started_at="2026-03-05T09:00:00+08:00").id,
    }
    store.finish_inspection(ids["self"])
    return ids


def test_filters_and_search_narrow_the_list(qtbot, window, store):
    ids = _three_inspections(store)
    window.refresh()
    view = window.inspections
    assert set(rows(window)) == set(ids.values())

    view.type_combo.setCurrentIndex(view.type_combo.findData("mystery"))
    assert rows(window) == [ids["mystery"]]
    view.clear_filters()
    view.status_combo.setCurrentIndex(view.status_combo.findData("finished"))
    assert rows(window) == [ids["self"]]
    view.status_combo.setCurrentIndex(view.status_combo.findData("signed"))
    assert rows(window) == [] and not view.showing_empty_state()  # "no match", not "no data"
    view.clear_filters()

    window.find_action.trigger()
    assert window.focusWidget() is view.search
    type_into_focus(qtbot, window, "城西")
    assert set(rows(window)) == {ids["mystery"], ids["self"]}
    type_into_focus(qtbot, window, "zz")  # "城西zz" matches nothing
    assert rows(window) == []
    view.clear_filters()

    view.period.setCurrentIndex(view.period.findData("range"))
    view.since.setDate(view.since.date().fromString("2026-02-01", "yyyy-MM-dd"))
    view.until.setDate(view.until.date().fromString("2026-02-28", "yyyy-MM-dd"))
    assert rows(window) == [ids["mystery"]]
    view.clear_filters()

    east = [b for b in store.list_branches() if b.code == "0101"][0]
    window.branches.list.setCurrentRow(1)
    assert window.branches.current_branch_id() == east.id
    assert rows(window) == [ids["onsite"]]


def test_enter_on_a_row_opens_the_inspection(qtbot, window, store):
    ids = _three_inspections(store)
    window.refresh()
    window.inspections.table.setFocus()
    window.inspections.table.selectRow(1)
    expected = rows(window)[1]
    qtbot.keyClick(window.inspections.table, Qt.Key.Key_Return)
    assert window.workspace_inspection_id() == expected in ids.values()


def test_last_inspection_is_reopened_on_start(qtbot, store, data_dir, boxes):
    ids = _three_inspections(store)
    store.set_setting(LAST_INSPECTION_KEY, ids["onsite"])
    win = MainWindow(store, data_dir)
    qtbot.addWidget(win)
    assert win.restore_last_inspection()
    assert win.workspace_inspection_id() == ids["onsite"]
    win.close_inspection()
    assert store.get_setting(LAST_INSPECTION_KEY) == ""
    store.set_setting(LAST_INSPECTION_KEY, "no-such-inspection")
    assert not win.restore_last_inspection()


def test_settings_switch_language_live_and_set_the_actor(qtbot, window, store):
    install_language("zh_CN")
    window.apply_language("zh_CN")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in window.file_menu.title())

    def choose_english(dialog: QDialog) -> None:
        dialog.language.setFocus()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.name.setFocus()
        type_into_focus(qtbot, dialog, "张伟")
        press(qtbot, dialog, Qt.Key.Key_Return)

    drive_modal(qtbot, window.settings_action.trigger, choose_english)
    assert window.file_menu.title() == "&File"
    assert store.get_setting("ui.language") == "en"
    assert store.actor == "张伟"

    def choose_chinese(dialog: QDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.accept()

    drive_modal(qtbot, window.settings_action.trigger, choose_chinese)
    assert window.file_menu.title() == "文件(&F)"


def test_load_demo_data_from_the_empty_state(qtbot, data_dir, boxes):
    opened = open_store(data_dir)  # the built-in checklists, as the app loads them
    assert opened.store is not None, opened.error
    win = MainWindow(opened.store, data_dir)
    win.demo_inspections = 2  # the same code path, fewer rows: keeps the suite fast
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.mouseClick(win.inspections.empty_demo, Qt.MouseButton.LeftButton)
        assert not boxes, [b.text() for b in boxes]
        assert len(rows(win)) == 2 and not win.inspections.showing_empty_state()
        assert len(opened.store.list_branches()) >= 2
    finally:
        win.close()
        opened.store.close()


def test_corrupt_database_is_reported_and_left_unchanged(tmp_path, boxes):
    data_dir = DataDir(tmp_path / "data")
    data_dir.root.mkdir()
    garbage = b"this is not a database\x00" * 200
    data_dir.database.write_bytes(garbage)

    opened = open_store(data_dir)
    assert opened.store is None
    assert str(data_dir.database) in opened.error
    assert "damaged" in opened.error or "损坏" in opened.error

    assert run_app(["--data-dir", str(data_dir.root), "--lang", "en"]) == 2
    assert boxes and str(data_dir.database) in boxes[-1].text()
    assert data_dir.database.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.root.iterdir()) == ["inspector.db"]  # lock released, nothing added


def test_newer_database_is_refused_untouched(tmp_path, boxes):
    data_dir = DataDir(tmp_path / "data")
    data_dir.root.mkdir()
    conn = sqlite3.connect(data_dir.database)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = data_dir.database.read_bytes()
    opened = open_store(data_dir)
    assert opened.store is None and "newer" in opened.error and str(data_dir.database) in opened.error
    assert data_dir.database.read_bytes() == before


def test_second_instance_on_the_same_folder_is_refused(tmp_path, boxes):
    data_dir = DataDir(tmp_path / "data")
    first, second = InstanceLock(data_dir.root), InstanceLock(data_dir.root)
    assert first.acquire()
    try:
        assert not second.acquire()
        install_language("en")
        assert run_app(["--data-dir", str(data_dir.root), "--lang", "en"]) == 2
        assert boxes[-1].text() == already_open_message(data_dir)
        assert "already open" in boxes[-1].text() and str(data_dir.root) in boxes[-1].text()
        assert not data_dir.database.exists()  # refused before the database was opened
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_extensions_add_their_actions_after_every_rebuild(window, monkeypatch):
    from inspector.ui import main_window

    monkeypatch.setattr(main_window, "EXTENSIONS", [])
    main_window.register_extension(lambda win: win.menus["file"].addAction("Import bundle"))
    window.apply_language("en")  # rebuilds the window, as a language switch does
    assert "Import bundle" in [a.text() for a in window.menus["file"].actions()]


def test_f1_opens_the_cheat_sheet_listing_menu_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    listed: list[str] = []

    def read(dialog: QDialog) -> None:
        table = dialog.table
        listed.extend(table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0))
        dialog.accept()

    drive_modal(qtbot, lambda: qtbot.keyClick(window.inspections.table, Qt.Key.Key_F1), read)
    assert "Ctrl+N" in listed and "F1 / ?" in listed


def test_period_range_starts_at_month_quarter_and_year():
    from datetime import date

    from inspector.ui.inspections_view import period_range

    day = date(2026, 5, 17)
    assert period_range("month", day) == ("2026-05-01", None)
    assert period_range("quarter", day) == ("2026-04-01", None)
    assert period_range("year", day) == ("2026-01-01", None)
    assert period_range("all", day) == (None, None)
