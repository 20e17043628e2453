"""Photo evidence in the app: drop, paste, file dialog, bad files, viewer, marks, bulk attach, camera."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.model import Signature
from inspector.photos.importer import import_photo
from inspector.store import Store
from inspector.ui.photos.annotate import AnnotateDialog, annotated_pixmap, load_image
from inspector.ui.photos.bulk_attach import BulkAttachDialog
from inspector.ui.photos.unassigned import UnassignedDialog
from inspector.ui.qt_setup import install_font
from inspector.ui.workspace.photo_strip import PhotoStrip
from tests import photo_samples
from tests.qt_helpers import open_workspace


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp: QApplication) -> str:
    return install_font(qapp)


@pytest.fixture
def inspection(store):
    branch = store.add_branch("0101", "城东支行")
    return store.create_inspection(branch.id, "onsite", ["张三"])


def make_strip(qtbot, store, inspection_id: str, item_id: str = "dress.uniform") -> PhotoStrip:
    strip = PhotoStrip(store)
    qtbot.addWidget(strip)
    strip.resize(600, 140)
    strip.show()
    strip.set_item(inspection_id, item_id)
    return strip


def wait_import(qtbot, dialog):
    with qtbot.waitSignal(dialog.finishedImport, timeout=20000) as blocker:
        pass
    return blocker.args[0]


def drop_on(strip: PhotoStrip, target, mime: QMimeData) -> bool:
    """Drag files over ``target`` and drop them, through the strip's drop handler.

    (QApplication.sendEvent does not deliver drop events outside a real drag, so the
    handler that receives them is called with real QDragEnterEvent/QDropEvent objects.)
    """
    args = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    if not (strip.eventFilter(target, enter) and enter.isAccepted()):
        return False
    drop = QDropEvent(QPointF(10, 10), *args[1:])
    return strip.eventFilter(target, drop) and drop.isAccepted()


def answer_confirm(qtbot, yes: bool) -> None:
    """Click the confirmation box's button once it is open (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "confirmBox":
            QTimer.singleShot(10, click)
            return
        wanted = QMessageBox.ButtonRole.DestructiveRole if yes else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(0, click)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def photos_files(store) -> dict[str, str]:
    root = store.path.parent / "photos"
    return {str(p.relative_to(root)): sha(p) for p in root.rglob("*") if p.is_file()}


# --- attaching ----------------------------------------------------------------------------
def test_drop_a_jpeg_onto_the_strip_stores_and_shows_it(qtbot, store, inspection, tmp_path):
    strip = make_strip(qtbot, store, inspection.id)
    assert strip.count() == 0 and "No photos" in strip.empty.text()
    photo = photo_samples.jpeg_with_exif(tmp_path / "IMG_0001.jpg", exif=photo_samples.make_exif("2024:05:06 09:30:00"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    assert drop_on(strip, strip, mime)
    qtbot.waitUntil(lambda: strip.count() == 1, timeout=20000)
    stored = store.list_photos(inspection.id, "dress.uniform")
    assert [p.original_name for p in stored] == ["IMG_0001.jpg"]
    assert strip.list.item(0).text() == "09:30"  # EXIF time, no file-time mark
    assert not strip.last_import.isVisible() and not strip.imports  # one clean file: no dialog in the way


def test_drop_on_the_item_panel_and_paste_an_image_from_the_clipboard(qtbot, store, inspection, tmp_path):
    ws = open_workspace(qtbot, store, inspection.id)
    strip = ws.item_panel.photos
    item = ws.current_item

    dropped = photo_samples.png(tmp_path / "dropped.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    assert ws.item_panel.acceptDrops()
    assert drop_on(strip, ws.item_panel, mime)
    qtbot.waitUntil(lambda: strip.count() == 1, timeout=20000)

    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    QGuiApplication.clipboard().setImage(image)
    qtbot.keyClick(ws.item_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # the workspace's Ctrl+V
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=20000)
    pasted = [p for p in store.list_photos(inspection.id, item) if p.original_name.startswith("pasted-")]
    assert len(pasted) == 1 and (pasted[0].width, pasted[0].height) == (160, 120)
    assert pasted[0].taken_at_source == "file"
    assert strip.list.item(1).text().startswith("≈")  # marked: only the file's time
    assert not strip.last_import.temporary[0].exists()  # the temporary PNG is gone


def test_file_dialog_paths_import_in_the_background_with_progress(qtbot, store, inspection, tmp_path):
    strip = make_strip(qtbot, store, inspection.id)
    chosen = [photo_samples.jpeg_with_exif(tmp_path / f"p{n}.jpg", seed=n) for n in range(3)]
    dialog = strip.add_files([str(p) for p in chosen])  # what choose_files does with the dialog's answer
    assert dialog.isVisible() and dialog.cancel_button.isVisible()  # more than one file: progress + Cancel
    outcome = wait_import(qtbot, dialog)
    assert len(outcome.added) == 3 and not outcome.failed
    assert strip.count() == 3
    assert not dialog.isVisible()  # closes itself when everything went in


def test_bad_files_each_get_their_own_line_and_the_rest_import(qtbot, store, inspection, tmp_path):
    kept = import_photo(photo_samples.jpeg_with_exif(tmp_path / "kept.jpg", seed=9), store.path.parent / "photos")
    store.add_photo(inspection.id, kept, "dress.badge")
    before = photos_files(store)
    batch = [
        photo_samples.jpeg_with_exif(tmp_path / "good1.jpg", seed=1),
        photo_samples.truncated_jpeg(tmp_path / "cut.jpg"),
        photo_samples.zero_bytes(tmp_path / "empty.jpg"),
        photo_samples.text_named_jpg(tmp_path / "notes.jpg"),
        photo_samples.png(tmp_path / "good2.png", seed=2),
    ]
    strip = make_strip(qtbot, store, inspection.id)
    dialog = strip.add_files(batch)
    outcome = wait_import(qtbot, dialog)
    assert sorted(p.original_name for p in outcome.added) == ["good1.jpg", "good2.png"]
    lines = dialog.summary_lines()
    assert len(lines) == 3 and dialog.failures.count() == 3 and dialog.isVisible()
    by_name = {line.split(":")[0]: line for line in lines}
    assert "cut short" in by_name["cut.jpg"]
    assert "empty" in by_name["empty.jpg"]
    assert "not a picture" in by_name["notes.jpg"]
    assert "2 of 5 photos added" in dialog.status.text()
    after = photos_files(store)
    assert all(after[name] == digest for name, digest in before.items())  # nothing stored was touched
    assert [p.original_name for p in store.list_photos(inspection.id, "dress.badge")] == ["kept.jpg"]


# --- viewer, removal, marks ---------------------------------------------------------------
def add_photos(store, inspection_id: str, tmp_path: Path, n: int, item_id: str = "dress.uniform", gps=None):
    for i in range(n):
        exif = photo_samples.make_exif(f"2024:05:06 09:3{i}:00", gps=gps)
        file = photo_samples.jpeg_with_exif(tmp_path / f"v{i}.jpg", size=(320, 240), exif=exif, seed=i * 40)
        store.add_photo(inspection_id, import_photo(file, store.path.parent / "photos"), item_id)


def test_viewer_navigates_and_removes_with_an_audit_entry(qtbot, store, inspection, tmp_path):
    add_photos(store, inspection.id, tmp_path, 3, gps=(31.2304, 121.4737))
    strip = make_strip(qtbot, store, inspection.id)
    strip.list.setCurrentRow(0)
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Right)
    assert strip.list.currentRow() == 1
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)  # Enter opens the viewer on the selected photo
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    viewer = QApplication.activeModalWidget()
    assert viewer.objectName() == "photoViewer" and viewer.index == 1
    assert "v1.jpg" in viewer.info.text() and "EXIF" in viewer.info.text() and "31.230400" in viewer.info.text()
    assert "Imported:" in viewer.info.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # already the last one
    assert viewer.index == 2 and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 1
    answer_confirm(qtbot, yes=False)
    assert viewer.remove_current() is False and len(store.list_photos(inspection.id)) == 3
    answer_confirm(qtbot, yes=True)
    assert viewer.remove_current() is True
    assert [p.original_name for p in store.list_photos(inspection.id)] == ["v0.jpg", "v2.jpg"]
    assert "photo.remove" in [e.action for e in store.audit_entries(inspection.id)]
    assert viewer.photo.original_name == "v2.jpg"
    assert strip.count() == 2  # the strip followed


def test_removal_is_refused_once_signed(qtbot, store, inspection, tmp_path, boxes):
    add_photos(store, inspection.id, tmp_path, 1)
    store.finish_inspection(inspection.id)
    for role in ("inspector", "branch_head"):
        store.add_signature(Signature(inspection.id, role, "张三", "", "", [], b""))
    strip = make_strip(qtbot, store, inspection.id)
    strip.set_read_only(True)
    assert not strip.add_button.isEnabled() and strip.add_files([tmp_path / "v0.jpg"]) is None
    viewer = strip.open_viewer(0)
    qtbot.addWidget(viewer)
    assert not viewer.remove_button.isEnabled() and not viewer.annotate_button.isEnabled()
    assert "signed" in viewer.remove_button.toolTip()
    assert viewer.remove_current(ask=False) is False  # the store refuses it too
    assert boxes and "signed" in boxes[-1].text()
    assert len(store.list_photos(inspection.id)) == 1
    assert "photo.remove" not in [e.action for e in store.audit_entries(inspection.id)]


def test_marks_are_stored_drawn_on_thumbnail_and_viewer_and_the_original_is_unchanged(
    qtbot, store, inspection, tmp_path
):
    add_photos(store, inspection.id, tmp_path, 1)
    photo = store.list_photos(inspection.id)[0]
    original = store.path.parent / "photos" / photo.original_path
    original_before = original.read_bytes()
    strip = make_strip(qtbot, store, inspection.id)
    plain = strip.list.item(0).icon().pixmap(96, 72).toImage()

    dialog = AnnotateDialog(store, photo.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    rect = canvas.image_rect()
    start = QPoint(int(rect.x() + rect.width() * 0.2), int(rect.y() + rect.height() * 0.2))
    end = QPoint(int(rect.x() + rect.width() * 0.6), int(rect.y() + rect.height() * 0.6))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)  # arrow: the default tool
    dialog.tools.buttons()[1].click()  # circle
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end + QPoint(30, 0))
    canvas.add_annotation({"kind": "text", "x": 0.1, "y": 0.8, "text": "地面湿滑", "size": 0.08})
    assert dialog.save()
    stored = store.get_photo(photo.id).annotations
    assert [a["kind"] for a in stored] == ["arrow", "circle", "text"]
    assert stored[0]["x1"] == pytest.approx(0.2, abs=0.02) and stored[0]["x2"] == pytest.approx(0.6, abs=0.02)
    assert "photo.annotate" in [e.action for e in store.audit_entries(inspection.id)]

    strip.refresh()
    marked = strip.list.item(0).icon().pixmap(96, 72).toImage()
    assert marked != plain
    display = load_image(str(store.path.parent / "photos" / photo.display_path))
    assert annotated_pixmap(display, stored).toImage() != annotated_pixmap(display, []).toImage()
    viewer = strip.open_viewer(0)
    qtbot.addWidget(viewer)
    assert viewer.canvas.annotations == stored
    assert original.read_bytes() == original_before


# --- bulk attach, unassigned, camera ------------------------------------------------------
class Clock:
    def __init__(self, now: str):
        self.now = now

    def __call__(self) -> str:
        return self.now


def test_bulk_attach_matches_by_time_and_moving_is_stored(qtbot, data_dir, mini_template, tmp_path):
    clock = Clock("2024-05-06T09:30:00+08:00")
    store = Store(data_dir.database, actor="t", clock=clock)
    store.store_template(mini_template)
    inspection = store.create_inspection(store.add_branch("0101", "城东支行").id, "onsite", ["张三"])
    store.set_finding(inspection.id, "dress.uniform", result="fail")
    clock.now = "2024-05-06T09:40:00+08:00"
    store.set_finding(inspection.id, "dress.badge", result="fail")
    phone = tmp_path / "phone"
    phone.mkdir()
    photo_samples.jpeg_with_exif(phone / "a.jpg", exif=photo_samples.make_exif("2024:05:06 09:33:00"), seed=1)
    photo_samples.jpeg_with_exif(phone / "b.jpg", exif=photo_samples.make_exif("2024:05:06 09:41:30"), seed=2)
    photo_samples.jpeg_with_exif(phone / "c.jpg", exif=photo_samples.make_exif("2024:05:06 11:00:00"), seed=3)
    photo_samples.text_named_jpg(phone / "notes.jpg")

    dialog = BulkAttachDialog(store, inspection.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.attached, timeout=20000):
        dialog.start([phone])  # what "Choose a folder…" does with the folder
    table = dialog.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert {name: table.item_of(r) for name, r in rows.items()} == {
        "a.jpg": "dress.uniform",
        "b.jpg": "dress.badge",
        "c.jpg": None,
    }
    assert dialog.failures.count() == 1 and dialog.failures.item(0).text().startswith("notes.jpg:")
    table.move_row(rows["a.jpg"], "queue.order")  # the supervisor corrects a match
    moved = store.get_photo(table.photo_ids[rows["a.jpg"]])
    assert moved.item_id == "queue.order"

    strip = make_strip(qtbot, store, inspection.id, "dress.badge")
    assert strip.unassigned_button.text().endswith("(1)") and strip.unassigned_button.isEnabled()
    unassigned = UnassignedDialog(store, inspection.id, parent=strip)
    qtbot.addWidget(unassigned)
    assert unassigned.table.rowCount() == 1 and unassigned.table.item(0, 1).text() == "c.jpg"
    with qtbot.waitSignal(unassigned.photosChanged):
        unassigned.table.move_row(0, "dress.badge")
    assert store.list_photos(inspection.id, "") == []
    strip.refresh()
    assert strip.count() == 2 and strip.unassigned_button.text().endswith("(0)")
    store.close()


def test_no_camera_disables_the_button_and_says_why(qtbot, store, inspection):
    strip = make_strip(qtbot, store, inspection.id)
    assert not strip.camera_button.isEnabled()  # the offscreen test machine has no camera
    assert "No camera found on this computer" in strip.camera_button.toolTip()
    strip.take_photo()  # does nothing rather than fail
    assert strip.count() == 0
