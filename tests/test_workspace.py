"""The checklist workspace, driven from the keyboard on the real widget over a real store."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from inspector.model import Signature
from inspector.store import StoreError
from inspector.ui.qt_setup import install_font
from inspector.ui.workspace import WorkspaceWidget, render_workspace_screenshot
from inspector.ui.workspace.finish_dialog import FinishDialog
from tests.qt_helpers import open_workspace


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp: QApplication) -> str:
    return install_font(qapp)


@pytest.fixture(autouse=True)
def chinese_ui():
    # The app's default language; template texts are shown in it whatever the machine's locale.
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def branch(store):
    return store.add_branch("0101", "城东支行")


@pytest.fixture
def inspection(store, branch):
    return store.create_inspection(branch.id, "onsite", ["张三"])



def key(qtbot, widget: WorkspaceWidget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or widget, k, modifier)


def result_of(store, inspection_id: str, item_id: str) -> str:
    found = {f.item_id: f for f in store.get_findings(inspection_id)}.get(item_id)
    return found.result if found else "unchecked"


def test_answer_from_keyboard_moves_score_and_undo_redo(qtbot, store, inspection):
    ws = open_workspace(qtbot, store, inspection.id)
    assert ws.current_item == "dress.uniform"
    assert ws.score_panel.score_label.text() == "100"
    with qtbot.waitSignal(ws.scoreChanged) as blocker:
        key(qtbot, ws, Qt.Key.Key_P)
    assert blocker.args == [100.0, "A"]
    assert result_of(store, inspection.id, "dress.uniform") == "pass"
    assert ws.current_item == "dress.badge"  # Pass moves on to the next item
    key(qtbot, ws, Qt.Key.Key_F)  # badge: 2 points + 1 for the person in charge
    assert result_of(store, inspection.id, "dress.badge") == "fail"
    assert ws.score_panel.score_label.text() == "97"
    assert ws.current_item == "dress.badge"  # Fail stays for occurrences, staff, note
    key(qtbot, ws, Qt.Key.Key_Plus)
    assert store.get_findings(inspection.id)[1].occurrences == 2
    assert ws.score_panel.score_label.text() == "95"  # 2 x 2 + 1, capped at the dress area's 5
    assert ws.item_panel.occurrences.value() == 2
    assert store.score_of(inspection.id).score == 95

    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the +
    assert store.get_findings(inspection.id)[1].occurrences == 1
    assert ws.score_panel.score_label.text() == "97"
    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the Fail
    assert result_of(store, inspection.id, "dress.badge") == "unchecked"
    assert ws.score_panel.score_label.text() == "100"
    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)  # redo
    assert result_of(store, inspection.id, "dress.badge") == "fail"
    assert store.score_of(inspection.id).score == 97
    assert ws.score_panel.score_label.text() == "97"

    key(qtbot, ws, Qt.Key.Key_N)
    assert result_of(store, inspection.id, "dress.badge") == "na"
    key(qtbot, ws, Qt.Key.Key_K)  # back to the badge item
    assert ws.current_item == "dress.badge"
    key(qtbot, ws, Qt.Key.Key_Backspace)
    assert result_of(store, inspection.id, "dress.badge") == "unchecked"


def test_navigation_keys_and_next_unchecked(qtbot, store, inspection):
    ws = open_workspace(qtbot, store, inspection.id)
    key(qtbot, ws, Qt.Key.Key_J)
    assert ws.current_item == "dress.badge"
    key(qtbot, ws, Qt.Key.Key_Down)
    assert ws.current_item == "queue.order"
    assert ws.item_list.list_model.rows[0]["id"] == "queue.order"  # the list follows the area
    key(qtbot, ws, Qt.Key.Key_Up)
    assert ws.current_item == "dress.badge"
    key(qtbot, ws, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_item == "dress.uniform"
    key(qtbot, ws, Qt.Key.Key_P)  # uniform passes, moves to the badge
    key(qtbot, ws, Qt.Key.Key_P)  # badge passes, moves to queue.order
    key(qtbot, ws, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_item == "dress.uniform"  # area fully checked: its first item
    key(qtbot, ws, Qt.Key.Key_G)
    assert ws.current_item == "queue.order"
    key(qtbot, ws, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_item == "queue.order"
    assert "2/2" in ws.area_nav.item(0).text()
    assert "0/3" in ws.area_nav.item(1).text()


def test_note_staff_hint_and_reopen_at_same_item(qtbot, store, inspection, branch):
    ws = open_workspace(qtbot, store, inspection.id)
    key(qtbot, ws, Qt.Key.Key_J)
    key(qtbot, ws, Qt.Key.Key_F)
    key(qtbot, ws, Qt.Key.Key_H)
    assert ws.item_panel.hint.isVisible() and "工号牌" in ws.item_panel.hint.text()

    key(qtbot, ws, Qt.Key.Key_S)
    assert QApplication.focusWidget() is ws.item_panel.staff  # an editable combo: keys go to its line edit
    qtbot.keyClicks(ws.item_panel.staff, "A012")
    qtbot.keyClick(ws.item_panel.staff, Qt.Key.Key_Return)
    assert store.get_findings(inspection.id)[0].staff == "A012"
    assert ("A012", "") in store.known_staff(branch.id)

    key(qtbot, ws, Qt.Key.Key_E)
    assert QApplication.focusWidget() is ws.item_panel.note
    qtbot.keyClicks(ws.item_panel.note, "no badge")  # QTest types ASCII only
    with qtbot.waitSignal(ws.undo_stack.indexChanged, timeout=3000):
        pass  # saved after a short idle pause, no Save button
    assert store.get_findings(inspection.id)[0].note == "no badge"
    qtbot.keyClicks(ws.item_panel.note, ", two staff")
    qtbot.keyClick(ws.item_panel.note, Qt.Key.Key_Escape)  # leaving the note saves it at once
    assert store.get_findings(inspection.id)[0].note == "no badge, two staff"
    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one note edit = one undo step
    assert store.get_findings(inspection.id)[0].note == ""
    assert ws.item_panel.note.toPlainText() == ""
    key(qtbot, ws, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.get_findings(inspection.id)[0].note == "no badge, two staff"

    key(qtbot, ws, Qt.Key.Key_J)
    key(qtbot, ws, Qt.Key.Key_N)
    assert ws.current_item == "queue.wait"
    with qtbot.waitSignal(ws.closed):
        ws.close()

    again = open_workspace(qtbot, store, inspection.id)
    assert again.current_item == "queue.wait"
    assert again.session.result("dress.badge") == "fail"
    assert again.session.result("queue.order") == "na"
    assert again.session.finding("dress.badge").staff == "A012"
    assert again.score_panel.score_label.text() == "97"
    key(qtbot, again, Qt.Key.Key_K)
    key(qtbot, again, Qt.Key.Key_K)
    assert again.item_panel.note.toPlainText() == "no badge, two staff"
    assert again.item_panel.staff.currentText() == "A012"


def test_mystery_mode_hides_items_customers_cannot_see(qtbot, store, branch):
    mystery = store.create_inspection(branch.id, "mystery", ["张三"])
    ws = open_workspace(qtbot, store, mystery.id)
    ids = [item["id"] for item in ws.session.items]
    assert ids == ["dress.uniform", "dress.badge", "queue.wait"]
    key(qtbot, ws, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [row["id"] for row in ws.item_list.list_model.rows] == ["queue.wait"]
    assert "0/1" in ws.area_nav.item(1).text()


def test_waits_and_counts_decide_timer_and_count_items(qtbot, store, inspection):
    ws = open_workspace(qtbot, store, inspection.id)
    watch = ws.queue_tools.start_stopwatch()
    assert watch is not None and len(ws.queue_tools.running) == 1
    ws.queue_tools.stop_stopwatch()  # a wait of about zero seconds: under the threshold
    assert result_of(store, inspection.id, "queue.wait") == "pass"
    ws.queue_tools.record_wait(16 * 60, started_at="2026-01-05T09:00:00+08:00", stopped_at="2026-01-05T09:16:00+08:00")
    assert result_of(store, inspection.id, "queue.wait") == "fail"
    timings = store.list_timings(inspection.id)
    assert [t.kind for t in timings] == ["wait", "wait"] and timings[1].seconds == 960
    assert timings[1].recorded_at  # time-stamped
    assert ws.score_panel.score_label.text() == "99"

    ws.queue_tools.record_count(12, 2)  # 6 waiting per open window > 5
    assert result_of(store, inspection.id, "queue.windows") == "fail"
    assert ws.score_panel.score_label.text() == "97"
    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the count
    assert result_of(store, inspection.id, "queue.windows") == "unchecked"
    assert [t.kind for t in store.list_timings(inspection.id)] == ["wait", "wait"]
    assert ws.score_panel.score_label.text() == "99"

    key(qtbot, ws, Qt.Key.Key_W)  # W starts a stopwatch from the keyboard
    assert len(ws.queue_tools.running) == 1


def test_finish_dialog_lists_unchecked_and_undocumented_failures(qtbot, store, inspection):
    ws = open_workspace(qtbot, store, inspection.id)
    key(qtbot, ws, Qt.Key.Key_P)
    key(qtbot, ws, Qt.Key.Key_F)  # badge fails with no note and no photo
    key(qtbot, ws, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FinishDialog) and w.isVisible())
    assert dialog.unchecked == ["queue.order", "queue.wait", "queue.windows"]
    assert dialog.undocumented == ["dress.badge"]
    assert dialog.unchecked_list.count() == 3 and "按叫号顺序办理" in dialog.unchecked_list.item(0).text()
    with qtbot.waitSignal(ws.finished):
        dialog.finish_button.click()
    assert store.get_inspection(inspection.id).status == "finished"
    assert ws.banner.isVisible()


def test_signed_inspection_is_read_only(qtbot, store, inspection):
    store.set_finding(inspection.id, "dress.uniform", result="fail")
    store.finish_inspection(inspection.id)
    for role in ("inspector", "branch_head"):
        store.add_signature(Signature(inspection.id, role, "张三", "", "", [], b""))
    ws = open_workspace(qtbot, store, inspection.id)
    assert ws.read_only and ws.banner.isVisible() and "signed" in ws.banner.text()
    assert not ws.item_panel.result_buttons["pass"].isEnabled()
    assert ws.item_panel.note.isReadOnly()
    assert ws.current_item == "dress.badge"  # opens on the first unchecked item
    key(qtbot, ws, Qt.Key.Key_P)
    assert result_of(store, inspection.id, "dress.badge") == "unchecked"
    key(qtbot, ws, Qt.Key.Key_K)  # moving around still works
    assert ws.current_item == "dress.uniform"
    key(qtbot, ws, Qt.Key.Key_U)
    assert result_of(store, inspection.id, "dress.uniform") == "fail"
    assert ws.queue_tools.start_stopwatch() is None
    with pytest.raises(StoreError):
        store.set_finding(inspection.id, "dress.uniform", result="pass")


def test_actions_listed_for_menus(qtbot, store, inspection):
    ws = open_workspace(qtbot, store, inspection.id)
    shortcuts = {a.objectName(): a.shortcut().toString() for a in ws.actions_for_menu()}
    assert shortcuts["actPass"] == "P" and shortcuts["actUndo"] == "Ctrl+Z" and shortcuts["actFinish"] == "Ctrl+F"
    assert all(a.text() for a in ws.actions_for_menu())


def test_screenshot_renders_png(qtbot, store, inspection, tmp_path):
    store.set_finding(inspection.id, "dress.uniform", result="fail", note="未着工装")
    path = render_workspace_screenshot(store, inspection.id, tmp_path / "ws.png")
    from PIL import Image

    with Image.open(path) as image:
        assert image.size == (1366, 768)
        assert len(image.convert("RGB").resize((64, 36)).getcolors(4096) or []) > 20  # not a blank frame


def test_multi_item_options_are_occurrences(qtbot, store, branch, mini_template):
    mini_template["version"] = 2
    mini_template["items"].append(
        {
            "id": "dress.items",
            "area": "dress",
            "kind": "multi",
            "text": {"zh": "禁止佩戴", "en": "Forbidden items"},
            "hint": {"zh": "", "en": ""},
            "method": "observe",
            "modes": ["onsite"],
            "deduction": 1,
            "critical": False,
            "per_person": False,
            "head_extra": 0,
            "fix": "software",
            "source": [],
            "options": [
                {"id": "ring", "text": {"zh": "戒指", "en": "Ring"}},
                {"id": "nails", "text": {"zh": "美甲", "en": "Nails"}},
            ],
        }
    )
    store.store_template(mini_template)
    inspection = store.create_inspection(branch.id, "onsite", ["张三"], "mini", 2)
    ws = open_workspace(qtbot, store, inspection.id)
    ws.go_to("dress.items")
    assert [c.text() for c in ws.item_panel.option_checks] == ["戒指", "美甲"]
    ws.item_panel.option_checks[0].click()
    ws.item_panel.option_checks[1].click()
    found = {f.item_id: f for f in store.get_findings(inspection.id)}["dress.items"]
    assert found.result == "fail" and found.selected == ["ring", "nails"]
    assert ws.score_panel.score_label.text() == "98"
    key(qtbot, ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.item_panel.option_checks[1].isChecked() is False
    assert ws.score_panel.score_label.text() == "99"


def test_running_stopwatches_survive_closing_the_app(qtbot, store, inspection):
    """A customer still waiting when the laptop shuts is still timed after it starts again."""
    from datetime import datetime, timedelta

    from inspector.ui.workspace.queue_tools import running_key

    ws = open_workspace(qtbot, store, inspection.id)
    first = ws.queue_tools.start_stopwatch()
    ws.queue_tools.start_stopwatch("取号 A023")
    ws.close()
    # As if the app had been closed for three minutes since the first one started.
    kept = json.loads(store.get_setting(running_key(inspection.id)))
    assert [k["label"] for k in kept] == [first.label, "取号 A023"]
    kept[0]["started_at"] = (datetime.now().astimezone() - timedelta(minutes=3)).isoformat(timespec="seconds")
    store.set_setting(running_key(inspection.id), json.dumps(kept, ensure_ascii=False))

    again = open_workspace(qtbot, store, inspection.id)
    tools = again.queue_tools
    assert [w.label for w in tools.running] == [first.label, "取号 A023"] and tools.tick.isActive()
    tools.stop_stopwatch()  # the oldest: three minutes and a little
    wait = store.list_timings(inspection.id)[-1]
    assert wait.kind == "wait" and 180 <= wait.seconds < 200 and wait.started_at == kept[0]["started_at"]
    assert [k["label"] for k in json.loads(store.get_setting(running_key(inspection.id)))] == ["取号 A023"]
    # A damaged setting starts with no stopwatch rather than failing to open the inspection.
    store.set_setting(running_key(inspection.id), "[{\"label\": 1}]")
    assert open_workspace(qtbot, store, inspection.id).queue_tools.running == []
